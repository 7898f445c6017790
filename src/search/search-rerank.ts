import { compactText } from './search-document.js';
import type { SearchIndex } from './search-index.js';
import type { MatchFacts } from './search-match.js';
import type { SearchPlan } from './search-plan.js';
import { RERANK_WEIGHTS } from './search-rerank-weights.js';

/**
 * The features the re-ranker reads of each of the first stage's best paragraphs, in the order of a
 * feature row and of {@link RERANK_WEIGHTS}. Each is cheap (a few array reads or string searches a
 * paragraph) and general: none names a word, a paragraph or a query.
 *
 * - `score`: ln of the BM25F score (own labels and words, plus related concepts' labels).
 * - `coverage`: ln of the specificity share of the clauses the paragraph meets or reaches (0.001 at
 *   least), as the first stage's coordination factor.
 * - `ownCoverage`: the same counting only the clauses it meets by the query's own words and concepts.
 * - `exact`: ln(1 + 0.5 × the query words and concepts found as written in the paragraph).
 * - `exactShare`: the share of the query's words and concepts found as written (0–1).
 * - `intent`: 1 when the paragraph says what the question's intent asks (a comparison's 区分, distinguish).
 * - `topic`: ln(1 + 0.25 × the query's concepts that are key topics of the paragraph).
 * - `relatedShare`: the share of the score that related concepts' labels gave (0–1).
 * - `allClauses`: 1 when the paragraph meets every clause itself.
 * - `comparisonBoth`: 1 when the query is a comparison and the paragraph meets every clause (both sides).
 * - `length`: ln of the reference text's length in characters over 200.
 * - `topicCount`: ln(1 + the number of key topics the paragraph has).
 * - `heading`: 1 when a query word or concept label is in the paper's subject or the theme's heading.
 * - `firstOfPaper`: 1 for the first paragraph of a paper (which most often says what it is about).
 * - `feedbackTopics`: the share of the key topics of the first stage's best {@link FEEDBACK_DEPTH}
 *   paragraphs that the paragraph has too (pseudo-relevance feedback on the topics).
 * - `feedbackTheme`: the share of those best paragraphs that are in the paragraph's theme.
 * - `relatedOwn`: `relatedShare` × the specificity share of the clauses the paragraph meets itself
 *   (0–1), so that what related concepts give can count differently for a paragraph that meets the
 *   query itself (where they add neighbours to what it already names) and for one whose neighbours
 *   stand for clauses it misses, which one weight of `relatedShare` cannot say.
 */
export const RERANK_FEATURES = [
  'score',
  'coverage',
  'ownCoverage',
  'exact',
  'exactShare',
  'intent',
  'topic',
  'relatedShare',
  'allClauses',
  'comparisonBoth',
  'length',
  'topicCount',
  'heading',
  'firstOfPaper',
  'feedbackTopics',
  'feedbackTheme',
  'relatedOwn',
] as const;

/** A feature's name. */
export type RerankFeature = (typeof RERANK_FEATURES)[number];

/** The number of features in a row. */
export const FEATURE_COUNT = RERANK_FEATURES.length;

/**
 * The first stage's own factors as weights (1 for `score`, `exact` and `topic`, 2 for `coverage`, ln 2
 * for `intent`, 0 for the rest): with them {@link rerankScore} is the first stage's score. Where the
 * fitting starts, and what a fitted model is compared with.
 */
export const FIRST_STAGE_WEIGHTS: readonly number[] = RERANK_FEATURES.map((feature) =>
  feature === 'score' || feature === 'exact' || feature === 'topic'
    ? 1
    : feature === 'coverage'
      ? 2
      : feature === 'intent'
        ? Math.log(2)
        : 0,
);

/** How many of the first stage's best paragraphs are re-ranked (at least; more when a page lies further). */
export const RERANK_WINDOW = 50;

/** How many of the first stage's best paragraphs the feedback features read. */
export const FEEDBACK_DEPTH = 3;

/** Smallest coverage whose logarithm is taken: a paragraph that meets no clause. */
const COVERAGE_FLOOR = 0.001;
/** Smallest score whose logarithm is taken. */
const SCORE_FLOOR = 1e-9;
/** Length, in characters, a paragraph's `length` feature is measured against. */
const LENGTH_UNIT = 200;

/**
 * The sum of the specificity shares of the clauses in `bits` (see `SearchPlan.specificity`): 0–1.
 */
export function coverageOf(specificity: readonly number[], bits: number): number {
  let sum = 0;
  for (let clause = 0; clause < specificity.length; clause++) {
    if ((bits & (1 << clause)) !== 0) sum += specificity[clause] as number;
  }
  return sum;
}

/** Each document's paper subject and theme heading in every version, as compact text; made once per index. */
const headings = new WeakMap<SearchIndex, readonly string[]>();

function headingsOf(index: SearchIndex): readonly string[] {
  let list = headings.get(index);
  if (list === undefined) {
    list = index.documents.map((document, d) =>
      [document, ...[...index.versions.values()].map((version) => version[d])]
        .flatMap((version) => (version === undefined ? [] : [version.subject, version.themeName ?? '']))
        .map(compactText)
        .join('\u0000'),
    );
    headings.set(index, list);
  }
  return list;
}

/** What the features of one query share: read once, used for each candidate. */
export interface RerankContext {
  /** Per concept of the query, the key topics (ids into `topicNames`) it is: see `topicsOfConcepts`. */
  readonly conceptTopics: readonly (readonly number[])[];
}

/**
 * Writes a candidate's features into `rows` from `offset` on, in the order of {@link RERANK_FEATURES}.
 */
export type FeatureWriter = (d: number, rows: Float64Array, offset: number) => void;

