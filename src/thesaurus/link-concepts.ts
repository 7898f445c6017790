import type { Analyzer } from '../analysis/index.js';
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

/** Options of {@link linkConcepts}. */
export interface LinkConceptsOptions {
  /**
   * The analyzer search uses for the catalog's language (with the same user words), or a function
   * that makes it, called only when rule 4 of {@link linkConcepts} is needed (a segmenter with its
   * dictionary takes a good part of a second to make). Without it, rule 4 does not apply.
   */
  readonly analyzer?: Analyzer | (() => Analyzer);
}

/** The paragraphs (by number) that hold each index token of their text and items. */
function paragraphsByToken(catalog: Catalog, analyzer: Analyzer): Map<string, Set<number>> {
  const byToken = new Map<string, Set<number>>();
  for (const paragraph of catalog.paragraphs) {
    for (const text of [paragraph.text, ...paragraph.items.map((item) => item.text)]) {
      for (const token of analyzer.indexTokens(text)) {
        let numbers = byToken.get(token);
        if (numbers === undefined) byToken.set(token, (numbers = new Set()));
        numbers.add(paragraph.number);
      }
    }
  }
  return byToken;
}

/**
 * The paragraphs whose words include every word of `label`, as search reads a query: each query
 * token of the label is met by that token, or by all the finer tokens it is made of (严重偷运 by 严重
 * and 偷运), anywhere in the paragraph.
 */
function paragraphsWithWords(
  label: string,
  analyzer: Analyzer,
  byToken: ReadonlyMap<string, ReadonlySet<number>>,
): Set<number> {
  let found: Set<number> | undefined;
  for (const token of analyzer.queryTokens(label)) {
    const met = new Set(byToken.get(token) ?? []);
    const parts = [...new Set(analyzer.indexTokens(token))].filter((part) => part !== token);
    if (parts.length > 0) {
      let all: Set<number> | undefined;
      for (const part of parts) {
        const holding = byToken.get(part) ?? new Set<number>();
        all = all === undefined ? new Set(holding) : new Set([...all].filter((n) => holding.has(n)));
      }
      for (const number of all ?? []) met.add(number);
    }
    found = found === undefined ? met : new Set([...found].filter((number) => met.has(number)));
    if (found.size === 0) break;
  }
  return found ?? new Set();
}

/**
 * Adds to each concept the paragraphs of its narrower concepts, at any depth (what treats 孤身儿童
 * treats 孤身儿童和离散儿童): a concept's set ends as the union of its own and its descendants'.
 */
function addNarrower(thesaurus: Thesaurus, paragraphsOf: readonly Set<number>[]): void {
  const indexOf = new Map(thesaurus.concepts.map((concept, index) => [concept.id, index]));
  thesaurus.concepts.forEach((concept, index) => {
    const own = paragraphsOf[index];
    if (own === undefined || own.size === 0) return;
    const seen = new Set<string>();
    const pending = [...concept.broader];
    while (pending.length > 0) {
      const id = pending.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const broader = indexOf.get(id);
      if (broader === undefined) continue;
      for (const number of own) paragraphsOf[broader]?.add(number);
      pending.push(...(thesaurus.concepts[broader]?.broader ?? []));
    }
  });
}

/** The paragraphs of each theme, by theme id. */
function paragraphsOfThemes(catalog: Catalog): Map<string, number[]> {
  const byTheme = new Map<string, number[]>();
  for (const paragraph of catalog.paragraphs) {
    if (paragraph.theme === null) continue;
    byTheme.set(paragraph.theme, [...(byTheme.get(paragraph.theme) ?? []), paragraph.number]);
  }
  return byTheme;
}

