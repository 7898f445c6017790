import { SomkbError } from '../errors/index.js';
import type { Language } from '../domain/index.js';
import type { Concept, LabelListMap, Thesaurus } from './thesaurus-types.js';

/** The order in which labels are written: the languages of the data file. */
const LABEL_LANGUAGES: readonly Language[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

/** Default namespace of concept IRIs: a URN, since the portal has no public host yet. */
const DEFAULT_BASE_IRI = 'urn:somkb:concept:';
/** Default IRI of the concept scheme. */
const DEFAULT_SCHEME_IRI = 'urn:somkb:thesaurus';

/** An absolute IRI as Turtle's IRIREF allows it: a scheme, then no white space, control character or <>"{}|^`\. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\p{Cc}\s<>"{}|^`\\]*$/u;

/** Options of {@link renderSkosTurtle}. */
export interface SkosOptions {
  /** Prefix of concept IRIs, followed by the concept id; default `urn:somkb:concept:`. */
  readonly baseIri?: string;
  /** IRI of the concept scheme; default `urn:somkb:thesaurus`. */
  readonly schemeIri?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A Turtle string literal (STRING_LITERAL_QUOTE): quotes, backslashes and control characters escaped. */
function literal(value: string): string {
  const escaped = value
    .toWellFormed()
    .replace(
      /[\\"\p{Cc}]/gu,
      (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    );
  return `"${escaped}"`;
}

function checkedIri(iri: string, option: string): string {
  if (!ABSOLUTE_IRI.test(iri)) {
    throw new SomkbError(
      'USAGE',
      `${option} ${JSON.stringify(iri)} is not an absolute IRI usable in Turtle`,
      {
        where: option,
      },
    );
  }
  return iri;
}

function labelList(map: LabelListMap): string[] {
  return LABEL_LANGUAGES.flatMap((language) =>
    (map[language] ?? []).map((label) => `${literal(label)}@${language}`),
  );
}

/** The words of the editorial note on own renderings, before the list of labels. */
const OWN_RENDERING_NOTE = 'Own rendering, not official terminology';

/**
 * The editorial note that says which preferred labels are the team's own rendering, not official
 * terminology (`Own rendering, not official terminology: prefLabel@fr, prefLabel@ar`); none when all are official.
 */
function ownRenderingNote(concept: Concept): string[] {
  const own = concept.ownRendering ?? [];
  if (own.length === 0) return [];
  const labels = own.map((language) => `prefLabel@${language}`).join(', ');
  return [`${literal(`${OWN_RENDERING_NOTE}: ${labels}`)}@en`];
}

function conceptBlock(concept: Concept, conceptIri: (id: string) => string, schemeIri: string): string {
  const properties: [string, string[]][] = [
    ['skos:inScheme', [`<${schemeIri}>`]],
    [
      'skos:prefLabel',
      LABEL_LANGUAGES.flatMap((language) => {
        const label = concept.prefLabel[language];
        return label === undefined ? [] : [`${literal(label)}@${language}`];
      }),
    ],
    ['skos:altLabel', labelList(concept.altLabel)],
    ['skos:hiddenLabel', labelList(concept.hiddenLabel)],
    ['skos:broader', concept.broader.map(conceptIri)],
    ['skos:related', concept.related.map(conceptIri)],
    ['skos:scopeNote', concept.scopeNote === undefined ? [] : [`${literal(concept.scopeNote)}@en`]],
    ['skos:editorialNote', ownRenderingNote(concept)],
  ];
  const lines = properties
    .filter(([, values]) => values.length > 0)
    .map(([property, values]) => `    ${property} ${values.join(', ')}`);
  return `${conceptIri(concept.id)} a skos:Concept ;\n${lines.join(' ;\n')} .\n`;
}

/**
 * The thesaurus as SKOS in Turtle: one `skos:ConceptScheme` (with its version and its top concepts,
 * those without a broader one), then each concept as a `skos:Concept` in that scheme with its
 * preferred, alternative and hidden labels (language-tagged), broader and related concepts (related
 * on both sides) and scope note, and a `skos:editorialNote` naming the preferred labels that are the
 * team's own rendering rather than official terminology. Throws `USAGE` for an IRI option that is not an absolute IRI.
 */
export function renderSkosTurtle(thesaurus: Thesaurus, options: SkosOptions = {}): string {
  const baseIri = checkedIri(options.baseIri ?? DEFAULT_BASE_IRI, 'baseIri');
  const schemeIri = checkedIri(options.schemeIri ?? DEFAULT_SCHEME_IRI, 'schemeIri');
  const conceptIri = (id: string): string => `<${baseIri}${id}>`;
  const top = thesaurus.concepts
    .filter((concept) => concept.broader.length === 0)
    .map((c) => conceptIri(c.id));
  const scheme = [
    `<${schemeIri}> a skos:ConceptScheme ;`,
    `    skos:prefLabel ${literal('somkb thesaurus of the smuggling of migrants')}@en ;`,
    `    owl:versionInfo ${literal(thesaurus.version)}${top.length > 0 ? ' ;' : ' .'}`,
    ...(top.length > 0 ? [`    skos:hasTopConcept\n        ${top.join(',\n        ')} .`] : []),
  ].join('\n');
  return [
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    '@prefix owl: <http://www.w3.org/2002/07/owl#> .',
    '',
    `${scheme}\n`,
    ...thesaurus.concepts.map((concept) => conceptBlock(concept, conceptIri, schemeIri)),
  ].join('\n');
}
