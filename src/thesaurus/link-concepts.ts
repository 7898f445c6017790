import type { Catalog, Language } from '../domain/index.js';
import { conceptLabels, conceptsByLabelKey, labelKey, textMatchKey } from './concept-labels.js';
import type { Concept, ConceptLink, Thesaurus } from './thesaurus-types.js';

/** A key topic of a catalog and the concept it resolves to. */
export interface KeyTopicConcept {
  /** The key topic as printed. */
  readonly topic: string;
  /** The concept whose preferred or alternative label (in the catalog's language) it is; undefined when none. */
  readonly concept: Concept | undefined;
}

/**
 * The one way a key topic as printed names a concept: the concept one of whose preferred or
 * alternative labels (not hidden ones) in the catalog's language equals it after {@link labelKey}, a
 * preferred label winning over an alternative one of another concept, and the first concept in
 * thesaurus order among equals. What {@link linkConcepts} lists themes by, so that the concept of a
 * theme's key topic always lists that theme. Built once per list of concepts and language.
 */
export function keyTopicResolver(
  thesaurus: Pick<Thesaurus, 'concepts'>,
  catalogLanguage: Language,
): (topic: string) => Concept | undefined {
  const byKey = conceptsByLabelKey(thesaurus, catalogLanguage, false);
  return (topic) => byKey.get(labelKey(topic));
}

/** The concept a key topic of `catalog` names (see {@link keyTopicResolver}). */
function topicResolver(thesaurus: Thesaurus, catalog: Catalog): (topic: string) => Concept | undefined {
  return keyTopicResolver(thesaurus, catalog.language);
}

/**
 * Every distinct key topic of the catalog, in the order the themes first list it, with the concept
 * it resolves to: the concept one of whose preferred or alternative labels in the catalog's language
 * equals it (compared as {@link findConceptByLabel} does). A topic without a concept is a gap in the
 * thesaurus.
 */
export function keyTopicConcepts(thesaurus: Thesaurus, catalog: Catalog): KeyTopicConcept[] {
  const resolve = topicResolver(thesaurus, catalog);
  const seen = new Set<string>();
  const topics: KeyTopicConcept[] = [];
  for (const theme of catalog.themes) {
    for (const topic of theme.keyTopics) {
      if (seen.has(topic)) continue;
      seen.add(topic);
      topics.push({ topic, concept: resolve(topic) });
    }
  }
  return topics;
}

/**
 * A node of the trie of label keys, by UTF-16 code unit (a substring match is a code-unit match):
 * the next code units, and the concepts whose label ends here.
 */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  readonly concepts: number[];
}

const tries = new WeakMap<Thesaurus, Map<Language, TrieNode>>();

/** The trie of every label key of every concept (by index in the thesaurus) in `language`; built once. */
function labelTrie(thesaurus: Thesaurus, language: Language): TrieNode {
  const byLanguage = tries.get(thesaurus) ?? new Map<Language, TrieNode>();
  tries.set(thesaurus, byLanguage);
  const cached = byLanguage.get(language);
  if (cached !== undefined) return cached;
  const root: TrieNode = { next: new Map(), concepts: [] };
  thesaurus.concepts.forEach((concept, index) => {
    for (const label of conceptLabels(concept, language)) {
      const key = textMatchKey(label);
      let node = root;
      for (let at = 0; at < key.length; at++) {
        const unit = key.charCodeAt(at);
        let child = node.next.get(unit);
        if (child === undefined) node.next.set(unit, (child = { next: new Map(), concepts: [] }));
        node = child;
      }
      if (node !== root && !node.concepts.includes(index)) node.concepts.push(index);
    }
  });
  byLanguage.set(language, root);
  return root;
}

/** Adds to `found` the concepts one of whose label keys occurs in `text`: a walk of the trie from each position. */
function collectConcepts(text: string, root: TrieNode, found: Set<number>): void {
  for (let start = 0; start < text.length; start++) {
    let node = root.next.get(text.charCodeAt(start));
    for (let at = start + 1; node !== undefined; at++) {
      for (const index of node.concepts) found.add(index);
      if (at >= text.length) break;
      node = node.next.get(text.charCodeAt(at));
    }
  }
}

/**
 * Where a catalog treats each concept, in thesaurus order (one entry per concept): the paragraphs
 * whose text or one of whose items contains one of its labels in the catalog's language (preferred,
 * alternative and hidden; compared after NFKC, lower case and removal of white space), wherever the
 * paragraph stands, and the themes that list it as a key topic. Plain substring search: a label is
 * found inside longer words too (路线 in 偷运路线). One pass over each paragraph, whatever the number
 * of labels.
 */
export function linkConcepts(thesaurus: Thesaurus, catalog: Catalog): ConceptLink[] {
  const resolve = topicResolver(thesaurus, catalog);
  const themesOf = new Map<string, string[]>();
  for (const theme of catalog.themes) {
    for (const topic of theme.keyTopics) {
      const concept = resolve(topic);
      if (concept === undefined) continue;
      const themes = themesOf.get(concept.id) ?? [];
      if (!themes.includes(theme.id)) themes.push(theme.id);
      themesOf.set(concept.id, themes);
    }
  }
  const root = labelTrie(thesaurus, catalog.language);
  const paragraphsOf = thesaurus.concepts.map(() => new Set<number>());
  const found = new Set<number>();
  for (const paragraph of catalog.paragraphs) {
    found.clear();
    for (const text of [paragraph.text, ...paragraph.items.map((item) => item.text)]) {
      collectConcepts(textMatchKey(text), root, found);
    }
    for (const index of found) paragraphsOf[index]?.add(paragraph.number);
  }
  return thesaurus.concepts.map((concept, index) => ({
    concept: concept.id,
    paragraphs: [...(paragraphsOf[index] ?? [])].sort((a, b) => a - b),
    themes: themesOf.get(concept.id) ?? [],
  }));
}