/**
 * Where a catalog names each concept, in thesaurus order (one entry per concept): the paragraphs
 * whose text or one of whose items contains one of its labels in the catalog's language (preferred,
 * alternative and hidden; compared after NFKC, lower case and removal of white space), wherever the
 * paragraph stands, and the themes that list it as a key topic. Plain substring search: a label is
 * found inside longer words too (路线 in 偷运路线). One pass over each paragraph, whatever the number
 * of labels. What {@link linkTreatedConcepts} starts from.
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

/**
 * Where a catalog treats each concept, in thesaurus order (one entry per concept): the one rule the
 * portal's topic pages, the API's and the exports' `concepts[].paragraphs` and the briefing packs
 * follow. For every concept, a paragraph treats it when
 *
 * 1. it names it: {@link linkConcepts} (one of its labels in the paragraph's text or items);
 * 2. or it names a narrower concept of it (`broader` in the thesaurus, at any depth): 孤身儿童 is
 *    narrower than 孤身儿童和离散儿童, so what treats unaccompanied children treats the key topic.
 *
 * A key topic (a concept that a theme of the catalog lists) is also treated by
 *
 * 3. the paragraphs of a paper under a theme that lists it whose subject names the topic or a
 *    narrower concept (rule 1 on the subject): the summary of the paper on 孤身儿童 under the theme
 *    that lists 孤身儿童和离散儿童 treats that topic in each of its paragraphs;
 *
 * and, only when rules 1–3 find no paragraph for it, by the nearest evidence there is:
 *
 * 4. (with `options.analyzer`) the paragraphs whose words include every word of one of its labels,
 *    as search reads a query (加重偷运 is met by 加重 … 偷运): what a search for the label finds in
 *    the paragraphs' text, without thesaurus expansion (no related concept counts);
 * 5. else the paragraphs of the themes that list it: the summary says their papers treat it and
 *    names it nowhere closer.
 *
 * A concept that no theme lists but that is the name of a theme (危机的影响, the theme, is a concept
 * too), and that rules 1–2 find nowhere, is treated by that theme's paragraphs: they are what the
 * theme is about.
 *
 * Every key topic and every theme's concept thus has a paragraph as long as its themes have one. The
 * themes are those of {@link linkConcepts}.
 */
export function linkTreatedConcepts(
  thesaurus: Thesaurus,
  catalog: Catalog,
  options: LinkConceptsOptions = {},
): ConceptLink[] {
  const named = linkConcepts(thesaurus, catalog);
  const themesOf = new Map(named.map((link) => [link.concept, link.themes]));
  const paragraphsOf = named.map((link) => new Set(link.paragraphs));
  const root = labelTrie(thesaurus, catalog.language);
  const found = new Set<number>();
  addNarrower(thesaurus, paragraphsOf);

  // Rule 3: the paragraphs of the papers whose subject names each concept (or a narrower one).
  const bySubject = thesaurus.concepts.map(() => new Set<number>());
  for (const paper of catalog.papers) {
    found.clear();
    collectConcepts(textMatchKey(paper.subject), root, found);
    for (const index of found) for (const number of paper.paragraphs) bySubject[index]?.add(number);
  }
  addNarrower(thesaurus, bySubject);
  const themeOfParagraph = new Map(
    catalog.paragraphs.map((paragraph) => [paragraph.number, paragraph.theme]),
  );
  const themeParagraphs = paragraphsOfThemes(catalog);
  const resolve = topicResolver(thesaurus, catalog);
  const namedThemes = new Map<string, string[]>();
  for (const theme of catalog.themes) {
    const concept = resolve(theme.name);
    if (concept !== undefined)
      namedThemes.set(concept.id, [...(namedThemes.get(concept.id) ?? []), theme.id]);
  }
  let analyzer: Analyzer | undefined;
  let byToken: Map<string, Set<number>> | undefined;
  thesaurus.concepts.forEach((concept, index) => {
    const themes = themesOf.get(concept.id);
    const own = paragraphsOf[index];
    if (own === undefined) return;
    if (themes === undefined || themes.length === 0) {
      if (own.size > 0) return;
      for (const theme of namedThemes.get(concept.id) ?? [])
        for (const number of themeParagraphs.get(theme) ?? []) own.add(number);
      return;
    }
    for (const number of bySubject[index] ?? []) {
      if (themes.includes(themeOfParagraph.get(number) ?? '')) own.add(number);
    }
    if (own.size === 0 && options.analyzer !== undefined) {
      analyzer ??= typeof options.analyzer === 'function' ? options.analyzer() : options.analyzer;
      byToken ??= paragraphsByToken(catalog, analyzer);
      for (const label of conceptLabels(concept, catalog.language)) {
        for (const number of paragraphsWithWords(label, analyzer, byToken)) own.add(number);
      }
    }
    if (own.size === 0) {
      for (const theme of themes) for (const number of themeParagraphs.get(theme) ?? []) own.add(number);
    }
  });
  return thesaurus.concepts.map((concept, index) => ({
    concept: concept.id,
    paragraphs: [...(paragraphsOf[index] ?? [])].sort((a, b) => a - b),
    themes: themesOf.get(concept.id) ?? [],
  }));
}
