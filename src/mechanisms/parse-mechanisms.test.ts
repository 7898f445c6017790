import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import { parseMechanisms } from './index.js';

type Entry = Record<string, unknown>;

function valid(): Entry[] {
  return [
    {
      id: 'europol',
      printed: ['欧洲联盟执法合作署'],
      en: 'European Union Agency for Law Enforcement Cooperation',
      abbreviation: 'Europol',
      kind: 'body',
      region: 'Europe',
      year: null,
      parent: null,
      note: null,
    },
    {
      id: 'emsc',
      printed: ['欧洲偷运移民问题中心', '偷运移民问题中心'],
      en: 'European Migrant Smuggling Centre',
      abbreviation: 'EMSC',
      kind: 'unit',
      region: 'Europe',
      year: 2016,
      parent: 'europol',
      note: 'A centre of Europol.',
    },
  ];
}

/** The valid directory with the fields of entry `index` replaced (a field set to undefined is removed). */
function withEntry(index: number, changes: Entry): unknown {
  const mechanisms = valid();
  const merged: Entry = { ...mechanisms[index], ...changes };
  mechanisms[index] = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
  return { version: '2026-11-29', mechanisms };
}

function problemsOf(json: unknown): string {
  try {
    parseMechanisms(json, 'knowledge/mechanisms.json');
  } catch (error) {
    if (isSomkbError(error, 'VALIDATION_FAILED') && error.where === 'knowledge/mechanisms.json')
      return error.message;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('parseMechanisms', () => {
  it('accepts a valid directory and indexes it by id, in file order', () => {
    const directory = parseMechanisms({ version: '2026-11-29', mechanisms: valid() }, 'test');
    expect(directory.version).toBe('2026-11-29');
    expect(directory.mechanisms.map((mechanism) => mechanism.id)).toEqual(['europol', 'emsc']);
    expect(directory.byId.get('emsc')).toEqual({ ...valid()[1] });
  });

  const brokenEntries: readonly [string, number, Entry, string, string][] = [
    ['an id that is not kebab-case', 1, { id: 'EMSC' }, 'mechanisms[1]', 'id'],
    ['an id that is not a string', 1, { id: 7 }, 'mechanisms[1]', 'id'],
    ['a missing id', 1, { id: undefined }, 'mechanisms[1]', 'id'],
    ['a repeated id', 1, { id: 'europol', parent: null }, 'europol', 'id'],
    ['a parent that does not exist', 1, { parent: 'europa' }, 'emsc', 'parent'],
    ['a parent that is the mechanism itself', 1, { parent: 'emsc' }, 'emsc', 'parent'],
    ['a parent that is not a string', 1, { parent: 3 }, 'emsc', 'parent'],
    ['printed not an array', 1, { printed: '欧洲偷运移民问题中心' }, 'emsc', 'printed'],
    ['printed empty', 1, { printed: [] }, 'emsc', 'printed'],
    ['a printed form that is empty', 1, { printed: ['欧洲偷运移民问题中心', ''] }, 'emsc', 'printed'],
    ['a printed form with surrounding spaces', 1, { printed: [' 欧洲偷运移民问题中心'] }, 'emsc', 'printed'],
    ['a printed form that is not a string', 1, { printed: [42] }, 'emsc', 'printed'],
    [
      'a printed form listed twice',
      1,
      { printed: ['偷运移民问题中心', '偷运移民问题中心'] },
      'emsc',
      'printed',
    ],
    ['a printed form of another mechanism', 1, { printed: ['欧洲联盟执法合作署'] }, 'emsc', 'printed'],
    ['a kind outside the union', 1, { kind: 'centre' }, 'emsc', 'kind'],
    ['a missing kind', 1, { kind: undefined }, 'emsc', 'kind'],
    ['a year before 1900', 1, { year: 1899 }, 'emsc', 'year'],
    ['a year after 2100', 1, { year: 2101 }, 'emsc', 'year'],
    ['a fractional year', 1, { year: 2016.5 }, 'emsc', 'year'],
    ['a year written as a string', 1, { year: '2016' }, 'emsc', 'year'],
    ['an empty English name', 1, { en: '' }, 'emsc', 'en'],
    ['an English name that is not a string', 1, { en: null }, 'emsc', 'en'],
    ['an empty abbreviation', 1, { abbreviation: '' }, 'emsc', 'abbreviation'],
    ['a region that is a number', 1, { region: 5 }, 'emsc', 'region'],
    ['a note that is an array', 1, { note: ['a'] }, 'emsc', 'note'],
    ['a missing note', 1, { note: undefined }, 'emsc', 'note'],
    ['an unknown field', 1, { website: 'https://www.europol.europa.eu' }, 'emsc', 'website'],
  ];

  it.each(brokenEntries)(
    'rejects %s, naming the mechanism and the field',
    (_what, index, changes, subject, field) => {
      const message = problemsOf(withEntry(index, changes));
      expect(message).toContain(subject);
      expect(message).toContain(`field "${field}"`);
      expect(message).toMatch(/^the mechanism directory has 1 problem:/);
    },
  );

  it('rejects a cycle of parents, naming each mechanism in it', () => {
    const message = problemsOf(withEntry(0, { parent: 'emsc' }));
    expect(message).toContain('mechanism "europol", field "parent"');
    expect(message).toContain('mechanism "emsc", field "parent"');
    expect(message).toContain('cycle');
  });

  const brokenDirectories: readonly [string, unknown, string][] = [
    ['an array instead of an object', [], '(root)'],
    ['null', null, '(root)'],
    ['a missing version', { mechanisms: valid() }, 'version'],
    ['a version that is not a date', { version: 'v1', mechanisms: valid() }, 'version'],
    ['mechanisms that are not an array', { version: '2026-11-29', mechanisms: {} }, 'mechanisms'],
    ['an unknown top-level field', { version: '2026-11-29', mechanisms: valid(), extra: 1 }, 'extra'],
  ];

  it.each(brokenDirectories)('rejects %s, naming the field', (_what, json, field) => {
    expect(problemsOf(json)).toContain(`field "${field}"`);
  });

  it('rejects an entry that is not an object, naming its position', () => {
    expect(problemsOf({ version: '2026-11-29', mechanisms: [...valid(), 'interpol'] })).toContain(
      'mechanisms[2]',
    );
  });

  it('lists ten problems and counts the rest', () => {
    const mechanisms = Array.from({ length: 12 }, (_, index) => ({
      ...valid()[0],
      id: `m-${index}`,
      kind: 'centre',
    }));
    const message = problemsOf({ version: '2026-11-29', mechanisms });
    expect(message).toMatch(/^the mechanism directory has \d+ problems:/);
    expect(message.split('\n').filter((line) => line.startsWith('- mechanism '))).toHaveLength(10);
    expect(message).toContain('mechanism "m-9", field "kind"');
    expect(message).not.toContain('"m-10"');
    expect(message).toMatch(/- and \d+ more$/);
  });

  it('does not share its arrays with the input', () => {
    const json = { version: '2026-11-29', mechanisms: valid() };
    const directory = parseMechanisms(json, 'test');
    (json.mechanisms[1]?.['printed'] as string[]).push('中心');
    expect(directory.byId.get('emsc')?.printed).toEqual(['欧洲偷运移民问题中心', '偷运移民问题中心']);
  });
});

describe('names and regions in the six languages (issue 12.10)', () => {
  const EUROPE = { zh: '欧洲', en: 'Europe', fr: 'Europe', es: 'Europa', ru: 'Европа', ar: 'أوروبا' };

  it('reads names in other languages, their own-rendering marks, and the region’s labels', () => {
    const json = withEntry(1, {
      names: { fr: 'Centre européen chargé de lutter contre le trafic de migrants' },
      ownRendering: ['fr'],
    }) as Entry;
    const directory = parseMechanisms({ ...json, regions: { Europe: EUROPE } }, 'mechanisms.json');
    const emsc = directory.byId.get('emsc');
    expect(emsc?.names?.fr).toBe('Centre européen chargé de lutter contre le trafic de migrants');
    expect(emsc?.ownRendering).toEqual(['fr']);
    expect(emsc?.regionLabels?.ar).toBe('أوروبا');
    expect(directory.byId.get('europol')?.names).toBeUndefined();
  });

  it.each<[string, Entry, Record<string, unknown> | undefined, string]>([
    ['a name in Chinese', { names: { zh: '中心' } }, undefined, 'field "names.zh": is not fr, es, ru or ar'],
    ['an empty name', { names: { fr: ' ' } }, undefined, 'field "names.fr": must be a non-empty string'],
    [
      'an own-rendering mark without a name',
      { names: { fr: 'Centre' }, ownRendering: ['ar'] },
      undefined,
      'field "ownRendering": "ar" is not a language of names',
    ],
    [
      'a region without all six names',
      {},
      { Europe: { en: 'Europe', fr: 'Europe' } },
      'needs a name in each of ar, zh, en, fr, ru, es (missing or empty: ar, zh, ru, es)',
    ],
    [
      'a region the directory does not list',
      { region: 'Europa' },
      { Europe: EUROPE },
      'mechanism "emsc", field "region": "Europa" is not one of the regions',
    ],
  ])('rejects %s, naming the field', (_what, changes, regions, expected) => {
    const json = withEntry(1, changes) as Entry;
    expect(problemsOf(regions === undefined ? json : { ...json, regions })).toContain(expected);
  });
});
