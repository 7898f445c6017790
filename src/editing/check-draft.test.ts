import { describe, expect, it } from 'vitest';
import { FIXTURE_LANGUAGES } from '../../test/support/language-fixtures.js';
import { checkChange, checkDraft } from './check-draft.js';
import type { DraftChange } from './draft-change.js';
import { changeTarget } from './draft-change.js';
import { problemFields } from './draft-problem.js';
import type { DraftProblem } from './draft-problem.js';
import { entryWithId } from './draft-state.js';
import { NEW_SYMBOL, fixtureState, newPaper } from './testing/draft-fixtures.js';

const DOCUMENT = 'thematic-summary-2021';

/** The problems of a draft of these changes on the six fixture documents, as target → field → message. */
function problemsOf(changes: readonly DraftChange[], languages = FIXTURE_LANGUAGES): readonly DraftProblem[] {
  return checkDraft(fixtureState(languages), changes).problems;
}

function fieldsOf(
  change: DraftChange,
  changes: readonly DraftChange[] = [change],
): Readonly<Record<string, string>> {
  return problemFields(problemsOf(changes), changeTarget(change));
}

describe('checkDraft', () => {
  it('finds nothing wrong with a paragraph corrected and a new paper given in every language', () => {
    expect(
      problemsOf([
        {
          kind: 'paragraph',
          document: DOCUMENT,
          number: 9,
          language: 'en',
          text: 'Examples were given:',
          items: [
            { label: 'a', text: 'one;' },
            { label: 'b', text: 'two;' },
            { label: 'c', text: 'three.' },
          ],
        },
        newPaper(FIXTURE_LANGUAGES),
      ]),
    ).toEqual([]);
  });

  it('names an empty text, a bad item letter and an unknown paragraph by their fields', () => {
    const change: DraftChange = {
      kind: 'paragraph',
      document: DOCUMENT,
      number: 9,
      language: 'en',
      text: '  ',
      items: [
        { label: 'a', text: 'one' },
        { label: 'c', text: '' },
      ],
    };
    const fields = fieldsOf(change);
    expect(fields['text']).toBe('the text of paragraph 9 is empty');
    expect(fields['items[1]']).toContain('item 2 must be lettered (b)');
    expect(fields['items[1]']).toContain('the text of item (c) is empty');
    const unknown: DraftChange = { ...change, number: 40, text: 'x' };
    expect(fieldsOf(unknown)['number']).toBe('the document has no paragraph 40 (its paragraphs are 1–12)');
  });

  it('names a bad symbol, a year that does not fit the meeting and an unknown theme', () => {
    const bad = { ...newPaper(FIXTURE_LANGUAGES), symbol: 'CTOC/COP/WG7/2021/3', theme: 'theme-12' };
    const fields = fieldsOf(bad);
    expect(fields['symbol']).toContain('«CTOC/COP/WG7/2021/3» is not a symbol of the Working Group');
    expect(fields['theme']).toBe('the document has no theme «theme-12» (its themes are theme-1 … theme-3)');

    const wrongYear = newPaper(FIXTURE_LANGUAGES, { symbol: 'CTOC/COP/WG.7/2019/9', year: 2019, meeting: 5 });
    expect(fieldsOf(wrongYear)['year']).toContain('the year 2019 disagrees with meeting 5, held in 2018');

    const beforeLast = newPaper(FIXTURE_LANGUAGES, {
      symbol: 'CTOC/COP/WG.7/2019/9',
      year: 2019,
      meeting: 8,
    });
    expect(fieldsOf(beforeLast)['year']).toContain('the year 2019 is before 2020, the year of meeting 7');

    const symbolYear = newPaper(FIXTURE_LANGUAGES, {
      symbol: 'CTOC/COP/WG.7/2022/1',
      year: 2021,
      meeting: 8,
    });
    expect(fieldsOf(symbolYear)['year']).toBe(
      'the symbol CTOC/COP/WG.7/2022/1 is of 2022, the year says 2021',
    );

    const taken = newPaper(FIXTURE_LANGUAGES, { symbol: 'CTOC/COP/WG.7/2018/2', year: 2018, meeting: 5 });
    expect(fieldsOf(taken)['symbol']).toBe(
      'CTOC/COP/WG.7/2018/2 is already the symbol of a paper (paragraph 3)',
    );

    const noMeeting = newPaper(FIXTURE_LANGUAGES, { meeting: 0 });
    expect(fieldsOf(noMeeting)['meeting']).toBe('the meeting must be a number from 1 (got 0)');
  });

  it('asks the first paragraph of a new paper to end with its symbol, and for a summary paragraph', () => {
    const paper = newPaper(['zh', 'en']);
    const first = { ...paper.paragraphs[0], en: { text: 'In 2021, a paper was prepared.', items: [] } };
    const fields = problemFields(
      problemsOf([{ ...paper, paragraphs: [first, ...paper.paragraphs.slice(1)] }], ['zh', 'en']),
      changeTarget(paper),
    );
    expect(fields['paragraphs[0].en']).toContain(`ends with its symbol in parentheses (${NEW_SYMBOL})`);
    const alone = { ...paper, paragraphs: paper.paragraphs.slice(0, 1) };
    expect(problemFields(problemsOf([alone], ['zh', 'en']), changeTarget(alone))['paragraphs']).toContain(
      'at least one paragraph summarising it',
    );
  });

  it('names the languages a new paper still lacks, which a change may lack but a publish may not', () => {
    const paper = newPaper(['zh', 'en']);
    const problems = problemsOf([paper]);
    expect(problems).toEqual([
      {
        target: changeTarget(paper),
        field: 'languages',
        message: `the new paper ${NEW_SYMBOL} has no subject or text yet in ar, fr, ru, es: every published language version of the document (ar, zh, en, fr, ru, es) needs its subject and each of its paragraphs before the draft is published`,
        severity: 'incomplete',
      },
    ]);
    expect(checkChange(fixtureState(), [], paper)).toEqual([]);
  });

  it('finds an item added in one language only as misaligned, at the items of that change', () => {
    const change: DraftChange = {
      kind: 'paragraph',
      document: DOCUMENT,
      number: 9,
      language: 'en',
      text: 'Examples were given:',
      items: ['a', 'b', 'c', 'd'].map((label) => ({ label, text: `item ${label}` })),
    };
    const problems = problemsOf([change], ['zh', 'en']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      target: changeTarget(change),
      field: 'items',
      severity: 'incomplete',
    });
    expect(problems[0]?.message).toContain('paragraph 9 has an item (d) in en that zh does not have');
  });

  it('names a language the document is not published in', () => {
    const change: DraftChange = {
      kind: 'paragraph',
      document: DOCUMENT,
      number: 4,
      language: 'ru',
      text: 'x',
      items: [],
    };
    expect(problemFields(problemsOf([change], ['zh', 'en']), changeTarget(change))['language']).toBe(
      'the document has no ru version (it is published in zh, en); publish its ru text by ingest first',
    );
  });

  it('checks key topics: none, an empty one, one with the separator', () => {
    const change: DraftChange = {
      kind: 'key-topics',
      document: DOCUMENT,
      theme: 'theme-2',
      language: 'en',
      keyTopics: ['conflict', '', 'routes; fees'],
    };
    const fields = fieldsOf(change);
    expect(fields['keyTopics[1]']).toBe('key topic 2 is empty');
    expect(fields['keyTopics[2]']).toContain('contains «;»');
    expect(fieldsOf({ ...change, keyTopics: [] })['keyTopics']).toContain('a theme needs its key topics');
  });

  it('validates a concept with the whole thesaurus: a broken broader link is named at broader', () => {
    const concept: DraftChange = {
      kind: 'concept',
      id: 'drones',
      entry: {
        id: 'drones',
        kind: 'term',
        prefLabel: { zh: '无人机', en: 'drones' },
        broader: ['no-such-concept'],
      },
    };
    expect(fieldsOf(concept)['broader']).toBe(
      "concept 'drones': broader 'no-such-concept' is not a concept id",
    );
    const wrongId: DraftChange = { ...concept, id: 'uav', entry: { ...concept.entry, broader: [] } };
    expect(fieldsOf(wrongId)['id']).toBe('the entry\'s id is "drones", not «uav»');
  });

  it('validates a mechanism with the whole directory: a bad kind is named at kind', () => {
    const base = fixtureState(['zh']);
    const entry = {
      ...(entryWithId(base.knowledge.mechanisms, 'mechanisms', 'working-group') as object),
      kind: 'club',
    };
    const change: DraftChange = { kind: 'mechanism', id: 'working-group', entry };
    const fields = problemFields(checkDraft(base, [change]).problems, changeTarget(change));
    expect(Object.keys(fields)).toEqual(['kind']);
    expect(fields['kind']).toContain('mechanism "working-group", field "kind"');
  });

  it('refuses a change for problems of its own, not for those of other changes', () => {
    const base = fixtureState(['zh', 'en']);
    const broken: DraftChange = {
      kind: 'paragraph',
      document: DOCUMENT,
      number: 4,
      language: 'en',
      text: '',
      items: [],
    };
    const fine: DraftChange = { ...broken, number: 5, text: 'Fine.' };
    expect(checkChange(base, [broken], fine)).toEqual([]);
    expect(checkChange(base, [fine], broken).map((problem) => problem.field)).toEqual(['text']);
  });
});
