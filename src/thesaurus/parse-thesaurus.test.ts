import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import type { Thesaurus } from './index.js';
import {
  conceptLabels,
  findConceptByLabel,
  keyTopicConcepts,
  linkConcepts,
  parseThesaurus,
} from './index.js';

type Json = Record<string, unknown>;

/** A small valid thesaurus; each call returns a fresh copy that a test may break. */
function validJson(): { version: string; concepts: Json[] } {
  return {
    version: '2026-11-29',
    concepts: [
      {
        id: 'money-laundering',
        kind: 'topic',
        prefLabel: { zh: '洗钱', en: 'money laundering', fr: 'blanchiment d’argent' },
        altLabel: { en: ['laundering of proceeds of crime'] },
        hiddenLabel: { zh: ['洗黑钱', '黑钱'], en: ['dirty money'] },
        broader: [],
        related: ['hawala'],
        scopeNote: 'Organized Crime Convention, art. 6.',
      },
      {
        id: 'hawala',
        kind: 'term',
        prefLabel: { zh: '哈瓦拉', en: 'hawala' },
        altLabel: { zh: ['哈瓦拉系统'] },
      },
      {
        id: 'routes',
        kind: 'topic',
        prefLabel: { zh: '路线', en: 'routes' },
      },
      {
        id: 'smuggling-routes',
        kind: 'topic',
        prefLabel: { zh: '偷运路线', en: 'smuggling routes' },
        hiddenLabel: { zh: ['偷渡路线'] },
        broader: ['routes'],
      },
      {
        id: 'protocol',
        kind: 'topic',
        prefLabel: { zh: '《打击偷运移民议定书》', en: 'Smuggling of Migrants Protocol' },
      },
    ],
  };
}

function concept(json: ReturnType<typeof validJson>, id: string): Json {
  const found = json.concepts.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`fixture: no concept ${id}`);
  return found;
}

/** The message of the error parseThesaurus throws for `json`; fails when it does not throw one. */
function rejection(json: unknown): string {
  try {
    parseThesaurus(json, 'thesaurus.json');
  } catch (error) {
    expect(isSomkbError(error, 'VALIDATION_FAILED')).toBe(true);
    if (isSomkbError(error)) {
      expect(error.where).toBe('thesaurus.json');
      return error.message;
    }
  }
  throw new Error('parseThesaurus accepted a broken thesaurus');
}