/**
 * What writes the features of the `candidates` (document numbers, in the first stage's order) of one
 * search: what they share (the feedback paragraphs, the headings) is read once, then each candidate's
 * row is written on demand, so that ranking every result (a page by papers) needs one row, not one
 * per result. Pure; reads the match facts of the search just made. A feature whose weight in
 * `weights` is 0 is left at 0 unless `all` is set (the fitting script reads every feature; a search
 * only those its weights use, which spares the string searches of `heading`).
 */
export function featureWriter(
  index: SearchIndex,
  plan: SearchPlan,
  facts: MatchFacts,
  candidates: readonly number[],
  context: RerankContext,
  all = false,
  weights: readonly number[] = RERANK_WEIGHTS,
): FeatureWriter {
  const used = (feature: RerankFeature): boolean => all || weights[RERANK_FEATURES.indexOf(feature)] !== 0;
  const wantHeading = used('heading');
  const wantFeedback = used('feedbackTopics') || used('feedbackTheme');
  const { compact, topicIds, topicStart, documents, papers } = index;
  const { exactWords, conceptForms, intentCues, specificity } = plan;
  const { mask, reach, score, relatedScore, allBits } = facts;
  const asked = exactWords.length + conceptForms.length;
  const comparison = plan.intent === 'comparison';
  const heads = wantHeading ? headingsOf(index) : [];
  const leaders = wantFeedback
    ? candidates.filter((d) => (mask[d] as number) !== 0).slice(0, FEEDBACK_DEPTH)
    : [];
  const feedbackTopics = new Set(
    leaders.flatMap((d) => [...topicIds.subarray(topicStart[d], topicStart[d + 1])]),
  );
  const themeOf = index.themes.ofDocument;
  return (d, rows, row) => {
    const text = compact[d] ?? '';
    const head = heads[d] ?? '';
    const bits = mask[d] as number;
    const total = score[d] as number;
    let exact = 0;
    let inHeading = false;
    for (const word of exactWords) {
      if (text.includes(word)) exact++;
      if (wantHeading && !inHeading && head.includes(word)) inHeading = true;
    }
    for (const forms of conceptForms) {
      if (forms.some((form) => text.includes(form))) exact++;
      if (wantHeading && !inHeading && forms.some((form) => head.includes(form))) inHeading = true;
    }
    const own = topicIds.subarray(topicStart[d], topicStart[d + 1]);
    const tagged = context.conceptTopics.filter((ids) => ids.some((id) => own.includes(id))).length;
    const paper = papers.ofDocument[d] ?? -1;
    rows[row] = Math.log(Math.max(total, SCORE_FLOOR));
    rows[row + 1] = Math.log(Math.max(coverageOf(specificity, bits | (reach[d] as number)), COVERAGE_FLOOR));
    const ownShare = coverageOf(specificity, bits);
    rows[row + 2] = Math.log(Math.max(ownShare, COVERAGE_FLOOR));
    rows[row + 3] = Math.log(1 + 0.5 * exact);
    rows[row + 4] = asked === 0 ? 0 : exact / asked;
    rows[row + 5] = intentCues.some((cue) => text.includes(cue)) ? 1 : 0;
    rows[row + 6] = Math.log(1 + 0.25 * tagged);
    const relatedShare = total > 0 ? (relatedScore[d] as number) / total : 0;
    rows[row + 7] = relatedShare;
    rows[row + 8] = bits === allBits ? 1 : 0;
    rows[row + 9] = comparison && bits === allBits ? 1 : 0;
    rows[row + 10] = Math.log(Math.max(1, documents[d]?.text.length ?? 0) / LENGTH_UNIT);
    rows[row + 11] = Math.log(1 + own.length);
    rows[row + 12] = inHeading ? 1 : 0;
    rows[row + 13] = paper !== -1 && (d === 0 || papers.ofDocument[d - 1] !== paper) ? 1 : 0;
    let shared = 0;
    if (wantFeedback) for (const id of own) if (feedbackTopics.has(id)) shared++;
    rows[row + 14] = feedbackTopics.size === 0 ? 0 : shared / feedbackTopics.size;
    rows[row + 15] =
      leaders.length === 0
        ? 0
        : leaders.filter((other) => themeOf[other] === themeOf[d]).length / leaders.length;
    rows[row + 16] = relatedShare * ownShare;
  };
}

/**
 * The feature rows of `candidates`: `FEATURE_COUNT` numbers each, one after the other (see
 * {@link featureWriter}, whose arguments it takes).
 */
export function rerankFeatures(
  index: SearchIndex,
  plan: SearchPlan,
  facts: MatchFacts,
  candidates: readonly number[],
  context: RerankContext,
  all = false,
  weights: readonly number[] = RERANK_WEIGHTS,
): Float64Array {
  const write = featureWriter(index, plan, facts, candidates, context, all, weights);
  const rows = new Float64Array(candidates.length * FEATURE_COUNT);
  candidates.forEach((d, at) => {
    write(d, rows, at * FEATURE_COUNT);
  });
  return rows;
}

/**
 * A candidate's re-ranked score: e to the weighted sum of its features (row `at` of `rows`), so that
 * it stays positive and, with {@link FIRST_STAGE_WEIGHTS}, equals the first stage's score.
 */
export function rerankScore(
  rows: Float64Array,
  at: number,
  weights: readonly number[] = RERANK_WEIGHTS,
): number {
  let sum = 0;
  const row = at * FEATURE_COUNT;
  for (let f = 0; f < FEATURE_COUNT; f++) sum += (weights[f] as number) * (rows[row + f] as number);
  return Math.exp(sum);
}
