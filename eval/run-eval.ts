/**
 * Search quality of somkb against baselines, on the 79 paragraphs of the bundled summary.
 *
 *   tsx eval/run-eval.ts [--verbose] [--baselines-only]
 *
 * Query sets:
 * - `dev`: eval/queries-dev.json, the team's shared development set, and `project`:
 *   eval/queries-project.json, the project's own; each an array of
 *   `{ lang, query, relevant: { "<paragraph>": 1 | 2 }, hard?: true }`, grouped as `zh` (Chinese, not
 *   hard), `zh-hard` (Chinese queries that need a thesaurus) and `en`.
 * - `tune` and `held-out`: the two halves of the judged set, eval/judged/queries-zh.json and
 *   eval/judged/queries-intl.json (format and procedure: eval/judged/README.md; validated strictly by
 *   eval/judged-set.ts; a file not there yet is reported as missing, not an error). Grouped by
 *   language (`zh`; `intl`, the five other UN languages together; and each of `en`, `fr`, `es`, `ru`,
 *   `ar`) and by kind (`keyword`, `everyday`, `question`, `comparison`, `two-words`).
 * Every set also has the group `all`.
 *
 * Metrics at 10 (eval/metrics.ts): nDCG with gain 2^grade − 1, MRR (first paragraph of any grade),
 * recall of all judged paragraphs. Reported per system, per query set, per group.
 *
 * Systems: somkb (src/search over src/analysis), MiniSearch with its default tokenizer, SQLite FTS5
 * with the trigram tokenizer, MiniSearch with jieba (see eval/systems.ts for exactly what each does).
 * The last line printed is one JSON object with every number:
 * `{ "<system>": { "<set>": { "<group>": { ndcg10, mrr10, recall10, queries } } } }`.
 *
 * `--verbose` prints somkb's top 10 with the grades for each query of the dev, project and tune sets,
 * never for a held-out query: whoever tunes the ranking sees the held-out half only as the aggregate
 * numbers. `--baselines-only` skips somkb (otherwise a missing engine is an error).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { UnLanguage } from './judged-set.js';
import { QUERY_KINDS, UN_LANGUAGES, parseJudgedSet } from './judged-set.js';
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
const QUERY_SETS = ['dev', 'project', 'tune', 'held-out'] as const;
type QuerySetName = (typeof QUERY_SETS)[number];
/** The sets whose queries `--verbose` may show one by one. */
const VERBOSE_SETS: readonly QuerySetName[] = ['dev', 'project', 'tune'];
/** The other UN languages than Chinese, in the order they are reported. */
const INTL_LANGUAGES = UN_LANGUAGES.filter((lang) => lang !== 'zh');
/** Groups in the order they are printed; a set reports those that have queries. */
const GROUPS = ['all', 'zh', 'zh-hard', 'intl', 'en', 'fr', 'es', 'ru', 'ar', ...QUERY_KINDS] as const;

/** The judged files, with the languages each may hold. */
const JUDGED_FILES: readonly { readonly name: string; readonly languages: readonly UnLanguage[] }[] = [
  { name: 'judged/queries-zh.json', languages: ['zh'] },
  { name: 'judged/queries-intl.json', languages: INTL_LANGUAGES },
];

interface EvalQuery {
  readonly set: QuerySetName;
  /** The judged query's id, or the dev/project query's position in its file. */
  readonly label: string;
  readonly query: string;
  readonly judgments: Judgments;
  /** The groups the query counts in, `all` included. */
  readonly groups: readonly string[];
}

// ---------------------------------------------------------------------------------------------------
// Queries

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function evalPath(name: string): string {
  return fileURLToPath(new URL(name, import.meta.url));
}

function loadQueries(set: 'dev' | 'project', paragraphCount: number): EvalQuery[] {
  const path = evalPath(`queries-${set}.json`);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: not a JSON array`);
  return parsed.map((entry: unknown, index): EvalQuery => {
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
    const group = lang === 'en' ? 'en' : hard === true ? 'zh-hard' : 'zh';
    return { set, label: `${set}#${index + 1}`, query, judgments, groups: ['all', group] };
  });
}

