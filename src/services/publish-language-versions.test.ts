import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import type { SomkbError } from '../errors/index.js';
import type { CatalogStore } from '../store/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import { lineOf } from '../../test/support/corpus.js';
import type { FixtureVariant } from '../../test/support/language-fixtures.js';
import {
  FIXTURE_LANGUAGES,
  FIXTURE_VARIANTS,
  fixtureVariantsOf,
  languageFixtureRequest,
  readLanguageFixture,
} from '../../test/support/language-fixtures.js';
import { createCatalogService } from './catalog-service.js';
import type { CatalogService } from './catalog-service.js';

async function withService(
  use: (service: CatalogService, store: CatalogStore) => Promise<void>,
): Promise<void> {
  const store = await openSqliteCatalogStore(':memory:');
  try {
    await use(createCatalogService(store), store);
  } finally {
    await store.close();
  }
}

async function refusal(work: () => Promise<unknown>): Promise<SomkbError> {
  const error: unknown = await work().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(isSomkbError(error, 'ALIGNMENT_FAILED'), String(error)).toBe(true);
  return error as SomkbError;
}

/** The first line of the message each broken English variant is refused with. */
const EXPECTED_REFUSALS: Record<FixtureVariant, (text: string) => string> = {
  'missing-paragraph': (text) =>
    `line ${String(lineOf(text, '11. Guidance'))}: paragraph 12 is missing in en (after paragraph 11, line ${String(lineOf(text, '11. Guidance'))}); zh 12: «文件就有助于做出回应`,
  'symbol-moved': (text) =>
    `line ${String(lineOf(text, '11. In 2013'))}: the symbol CTOC/COP/WG.7/2013/4 stands on paragraph 11 in en`,
  'extra-item': (text) =>
    `line ${String(lineOf(text, '(d) Liaison'))}: paragraph 9 has an item (d) in en (line ${String(lineOf(text, '(d) Liaison'))}) that zh does not have`,
  'theme-extra-paper': (text) =>
    `line ${String(lineOf(text, 'Impact of crises\nKey topics'))}: theme 2 «Impact of crises» has 2 papers`,
};

