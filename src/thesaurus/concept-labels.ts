import type { ChosenLabel, Language } from '../domain/index.js';
import { chooseLabel } from '../domain/index.js';
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

const labelIndexes = new WeakMap<object, Map<string, ReadonlyMap<string, Concept>>>();

/**
 * {@link labelKey} → concept for the labels of `language` (hidden ones too unless `hidden` is false),
 * built once per thesaurus (or list of concepts): a preferred label wins over an alternative one,
 * which wins over a hidden one. Internal to the module.
 */
export function conceptsByLabelKey(
  thesaurus: Pick<Thesaurus, 'concepts'>,
  language: Language,
  hidden: boolean,
): ReadonlyMap<string, Concept> {
  const cache = labelIndexes.get(thesaurus) ?? new Map<string, ReadonlyMap<string, Concept>>();
  labelIndexes.set(thesaurus, cache);
  const name = `${language}:${String(hidden)}`;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const byKey = new Map<string, Concept>();
  const put = (labels: readonly string[], concept: Concept): void => {
    for (const label of labels) {
      const key = labelKey(label);
      if (!byKey.has(key)) byKey.set(key, concept);
    }
  };
  for (const concept of thesaurus.concepts) {
    const pref = concept.prefLabel[language];
    if (pref !== undefined) put([pref], concept);
  }
  for (const concept of thesaurus.concepts) put(listOf(concept.altLabel, language), concept);
  if (hidden) for (const concept of thesaurus.concepts) put(listOf(concept.hiddenLabel, language), concept);
  cache.set(name, byKey);
  return byKey;
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
  return conceptsByLabelKey(thesaurus, language, true).get(labelKey(label));
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

/**
 * The preferred label of a concept for a reader of `reader`, by the one fallback of
 * `chooseLabel` (the reader's language, then English, then Chinese), saying whether it is the team's
 * own rendering. A parsed concept always has a Chinese and an English label, so there is always one.
 */
export function conceptPrefLabel(concept: Concept, reader: Language): ChosenLabel {
  return (
    chooseLabel(concept.prefLabel, reader, concept.ownRendering ?? []) ?? {
      text: concept.id,
      language: 'en',
      ownRendering: false,
    }
  );
}
