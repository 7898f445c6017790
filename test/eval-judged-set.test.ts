import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JudgedSetContext } from '../eval/judged-set.js';
import { halfOf, parseJudgedSet } from '../eval/judged-set.js';

/** The half by the rule, computed here independently of halfOf. */
const ruleHalf = (id: string): string =>
  (createHash('sha256').update(id).digest()[0] ?? 0) % 2 === 0 ? 'tune' : 'held-out';

const context = (overrides: Partial<JudgedSetContext> = {}): JudgedSetContext => ({
  file: 'queries-intl.json',
  paragraphCount: 79,
  languages: ['en', 'fr', 'es', 'ru', 'ar'],
  ...overrides,
});

/** Fixture: one valid judged query (made up for this test), with fields overridden. */
function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = typeof overrides.id === 'string' ? overrides.id : 'fr-001';
  return {
    id,
    lang: id.slice(0, 2),
    query: 'trafic illicite de migrants',
    kind: 'keyword',
    persona: 'prosecutor',
    from: 'topic:smuggling-of-migrants-protocol',
    relevant: { '5': 2, '22': 1 },
    reasons: { '5': 'defines the offence', '22': 'mentions it in passing' },
    half: ruleHalf(id),
    ...overrides,
  };
}

describe('halfOf', () => {
  it('follows the SHA-256 rule: first byte even → tune, odd → held-out', () => {
    for (const id of ['en-001', 'en-002', 'fr-017', 'zh-042', 'ar-100']) {
      expect(halfOf(id)).toBe(ruleHalf(id));
    }
    const halves = new Set(
      Array.from({ length: 20 }, (_, i) => halfOf(`en-${String(i + 1).padStart(3, '0')}`)),
    );
    expect(halves).toEqual(new Set(['tune', 'held-out']));
  });
});

describe('parseJudgedSet', () => {
  it('reads a valid entry, keeping positive grades as judgments and every reason', () => {
    const [query] = parseJudgedSet(
      [entry({ relevant: { '5': 2, '22': 1, '9': 0 }, reasons: { '5': 'a', '22': 'b', '9': 'c' } })],
      context(),
    );
    expect(query?.id).toBe('fr-001');
    expect([...(query?.judgments ?? [])]).toEqual([
      [5, 2],
      [22, 1],
    ]);
    expect(query?.reasons.get(9)).toBe('c');
    expect(query?.half).toBe(ruleHalf('fr-001'));
  });

  it('accepts all six UN languages', () => {
    const ids = ['ar-001', 'zh-001', 'en-001', 'fr-001', 'ru-001', 'es-001'];
    const all = parseJudgedSet(
      ids.map((id) => entry({ id })),
      context({ languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'] }),
    );
    expect(all.map((query) => query.lang)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
  });

  it('refuses a half that is not the rule’s, naming file, query and field', () => {
    const wrong = ruleHalf('fr-001') === 'tune' ? 'held-out' : 'tune';
    expect(() => parseJudgedSet([entry({ half: wrong })], context())).toThrow(
      /^queries-intl\.json, query 1 \(fr-001\), field "half": .*SHA-256 rule/,
    );
    expect(() => parseJudgedSet([entry({ half: 'both' })], context())).toThrow(/field "half"/);
  });

  it('refuses a graded paragraph without a reason, and a reason for an ungraded one', () => {
    expect(() => parseJudgedSet([entry({ reasons: { '5': 'defines the offence' } })], context())).toThrow(
      /query 1 \(fr-001\), field "reasons": no reason for paragraph 22/,
    );
    expect(() => parseJudgedSet([entry({ reasons: { '5': 'x', '22': '  ' } })], context())).toThrow(
      /no reason for paragraph 22/,
    );
    expect(() => parseJudgedSet([entry({ reasons: { '5': 'x', '22': 'y', '30': 'z' } })], context())).toThrow(
      /field "reasons": a reason for paragraph 30, which is not graded/,
    );
  });

  it('refuses an unknown language, and a language the file does not hold', () => {
    expect(() => parseJudgedSet([entry({ id: 'de-001', lang: 'de' })], context())).toThrow(
      /query 1 \(de-001\), field "lang": must be one of ar, zh, en, fr, ru, es/,
    );
    expect(() => parseJudgedSet([entry({ id: 'zh-001' })], context())).toThrow(
      /field "lang": this file holds only en, fr, es, ru, ar/,
    );
    expect(() => parseJudgedSet([entry({ id: 'fr-001', lang: 'es' })], context())).toThrow(
      /field "id": must start with its language "es-"/,
    );
  });

  it('refuses repeated ids, across files too', () => {
    expect(() => parseJudgedSet([entry(), entry()], context())).toThrow(
      /query 2 \(fr-001\), field "id": used by another query/,
    );
    const seenIds = new Set<string>();
    parseJudgedSet([entry()], context({ seenIds }));
    expect(() => parseJudgedSet([entry()], context({ seenIds, file: 'other.json' }))).toThrow(
      /^other\.json, query 1 \(fr-001\), field "id"/,
    );
  });

  it('refuses a kind, persona or field out of its list', () => {
    expect(() => parseJudgedSet([entry({ kind: 'phrase' })], context())).toThrow(
      /field "kind": must be one of/,
    );
    expect(() => parseJudgedSet([entry({ persona: 'judge' })], context())).toThrow(
      /field "persona": must be one of prosecutor, border, policy/,
    );
    expect(() => parseJudgedSet([entry({ hard: true })], context())).toThrow(/field "hard": unknown field/);
    const withoutPersona = entry();
    delete withoutPersona.persona;
    expect(() => parseJudgedSet([withoutPersona], context())).toThrow(/field "persona"/);
  });

  it('refuses paragraphs outside the corpus, bad grades and a query with nothing relevant', () => {
    expect(() =>
      parseJudgedSet([entry({ relevant: { '80': 2 }, reasons: { '80': 'x' } })], context()),
    ).toThrow(/field "relevant": there is no paragraph 80/);
    expect(() => parseJudgedSet([entry({ relevant: { '0': 2 }, reasons: { '0': 'x' } })], context())).toThrow(
      /field "relevant": "0" is not a paragraph number/,
    );
    expect(() => parseJudgedSet([entry({ relevant: { '5': 3 }, reasons: { '5': 'x' } })], context())).toThrow(
      /grade of paragraph 5 is not 0, 1 or 2/,
    );
    expect(() => parseJudgedSet([entry({ relevant: { '5': 0 }, reasons: { '5': 'x' } })], context())).toThrow(
      /no paragraph graded 1 or 2/,
    );
    expect(() => parseJudgedSet([entry({ from: 'paragraph:99' })], context())).toThrow(
      /field "from": there is no paragraph 99/,
    );
    expect(() => parseJudgedSet([entry({ from: 'somewhere' })], context())).toThrow(/field "from"/);
  });

  it('refuses a file that is not an array', () => {
    expect(() => parseJudgedSet({}, context())).toThrow(/^queries-intl\.json: not a JSON array/);
  });
});
