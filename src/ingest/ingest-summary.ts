import type { AlignmentLocator, Anomaly, Catalog, CatalogCounts } from '../domain/index.js';
import { countCatalog, hasErrors, sortAnomalies, validateCatalog } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { decodeText } from './decode-text.js';
import { grammarFor } from './grammar-registry.js';
import type { ExtractionStats } from './normalize-extracted-text.js';
import { normalizeExtractedText } from './normalize-extracted-text.js';
import type { SourceLocations, SourceStats } from './parse-summary.js';
import { parseSummary } from './parse-summary.js';
import type { SourceText } from './source-format.js';
import type { SummaryGrammar } from './summary-grammar.js';

/** Options of {@link ingestSummary} and {@link ingestSummaryText}. */
export interface IngestOptions {
  /** The language the text is written in (never guessed). */
  readonly language: string;
  /** Name of the input for messages, e.g. its file name. Default `input`. */
  readonly name?: string;
  /** Largest accepted input in bytes; default 16 MiB. */
  readonly maxBytes?: number;
}

/** What ingest found: the catalog, every anomaly by line, counts; `ok` when no anomaly is an error. */
export interface IngestReport {
  readonly name: string;
  readonly language: string;
  /** The catalog read from the text; present only when it can be published (no errors). */
  readonly catalog: Catalog | undefined;
  /** Counts of the catalog as read, even when errors keep it from being published. */
  readonly counts: CatalogCounts | undefined;
  readonly anomalies: readonly Anomaly[];
  /**
   * Counts of the source text; for a PDF or Word file, of the text extracted from it (its lines,
   * which anomalies name), with `extraction` saying what its normalisation changed.
   */
  readonly stats: SourceStats & { readonly extraction?: ExtractionStats };
  /** Where the parts of the catalog were found in the text (1-based lines), for messages. */
  readonly locations: SourceLocations;
  readonly ok: boolean;
}

/** How much of a text is looked at to check its script. */
const SCRIPT_SAMPLE_CHARS = 200_000;
/** Below this share of its own script among the letters, a text is not in the declared language. */
const MIN_OWN_SCRIPT_SHARE = 0.3;

const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Han}/u, 'Chinese characters'],
  [/\p{Script=Latin}/u, 'Latin letters (English, French or Spanish?)'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic letters (Russian?)'],
  [/\p{Script=Arabic}/u, 'Arabic letters'],
];

/**
 * Refuses a text that is not written in the grammar's script, naming the script it is written in.
 * Texts with too few letters to tell are let through: the structure check refuses them.
 */
export function checkScript(text: string, grammar: SummaryGrammar, name: string): void {
  const sample = text.slice(0, SCRIPT_SAMPLE_CHARS);
  let letters = 0;
  let own = 0;
  const perScript = SCRIPTS.map(() => 0);
  for (const char of sample) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    if (grammar.isOwnScript(char)) own++;
    const script = SCRIPTS.findIndex(([pattern]) => pattern.test(char));
    if (script !== -1) perScript[script] = (perScript[script] ?? 0) + 1;
  }
  if (letters < 20 || own / letters >= MIN_OWN_SCRIPT_SHARE) return;
  const dominant = perScript.indexOf(Math.max(...perScript));
  const share = Math.round((100 * (perScript[dominant] ?? 0)) / letters);
  const description = SCRIPTS[dominant]?.[1] ?? 'another script';
  throw new SomkbError(
    'INPUT_LANGUAGE',
    `not ${grammar.languageName}: ${share}% of its letters are ${description}; give its language with --lang`,
    { where: name },
  );
}

/**
 * Gives the source line of each part of a catalog from where the parser found it (0 when unknown),
 * for validation and for the alignment of a language version with the ones already published.
 */
export function locatorOf(locations: SourceLocations): AlignmentLocator {
  return {
    paragraph: (number) => locations.paragraphs.get(number) ?? 0,
    theme: (id) => locations.themes.get(id) ?? 0,
    paper: (symbol) => locations.papers.get(symbol) ?? 0,
    item: (paragraph, label) => locations.items.get(`${String(paragraph)}(${label})`) ?? 0,
  };
}

/**
 * Reads and validates the text of a thematic summary in a known language. Pure: no I/O. Throws a
 * {@link SomkbError} for input that is not text in that language at all (empty, binary, wrong
 * encoding or script); any other problem is an anomaly in the report, with its line.
 */
export function ingestSummaryText(text: string, options: IngestOptions): IngestReport {
  const name = options.name ?? 'input';
  const grammar = grammarFor(options.language);
  checkScript(text, grammar, name);
  const parsed = parseSummary(text, grammar);
  const validation =
    parsed.catalog === undefined ? [] : validateCatalog(parsed.catalog, locatorOf(parsed.locations));
  const anomalies = sortAnomalies([...parsed.anomalies, ...validation]);
  const ok = parsed.catalog !== undefined && !hasErrors(anomalies);
  return {
    name,
    language: grammar.language,
    catalog: ok ? parsed.catalog : undefined,
    counts: parsed.catalog === undefined ? undefined : countCatalog(parsed.catalog),
    anomalies,
    stats: parsed.stats,
    locations: parsed.locations,
    ok,
  };
}

/** Like {@link ingestSummaryText}, from the bytes of a file: decodes them first (UTF-8 only). */
export function ingestSummary(bytes: Uint8Array, options: IngestOptions): IngestReport {
  grammarFor(options.language);
  const text = decodeText(bytes, {
    name: options.name ?? 'input',
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  return ingestSummaryText(text, options);
}

/**
 * Like {@link ingestSummaryText}, from the text a source reader got from a file: the text of a PDF
 * or Word file is normalised first (see {@link normalizeExtractedText}: page furniture, hyphenated
 * words, labels on lines of their own, presentation forms), keeping its lines, so that anomalies name
 * the lines of the extracted text; the report's stats count the furniture dropped and say what else
 * changed. Text is read as it is. The same language check and grammar apply to every format.
 */
export function ingestSourceText(source: SourceText, options: IngestOptions): IngestReport {
  if (source.format === 'text') return ingestSummaryText(source.text, options);
  grammarFor(options.language);
  const normalized = normalizeExtractedText(source.text, source.format);
  const report = ingestSummaryText(normalized.text, options);
  return {
    ...report,
    stats: {
      ...report.stats,
      furnitureLines: report.stats.furnitureLines + normalized.furnitureLines,
      extraction: normalized.stats,
    },
  };
}
