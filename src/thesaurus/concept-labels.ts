import type { Language } from '../domain/index.js';
import type { Concept, LabelListMap, Thesaurus } from './thesaurus-types.js';

const WHITE_SPACE = /\s+/gu;
const TITLE_MARKS = /[《》]/g;

/**
 * The form in which a label is compared with a text: NFKC (full-width forms to their usual forms),
 * lower case, white space removed, so that `（SHERLOC 平台）` in a text meets the label `(SHERLOC平台)`.
 */
export function textMatchKey(text: string): string {
  return text.toWellFormed().normalize('NFKC').toLowerCase().replace(WHITE_SPACE, '');
}

/**
 * The form in which two labels are compared with each other (lookup, uniqueness): the
 * {@link textMatchKey} without the title marks 《》, so that 打击偷运移民议定书 finds
 * 《打击偷运移民议定书》.
 */
export function labelKey(label: string): string {
  return textMatchKey(label).replace(TITLE_MARKS, '');
}

function listOf(map: LabelListMap, language: Language): readonly string[] {
  return map[language] ?? [];
}

/** Options of {@link conceptLabels}. */
export interface ConceptLabelsOptions {
  /** Include the hidden labels (everyday words); default true. */
  readonly hidden?: boolean;
}

/**
 * The labels of a concept in one language: the preferred label, the alternative labels and (unless
 * `hidden` is false) the hidden labels, in that order, without repeats. Empty when it has none in
 * that language.
 */
export function conceptLabels(
  concept: Concept,
  language: Language,
  options: ConceptLabelsOptions = {},
): string[] {
  const pref = concept.prefLabel[language];
  const labels = [
    ...(pref === undefined ? [] : [pref]),
    ...listOf(concept.altLabel, language),
    ...(options.hidden === false ? [] : listOf(concept.hiddenLabel, language)),
  ];
  return [...new Set(labels)];
}

type LabelIndex = ReadonlyMap<Language, ReadonlyMap<string, Concept>>;

const labelIndexes = new WeakMap<Thesaurus, LabelIndex>();

/** Label key → concept per language; a preferred label wins over an alternative, which wins over a hidden one. */
function labelIndexOf(thesaurus: Thesaurus): LabelIndex {
  const cached = labelIndexes.get(thesaurus);
  if (cached !== undefined) return cached;
  const index = new Map<Language, Map<string, Concept>>();
  const put = (language: Language, label: string, concept: Concept): void => {
    let byKey = index.get(language);
    if (byKey === undefined) index.set(language, (byKey = new Map<string, Concept>()));
    const key = labelKey(label);
    if (!byKey.has(key)) byKey.set(key, concept);
  };
  for (const concept of thesaurus.concepts) {
    for (const [language, label] of Object.entries(concept.prefLabel) as [Language, string][]) {
      put(language, label, concept);
    }
  }
  for (const field of ['altLabel', 'hiddenLabel'] as const) {
    for (const concept of thesaurus.concepts) {
      for (const [language, labels] of Object.entries(concept[field]) as [Language, readonly string[]][]) {
        for (const label of labels) put(language, label, concept);
      }
    }
  }
  labelIndexes.set(thesaurus, index);
  return index;
}

/**
 * The concept that has `label` as one of its labels (preferred, alternative or hidden) in `language`,
 * comparing after NFKC, lower case and removal of white space and of the title marks 《》;
 * undefined when none has.
 */
export function findConceptByLabel(
  thesaurus: Thesaurus,
  language: Language,
  label: string,
): Concept | undefined {
  return labelIndexOf(thesaurus).get(language)?.get(labelKey(label));
}

/**
 * Words for the Chinese segmenter's user dictionary: every Chinese label of every concept
 * (preferred, alternative and hidden), and a label written with 《》 also without them, in thesaurus
 * order and without repeats.
 */
export function thesaurusUserWords(thesaurus: Thesaurus): string[] {
  const words = new Set<string>();
  for (const concept of thesaurus.concepts) {
    for (const label of conceptLabels(concept, 'zh')) {
      words.add(label);
      const bare = label.replace(TITLE_MARKS, '').trim();
      if (bare !== '') words.add(bare);
    }
  }
  return [...words];
}
