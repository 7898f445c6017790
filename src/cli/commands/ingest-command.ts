import type { Command } from 'commander';
import type { Anomaly } from '../../domain/index.js';
import { describeRemovals } from '../../domain/index.js';
import { SomkbError } from '../../errors/index.js';
import type { IngestReport, SourceProgress } from '../../ingest/index.js';
import { ingestSourceText } from '../../ingest/index.js';
import type { AgreementWarning } from '../../knowledge/index.js';
import type { AlignmentCheck, PublishedCatalog } from '../../services/index.js';
import type { CliDeps } from '../cli-deps.js';
import { cliPublisher, dbOption } from '../cli-options.js';
import { auditFromCli, withCatalog } from '../open-catalog.js';
import { jsonText } from '../print-output.js';
import { readSource } from '../read-source.js';

function formatAnomaly(anomaly: Anomaly): string {
  const where = anomaly.line === 0 ? 'file' : `line ${anomaly.line}`;
  return `  ${where.padEnd(9)} ${anomaly.severity.padEnd(7)} ${anomaly.code}: ${anomaly.message}`;
}

/** Renders an ingest report for a terminal: counts, then every anomaly with its line. */
export function formatReport(report: IngestReport): string {
  const extraction = report.stats.extraction;
  const lines = [
    `${report.name} (${report.language}): ${report.stats.lines} lines, ${report.stats.furnitureLines} lines of page furniture dropped`,
  ];
  if (extraction !== undefined) {
    const from = extraction.format === 'pdf' ? `a PDF of ${extraction.pages} pages` : 'a Word file';
    lines.push(
      `  text extracted from ${from}; line numbers are those of the extracted text` +
        ` (running lines ${extraction.runningLines}, page numbers ${extraction.pageNumbers}, job numbers ${extraction.jobNumbers} dropped;` +
        ` ${extraction.labelsJoined} labels joined to their text)`,
    );
  }
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

/**
 * Renders how a language version aligns with the published versions of its document (`somkb ingest
 * --check`): the versions compared, then every structural mismatch with its line.
 */
export function formatAlignment(report: IngestReport, alignment: AlignmentCheck): string {
  const versions = alignment.against.map(
    (version) => `${version.language} version ${String(version.version)}`,
  );
  if (versions.length === 0)
    return `alignment: no other language version of this document is published; nothing to compare ${report.language} with\n`;
  if (alignment.misalignments.length === 0)
    return `alignment: ${report.language} aligns with the published ${versions.join(', ')}\n`;
  const count = alignment.misalignments.length;
  const lines = [
    `alignment: ${report.language} does not align with the published ${versions.join(', ')}: ${String(count)} mismatch${count === 1 ? '' : 'es'}`,
    ...alignment.misalignments.map((misalignment) => {
      const where = misalignment.line === 0 ? '' : `line ${String(misalignment.line)}`;
      return `  ${where.padEnd(9)} ${misalignment.kind}: ${misalignment.message}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Renders where a language version disagrees with the published Chinese version (references,
 * mechanisms, key topics), one warning a line; nothing when it agrees or nothing was compared.
 */
export function formatAgreement(agreement: readonly AgreementWarning[]): string {
  if (agreement.length === 0) return '';
  const count = agreement.length;
  const lines = [
    `agreement with the Chinese version: ${count} warning${count === 1 ? '' : 's'} (not errors)`,
    ...agreement.map((warning) => `  ${warning.code}: ${warning.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The JSON form of an ingest report (`somkb ingest --json`). */
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
 * Appends a publish of the command line to the audit log: `catalog-ingested` on the document, from
 * its previous version to the new one, with the language, the file and the message.
 */
export async function auditIngest(
  deps: CliDeps,
  db: string,
  published: PublishedCatalog,
  file: string,
): Promise<void> {
  await auditFromCli(
    deps,
    db,
    {
      action: 'catalog-ingested',
      target: `document:${published.documentId}`,
      before: published.version > 1 ? String(published.version - 1) : null,
      after: String(published.version),
      detail: {
        language: published.language,
        file,
        message: published.message,
        ...(published.removals === undefined ? {} : { removals: describeRemovals(published.removals) }),
      },
    },
    `published ${published.documentId} (${published.language}) as version ${published.version}`,
  );
}

/** The options of `somkb ingest`; `lang` is the language of the text being ingested. */
interface IngestOptions {
  readonly lang: string;
  readonly check?: true;
  readonly json?: true;
  readonly db: string;
  readonly message?: string;
  readonly allowRemovals?: true;
  readonly allowMisalignment?: true;
}

/**
 * The progress of reading a long PDF, on stderr (`report.pdf: read 40/120 pages`), when stderr is a
 * terminal and no JSON is asked for; otherwise none.
 */
function progressReporter(
  deps: CliDeps,
  options: IngestOptions,
  name: string,
): ((progress: SourceProgress) => void) | undefined {
  if (options.json === true || !deps.stderrIsTerminal) return undefined;
  return ({ pagesRead, pages }) => {
    deps.stderr(`${name}: read ${pagesRead}/${pages} pages\n`);
  };
}

/**
 * Registers `somkb ingest <file>`: reads a thematic summary, validates it and publishes its catalog
 * (or, with `--check`, only reports counts and anomalies and touches no store).
 */
export function registerIngestCommand(program: Command, deps: CliDeps): void {
  program
    .command('ingest')
    .description('read a thematic summary, validate it and publish its catalog to the store')
    .argument('<file>', 'the summary: UTF-8 text, PDF or Word (.docx), told by its content')
    .option('--lang <code>', 'language of the text (zh)', 'zh')
    .option('--check', 'only read and report counts and anomalies; publish nothing')
    .option('--json', 'print the report as JSON')
    .option('--message <text>', 'what this version changes, recorded in the history')
    .option(
      '--allow-removals',
      'publish even when paragraphs, papers or themes of the current version would be removed (the history records them)',
    )
    .option(
      '--allow-misalignment',
      'publish even when the text does not align with the other published language versions (a structural change made in every language, published one language at a time)',
    )
    .addOption(dbOption(deps))
    .action(async (file: string, options: IngestOptions) => {
      const source = await readSource(file);
      const onProgress = progressReporter(deps, options, source.name);
      if (options.check === true) {
        const text = await deps.readSourceText(source.bytes, {
          name: source.name,
          ...(onProgress === undefined ? {} : { onProgress }),
        });
        const report = ingestSourceText(text, { language: options.lang, name: source.name });
        const { catalog } = report;
        const checked =
          report.ok && catalog !== undefined
            ? await withCatalog(deps, options.db, 'read', async (service) => ({
                alignment: await service.checkAlignment(report),
                agreement: await service.checkAgreement(catalog),
              }))
            : undefined;
        const alignment = checked?.alignment;
        const agreement = checked?.agreement ?? [];
        deps.stdout(
          options.json === true
            ? jsonText({ ...reportJson(report), agreement })
            : `${formatReport(report)}${alignment === undefined ? '' : formatAlignment(report, alignment)}${formatAgreement(agreement)}${alignment !== undefined && alignment.misalignments.length > 0 ? 'result: would not be published (it does not align)\n' : ''}`,
        );
        if (!report.ok)
          throw new SomkbError('VALIDATION_FAILED', 'the text has errors (listed above)', {
            where: source.name,
          });
        if (alignment !== undefined && alignment.misalignments.length > 0)
          throw new SomkbError(
            'ALIGNMENT_FAILED',
            `the text does not align with the published ${alignment.against.map((version) => version.language).join(', ')} (${alignment.misalignments.length === 1 ? 'one mismatch' : `${String(alignment.misalignments.length)} mismatches`}${options.json === true ? '' : ', listed above'})`,
            { where: source.name },
          );
        return;
      }
      await withCatalog(deps, options.db, 'write', async (service) => {
        const { report, publication, alignment, agreement } = await service.ingest({
          ...source,
          language: options.lang,
          by: cliPublisher(deps),
          ...(options.message === undefined ? {} : { message: options.message }),
          allowRemovals: options.allowRemovals === true,
          allowMisalignment: options.allowMisalignment === true,
          ...(onProgress === undefined ? {} : { onProgress }),
          onPublishing: (read) => {
            deps.stderr(`${read.name}: valid; publishing to the store…\n`);
          },
        });
        const warnings = report.anomalies.filter((anomaly) => anomaly.severity === 'warning');
        const { published, changed } = publication;
        if (changed) await auditIngest(deps, options.db, published, source.name);
        const summary = changed
          ? `published ${published.catalog.document.id} (${published.catalog.language}) as version ${published.version}`
          : `unchanged: ${published.catalog.document.id} (${published.catalog.language}) version ${published.version} already holds this text`;
        const removed = changed && published.removals !== undefined ? published.removals : undefined;
        if (options.json === true) {
          deps.stdout(
            jsonText({
              ...reportJson(report),
              version: published.version,
              changed,
              document: published.documentId,
              by: published.by,
              message: published.message,
              removals: removed ?? null,
              agreement,
            }),
          );
        } else {
          const counts = report.counts;
          deps.stdout(
            `${summary}: ${counts?.themes ?? 0} themes, ${counts?.papers ?? 0} papers, ${counts?.paragraphs ?? 0} paragraphs, ${counts?.items ?? 0} items; ${warnings.length} warnings\n`,
          );
          const languages = await service.publishedLanguages();
          deps.stdout(
            `${published.catalog.document.id} is published in: ${languages.join(', ')} (this ${changed ? 'publish' : 'text'}: ${published.catalog.language})\n`,
          );
          for (const warning of warnings) deps.stderr(`${formatAnomaly(warning)}\n`);
          if (alignment.misalignments.length > 0)
            deps.stderr(
              `published although it does not align (allowed):\n${formatAlignment(report, alignment)}`,
            );
          deps.stderr(formatAgreement(agreement));
          if (removed !== undefined) deps.stderr(`removed (allowed): ${describeRemovals(removed)}\n`);
        }
      });
    });
}
