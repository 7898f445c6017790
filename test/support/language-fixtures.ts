import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog, Language } from '../../src/domain/index.js';
import type { IngestReport } from '../../src/ingest/index.js';
import { ingestSummaryText } from '../../src/ingest/index.js';
import type { IngestRequest } from '../../src/services/index.js';

/**
 * The fixture documents of the language versions: `test/fixtures/languages/summary-fixture.<lang>.txt`,
 * a short thematic summary in the UN layout of each language, WRITTEN FOR THE TESTS (each file's
 * first line says so; the Chinese one is made of shortened passages of the bundled official text).
 * They align with each other: the same 12 paragraphs, 3 themes, 4 papers on the same paragraphs,
 * items (a)–(c) of paragraph 9. Broken variants stand beside them
 * (`summary-fixture.<lang>.<variant>.txt`).
 */
export const LANGUAGE_FIXTURES_FOLDER = fileURLToPath(new URL('../fixtures/languages/', import.meta.url));

/** The languages that have a fixture document, in UN order. */
export const FIXTURE_LANGUAGES: readonly Language[] = (['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const).filter(
  (language) => existsSync(languageFixturePath(language)),
);

/**
 * The broken variants of a fixture, each refused when the fixture of another language is published:
 * a missing last paragraph, a paper symbol on the wrong paragraph, an extra item, a theme with one
 * paper too many.
 */
export type FixtureVariant = 'missing-paragraph' | 'symbol-moved' | 'extra-item' | 'theme-extra-paper';

/** Every broken variant. */
export const FIXTURE_VARIANTS: readonly FixtureVariant[] = [
  'missing-paragraph',
  'symbol-moved',
  'extra-item',
  'theme-extra-paper',
];

/** The broken variants that stand beside the fixture of `language` (every one for English). */
export function fixtureVariantsOf(language: Language): FixtureVariant[] {
  return FIXTURE_VARIANTS.filter((variant) => existsSync(languageFixturePath(language, variant)));
}

/** The file name of a fixture (`summary-fixture.en.txt`) or of one of its variants. */
export function languageFixtureName(language: Language, variant?: FixtureVariant): string {
  return `summary-fixture.${language}${variant === undefined ? '' : `.${variant}`}.txt`;
}

/** The path of a fixture or of one of its variants. */
export function languageFixturePath(language: Language, variant?: FixtureVariant): string {
  return `${LANGUAGE_FIXTURES_FOLDER}${languageFixtureName(language, variant)}`;
}

/** The bytes of a fixture (UTF-8 text). */
export function readLanguageFixtureBytes(language: Language, variant?: FixtureVariant): Buffer {
  return readFileSync(languageFixturePath(language, variant));
}

/** The text of a fixture. */
export function readLanguageFixture(language: Language, variant?: FixtureVariant): string {
  return readLanguageFixtureBytes(language, variant).toString('utf8');
}

/** A fixture as `somkb ingest --lang <language>` reads it: bytes, file name, language, SHA-256. */
export function languageFixtureRequest(language: Language, variant?: FixtureVariant): IngestRequest {
  const bytes = readLanguageFixtureBytes(language, variant);
  return {
    bytes,
    name: languageFixtureName(language, variant),
    language,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The ingest report of a fixture (read with the grammar of its language, nothing published). */
export function ingestLanguageFixture(language: Language, variant?: FixtureVariant): IngestReport {
  return ingestSummaryText(readLanguageFixture(language, variant), {
    language,
    name: languageFixtureName(language, variant),
  });
}

/** The catalog of a fixture; throws when the fixture does not ingest cleanly (a broken fixture). */
export function languageFixtureCatalog(language: Language, variant?: FixtureVariant): Catalog {
  const report = ingestLanguageFixture(language, variant);
  if (report.catalog === undefined) {
    const errors = report.anomalies.filter((anomaly) => anomaly.severity === 'error');
    throw new Error(
      `test fixture ${report.name} does not ingest: ${errors.map((anomaly) => `line ${anomaly.line}: ${anomaly.message}`).join('; ')}`,
    );
  }
  return report.catalog;
}