/** The judged set's queries from the files that exist, and a note for each file that does not. */
function loadJudged(paragraphCount: number): { queries: EvalQuery[]; notes: string[] } {
  const seenIds = new Set<string>();
  const queries: EvalQuery[] = [];
  const notes: string[] = [];
  for (const { name, languages } of JUDGED_FILES) {
    const path = evalPath(name);
    if (!existsSync(path)) {
      notes.push(`eval/${name}: not there yet`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error: unknown) {
      throw new Error(
        `eval/${name}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const judged = parseJudgedSet(parsed, { file: `eval/${name}`, paragraphCount, languages, seenIds });
    for (const entry of judged) {
      const language = entry.lang === 'zh' ? ['zh'] : ['intl', entry.lang];
      queries.push({
        set: entry.half,
        label: entry.id,
        query: entry.query,
        judgments: entry.judgments,
        groups: ['all', ...language, entry.kind],
      });
    }
    notes.push(`eval/${name}: ${judged.length} queries`);
  }
  return { queries, notes };
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

type SystemResults = Partial<Record<QuerySetName, Partial<Record<string, GroupResult>>>>;

function score(system: RankedSearch, queries: readonly EvalQuery[]): SystemResults {
  const results: SystemResults = {};
  const perQuery = new Map(
    queries.map((query) => [query, queryMetrics(system.search(query.query, K), query.judgments, K)]),
  );
  for (const set of QUERY_SETS) {
    const bySet: Partial<Record<string, GroupResult>> = {};
    for (const group of GROUPS) {
      const selected = queries.filter((query) => query.set === set && query.groups.includes(group));
      if (selected.length === 0) continue;
      const metrics = selected.map((query) => perQuery.get(query) ?? { ndcg: 0, mrr: 0, recall: 0 });
      bySet[group] = { ...meanMetrics(metrics), queries: selected.length };
    }
    if (Object.keys(bySet).length > 0) results[set] = bySet;
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
  const columnWidth = Math.max(...systems.map((name) => name.length), 19);
  console.log(`Search quality at ${K} on the ${paragraphs} paragraphs of the bundled summary`);
  console.log(`(each cell: nDCG@10 MRR@10 recall@10)`);
  const first = results.get(systems[0] ?? '');
  for (const set of QUERY_SETS) {
    const groups = first?.[set];
    if (groups === undefined) continue;
    console.log(`\n${set}`);
    console.log(
      `  ${'group (queries)'.padEnd(18)}${systems.map((name) => `  ${name.padEnd(columnWidth)}`).join('')}`.trimEnd(),
    );
    for (const group of GROUPS) {
      const count = groups[group]?.queries;
      if (count === undefined) continue;
      const cells = systems.map((name) => {
        const metrics = results.get(name)?.[set]?.[group];
        const text =
          metrics === undefined ? '' : `${cell(metrics.ndcg)} ${cell(metrics.mrr)} ${cell(metrics.recall)}`;
        return `  ${text.padEnd(columnWidth)}`;
      });
      console.log(`  ${`${group} (${count})`.padEnd(18)}${cells.join('')}`.trimEnd());
    }
  }
}

function printVerbose(name: string, system: RankedSearch, queries: readonly EvalQuery[]): void {
  console.log(
    `\nTop ${K} of ${name} per query of the ${VERBOSE_SETS.join(', ')} sets (paragraph(grade), "-" = not judged relevant; held-out queries are never shown):`,
  );
  for (const query of queries) {
    if (!VERBOSE_SETS.includes(query.set)) continue;
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
    const groups = query.groups.filter((group) => group !== 'all').join(' ');
    console.log(
      `[${query.label} ${groups}] ${query.query}  nDCG ${cell(metrics.ndcg)} RR ${cell(metrics.mrr)}\n` +
        `    → ${top === '' ? '(no hit)' : top}${missed === '' ? '' : `\n    missed: ${missed}`}`,
    );
  }
}

function toJson(results: SystemResults): Record<string, Record<string, Record<string, number>>> {
  const json: Record<string, Record<string, Record<string, number>>> = {};
  for (const [set, groups] of Object.entries(results)) {
    const bySet: Record<string, Record<string, number>> = {};
    for (const [group, metrics] of Object.entries(groups)) {
      if (metrics === undefined) continue;
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
  const paragraphCount = catalog.paragraphs.length;
  const judged = loadJudged(paragraphCount);
  const queries = [
    ...loadQueries('dev', paragraphCount),
    ...loadQueries('project', paragraphCount),
    ...judged.queries,
  ];
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
  console.log(`Judged set: ${judged.notes.join('; ')}`);
  printTable(
    paragraphCount,
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
