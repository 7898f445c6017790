import type { z } from '@hono/zod-openapi';
import type { Catalog } from '../../domain/index.js';
import { viewParagraphs } from '../../domain/index.js';
import { citeParagraph } from '../../messages/index.js';
import type { ParagraphSchema } from '../api-schemas.js';

/** The API's view of a paragraph. */
export type ParagraphView = z.infer<typeof ParagraphSchema>;

/**
 * The API's views of the paragraphs of `catalog`, in order: the domain's paragraph view, with the
 * document's id, `theme` holding the theme's id (the public shape) and its English citation.
 */
export function toParagraphViews(catalog: Catalog): ParagraphView[] {
  return viewParagraphs(catalog).map((paragraph) => ({
    document: catalog.document.id,
    number: paragraph.number,
    text: paragraph.text,
    items: paragraph.items,
    chapter: paragraph.chapter,
    theme: paragraph.themeId,
    themeName: paragraph.themeName,
    paper: paragraph.paper,
    citation: citeParagraph(paragraph.paper, paragraph.number, 'en'),
  }));
}
