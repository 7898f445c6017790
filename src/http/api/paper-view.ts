import type { z } from '@hono/zod-openapi';
import type { Catalog } from '../../domain/index.js';
import { viewPapers } from '../../domain/index.js';
import type { PaperSchema } from '../api-schemas.js';

/** The API's view of a background paper. */
export type PaperView = z.infer<typeof PaperSchema>;

/**
 * The API's views of the papers of `catalog`: the domain's paper view, with `theme` holding the
 * theme's NAME and `themeId` its id (the public shape, as the JSON export has it), the slug, and
 * the official document's address in each of the six languages (`urls`).
 */
export function toPaperViews(catalog: Catalog): PaperView[] {
  return viewPapers(catalog).map((paper) => ({
    symbol: paper.symbol,
    year: paper.year,
    meeting: paper.meeting,
    subject: paper.subject,
    theme: paper.themeName,
    themeId: paper.themeId,
    paragraphs: paper.paragraphs,
    url: paper.url,
    urls: paper.urls,
    slug: paper.slug,
  }));
}
