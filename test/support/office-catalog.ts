import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { CatalogExport } from '../../src/export/index.js';
import { requireOfficeTools } from '../../src/export/testing/office-text.js';
import { BUNDLED_CORPUS_PATH } from './corpus.js';
import { runCli } from './run-cli.js';

/** A store in a temporary folder with the bundled catalog published, for end-to-end office tests. */
export interface OfficeCatalog {
  /** The temporary folder (removed after the file's tests) and the database in it. */
  readonly work: string;
  readonly db: string;
  /** The published catalog, as `somkb export --format json` printed it. */
  readonly exported: () => CatalogExport;
  /** The text of a paragraph of the published catalog. */
  readonly textOf: (number: number) => string;
}

/**
 * Registers the set-up of a test file that writes office files: it checks that LibreOffice and
 * pdftotext are installed (failing, with how to install them, when not), ingests the bundled corpus
 * into a temporary store, and removes the folder afterwards.
 */
export function useOfficeCatalog(prefix: string): OfficeCatalog {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const db = join(work, 'catalog.db');
  let exported: CatalogExport | undefined;
  beforeAll(async () => {
    requireOfficeTools();
    const ingest = await runCli(['ingest', BUNDLED_CORPUS_PATH, '--lang', 'zh', '--db', db]);
    expect(ingest.code).toBe(0);
    exported = JSON.parse((await runCli(['export', '--format', 'json', '--db', db])).stdout) as CatalogExport;
  }, 60_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });
  const current = (): CatalogExport => {
    if (exported === undefined) throw new Error('the catalog is published in beforeAll');
    return exported;
  };
  return {
    work,
    db,
    exported: current,
    textOf: (number) => {
      const paragraph = current().paragraphs.find((candidate) => candidate.number === number);
      if (paragraph === undefined) throw new Error(`the export has no paragraph ${number}`);
      return paragraph.text;
    },
  };
}
