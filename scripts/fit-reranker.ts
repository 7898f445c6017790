/**
 * Fits the search re-ranker's weights (src/search/search-rerank.ts) on the tuning half of the judged
 * set, by coordinate ascent on mean nDCG@10 (as RankLib's), and checks how they generalise by
 * cross-validation within that half. Never reads the held-out half's queries: `npm run eval` reports
 * it, in aggregate, once the weights are written.
 *
 *   npm run fit:rerank -- [--folds 5] [--penalty 0.002] [--features a,b,…] [--write]
 *
 * - For every tuning query, the first stage's best paragraphs (`RERANK_WINDOW`) and their features
 *   are read once (`searchCandidates`); a set of weights orders them as the engine does (tier, then
 *   `rerankScore`, then document number), so that fitting is a few dot products a query.
 * - Coordinate ascent: from the first stage's own weights, each feature's weight in turn is moved by
 *   each step of a ladder, keeping a move that raises the objective (mean nDCG@10 minus `penalty` ×
 *   the squared distance from the starting weights, which keeps a weight that no query needs where it
 *   was); rounds until none does. The `score` weight stays 1: the order does not change when all
 *   weights are scaled.
 * - `--folds k`: the tuning half is cut into k folds by the SHA-256 of the query's id; each fold is
 *   ranked by the weights fitted on the others, and the mean over folds is printed beside that of the
 *   starting weights.
 * - `--features`: the features whose weights may move (all by default); the others keep the first
 *   stage's weights.
 * - `--write`: fits on the whole tuning half and writes src/search/search-rerank-weights.ts.
 *
 * Deterministic: the order of features and steps is fixed, and the folds follow the ids.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { JudgedSetQuery } from '../eval/judged-set.js';
import { UN_LANGUAGES, parseJudgedSet } from '../eval/judged-set.js';
import type { Judgments } from '../eval/metrics.js';
import { judgmentsFromJson, ndcgAt } from '../eval/metrics.js';
import { buildSomkbIndex, loadBundledCatalog, loadBundledKnowledge } from '../eval/systems.js';
import type { RerankCandidate } from '../src/search/index.js';
import { FIRST_STAGE_WEIGHTS, RERANK_FEATURES, rerankScore, searchCandidates } from '../src/search/index.js';

const K = 10;
/** Where the fitting starts: the first stage's own weights. */
const START = FIRST_STAGE_WEIGHTS;
const STEPS = [-1, -0.5, -0.25, -0.1, -0.05, 0.05, 0.1, 0.25, 0.5, 1];
const MAX_ROUNDS = 30;

interface Example {
  readonly id: string;
  readonly lang: string;
  readonly judgments: Judgments;
  readonly candidates: readonly RerankCandidate[];
  /** Paragraph number of each candidate. */
  readonly paragraphs: readonly number[];
}

function path(name: string): string {
  return fileURLToPath(new URL(name, import.meta.url));
}

function ranking(example: Example, weights: readonly number[]): number[] {
  const scored = example.candidates.map((candidate, at) => ({
    at,
    tier: candidate.tier,
    d: candidate.d,
    value: rerankScore(candidate.features, 0, weights),
  }));
  scored.sort((a, b) => b.tier - a.tier || b.value - a.value || a.d - b.d);
  return scored.slice(0, K).map(({ at }) => example.paragraphs[at] as number);
}

function meanNdcg(examples: readonly Example[], weights: readonly number[]): number {
  if (examples.length === 0) return 0;
  let sum = 0;
  for (const example of examples) sum += ndcgAt(ranking(example, weights), example.judgments, K);
  return sum / examples.length;
}

function objective(examples: readonly Example[], weights: readonly number[], penalty: number): number {
  const distance = weights.reduce((sum, weight, f) => sum + (weight - (START[f] as number)) ** 2, 0);
  return meanNdcg(examples, weights) - penalty * distance;
}

/** Coordinate ascent from {@link START} on `examples`. */
function fit(examples: readonly Example[], penalty: number, free: ReadonlySet<string>): number[] {
  const weights = [...START];
  let best = objective(examples, weights, penalty);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (const [f, feature] of RERANK_FEATURES.entries()) {
      if (feature === 'score' || !free.has(feature)) continue;
      const from = weights[f] as number;
      let bestStep = 0;
      for (const step of STEPS) {
        weights[f] = from + step;
        const value = objective(examples, weights, penalty);
        if (value > best + 1e-9) {
          best = value;
          bestStep = step;
        }
      }
      weights[f] = from + bestStep;
      if (bestStep !== 0) moved = true;
    }
    if (!moved) break;
  }
  // The moves are rounded, not the starting weights (ln 2 stays ln 2).
  return weights.map(
    (weight, f) => (START[f] as number) + Number((weight - (START[f] as number)).toFixed(4)),
  );
}

function foldOf(id: string, folds: number): number {
  return (createHash('sha256').update(id, 'utf8').digest()[1] ?? 0) % folds;
}

