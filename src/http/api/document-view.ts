import type { z } from '@hono/zod-openapi';
import type { Catalog } from '../../domain/index.js';
import type { DocumentSchema, LanguageVersionSchema } from '../api-schemas.js';

/** The API's view of a document. */
export type DocumentView = z.infer<typeof DocumentSchema>;

/**
 * The API's view of the document of `catalog`: its header, chapters and how many paragraphs, and
 * the languages it is published in (`languages`, with their current versions).
 */
export function toDocumentView(
  catalog: Catalog,
  languages: readonly z.infer<typeof LanguageVersionSchema>[],
): DocumentView {
  const { document } = catalog;
  return {
    id: document.id,
    kind: document.kind,
    language: catalog.language,
    title: document.header.title,
    symbol: null,
    dates: [...document.header.dates],
    place: document.header.place,
    chapters: document.chapters.map((chapter) => ({
      number: chapter.number,
      numeral: chapter.numeral,
      title: chapter.title,
    })),
    paragraphs: catalog.paragraphs.length,
    languages: [...languages],
  };
}