describe('parseThesaurus', () => {
  it('reads a valid thesaurus with optional fields left out, and indexes it by id', () => {
    const thesaurus = parseThesaurus(validJson(), 'thesaurus.json');
    expect(thesaurus.version).toBe('2026-11-29');
    expect(thesaurus.concepts.map((entry) => entry.id)).toEqual([
      'money-laundering',
      'hawala',
      'routes',
      'smuggling-routes',
      'protocol',
    ]);
    const hawala = thesaurus.byId.get('hawala');
    expect(hawala).toEqual({
      id: 'hawala',
      kind: 'term',
      prefLabel: { zh: '哈瓦拉', en: 'hawala' },
      altLabel: { zh: ['哈瓦拉系统'] },
      hiddenLabel: {},
      broader: [],
      // stated only on money-laundering: related is symmetric
      related: ['money-laundering'],
      scopeNote: undefined,
    });
    expect(thesaurus.byId.get('money-laundering')?.related).toEqual(['hawala']);
  });

  it.each<[string, (json: ReturnType<typeof validJson>) => unknown, readonly string[]]>([
    [
      'a duplicate id',
      (json) => ({
        ...json,
        concepts: [
          ...json.concepts,
          { ...concept(json, 'hawala'), prefLabel: { zh: '地下钱庄', en: 'underground banking' } },
        ],
      }),
      ["concept 'hawala'", 'id is used by an earlier concept'],
    ],
    [
      'a dangling related id',
      (json) => {
        concept(json, 'money-laundering').related = ['hawal'];
        return json;
      },
      ["concept 'money-laundering': related 'hawal' is not a concept id"],
    ],
    [
      'a broader link to itself',
      (json) => {
        concept(json, 'routes').broader = ['routes'];
        return json;
      },
      ["concept 'routes': broader 'routes' is the concept itself"],
    ],
    [
      'an empty label',
      (json) => {
        concept(json, 'hawala').altLabel = { zh: ['  '] };
        return json;
      },
      ["concept 'hawala': altLabel.zh[0] is empty"],
    ],
    [
      'a label with spaces around it',
      (json) => {
        concept(json, 'routes').prefLabel = { zh: '路线 ', en: 'routes' };
        return json;
      },
      ["concept 'routes': prefLabel.zh has white space at its start or end"],
    ],
    [
      'a label of the wrong type',
      (json) => {
        concept(json, 'routes').prefLabel = { zh: '路线', en: 42 };
        return json;
      },
      ["concept 'routes': prefLabel.en must be a string (got 42)"],
    ],
    [
      'label lists that are not lists',
      (json) => {
        concept(json, 'hawala').hiddenLabel = { en: 'informal value transfer' };
        return json;
      },
      ["concept 'hawala': hiddenLabel.en must be a non-empty array of labels"],
    ],
    [
      'a missing English label',
      (json) => {
        concept(json, 'routes').prefLabel = { zh: '路线' };
        return json;
      },
      ["concept 'routes': prefLabel.en is missing"],
    ],
    [
      'a missing preferred label',
      (json) => {
        delete concept(json, 'routes').prefLabel;
        return json;
      },
      ["concept 'routes': prefLabel is missing"],
    ],
    [
      'an unknown field',
      (json) => {
        concept(json, 'hawala').narrower = ['money-laundering'];
        return json;
      },
      ["concept 'hawala': unknown field 'narrower'"],
    ],
    [
      'an unknown language',
      (json) => {
        concept(json, 'hawala').altLabel = { de: ['Hawala-Banking'] };
        return json;
      },
      ["concept 'hawala': altLabel.de: 'de' is not a UN language code"],
    ],
    [
      'a cycle of broader links',
      (json) => {
        concept(json, 'routes').broader = ['smuggling-routes'];
        return json;
      },
      ['broader links form a cycle: ', 'routes → smuggling-routes → routes'],
    ],
    [
      'a concept that is not an object',
      (json) => ({ ...json, concepts: [...json.concepts, 'hawala'] }),
      ['concepts[5]: must be an object (got "hawala")'],
    ],
    [
      'an id that is not kebab-case',
      (json) => {
        concept(json, 'hawala').id = 'Hawala System';
        return json;
      },
      ['concepts[1]: id must be lowercase ASCII kebab-case', '"Hawala System"'],
    ],
    [
      'an unknown kind',
      (json) => {
        concept(json, 'hawala').kind = 'mechanism';
        return json;
      },
      ["concept 'hawala': kind must be 'topic' or 'term' (got \"mechanism\")"],
    ],
    [
      'one label twice in a concept',
      (json) => {
        concept(json, 'money-laundering').altLabel = { zh: ['洗 钱'] };
        return json;
      },
      ["concept 'money-laundering': altLabel.zh '洗 钱' repeats another label of the concept"],
    ],
    [
      'one Chinese label on two concepts',
      (json) => {
        concept(json, 'hawala').hiddenLabel = { zh: ['黑钱'] };
        return json;
      },
      ["concept 'hawala': hiddenLabel.zh '黑钱' is also a Chinese label of concept 'money-laundering'"],
    ],
    [
      'a label holding the CSV separator',
      (json) => {
        concept(json, 'hawala').altLabel = { en: ['hawala | hundi'] };
        return json;
      },
      ["concept 'hawala': altLabel.en[0] contains a control character or '|'"],
    ],
    [
      'a concept both broader and related',
      (json) => {
        concept(json, 'smuggling-routes').related = ['routes'];
        return json;
      },
      ["concept 'smuggling-routes': related 'routes' is also broader"],
    ],
    [
      'a thesaurus that is not an object',
      () => ['money-laundering'],
      ['the thesaurus must be a JSON object'],
    ],
    [
      'a missing concept list',
      (json) => ({ version: json.version }),
      ['the thesaurus: concepts must be an array (got nothing)'],
    ],
    [
      'an unknown top-level field',
      (json) => ({ ...json, mechanisms: [] }),
      ["the thesaurus: unknown field 'mechanisms'"],
    ],
    [
      'an own-rendering mark that is not a list',
      (json) => {
        concept(json, 'money-laundering').ownRendering = 'fr';
        return json;
      },
      [`concept 'money-laundering': ownRendering must be a non-empty array of language codes`, '(got "fr")'],
    ],
    [
      'an empty own-rendering list',
      (json) => {
        concept(json, 'money-laundering').ownRendering = [];
        return json;
      },
      [`concept 'money-laundering': ownRendering must be a non-empty array`],
    ],
    [
      'an own-rendering mark that is not a UN language',
      (json) => {
        concept(json, 'money-laundering').ownRendering = ['fr', 'de'];
        return json;
      },
      [`concept 'money-laundering': ownRendering[1]: "de" is not a UN language code`],
    ],
    [
      'an own-rendering mark listed twice',
      (json) => {
        concept(json, 'money-laundering').ownRendering = ['fr', 'fr'];
        return json;
      },
      [`concept 'money-laundering': ownRendering 'fr' is listed twice`],
    ],
    [
      'an own-rendering mark on a label the concept does not have',
      (json) => {
        concept(json, 'hawala').ownRendering = ['ar'];
        return json;
      },
      [`concept 'hawala': ownRendering 'ar' marks a preferred label the concept does not have`],
    ],
  ])('rejects %s, naming the concept and the field', (_name, breakIt, expected) => {
    const message = rejection(breakIt(validJson()));
    for (const part of expected) expect(message).toContain(part);
  });

  it('reads the languages whose preferred label is an own rendering, and leaves the mark out when none', () => {
    const json = validJson();
    concept(json, 'money-laundering').ownRendering = ['fr'];
    const thesaurus = parseThesaurus(json, 'thesaurus.json');
    expect(thesaurus.byId.get('money-laundering')?.ownRendering).toEqual(['fr']);
    expect(thesaurus.byId.get('hawala')?.ownRendering).toBeUndefined();
  });

  it('lists every problem up to ten, and counts the rest', () => {
    const json = validJson();
    const broken = Array.from({ length: 12 }, (_, index) => ({ id: `c-${index}`, kind: 'term' }));
    const message = rejection({ ...json, concepts: broken });
    expect(message).toMatch(/^the thesaurus has 12 problems:/);
    expect(message.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(10);
    expect(message).toContain('… and 2 more');
  });
});

describe('labels and lookup', () => {
  const thesaurus: Thesaurus = parseThesaurus(validJson(), 'thesaurus.json');

  it('finds a concept by any of its labels, whatever the width, case, spaces and 《》', () => {
    expect(findConceptByLabel(thesaurus, 'zh', '洗 黑 钱')?.id).toBe('money-laundering');
    expect(findConceptByLabel(thesaurus, 'en', 'Dirty  Money')?.id).toBe('money-laundering');
    expect(findConceptByLabel(thesaurus, 'en', 'ＨＡＷＡＬＡ')?.id).toBe('hawala');
    expect(findConceptByLabel(thesaurus, 'zh', '打击偷运移民议定书')?.id).toBe('protocol');
    expect(findConceptByLabel(thesaurus, 'fr', 'blanchiment d’argent')?.id).toBe('money-laundering');
    expect(findConceptByLabel(thesaurus, 'fr', 'dirty money')).toBeUndefined();
    expect(findConceptByLabel(thesaurus, 'zh', '哈瓦')).toBeUndefined();
  });

  it('gives the preferred, alternative and (unless told not to) hidden labels of a language', () => {
    const laundering = thesaurus.byId.get('money-laundering');
    if (laundering === undefined) throw new Error('fixture: no money-laundering');
    expect(conceptLabels(laundering, 'zh')).toEqual(['洗钱', '洗黑钱', '黑钱']);
    expect(conceptLabels(laundering, 'zh', { hidden: false })).toEqual(['洗钱']);
    expect(conceptLabels(laundering, 'en')).toEqual([
      'money laundering',
      'laundering of proceeds of crime',
      'dirty money',
    ]);
    expect(conceptLabels(laundering, 'ru')).toEqual([]);
  });
});

describe('keyTopicConcepts and linkConcepts', () => {
  const thesaurus = parseThesaurus(validJson(), 'thesaurus.json');
  const base = makeSampleCatalog();
  const catalog = {
    ...base,
    paragraphs: [
      { ...base.paragraphs[0], number: 1, text: '偷运 路线 与《打击偷运移民议定书》。', items: [] },
      { ...base.paragraphs[0], number: 2, text: '文件讨论了哈瓦拉', items: [{ label: 'a', text: '系统。' }] },
      { ...base.paragraphs[0], number: 3, text: '收益被洗黑钱。', items: [] },
      {
        ...base.paragraphs[0],
        number: 4,
        text: '关于路线的说明。',
        items: [{ label: 'a', text: '哈瓦拉。' }],
      },
    ],
    themes: [
      { ...base.themes[0], id: 'theme-1', keyTopics: ['偷运路线', '洗钱', '援助'] },
      { ...base.themes[0], id: 'theme-2', keyTopics: ['洗钱', '打击偷运移民议定书'] },
    ],
  } as typeof base;

  it('resolves each distinct key topic once, by preferred or alternative label only', () => {
    expect(keyTopicConcepts(thesaurus, catalog).map((entry) => [entry.topic, entry.concept?.id])).toEqual([
      ['偷运路线', 'smuggling-routes'],
      ['洗钱', 'money-laundering'],
      ['援助', undefined],
      ['打击偷运移民议定书', 'protocol'],
    ]);
  });

  it('links paragraphs by labels anywhere in text or items, and themes by their key topics', () => {
    expect(linkConcepts(thesaurus, catalog)).toEqual([
      // 洗黑钱 is a hidden label: still searched in the text
      { concept: 'money-laundering', paragraphs: [3], themes: ['theme-1', 'theme-2'] },
      // 哈瓦拉 cut from 系统 across text and item: 哈瓦拉系统 is not found, 哈瓦拉 is
      { concept: 'hawala', paragraphs: [2, 4], themes: [] },
      { concept: 'routes', paragraphs: [1, 4], themes: [] },
      // "偷运 路线" in the text matches 偷运路线 once the white space is removed
      { concept: 'smuggling-routes', paragraphs: [1], themes: ['theme-1'] },
      { concept: 'protocol', paragraphs: [1], themes: ['theme-2'] },
    ]);
  });
});
