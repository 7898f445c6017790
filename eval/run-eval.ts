/**
 * Search quality of somkb against baselines, on the 79 paragraphs of the bundled summary.
 *
 *   tsx eval/run-eval.ts [--verbose] [--baselines-only]
 *
 * Judged queries: eval/queries-dev.json (shared development set) and eval/queries-project.json (the
 * project's own), each an array of `{ lang, query, relevant: { "<paragraph>": 1 | 2 }, hard?: true }`.
 * Metrics at 10 (eval/metrics.ts): nDCG with gain 2^grade − 1, MRR (first paragraph of any grade),
 * recall of all judged paragraphs. Reported per system, per query set, per group: `zh` (Chinese, not
 * hard), `zh-hard` (Chinese queries that need a thesaurus), `en` (English queries on the Chinese text).
 *
 * Systems: somkb (src/search over src/analysis), MiniSearch with its default tokenizer, SQLite FTS5
 * with the trigram tokenizer, MiniSearch with jieba (see eval/systems.ts for exactly what each does).
 * The last line printed is one JSON object with every number. `--verbose` prints somkb's top 10 for
 * each query with the grades; `--baselines-only` skips somkb (otherwise a missing engine is an error).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Judgments, QueryMetrics } from './metrics.js';
import { judgmentsFromJson, meanMetrics, queryMetrics } from './metrics.js';
import type { RankedSearch } from './systems.js';
import {
  buildFts5Trigram,
  buildMiniSearchDefault,
  buildMiniSearchJieba,
  createJiebaTokenizer,
  loadBundledCatalog,
  buildSomkbSearch,
  loadBundledKnowledge,
  plainDocuments,
} from './systems.js';

const K = 10;
const QUERY_SETS = ['dev', 'project'] as const;
const GROUPS = ['zh', 'zh-hard', 'en'] as const;
type QuerySetName = (typeof QUERY_SETS)[number];
type Group = (typeof GROUPS)[number];

interface JudgedQuery {
  readonly set: QuerySetName;
  readonly lang: string;
  readonly query: string;
  readonly judgments: Judgments;
  readonly hard: boolean;
  readonly group: Group;
}

// ---------------------------------------------------------------------------------------------------
// Queries

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function loadQueries(set: QuerySetName, paragraphCount: number): JudgedQuery[] {
  const path = fileURLToPath(new URL(`queries-${set}.json`, import.meta.url));
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: not a JSON array`);
  return parsed.map((entry: unknown, index): JudgedQuery => {
    const where = `${path}, query ${index + 1}`;
    if (!isRecord(entry)) throw new Error(`${where}: not an object`);
    const { lang, query, relevant, hard } = entry;
    if (lang !== 'zh' && lang !== 'en') throw new Error(`${where}: lang must be "zh" or "en"`);
    if (typeof query !== 'string' || query.trim() === '') throw new Error(`${where}: query must be text`);
    if (!isRecord(relevant)) throw new Error(`${where}: relevant must be an object`);
    if (hard !== undefined && typeof hard !== 'boolean')
      throw new Error(`${where}: hard must be true or absent`);
    const judgments = judgmentsFromJson(relevant);
    for (const paragraph of judgments.keys()) {
      if (paragraph > paragraphCount) throw new Error(`${where}: there is no paragraph ${paragraph}`);
    }
    const isHard = hard === true;
    const group: Group = lang === 'en' ? 'en' : isHard ? 'zh-hard' : 'zh';
    return { set, lang, query, judgments, hard: isHard, group };
  });
}

// ---------------------------------------------------------------------------------------------------
// Systems

interface NamedSystem {
  readonly name: string;
  readonly ranked: RankedSearch;
}

// ---------------------------------------------------------------------------------------------------
// Scoring and reporting

interface GroupResult extends QueryMetrics {
  readonly queries: number;
}

type SystemResults = Partial<Record<QuerySetName, Partial<Record<Group, GroupResult>>>>;

function score(system: RankedSearch, queries: readonly JudgedQuery[]): SystemResults {
  const results: SystemResults = {};
  for (const set of QUERY_SETS) {
    const bySet: Partial<Record<Group, GroupResult>> = {};
    for (const group of GROUPS) {
      const selected = queries.filter((query) => query.set === set && query.group === group);
      if (selected.length === 0) continue;
      const perQuery = selected.map((query) =>
        queryMetrics(system.search(query.query, K), query.judgments, K),
      );
      bySet[group] = { ...meanMetrics(perQuery), queries: selected.length };
    }
    results[set] = bySet;
  }
  return results;
}

const round = (value: number): number => Number(value.toFixed(4));
const cell = (value: number): string => value.toFixed(3);

function printTable(
  paragraphs: number,
  systems: readonly string[],
  results: ReadonlyMap<string, SystemResults>,
): void {
  const nameWidth = Math.max(...systems.map((name) => name.length), 6);
  console.log(`Search quality at ${K} on the ${paragraphs} paragraphs of the bundled summary`);
  for (const set of QUERY_SETS) {
    for (const group of GROUPS) {
      const count = results.get(systems[0] ?? '')?.[set]?.[group]?.queries;
      if (count === undefined) continue;
      console.log(`\n${set} / ${group} (${count} queries)`);
      console.log(`  ${'system'.padEnd(nameWidth)}  nDCG@10  MRR@10  recall@10`);
      for (const name of systems) {
        const metrics = results.get(name)?.[set]?.[group];
        if (metrics === undefined) continue;
        console.log(
          `  ${name.padEnd(nameWidth)}  ${cell(metrics.ndcg).padStart(7)}  ${cell(metrics.mrr).padStart(6)}  ${cell(metrics.recall).padStart(9)}`,
        );
      }
    }
  }
}

function printVerbose(name: string, system: RankedSearch, queries: readonly JudgedQuery[]): void {
  console.log(`\nTop ${K} of ${name} per query (paragraph(grade), "-" = not judged relevant):`);
  for (const query of queries) {
    const ranking = system.search(query.query, K);
    const metrics = queryMetrics(ranking, query.judgments, K);
    const top = ranking
      .map((paragraph) => `${paragraph}(${query.judgments.get(paragraph) ?? '-'})`)
      .join(' ');
    const found = new Set(ranking);
    const missed = [...query.judgments]
      .filter(([paragraph]) => !found.has(paragraph))
      .map(([paragraph, grade]) => `${paragraph}(${grade})`)
      .join(' ');
    console.log(
      `[${query.set} ${query.group}] ${query.query}  nDCG ${cell(metrics.ndcg)} RR ${cell(metrics.mrr)}\n` +
        `    → ${top === '' ? '(no hit)' : top}${missed === '' ? '' : `\n    missed: ${missed}`}`,
    );
  }
}

function toJson(results: SystemResults): Record<string, Record<string, Record<string, number>>> {
  const json: Record<string, Record<string, Record<string, number>>> = {};
  for (const [set, groups] of Object.entries(results)) {
    const bySet: Record<string, Record<string, number>> = {};
    for (const [group, metrics] of Object.entries(groups)) {
      bySet[group] = {
        ndcg10: round(metrics.ndcg),
        mrr10: round(metrics.mrr),
        recall10: round(metrics.recall),
        queries: metrics.queries,
      };
    }
    json[set] = bySet;
  }
  return json;
}

// ---------------------------------------------------------------------------------------------------

function main(): void {
  const { values } = parseArgs({
    options: {
      verbose: { type: 'boolean', default: false },
      'baselines-only': { type: 'boolean', default: false },
    },
  });
  const catalog = loadBundledCatalog();
  const queries = QUERY_SETS.flatMap((set) => loadQueries(set, catalog.paragraphs.length));
  const documents = plainDocuments(catalog);

  const systems: NamedSystem[] = [];
  if (!values['baselines-only']) {
    systems.push({ name: 'somkb', ranked: buildSomkbSearch(catalog, loadBundledKnowledge()) });
  }
  const tokenizer = createJiebaTokenizer();
  const trigram = buildFts5Trigram(documents);
  systems.push(
    { name: 'minisearch', ranked: buildMiniSearchDefault(documents).ranked },
    { name: 'fts5-trigram', ranked: trigram },
    { name: 'minisearch-jieba', ranked: buildMiniSearchJieba(documents, tokenizer).ranked },
  );

  const results = new Map(systems.map((system) => [system.name, score(system.ranked, queries)]));
  printTable(
    catalog.paragraphs.length,
    systems.map((system) => system.name),
    results,
  );
  if (values.verbose) {
    const shown = systems[0];
    if (shown !== undefined) printVerbose(shown.name, shown.ranked, queries);
  }
  trigram.close();
  console.log('');
  console.log(
    JSON.stringify(Object.fromEntries([...results].map(([name, result]) => [name, toJson(result)]))),
  );
}

try {
  main();
} catch (error: unknown) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