function loadTune(paragraphCount: number): JudgedSetQuery[] {
  const seenIds = new Set<string>();
  const files = [
    { name: '../eval/judged/queries-zh.json', languages: ['zh'] as const },
    { name: '../eval/judged/queries-intl.json', languages: UN_LANGUAGES.filter((lang) => lang !== 'zh') },
  ];
  return files.flatMap(({ name, languages }) =>
    parseJudgedSet(JSON.parse(readFileSync(path(name), 'utf8')) as unknown, {
      file: name,
      paragraphCount,
      languages: [...languages],
      seenIds,
    }).filter((query) => query.half === 'tune'),
  );
}

function loadDev(): { query: string; judgments: Judgments }[] {
  const parsed = JSON.parse(readFileSync(path('../eval/queries-dev.json'), 'utf8')) as {
    query: string;
    relevant: Record<string, unknown>;
  }[];
  return parsed.map((entry) => ({ query: entry.query, judgments: judgmentsFromJson(entry.relevant) }));
}

/** Words wrapped into lines of a block comment, at most 100 characters each. */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  let line = ' *';
  for (const word of text.split(/\s+/u)) {
    if (line.length + 1 + word.length > 100 && line !== ' *') {
      lines.push(line);
      line = ' *';
    }
    line = `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

function weightsFile(weights: readonly number[], note: string): string {
  const lines = RERANK_FEATURES.map((feature, f) => `  ${String(weights[f])}, // ${feature}`);
  const about =
    "The re-ranker's weights, one per feature of `RERANK_FEATURES` (search-rerank.ts), in its order. " +
    'Written by `npm run fit:rerank -- --write` (scripts/fit-reranker.ts: coordinate ascent on nDCG@10 over the ' +
    `tuning half of the judged set); not edited by hand. ${note}`;
  return `/**
${commentLines(about).join('\n')}
 */
export const RERANK_WEIGHTS: readonly number[] = [
${lines.join('\n')}
];
`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      folds: { type: 'string', default: '5' },
      penalty: { type: 'string', default: '0.002' },
      features: { type: 'string', default: RERANK_FEATURES.join(',') },
      write: { type: 'boolean', default: false },
    },
  });
  const folds = Number(values.folds);
  const penalty = Number(values.penalty);
  const free = new Set(values.features.split(','));
  const catalog = loadBundledCatalog();
  const index = buildSomkbIndex(catalog, loadBundledKnowledge());
  const examplesOf = (
    queries: readonly { id: string; lang: string; query: string; judgments: Judgments }[],
  ): Example[] =>
    queries.map((query) => {
      const candidates = searchCandidates(index, { query: query.query }).map((candidate) => ({
        ...candidate,
        features: Float64Array.from(candidate.features),
      }));
      return {
        id: query.id,
        lang: query.lang,
        judgments: query.judgments,
        candidates,
        paragraphs: candidates.map((candidate) => index.documents[candidate.d]?.paragraph ?? 0),
      };
    });
  const tune = examplesOf(loadTune(catalog.paragraphs.length));
  const dev = examplesOf(loadDev().map((entry, i) => ({ ...entry, id: `dev-${i}`, lang: 'zh' })));

  let cvNote = '';
  if (folds > 1) {
    let fitted = 0;
    let start = 0;
    for (let fold = 0; fold < folds; fold++) {
      const test = tune.filter((example) => foldOf(example.id, folds) === fold);
      const train = tune.filter((example) => foldOf(example.id, folds) !== fold);
      const weights = fit(train, penalty, free);
      fitted += meanNdcg(test, weights) * test.length;
      start += meanNdcg(test, START) * test.length;
    }
    const fittedMean = (fitted / tune.length).toFixed(4);
    const startMean = (start / tune.length).toFixed(4);
    cvNote =
      ` Cross-validated nDCG@10 over ${folds} folds of the tuning half: ${fittedMean},` +
      ` against ${startMean} for the first stage's own weights.`;
    console.log(
      `cross-validated nDCG@10 over ${folds} folds of the tuning half (${tune.length} queries), ` +
        `penalty ${penalty}: fitted ${fittedMean}, first stage ${startMean}`,
    );
  }
  const weights = fit(tune, penalty, free);
  const zh = tune.filter((example) => example.lang === 'zh');
  console.log(
    `whole tuning half: nDCG@10 ${meanNdcg(tune, weights).toFixed(4)} (first stage ${meanNdcg(tune, START).toFixed(4)}); ` +
      `zh ${meanNdcg(zh, weights).toFixed(4)} (${meanNdcg(zh, START).toFixed(4)}); ` +
      `dev ${meanNdcg(dev, weights).toFixed(4)} (${meanNdcg(dev, START).toFixed(4)})`,
  );
  console.log(RERANK_FEATURES.map((feature, f) => `${feature} ${String(weights[f])}`).join(', '));
  if (values.write) {
    const note = `Options: --penalty ${penalty} --features ${[...free].join(',')}.${cvNote}`;
    writeFileSync(path('../src/search/search-rerank-weights.ts'), weightsFile(weights, note));
    console.log('wrote src/search/search-rerank-weights.ts');
  }
}

main();
