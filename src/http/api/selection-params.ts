import type { z } from '@hono/zod-openapi';
import { SomkbError } from '../../errors/index.js';
import type { CatalogSelection } from '../../export/index.js';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import { queryParagraphs } from '../../services/index.js';
import type { SelectionParamsSchema } from '../api-schemas.js';
import type { ApiRouteContext } from './route-kit.js';
import { givenText } from './route-kit.js';

/**
 * The selection the parameters of an export or a briefing pack name; a query is run, its results
 * (up to 1,000) selected. A value named twice counts once (a form may send a topic ticked under two
 * themes).
 */
export async function selectionOf(
  { deps, current }: ApiRouteContext,
  params: z.infer<typeof SelectionParamsSchema>,
): Promise<CatalogSelection> {
  const list = (value: string | string[] | undefined): string[] | undefined =>
    value === undefined ? undefined : [...new Set(Array.isArray(value) ? value : [value])];
  const themes = list(params.theme);
  const topics = list(params.topic);
  const { papers: known } = await current();
  const papers = list(params.paper)?.map(
    (value) => known.find((paper) => paper.slug.toUpperCase() === value.toUpperCase())?.symbol ?? value,
  );
  const query = givenText(params.q);
  const paragraphs = query === undefined ? undefined : (await queryParagraphs(deps.search, query)).paragraphs;
  if (query !== undefined && paragraphs?.length === 0) {
    throw new SomkbError('NOT_FOUND', `no paragraph matches the query '${query}'`, { where: 'q' });
  }
  return {
    ...(themes === undefined ? {} : { themes }),
    ...(topics === undefined ? {} : { topics }),
    ...(papers === undefined ? {} : { papers }),
    ...(paragraphs === undefined ? {} : { paragraphs }),
  };
}

/** The knowledge of the current catalog; CATALOG_EMPTY when there is none. */
export async function knowledgeOrEmpty({ deps }: ApiRouteContext): Promise<CatalogKnowledge> {
  const knowledge = await deps.loadKnowledge?.();
  if (knowledge === undefined) throw new SomkbError('CATALOG_EMPTY', 'no catalog is published yet');
  return knowledge;
}
