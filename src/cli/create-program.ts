import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Anomaly } from '../domain/index.js';
import { isLanguage } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import { EXPORT_FILE_FORMATS } from '../export/index.js';
import type { IngestReport } from '../ingest/index.js';
import type { CatalogKnowledge, KnowledgeBase } from '../knowledge/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { renderSkosTurtle, renderThesaurusCsv } from '../thesaurus/index.js';
import { checkInputSize, ingestSummary } from '../ingest/index.js';
import type { SearchResult } from '../search/index.js';
import { toSearchJson } from '../search/index.js';
import type { CatalogService, StoreAccess } from '../services/index.js';
import { createSearchService } from '../services/index.js';
import type { ExportOptions } from './brief-commands.js';
import { addSelectionOptions, parseExportFormat, registerBriefCommand, runExport } from './brief-commands.js';
import {
  formatMechanisms,
  formatProvisions,
  formatTopics,
  mechanismsJson,
  provisionsJson,
  topicsJson,
} from './knowledge-commands.js';

/** A catalog service opened over a store, with the means to close the store. */
export interface OpenedCatalog {
  readonly service: CatalogService;
  close(): Promise<void>;
}

/** Options of a server started by `somkb serve` or `somkb start`. */
export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly service: CatalogService;
}

/** What the CLI needs from the outside world; `main.ts` wires the real adapters. */
export interface CliDeps {
  readonly version: string;
  /** The database used when neither `--db` nor `SOMKB_DB` is given. */
  readonly defaultDbPath: string;
  /** The corpus bundled with somkb, ingested by `somkb start`. */
  readonly bundledCorpus: { readonly path: string; readonly language: string };
  /** The bundled thesaurus and mechanisms directory, read and validated on first use. */
  knowledge(): KnowledgeBase;
  /**
   * Opens the store at `dbPath` and the catalog service over it: for writing (the default: creating
   * the database and its folder when missing, migrating its schema), or read-only for `read`, which
   * never writes to an existing database (`somkb serve`).
   */
  openCatalog(dbPath: string, access?: StoreAccess): Promise<OpenedCatalog>;
  /** Serves the portal and API; resolves once the server is listening, with a function that stops it. */
  serve(options: ServeOptions): Promise<{ readonly url: string; close(): Promise<void> }>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (search results are then highlighted with colour). */
  readonly stdoutIsTerminal: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError(`a port is a whole number from 1 to 65535 (got '${value}')`);
  }
  return port;
}

function formatAnomaly(anomaly: Anomaly): string {
  const where = anomaly.line === 0 ? 'file' : `line ${anomaly.line}`;
  return `  ${where.padEnd(9)} ${anomaly.severity.padEnd(7)} ${anomaly.code}: ${anomaly.message}`;
}

