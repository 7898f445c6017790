import type { z } from '@hono/zod-openapi';
import type { toExportJson } from '../../export/index.js';
import type { PaperSchema } from '../api-schemas.js';

/** The API's view of a background paper. */
export type PaperView = z.infer<typeof PaperSchema>;

/** The URL-safe form of a paper symbol: `CTOC/COP/WG.7/2015/4` → `CTOC-COP-WG.7-2015-4`. */
export function symbolSlug(symbol: string): string {
  return symbol.replaceAll('/', '-');
}

/** The API's views of the papers of an exported catalog, each with its slug. */
export function toPaperViews(exported: ReturnType<typeof toExportJson>): PaperView[] {
  return exported.papers.map((paper) => ({
    ...paper,
    slug: symbolSlug(paper.symbol),
    paragraphs: [...paper.paragraphs],
  }));
}
