import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSomkbError } from '../errors/index.js';
import type { Concept, Thesaurus } from './index.js';
import { parseThesaurus, renderSkosTurtle, renderThesaurusCsv, THESAURUS_CSV_HEADER } from './index.js';

const bundled = parseThesaurus(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../knowledge/thesaurus.json', import.meta.url)), 'utf8')),
  'knowledge/thesaurus.json',
);

function makeConcept(id: string, fields: Partial<Concept> = {}): Concept {
  return {
    id,
    kind: 'term',
    prefLabel: { zh: id, en: id },
    altLabel: {},
    hiddenLabel: {},
    broader: [],
    related: [],
    scopeNote: undefined,
    ...fields,
  };
}

/** A thesaurus built directly, without validation: the renderers must cope with any string. */
function makeThesaurus(concepts: readonly Concept[]): Thesaurus {
  return { version: '2026-11-29', concepts, byId: new Map(concepts.map((c) => [c.id, c])) };
}

/** Parses RFC 4180 CSV (CRLF records, quoted fields with doubled quotes) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  return rows;
}

describe('renderSkosTurtle', () => {
  const turtle = renderSkosTurtle(bundled);

  it('declares the SKOS prefix and one concept scheme', () => {
    expect(turtle.startsWith('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n')).toBe(true);
    expect(turtle.match(/ a skos:ConceptScheme ;/g)).toHaveLength(1);
    expect(turtle).toContain(`owl:versionInfo "${bundled.version}"`);
  });

  it('writes one skos:Concept per concept, in the scheme, with URN IRIs by default', () => {
    expect(turtle.match(/ a skos:Concept ;/g)).toHaveLength(bundled.concepts.length);
    expect(turtle.match(/skos:inScheme <urn:somkb:thesaurus>/g)).toHaveLength(bundled.concepts.length);
    expect(turtle).toContain('<urn:somkb:concept:hawala> a skos:Concept ;');
    expect(turtle).not.toMatch(/https?:\/\/somkb/);
  });

  it('writes labels with language tags, links both ways and scope notes', () => {
    const block = turtle
      .split('\n\n')
      .find((part) => part.startsWith('<urn:somkb:concept:money-laundering>'));
    expect(block).toBeDefined();
    expect(block).toContain('skos:prefLabel "洗钱"@zh, "money laundering"@en, "blanchiment d’argent"@fr');
    expect(block).toContain('"洗黑钱"@zh');
    expect(block).toMatch(/skos:hiddenLabel [^;]*"dirty money"@en/);
    expect(block).toMatch(/skos:related [^;]*<urn:somkb:concept:hawala>/);
    expect(block).toContain('skos:scopeNote "Organized Crime Convention, arts. 6 and 7."@en');
    const hawala = turtle.split('\n\n').find((part) => part.startsWith('<urn:somkb:concept:hawala>'));
    expect(hawala).toMatch(/skos:related [^;]*<urn:somkb:concept:money-laundering>/);
    const routes = turtle
      .split('\n\n')
      .find((part) => part.startsWith('<urn:somkb:concept:smuggling-routes>'));
    expect(routes).toContain('skos:broader <urn:somkb:concept:routes>');
  });

  it('names the preferred labels that are own renderings in an editorial note, and only those', () => {
    const thesaurus = makeThesaurus([
      makeConcept('own', {
        prefLabel: { zh: '面谈', en: 'interviews', fr: 'entretiens', ar: 'المقابلات' },
        ownRendering: ['fr', 'ar'],
      }),
      makeConcept('official', {
        prefLabel: { zh: '洗钱', en: 'money laundering', fr: 'blanchiment d’argent' },
      }),
    ]);
    const blocks = renderSkosTurtle(thesaurus).split('\n\n');
    const own = blocks.find((part) => part.startsWith('<urn:somkb:concept:own>'));
    expect(own).toContain(
      'skos:editorialNote "Own rendering, not official terminology: prefLabel@fr, prefLabel@ar"@en',
    );
    const official = blocks.find((part) => part.startsWith('<urn:somkb:concept:official>'));
    expect(official).not.toContain('skos:editorialNote');
  });

  it('escapes quotes, backslashes and line breaks in string literals', () => {
    const thesaurus = makeThesaurus([
      makeConcept('quoted', {
        prefLabel: { zh: '所谓"蛇头"\\', en: 'the "snakehead" \\ smuggler' },
        scopeNote: 'two\nlines\tand a \u0001',
      }),
    ]);
    const text = renderSkosTurtle(thesaurus);
    expect(text).toContain('skos:prefLabel "所谓\\"蛇头\\"\\\\"@zh, "the \\"snakehead\\" \\\\ smuggler"@en');
    expect(text).toContain('skos:scopeNote "two\\nlines\\tand a \\u0001"@en');
    expect(text).not.toContain('two\nlines');
  });

  it('takes another base IRI and refuses one that Turtle cannot hold', () => {
    const text = renderSkosTurtle(bundled, { baseIri: 'https://unodc.example.org/concepts/' });
    expect(text).toContain('<https://unodc.example.org/concepts/hawala> a skos:Concept ;');
    for (const baseIri of ['concepts/', 'urn:somkb:<bad>', 'urn:some thing:']) {
      try {
        renderSkosTurtle(bundled, { baseIri });
        expect.unreachable(`accepted ${baseIri}`);
      } catch (error) {
        expect(isSomkbError(error, 'USAGE')).toBe(true);
      }
    }
  });
});

describe('renderThesaurusCsv', () => {
  it('has the header and one row per concept, records ending in CRLF', () => {
    const csv = renderThesaurusCsv(bundled);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...THESAURUS_CSV_HEADER]);
    expect(rows[0]?.join(',')).toBe(
      'id,kind,zh,en,fr,es,ru,ar,alt_zh,alt_en,hidden_zh,hidden_en,broader,related,' +
        'alt_fr,alt_es,alt_ru,alt_ar,hidden_fr,hidden_es,hidden_ru,hidden_ar,own_rendering',
    );
    expect(rows).toHaveLength(bundled.concepts.length + 1);
    for (const row of rows) expect(row).toHaveLength(23);
    const laundering = rows.find((row) => row[0] === 'money-laundering');
    expect(laundering?.slice(0, 4)).toEqual(['money-laundering', 'topic', '洗钱', 'money laundering']);
    expect(laundering?.[10]).toBe('洗黑钱 | 黑钱 | 漂白资金 | 洗白');
  });

  it('writes the other languages’ alternative and hidden labels and the own-rendering marks last', () => {
    const thesaurus = makeThesaurus([
      makeConcept('own', {
        prefLabel: { zh: '面谈', en: 'interviews', fr: 'entretiens', ar: 'المقابلات' },
        altLabel: { es: ['entrevista', 'interrogatorio'] },
        hiddenLabel: { ru: ['опрос'] },
        ownRendering: ['fr', 'ar'],
      }),
      makeConcept('official'),
    ]);
    const [header, own, official] = parseCsv(renderThesaurusCsv(thesaurus));
    const column = (name: string): number => header?.indexOf(name) ?? -1;
    expect(own?.[column('alt_es')]).toBe('entrevista | interrogatorio');
    expect(own?.[column('hidden_ru')]).toBe('опрос');
    expect(own?.[column('own_rendering')]).toBe('fr | ar');
    expect(official?.[column('own_rendering')]).toBe('');
  });

  it('round-trips a value holding a comma, a quote and a line break', () => {
    const awkward = 'smugglers, "snakeheads"\nand coyotes';
    const thesaurus = makeThesaurus([
      makeConcept('awkward', { prefLabel: { zh: '蛇头', en: awkward }, altLabel: { en: ['a, b', 'c'] } }),
    ]);
    const rows = parseCsv(renderThesaurusCsv(thesaurus));
    expect(rows[1]?.[3]).toBe(awkward);
    expect(rows[1]?.[9]).toBe('a, b | c');
  });

  it('keeps a spreadsheet from running a label as a formula', () => {
    const thesaurus = makeThesaurus([
      makeConcept('formulas', {
        prefLabel: { zh: '=1+1', en: '+cmd', fr: '-2', es: '@SUM(A1)', ru: 'safe' },
      }),
    ]);
    const rows = parseCsv(renderThesaurusCsv(thesaurus));
    expect(rows[1]?.slice(2, 8)).toEqual(["'=1+1", "'+cmd", "'-2", "'@SUM(A1)", 'safe', '']);
  });
});
