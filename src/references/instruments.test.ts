import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { ingestSummary } from '../ingest/index.js';
import { readCorpusBytes } from '../../test/support/corpus.js';
import { INSTRUMENTS, citeReferenceIn, extractReferences, instrumentInfo } from './index.js';
import type { Reference } from './index.js';
import { GOLD_REFERENCES } from './references.gold.js';

describe('INSTRUMENTS', () => {
  it('gives the official English article titles', () => {
    expect(instrumentInfo('protocol')?.articles['3']?.en).toBe('Use of terms');
    expect(instrumentInfo('untoc')?.articles['18']?.en).toBe('Mutual legal assistance');
    expect(instrumentInfo('untoc')?.articles['27']?.en).toBe('Law enforcement cooperation');
    expect(instrumentInfo('protocol')?.articles['19']?.en).toBe('Saving clause');
  });

  it('gives Chinese article titles', () => {
    expect(instrumentInfo('protocol')?.articles['3']?.zh).toBe('术语的使用');
    expect(instrumentInfo('protocol')?.articles['6']?.zh).toBe('刑事定罪');
    expect(instrumentInfo('protocol')?.articles['16']?.zh).toBe('保护和援助措施');
    expect(instrumentInfo('untoc')?.articles['18']?.zh).toBe('司法协助');
  });

  it('has a Chinese and an English title for every article the bundled corpus cites', () => {
    const catalog = ingestSummary(readCorpusBytes(), { language: 'zh' }).catalog as Catalog;
    const cited = [...extractReferences(catalog).references, ...GOLD_REFERENCES].filter(
      (reference) => reference.article !== undefined,
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const reference of cited) {
      const title = instrumentInfo(reference.instrument)?.articles[reference.article ?? ''];
      expect(title?.zh, `${reference.instrument} art. ${reference.article ?? ''}`).toMatch(/\p{Script=Han}/u);
      expect(title?.en, `${reference.instrument} art. ${reference.article ?? ''}`).toMatch(/^[A-Z]/);
    }
  });

  it('names the Working Group instruments as the summary prints them', () => {
    expect(instrumentInfo('protocol')?.zh).toBe('《打击偷运移民议定书》');
    expect(instrumentInfo('protocol')?.short).toBe('Smuggling of Migrants Protocol');
    expect(instrumentInfo('untoc')?.zh).toBe('《打击有组织犯罪公约》');
    expect(instrumentInfo('unclos')?.zh).toBe('《联合国海洋法公约》');
    expect(instrumentInfo('global-compact')?.zh).toBe('《安全、有序和正常移民全球契约》');
  });

  it('has unique kebab-case ids, and each alias with and without title marks', () => {
    const ids = INSTRUMENTS.map((info) => info.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const info of INSTRUMENTS) {
      expect(info.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(info.aliases).toContain(info.zh);
      for (const alias of info.aliases) {
        const bare = alias.replace(/^《|》$/g, '');
        expect(info.aliases, info.id).toContain(bare);
        expect(info.aliases, info.id).toContain(`《${bare}》`);
      }
    }
  });

  it('never gives one alias to two instruments', () => {
    const owners = new Map<string, string>();
    for (const info of INSTRUMENTS) {
      for (const alias of info.aliases) {
        expect(owners.get(alias), alias).toBeUndefined();
        owners.set(alias, info.id);
      }
    }
  });

  it('answers undefined for an unknown id', () => {
    expect(instrumentInfo('cop-resolution')).toBeUndefined();
    expect(instrumentInfo('')).toBeUndefined();
  });
});

describe('instrument and article titles in the six languages (issue 12.10)', () => {
  const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

  it('gives every instrument an official title and a short title in each UN language', () => {
    for (const info of INSTRUMENTS) {
      for (const language of LANGUAGES) {
        expect(info.titles[language], `${info.id}.${language}`).toMatch(/\S/);
        expect(info.shortTitles[language], `${info.id}.${language}`).toMatch(/\S/);
      }
      expect(info.titles.en).toBe(info.en);
      expect(info.shortTitles.en).toBe(info.short);
      for (const language of info.shortOwnRendering ?? [])
        expect(['fr', 'es', 'ru', 'ar']).toContain(language);
    }
  });

  it('gives every article title in each UN language, own renderings only among them', () => {
    for (const info of INSTRUMENTS) {
      for (const [article, title] of Object.entries(info.articles)) {
        for (const language of LANGUAGES)
          expect(title[language], `${info.id} ${article}.${language}`).toMatch(/\S/);
        for (const language of title.ownRendering ?? []) expect(LANGUAGES).toContain(language);
      }
    }
  });

  it('cites a provision in the reader’s language, saying when a part is an own rendering', () => {
    const protocol: Reference = {
      paragraph: 1,
      item: null,
      instrument: 'protocol',
      article: '16',
      clause: '(1)',
      resolution: undefined,
      span: { start: 0, end: 1, text: '第' },
    };
    const fr = citeReferenceIn(protocol, 'fr');
    expect(fr).toEqual({
      text: 'Protocole relatif au trafic illicite de migrants, art. 16(1) (Mesures de protection et d’assistance)',
      language: 'fr',
      ownRendering: false,
    });
    expect(citeReferenceIn(protocol, 'ar').ownRendering).toBe(true);
    expect(citeReferenceIn(protocol, 'zh').text).toContain('第 16 条');
  });
});
