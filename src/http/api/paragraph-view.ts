import type { z } from '@hono/zod-openapi';
import type { Catalog } from '../../domain/index.js';
import { citeSummaryParagraph } from '../../domain/index.js';
import type { ParagraphSchema } from '../api-schemas.js';

/** The API's view of a paragraph. */
export type ParagraphView = z.infer<typeof ParagraphSchema>;

/** The API's views of the paragraphs of `catalog`, in order, each with its theme's name and citation. */
export function toParagraphViews(catalog: Catalog): ParagraphView[] {
  const themeName = new Map(catalog.themes.map((theme) => [theme.id, theme.name]));
  return catalog.paragraphs.map((paragraph) => ({
    document: catalog.document.id,
    number: paragraph.number,
    text: paragraph.text,
    items: paragraph.items.map((item) => ({ label: item.label, text: item.text })),
    chapter: paragraph.chapter,
    theme: paragraph.theme,
    themeName: paragraph.theme === null ? null : (themeName.get(paragraph.theme) ?? null),
    paper: paragraph.paper,
    citation: citeSummaryParagraph(paragraph.paper, paragraph.number),
  }));
}
