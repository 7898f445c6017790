import { describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../domain/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { findMechanismMentions, mechanismForms, parseMechanisms } from './index.js';

function catalogOf(language: Language, texts: readonly string[]): Catalog {
  return {
    language,
    document: {
      id: 'test',
      kind: 'thematic-summary',
      header: { body: '', dates: [], place: '', title: '', preparedByLine: '', preparedBy: 'secretariat' },
      chapters: [],
    },
    paragraphs: texts.map((text, index) => ({
      number: index + 1,
      text,
      items: [],
      chapter: 2,
      theme: null,
      paper: null,
    })),
    themes: [],
    papers: [],
  };
}

/** `paragraph:mechanism «as printed»` of every mention in the bundled directory, in order. */
function mentioned(language: Language, texts: readonly string[]): string[] {
  return findMechanismMentions(bundledKnowledge().mechanisms, catalogOf(language, texts)).map(
    (mention) => `${mention.paragraph}:${mention.mechanism} «${mention.text}»`,
  );
}

describe('mechanism mentions in the languages written with words', () => {
  it('finds English names, abbreviations and aliases as whole words', () => {
    expect(
      mentioned('en', [
        'The Working Group noted EUROSUR and the Bali Process; INTERPOL issues colour-coded notices.',
        'A person and his son (SON is the network) met.',
      ]),
    ).toEqual([
      '1:working-group «Working Group»',
      '1:eurosur «EUROSUR»',
      '1:bali-process «Bali Process»',
      '1:interpol «INTERPOL»',
      '1:interpol-notices «colour-coded notices»',
      '2:interpol-son «SON»',
    ]);
  });

  it('counts the body a named mechanism belongs to, as the Chinese text names it apart', () => {
    expect(mentioned('en', ['States can use the INTERPOL colour-coded notices.'])).toEqual([
      '1:interpol-notices «INTERPOL colour-coded notices»',
      '1:interpol «INTERPOL»',
    ]);
  });

  it('does not find an abbreviation written in lower case (French "son")', () => {
    expect(
      mentioned('fr', ['Le Groupe de travail a pris note de son rapport et du Processus de Bali.']),
    ).toEqual(['1:working-group «Groupe de travail»', '1:bali-process «Processus de Bali»']);
  });

  it('finds Russian names in any case and Arabic names after a clitic', () => {
    expect(mentioned('ru', ['Члены Рабочей группы и Интерпола обсудили Балийский процесс.'])).toEqual([
      '1:working-group «Рабочей группы»',
      '1:interpol «Интерпола»',
      '1:bali-process «Балийский процесс»',
    ]);
    expect(mentioned('ar', ['ناقش الفريق العامل وعملية بالي والإنتربول.'])).toEqual([
      '1:working-group «الفريق العامل»',
      '1:bali-process «عملية بالي»',
      '1:interpol «الإنتربول»',
    ]);
  });

  it('keeps the Chinese forms for Chinese and the language’s forms for the others', () => {
    const interpol = bundledKnowledge().mechanisms.byId.get('interpol');
    expect(interpol).toBeDefined();
    if (interpol === undefined) return;
    expect(mechanismForms(interpol, 'zh')).toEqual(interpol.printed);
    expect(mechanismForms(interpol, 'en')).toEqual([
      'International Criminal Police Organization',
      'INTERPOL',
    ]);
    expect(mechanismForms(interpol, 'ru')).toContain('Интерпол');
  });

  it('refuses aliases in Chinese or given twice, naming the mechanism and the field', () => {
    const entry = {
      id: 'unit',
      printed: ['股'],
      en: 'Unit',
      abbreviation: null,
      kind: 'unit',
      region: null,
      year: null,
      parent: null,
      note: null,
      aliases: { zh: ['股'], en: ['Unit', 'Unit'] },
    };
    expect(() => parseMechanisms({ version: '2026-12-01', mechanisms: [entry] }, 'test')).toThrow(
      /mechanism "unit", field "aliases.zh".*\n.*mechanism "unit", field "aliases.en": "Unit" is listed twice/,
    );
  });
});
