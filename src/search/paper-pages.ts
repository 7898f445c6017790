import type { SearchIndex } from './search-index.js';
import type { MatchFacts } from './search-match.js';
import type { SearchPlan } from './search-plan.js';
import type { PageRequest, SearchResult } from './search-present.js';
import { presentResult } from './search-present.js';
import type { RankedDocument } from './search-rank.js';
import { rankMatches } from './search-rank.js';

/** Most paragraphs of one paper a page grouped by paper shows: its best. */
export const HITS_PER_PAPER = 3;

/**
 * A page of results that goes through papers rather than paragraphs: every result ranked, the papers
 * in the order of their best paragraph (the introduction's paragraphs, in no paper, as one group), the
 * page's papers cut at `page.offset` and `page.limit` (counted in papers), each once with its best
 * {@link HITS_PER_PAPER} paragraphs and how many it has. Totals, facets and the related paragraphs
 * are those of the whole search, as on a page of paragraphs; `groupCount` says how many papers there
 * are to page through.
 */
export function presentPaperPage(
  index: SearchIndex,
  plan: SearchPlan,
  facts: MatchFacts,
  page: PageRequest,
): SearchResult {
  const all = rankMatches(index, plan, facts, 0, Math.max(1, index.documents.length));
  const byPaper = new Map<string | null, RankedDocument[]>();
  for (const ranked of all.page) {
    const paper = index.documents[ranked.d]?.paper ?? null;
    const documents = byPaper.get(paper);
    if (documents === undefined) byPaper.set(paper, [ranked]);
    else documents.push(ranked);
  }
  const papers = [...byPaper.values()].slice(page.offset, page.offset + page.limit);
  const result = presentResult(
    index,
    plan,
    { ...all, page: papers.flatMap((documents) => documents.slice(0, HITS_PER_PAPER)) },
    { ...page, groupByPaper: true },
  );
  return {
    ...result,
    groups: (result.groups ?? []).map((group) => ({
      ...group,
      total: byPaper.get(group.paper)?.length ?? group.hits.length,
    })),
    groupCount: byPaper.size,
  };
}