/** Renders an ingest report for a terminal: counts, then every anomaly with its line. */
export function formatReport(report: IngestReport): string {
  const lines = [
    `${report.name} (${report.language}): ${report.stats.lines} lines, ${report.stats.furnitureLines} lines of page furniture dropped`,
  ];
  const counts = report.counts;
  if (counts !== undefined) {
    lines.push(
      `  chapters ${counts.chapters} · themes ${counts.themes} · key topics ${counts.keyTopics} · papers ${counts.papers} · paragraphs ${counts.paragraphs} · items ${counts.items}`,
    );
  }
  const errors = report.anomalies.filter((anomaly) => anomaly.severity === 'error').length;
  const warnings = report.anomalies.length - errors;
  lines.push(
    `anomalies: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  lines.push(...report.anomalies.map(formatAnomaly));
  lines.push(report.ok ? 'result: valid, can be published' : 'result: errors, would not be published');
  return `${lines.join('\n')}\n`;
}

async function readSource(path: string): Promise<{ bytes: Uint8Array; name: string; sha256: string }> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new SomkbError('USAGE', 'not a file', { where: path });
    size = info.size;
  } catch (error) {
    if (error instanceof SomkbError) throw error;
    throw new SomkbError('NOT_FOUND', 'no such file', { where: path, cause: error });
  }
  checkInputSize(size, path);
  const bytes = await readFile(path);
  return { bytes, name, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Builds the `somkb` command line: `ingest`, `export`, `search`, `topics`, `provisions`, `mechanisms`, `serve` and `start`. Each command has
 * `--help`; `--json` output goes to stdout; errors go to stderr as one line, with a non-zero exit
 * (1 for a failure, 2 for a usage error).
 */
export function createProgram(deps: CliDeps): Command {
  const program = new Command('somkb');
  const dbOption = (): Option =>
    new Option('--db <path>', 'SQLite database of the published catalog').default(
      deps.env['SOMKB_DB'] ?? deps.defaultDbPath,
      deps.env['SOMKB_DB'] === undefined ? deps.defaultDbPath : '$SOMKB_DB',
    );

  program
    .description('somkb: the knowledge portal of the UN Working Group on the Smuggling of Migrants')
    .version(deps.version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: deps.stdout, writeErr: deps.stderr })
    .exitOverride();

  program
    .command('ingest')
    .description('read a thematic summary, validate it and publish its catalog to the store')
    .argument('<file>', 'the summary text, UTF-8')
    .option('--lang <code>', 'language of the text (zh)', 'zh')
    .option('--check', 'only read and report counts and anomalies; publish nothing')
    .option('--json', 'print the report as JSON')
    .addOption(dbOption())
    .action(async (file: string, options: { lang: string; check?: true; json?: true; db: string }) => {
      const source = await readSource(file);
      if (options.check === true) {
        const report = ingestSummary(source.bytes, { language: options.lang, name: source.name });
        deps.stdout(
          options.json === true ? `${JSON.stringify(reportJson(report), null, 2)}\n` : formatReport(report),
        );
        if (!report.ok)
          throw new SomkbError('VALIDATION_FAILED', 'the text has errors (listed above)', {
            where: source.name,
          });
        return;
      }
      const opened = await deps.openCatalog(options.db);
      try {
        const { report, publication } = await opened.service.ingest({
          ...source,
          language: options.lang,
          onPublishing: (read) => {
            deps.stderr(`${read.name}: valid; publishing to the store…\n`);
          },
        });
        const warnings = report.anomalies.filter((anomaly) => anomaly.severity === 'warning');
        const { published, changed } = publication;
        const summary = changed
          ? `published ${published.catalog.document.id} (${published.catalog.language}) as version ${published.version}`
          : `unchanged: ${published.catalog.document.id} (${published.catalog.language}) version ${published.version} already holds this text`;
        if (options.json === true) {
          deps.stdout(
            `${JSON.stringify({ ...reportJson(report), version: published.version, changed }, null, 2)}\n`,
          );
        } else {
          const counts = report.counts;
          deps.stdout(
            `${summary}: ${counts?.themes ?? 0} themes, ${counts?.papers ?? 0} papers, ${counts?.paragraphs ?? 0} paragraphs, ${counts?.items ?? 0} items; ${warnings.length} warnings\n`,
          );
          for (const warning of warnings) deps.stderr(`${formatAnomaly(warning)}\n`);
        }
      } finally {
        await opened.close();
      }
    });

  addSelectionOptions(
    program
      .command('export')
      .description('print or write the published catalog, or a theme, topic, paper or search of it')
      .addOption(
        new Option('--format <format>', `output format: ${EXPORT_FILE_FORMATS.join(', ')}`)
          .default('json')
          .argParser(parseExportFormat),
      ),
  )
    .option('--out <file>', 'write to this file instead of stdout (required for docx)')
    .option('--lang <code>', 'language of the catalog', 'zh')
    .addOption(dbOption())
    .action(async (options: ExportOptions) => {
      await runExport(deps, options);
    });

  registerBriefCommand(program, deps, dbOption);

  program
    .command('search')
    .description(
      'search the published catalog (words, "exact phrase", -exclude, theme: topic: paper: year: meeting:)',
    )
    .argument('<query>', 'what to look for, in the query language')
    .addOption(
      new Option('--limit <n>', 'hits per page, 1–100').default(10).argParser(parseWhole('--limit', 1, 100)),
    )
    .addOption(
      new Option('--page <n>', 'page of results').default(1).argParser(parseWhole('--page', 1, 1000)),
    )
    .option('--lang <code>', 'language of the catalog to search', 'zh')
    .option('--group', 'group the hits by paper')
    .option('--json', 'print the results as JSON')
    .addOption(dbOption())
    .action(
      async (
        query: string,
        options: { limit: number; page: number; lang: string; group?: true; json?: true; db: string },
      ) => {
        const opened = await deps.openCatalog(options.db);
        try {
          const result = await createSearchService(opened.service, deps.knowledge()).search({
            query,
            limit: options.limit,
            offset: (options.page - 1) * options.limit,
            catalogLanguage: options.lang,
            ...(options.group === true ? { groupByPaper: true } : {}),
          });
          deps.stdout(
            options.json === true
              ? `${JSON.stringify(toSearchJson(result), null, 2)}\n`
              : formatSearch(query, result, deps.stdoutIsTerminal),
          );
        } finally {
          await opened.close();
        }
      },
    );

  /** The knowledge of the published catalog in `lang`. */
  async function readKnowledge(db: string, lang: string): Promise<CatalogKnowledge> {
    const opened = await deps.openCatalog(db);
    try {
      return describeCatalog(await opened.service.catalog(lang), deps.knowledge());
    } finally {
      await opened.close();
    }
  }
  const print = (json: boolean, value: object, text: () => string): void => {
    deps.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : text());
  };

  program
    .command('topics')
    .description('the thesaurus: key topics and added terms, their labels and the paragraphs that treat them')
    .addOption(
      new Option('--format <format>', 'text, json, skos (SKOS in Turtle) or csv')
        .choices(['text', 'json', 'skos', 'csv'])
        .default('text'),
    )
    .option('--json', 'the same as --format json')
    .option('--key-topics', 'only the key topics of the summary, not the added terms')
    .option('--label <code>', 'the language of the second label shown (ar, en, es, fr, ru)', 'en')
    .option('--lang <code>', 'language of the catalog', 'zh')
    .addOption(dbOption())
    .action(
      async (options: {
        format: string;
        json?: true;
        keyTopics?: true;
        label: string;
        lang: string;
        db: string;
      }) => {
        const label = options.label;
        if (!isLanguage(label)) {
          throw new SomkbError('USAGE', `'${label}' is not a UN language code (ar, zh, en, fr, ru, es)`, {
            where: '--label',
          });
        }
        const { thesaurus } = deps.knowledge();
        if (options.format === 'skos' || options.format === 'csv') {
          deps.stdout(
            options.format === 'skos' ? renderSkosTurtle(thesaurus) : renderThesaurusCsv(thesaurus),
          );
          return;
        }
        const knowledge = await readKnowledge(options.db, options.lang);
        const concepts = knowledge.concepts.filter(
          (entry) => options.keyTopics !== true || entry.concept.kind === 'topic',
        );
        const json = options.json === true || options.format === 'json';
        print(json, topicsJson(concepts), () => formatTopics(concepts, label));
      },
    );

  program
    .command('provisions')
    .description(
      'the legal provisions the summary cites, by instrument and article, with where they are cited',
    )
    .option('--json', 'print them as JSON')
    .option('--lang <code>', 'language of the catalog', 'zh')
    .addOption(dbOption())
    .action(async (options: { json?: true; lang: string; db: string }) => {
      const knowledge = await readKnowledge(options.db, options.lang);
      print(options.json === true, provisionsJson(knowledge), () => formatProvisions(knowledge));
    });

  program
    .command('mechanisms')
    .description('the platforms, networks, systems and bodies the summary names, with the paragraphs')
    .option('--json', 'print them as JSON')
    .option('--lang <code>', 'language of the catalog', 'zh')
    .addOption(dbOption())
    .action(async (options: { json?: true; lang: string; db: string }) => {
      const knowledge = await readKnowledge(options.db, options.lang);
      print(options.json === true, mechanismsJson(knowledge), () => formatMechanisms(knowledge));
    });

  const portOption = (): Option =>
    new Option('--port <port>', 'port to listen on')
      .default(
        deps.env['PORT'] === undefined ? 8080 : parsePort(deps.env['PORT']),
        deps.env['PORT'] ?? '8080 or $PORT',
      )
      .argParser(parsePort);
  const hostOption = (): Option =>
    new Option('--host <host>', 'address to listen on').default(deps.env['HOST'] ?? '0.0.0.0');

  program
    .command('serve')
    .description('serve the web portal and the JSON API (/api/v1) over the published catalog')
    .addOption(portOption())
    .addOption(hostOption())
    .addOption(dbOption())
    .action(async (options: { port: number; host: string; db: string }) => {
      await serveUntilStopped(options);
    });

  program
    .command('start')
    .description('ingest the bundled corpus (when it changed), then serve')
    .addOption(portOption())
    .addOption(hostOption())
    .addOption(dbOption())
    .action(async (options: { port: number; host: string; db: string }) => {
      const opened = await deps.openCatalog(options.db);
      try {
        const source = await readSource(deps.bundledCorpus.path);
        const { publication } = await opened.service.ingest({
          ...source,
          language: deps.bundledCorpus.language,
        });
        const { published, changed } = publication;
        deps.stderr(
          `${changed ? 'published' : 'catalog up to date:'} ${published.catalog.document.id} (${published.catalog.language}) version ${published.version}\n`,
        );
      } finally {
        await opened.close();
      }
      await serveUntilStopped(options);
    });

  async function serveUntilStopped(options: { port: number; host: string; db: string }): Promise<void> {
    const opened = await deps.openCatalog(options.db, 'read');
    const server = await deps.serve({ port: options.port, host: options.host, service: opened.service });
    deps.stderr(`somkb ${deps.version} serving on ${server.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    await opened.close();
  }

  return program;
}

function parseWhole(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      throw new InvalidArgumentError(`${name} is a whole number from ${min} to ${max} (got '${value}')`);
    }
    return number;
  };
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Turns a snippet's `<mark>` into colour on a terminal, or into [brackets] elsewhere. */
function terminalSnippet(snippet: string, colour: boolean): string {
  return snippet
    .replace(/<mark>(.*?)<\/mark>/g, (_, text: string) =>
      colour ? `\u001b[1;33m${text}\u001b[0m` : `[${text}]`,
    )
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Renders search results for a terminal: each hit with its paper symbol, paragraph number and snippet. */
export function formatSearch(query: string, result: SearchResult, colour: boolean): string {
  const lines: string[] = [];
  const pages = Math.max(1, Math.ceil(result.total / result.limit));
  const page = Math.floor(result.offset / result.limit) + 1;
  lines.push(
    result.total === 0
      ? `no results for ${query}`
      : `${result.total} result${result.total === 1 ? '' : 's'} for ${query} (page ${page} of ${pages})${result.relaxed ? ': no paragraph has every term; showing those with some' : ''}`,
  );
  for (const warning of result.warnings) lines.push(`  note: ${warning}`);
  if (result.concepts.length > 0) {
    const named = result.concepts.map((concept) => `${concept.matched} → ${concept.name}`);
    lines.push(`  concepts: ${named.join('; ')}`);
  }
  result.hits.forEach((hit, i) => {
    const where = [hit.paper ?? hit.document, `para. ${hit.paragraph}`, hit.theme]
      .filter((part) => part !== null)
      .join(' · ');
    lines.push(
      '',
      `${String(result.offset + i + 1).padStart(3)}. ${where}  (score ${hit.score}${hit.matched === 'some' ? ', some terms' : ''})`,
    );
    lines.push(`     ${terminalSnippet(hit.snippet, colour)}`);
  });
  return `${lines.join('\n')}\n`;
}

function reportJson(report: IngestReport): object {
  return {
    name: report.name,
    language: report.language,
    ok: report.ok,
    counts: report.counts ?? null,
    stats: report.stats,
    anomalies: report.anomalies,
  };
}

/**
 * Runs the CLI with `argv` (without the node and script entries) and returns the exit code:
 * 0 on success, 1 when the work failed, 2 on a usage error. Never throws.
 */
export async function runCli(deps: CliDeps, argv: readonly string[]): Promise<number> {
  const program = createProgram(deps);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      return 2;
    }
    if (error instanceof SomkbError) {
      deps.stderr(`somkb: ${error.describe()}\n`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    deps.stderr(`somkb: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
