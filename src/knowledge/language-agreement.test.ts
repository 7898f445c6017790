import { describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../domain/index.js';
import { ingestSummaryText } from '../ingest/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import {
  FIXTURE_LANGUAGES,
  languageFixtureCatalog,
  languageFixtureName,
  readLanguageFixture,
} from '../../test/support/language-fixtures.js';
import { checkAgreement, languageFacts, provisionKey } from './index.js';

/** The English fixture with `from` replaced by `to` (once; the fixture must hold it), read as English. */
function englishVariant(from: string, to: string): Catalog {
  const text = readLanguageFixture('en');
  expect(text).toContain(from);
  const report = ingestSummaryText(text.replace(from, to), {
    language: 'en',
    name: languageFixtureName('en'),
  });
  if (report.catalog === undefined)
    throw new Error(`the variant does not ingest: ${JSON.stringify(report.anomalies)}`);
  return report.catalog;
}

function messages(catalog: Catalog): string[] {
  return checkAgreement(catalog, languageFixtureCatalog('zh'), bundledKnowledge()).map(
    (warning) => warning.message,
  );
}

/** `paragraph provision` of every reference a fixture's text gives, sorted. */
function referenceSet(language: Language): string[] {
  const facts = languageFacts(languageFixtureCatalog(language), bundledKnowledge());
  return [
    ...new Set(facts.references.map((reference) => `${reference.paragraph} ${provisionKey(reference)}`)),
  ].sort();
}

/** `paragraph mechanism` of every mention a fixture's text gives, sorted. */
function mechanismSet(language: Language): string[] {
  const facts = languageFacts(languageFixtureCatalog(language), bundledKnowledge());
  return [...new Set(facts.mechanisms.map((mention) => `${mention.paragraph} ${mention.mechanism}`))].sort();
}

describe('the facts of the six fixture documents', () => {
  it('has a fixture in each of the six languages', () => {
    expect(FIXTURE_LANGUAGES).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
  });

  it('gives the same references in every language as in Chinese', () => {
    const chinese = referenceSet('zh');
    expect(chinese).toEqual([
      '11 cop-resolution 6/3',
      '11 untoc 27(1)(e)',
      '11 untoc 28(2)',
      '4 protocol 3(a)',
      '8 protocol 10',
      '8 untoc 28',
    ]);
    for (const language of FIXTURE_LANGUAGES) expect(referenceSet(language), language).toEqual(chinese);
  });

  it('gives the same mechanisms per paragraph in every language as in Chinese', () => {
    const chinese = mechanismSet('zh');
    expect(chinese).toContain('9 bali-process');
    expect(chinese).toContain('12 interpol-notices');
    for (const language of FIXTURE_LANGUAGES) expect(mechanismSet(language), language).toEqual(chinese);
  });

  it('finds no disagreement between any fixture and the Chinese one', () => {
    for (const language of FIXTURE_LANGUAGES)
      expect(messages(languageFixtureCatalog(language)), language).toEqual([]);
  });
});

describe('checkAgreement', () => {
  it('names the paragraph of a citation that differs, both ways', () => {
    expect(
      messages(englishVariant('article 3 (a) of the Smuggling', 'article 3 (b) of the Smuggling')),
    ).toEqual([
      'paragraph 4 cites protocol 3(a) in zh but not in en',
      'paragraph 4 cites protocol 3(b) in en but not in zh',
    ]);
  });

  it('names the paragraph of a mechanism that is not named', () => {
    expect(
      messages(englishVariant('Bali Process on People Smuggling', 'Bally Process on People Smuggling')),
    ).toEqual(['paragraph 9 mentions bali-process in zh but not in en']);
  });

  it('reports a key topic that is no label of its concept as a new label, and links it by position', () => {
    const variant = englishVariant('; online services;', '; internet platforms;');
    const warnings = checkAgreement(variant, languageFixtureCatalog('zh'), bundledKnowledge());
    expect(warnings.map((warning) => warning.message)).toEqual([
      'new label for the thesaurus: en «internet platforms» for concept online-services (zh «网上服务»), key topic 2 of theme-1',
    ]);
    const topic = languageFacts(variant, bundledKnowledge(), languageFixtureCatalog('zh')).keyTopics.find(
      (aligned) => aligned.topic === 'internet platforms',
    );
    expect(topic?.concept?.id).toBe('online-services');
    expect(topic?.match).toBe('position');
  });

  it('reports a key topic that names another concept than the Chinese one at its place', () => {
    expect(messages(englishVariant('; online services;', '; witnesses;'))).toEqual([
      'key topic 2 of theme-1: en «witnesses» is a label of concept witnesses, but (zh «网上服务») stands for concept online-services',
    ]);
  });

  it('finds nothing to compare in the Chinese version itself', () => {
    const chinese = languageFixtureCatalog('zh');
    expect(checkAgreement(chinese, chinese, bundledKnowledge())).toEqual([]);
  });
});
