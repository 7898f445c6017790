/**
 * Many distinct search URLs of the portal, built deterministically (the same files give the same
 * list, in the same order), for measuring the search page as real traffic reaches it: readers' queries
 * are mostly different from each other, so a run over a few searches in turn measures the engine's
 * per-query memos rather than the search.
 *
 * The query texts, each once, in this order: the judged queries (eval/judged/*.json, six languages),
 * the development and project queries (eval/queries-dev.json, or the file given, and
 * eval/queries-project.json), every label of the thesaurus (preferred, alternative and hidden, in the
 * six languages), paper subjects, then the words of the paragraphs (cut by `Intl.Segmenter` in
 * Chinese, two characters or more) and pairs of a label and a word. Each text becomes one URL, with,
 * in turn by its position: nothing more, page 2, a theme, grouping by paper, a year or a paper; the
 * facets only for words taken from a paragraph, and then that paragraph's (a facet a reader would
 * click on the page of the words: a facet picked at random mostly finds nothing). Requests carry the
 * `Accept-Language` of the query's language.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog, Language, Paragraph } from '../src/domain/index.js';
import type { KnowledgeBase } from '../src/knowledge/index.js';

/** One search request of the portal: its path and the `Accept-Language` it is sent with. */
export interface DistinctSearch {
  readonly path: string;
  readonly language: Language;
}

const LANGUAGES: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The default file of the development queries: the team's shared set, as the repository holds it. */
export const DEV_QUERIES_FILE = fileURLToPath(new URL('../eval/queries-dev.json', import.meta.url));

const evalFile = (name: string): string => fileURLToPath(new URL(`../eval/${name}`, import.meta.url));

/** The `{ lang, query }` entries of a query file (judged, dev or project), in file order. */
function readQueries(file: string): { readonly query: string; readonly language: Language }[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`${file}: not an array of queries`);
  return parsed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { lang, query } = entry as { lang?: unknown; query?: unknown };
    return typeof query === 'string' && isLanguage(lang) ? [{ query, language: lang }] : [];
  });
}

/** The Chinese words of the paragraphs, two characters or more, each once with the first paragraph that has it, in text order. */
function paragraphWords(catalog: Catalog): Map<string, Paragraph> {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = new Map<string, Paragraph>();
  for (const paragraph of catalog.paragraphs) {
    const texts = [paragraph.text, ...paragraph.items.map((item) => item.text)];
    for (const text of texts)
      for (const { segment, isWordLike } of segmenter.segment(text))
        if (isWordLike === true && segment.length >= 2 && !/^\d+$/.test(segment) && !words.has(segment))
          words.set(segment, paragraph);
  }
  return words;
}

/** What a query text is searched with: its language, and the paragraph it was taken from, if any. */
interface TextSource {
  readonly language: Language;
  readonly paragraph?: Paragraph;
}

/**
 * The distinct search URLs over `catalog` and `knowledge`, at most `limit` of them (the order above,
 * cut at the end). `devQueries` is the file of the development queries (default
 * {@link DEV_QUERIES_FILE}).
 */
export function distinctSearches(
  catalog: Catalog,
  knowledge: KnowledgeBase,
  limit: number,
  devQueries: string = DEV_QUERIES_FILE,
): DistinctSearch[] {
  const texts = new Map<string, TextSource>();
  const add = (query: string, source: TextSource): void => {
    const text = query.trim();
    if (text !== '' && !texts.has(text)) texts.set(text, source);
  };
  for (const file of [
    evalFile('judged/queries-zh.json'),
    evalFile('judged/queries-intl.json'),
    devQueries,
    evalFile('queries-project.json'),
  ])
    for (const { query, language } of readQueries(file)) add(query, { language });
  const labels: { readonly label: string; readonly language: Language }[] = [];
  for (const concept of knowledge.thesaurus.concepts)
    for (const language of LANGUAGES) {
      const pref = concept.prefLabel[language];
      const all = [
        ...(pref === undefined ? [] : [pref]),
        ...(concept.altLabel[language] ?? []),
        ...(concept.hiddenLabel[language] ?? []),
      ];
      for (const label of all) labels.push({ label, language });
    }
  for (const { label, language } of labels) add(label, { language });
  for (const paper of catalog.papers) add(paper.subject, { language: catalog.language });
  const words = [...paragraphWords(catalog)];
  for (const [word, paragraph] of words) add(word, { language: 'zh', paragraph });
  // Pairs of a Chinese label and a word, stepping through both lists at different paces.
  const chinese = labels.filter((entry) => entry.language === 'zh');
  for (let i = 0; texts.size < limit && chinese.length > 0 && words.length > 0 && i < limit * 2; i += 1) {
    const label = chinese[(i * 7) % chinese.length]?.label ?? '';
    const [word = '', paragraph] = words[(i * 13) % words.length] ?? [];
    add(`${label} ${word}`, paragraph === undefined ? { language: 'zh' } : { language: 'zh', paragraph });
  }

  const papers = new Map(catalog.papers.map((paper) => [paper.symbol, paper]));
  // A facet is one a reader would click on the page of the words: that of the paragraph they come from.
  const variant = (position: number, paragraph: Paragraph | undefined): string => {
    const paper = paragraph?.paper == null ? undefined : papers.get(paragraph.paper);
    switch (position % 6) {
      case 1:
        return '&page=2';
      case 2:
        return paragraph?.theme == null ? '' : `&theme=${encodeURIComponent(paragraph.theme)}`;
      case 3:
        return '&group=1';
      case 4:
        return paper === undefined ? '' : `&year=${String(paper.year)}`;
      case 5:
        return paper === undefined ? '&page=2' : `&paper=${encodeURIComponent(paper.symbol)}`;
      default:
        return '';
    }
  };
  return [...texts].slice(0, limit).map(([query, { language, paragraph }], position) => ({
    path: `/search?q=${encodeURIComponent(query)}${variant(position, paragraph)}`,
    language,
  }));
}