describe('publishing language versions', () => {
  it('publishes the six fixture documents one after the other, each aligned with those before it', async () => {
    await withService(async (service) => {
      const order = ['zh', ...FIXTURE_LANGUAGES.filter((language) => language !== 'zh')] as const;
      for (const [index, language] of order.entries()) {
        const outcome = await service.ingest(languageFixtureRequest(language));
        expect(outcome.publication.published.language).toBe(language);
        expect(outcome.alignment.misalignments).toEqual([]);
        expect(outcome.alignment.against.map((version) => version.language)).toHaveLength(index);
      }
      expect(await service.publishedLanguages()).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
      const zh = await service.catalog('zh');
      for (const language of FIXTURE_LANGUAGES) {
        const catalog = await service.catalog(language);
        expect(catalog.themes.map((theme) => theme.papers)).toEqual(zh.themes.map((theme) => theme.papers));
        expect(catalog.paragraphs.map((paragraph) => [paragraph.number, paragraph.paper])).toEqual(
          zh.paragraphs.map((paragraph) => [paragraph.number, paragraph.paper]),
        );
      }
    });
  });

  it.each(FIXTURE_VARIANTS.map((variant) => [variant]))(
    'refuses the English %s variant with ALIGNMENT_FAILED naming the mismatch; the store is unchanged',
    async (variant) => {
      await withService(async (service, store) => {
        await service.ingest(languageFixtureRequest('zh'));
        const before = await store.history('thematic-summary-2021');
        const request = languageFixtureRequest('en', variant);
        const error = await refusal(() => service.ingest(request));
        expect(error.where).toBe(request.name);
        expect(error.message).toContain(
          `not published: ${EXPECTED_REFUSALS[variant](readLanguageFixture('en', variant))}`,
        );
        expect(await store.history('thematic-summary-2021')).toEqual(before);
        expect(await service.publishedLanguages()).toEqual(['zh']);
      });
    },
  );

  it('refuses the broken Arabic and Russian variants with the mismatch in their own language', async () => {
    expect(fixtureVariantsOf('ar')).toEqual(['extra-item']);
    expect(fixtureVariantsOf('ru')).toEqual(['missing-paragraph']);
    expect(fixtureVariantsOf('en')).toEqual([...FIXTURE_VARIANTS]);
    await withService(async (service) => {
      await service.ingest(languageFixtureRequest('zh'));
      await service.ingest(languageFixtureRequest('en'));
      const arabic = await refusal(() => service.ingest(languageFixtureRequest('ar', 'extra-item')));
      const itemLine = lineOf(readLanguageFixture('ar', 'extra-item'), '\n(د) ') + 1;
      expect(arabic.message).toContain(
        `not published: line ${String(itemLine)}: paragraph 9 has an item (d) in ar (line ${String(itemLine)}) that zh does not have`,
      );
      expect(arabic.message).toContain('(2 mismatches in all;');
      const russian = await refusal(() => service.ingest(languageFixtureRequest('ru', 'missing-paragraph')));
      expect(russian.message).toMatch(
        /^not published: line \d+: paragraph 12 is missing in ru \(after paragraph 11, line \d+\); zh 12: «文件就/,
      );
      expect(await service.publishedLanguages()).toEqual(['zh', 'en']);
    });
  });

  it('says how many mismatches there are when there are several', async () => {
    await withService(async (service) => {
      await service.ingest(languageFixtureRequest('zh'));
      await service.ingest(languageFixtureRequest('fr'));
      const error = await refusal(() => service.ingest(languageFixtureRequest('en', 'theme-extra-paper')));
      expect(error.message).toMatch(/\(4 mismatches in all; somkb ingest --check lists them\)$/);
    });
  });

  it('refuses a Chinese re-ingest that changes the structure while English is published', async () => {
    await withService(async (service, store) => {
      await service.ingest(languageFixtureRequest('zh'));
      await service.ingest(languageFixtureRequest('en'));
      const changed = Buffer.from(
        readLanguageFixture('zh')
          .replace(/\n\(c\) [^\n]*\n[^\n]*\n/, '\n')
          .replace(
            '知识门户网站和毒品和犯罪问题办公室偷运移民和相关行为自愿报告系统；',
            '知识门户网站和毒品和犯罪问题办公室偷运移民和相关行为自愿报告系统。',
          ),
        'utf8',
      );
      const before = await store.history('thematic-summary-2021');
      const error = await refusal(() =>
        service.ingest({
          ...languageFixtureRequest('zh'),
          bytes: changed,
          name: 'changed.zh.txt',
          sha256: 'c'.repeat(64),
        }),
      );
      expect(error.message).toMatch(
        /^not published: line \d+: paragraph 9 in zh \(line \d+\) has no item \(c\); en 9\(c\): «Existing networks/,
      );
      expect(await store.history('thematic-summary-2021')).toEqual(before);
    });
  });

  it('publishes a misaligned version when that is allowed, and says how it differs', async () => {
    await withService(async (service) => {
      await service.ingest(languageFixtureRequest('zh'));
      const outcome = await service.ingest({
        ...languageFixtureRequest('en', 'extra-item'),
        allowMisalignment: true,
      });
      expect(outcome.publication.changed).toBe(true);
      expect(outcome.alignment.misalignments.map((misalignment) => misalignment.kind)).toEqual([
        'item-extra',
      ]);
      expect(await service.publishedLanguages()).toEqual(['zh', 'en']);
    });
  });

  it('checks the alignment of a report without publishing it', async () => {
    await withService(async (service) => {
      await service.ingest(languageFixtureRequest('zh'));
      const { report } = await service.ingest(languageFixtureRequest('ru'));
      const check = await service.checkAlignment(report);
      expect(check.against).toEqual([{ language: 'zh', version: 1 }]);
      expect(check.misalignments).toEqual([]);
    });
  });
});
