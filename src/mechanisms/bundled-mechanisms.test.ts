import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { ingestSummary } from '../ingest/index.js';
import { readCorpusBytes } from '../../test/support/corpus.js';
import { findMechanismMentions, mechanismParagraphs, parseMechanisms } from './index.js';
import type { Mechanism, MechanismDirectory, MechanismMention } from './index.js';
import { MECHANISM_PARAGRAPHS_GOLD } from './mechanisms.gold.js';

const DIRECTORY_PATH = fileURLToPath(new URL('../../knowledge/mechanisms.json', import.meta.url));

let directory: MechanismDirectory;
let catalog: Catalog;
let mentions: MechanismMention[];

beforeAll(() => {
  directory = parseMechanisms(JSON.parse(readFileSync(DIRECTORY_PATH, 'utf8')), DIRECTORY_PATH);
  const report = ingestSummary(readCorpusBytes(), { language: 'zh', name: 'bundled corpus' });
  if (report.catalog === undefined) throw new Error('the bundled corpus does not ingest');
  catalog = report.catalog;
  mentions = findMechanismMentions(directory, catalog);
});

function byAbbreviation(abbreviation: string): Mechanism | undefined {
  return directory.mechanisms.find((mechanism) => mechanism.abbreviation === abbreviation);
}

function byEnglish(fragment: string): Mechanism | undefined {
  return directory.mechanisms.find((mechanism) =>
    mechanism.en.toLowerCase().includes(fragment.toLowerCase()),
  );
}

describe('the bundled mechanism directory', () => {
  it('parses, with a version and more than the issue’s fourteen entries', () => {
    expect(directory.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(directory.mechanisms.length).toBeGreaterThanOrEqual(14);
    expect(directory.byId.size).toBe(directory.mechanisms.length);
  });

  it('has no dead entry: every mechanism is mentioned in some paragraph', () => {
    const unmentioned = mechanismParagraphs(directory, mentions)
      .filter((entry) => entry.paragraphs.length === 0)
      .map((entry) => entry.mechanism.id);
    expect(unmentioned).toEqual([]);
  });

  it('prints every form exactly as the text has it (in a paragraph, an item or a key topic)', () => {
    const texts = [
      ...catalog.paragraphs.flatMap((paragraph) => [
        paragraph.text,
        ...paragraph.items.map((item) => item.text),
      ]),
      ...catalog.themes.flatMap((theme) => theme.keyTopics),
    ];
    const absent = directory.mechanisms.flatMap((mechanism) =>
      mechanism.printed
        .filter((form) => !texts.some((text) => text.includes(form)))
        .map((form) => `${mechanism.id}: ${form}`),
    );
    expect(absent).toEqual([]);
  });

  it('holds every mechanism the issue lists, with the years it states', () => {
    expect(byAbbreviation('EUROSUR')?.region).toBe('Europe');
    expect(byEnglish('port intelligence units')?.region).toBe('South-East Asia');
    const unit = byEnglish('Migrant Smuggling Coordination and Analysis Unit');
    expect(unit).toBeDefined();
    const database = directory.mechanisms.find((mechanism) => mechanism.kind === 'database');
    expect(database?.parent).toBe(unit?.id);
    expect(byEnglish('People Smuggling Strike Team')).toMatchObject({ year: 2000, region: 'Australia' });
    expect(byEnglish('Human Smuggling and Trafficking Center')).toMatchObject({
      year: 2004,
      abbreviation: 'HSTC',
    });
    expect(byAbbreviation('SHERLOC')?.kind).toBe('platform');
    expect(byEnglish('Voluntary Reporting System on Migrant Smuggling and Related Conduct')?.parent).toBe(
      byAbbreviation('UNODC')?.id,
    );
    expect(byEnglish('Global Migration Data Portal')?.parent).toBe(byAbbreviation('IOM')?.id);
    expect(byEnglish('Ibero-American')?.kind).toBe('network');
    expect(byAbbreviation('WACAP')?.region).toBe('West Africa');
    expect(byEnglish('Bali Process')).toBeDefined();
    const interpol = byAbbreviation('INTERPOL');
    expect(byEnglish('Specialized Operational Network')?.parent).toBe(interpol?.id);
    const notices = directory.mechanisms.find((mechanism) => mechanism.kind === 'notice');
    expect(notices?.en).toMatch(/colour-coded notices/);
    expect(notices?.parent).toBe(interpol?.id);
    expect(byAbbreviation('EMSC')?.parent).toBe(byAbbreviation('Europol')?.id);
    expect(byAbbreviation('UNODC')?.kind).toBe('organization');
  });

  it('finds each mechanism in exactly the hand-checked paragraphs', () => {
    const found = Object.fromEntries(
      mechanismParagraphs(directory, mentions).map((entry) => [entry.mechanism.id, entry.paragraphs]),
    );
    expect(found).toEqual(MECHANISM_PARAGRAPHS_GOLD);
  });

  it('places the mentions of paragraph 16 in its items', () => {
    const inParagraph16 = mentions
      .filter((mention) => mention.paragraph === 16)
      .map((mention) => `${mention.item ?? '-'} ${mention.mechanism}`);
    expect(inParagraph16).toEqual([
      'a eurosur',
      'a frontex',
      'b port-intelligence-units',
      'b smuggling-coordination-analysis-unit',
      'b regional-smuggling-database',
      'c people-smuggling-strike-team',
      'd hstc',
    ]);
  });

  it('reads the owner prefix of paragraph 35 as its own mention', () => {
    const inParagraph35 = mentions
      .filter((mention) => mention.paragraph === 35)
      .map((mention) => mention.text);
    expect(inParagraph35).toEqual([
      '毒品和犯罪问题办公室',
      '偷运移民和相关行为自愿报告系统',
      '国际刑警组织',
      '彩色编码通知系统',
    ]);
  });

  it('gives offsets that slice the matched form out of the paragraph or item text', () => {
    for (const mention of mentions) {
      const paragraph = catalog.paragraphs.find((candidate) => candidate.number === mention.paragraph);
      const text =
        mention.item === null
          ? paragraph?.text
          : paragraph?.items.find((item) => item.label === mention.item)?.text;
      expect(text?.slice(mention.start, mention.end)).toBe(mention.text);
      expect(directory.byId.get(mention.mechanism)?.printed).toContain(mention.text);
    }
  });
});
