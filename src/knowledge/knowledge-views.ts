import type { Language } from '../domain/index.js';
import { keyTopicResolver } from '../thesaurus/index.js';
import type { CatalogKnowledge, ConceptEntry } from './catalog-knowledge.js';

const resolvers = new WeakMap<CatalogKnowledge, Map<Language, (topic: string) => ConceptEntry | undefined>>();

/**
 * The concept of a key topic as printed, the one mapping of key topics to concepts (the API's
 * `themes[].concepts`, the portal's key-topic links, the brief page's topics): the concept the
 * knowledge aligned the topic with (in a language version, the Chinese topic's at its place), else
 * the thesaurus' {@link keyTopicResolver} over the knowledge's concepts, so that the concept found for a theme's key
 * topic is always one whose `themes` list that theme. `undefined` for a topic the thesaurus lacks.
 * Built once per knowledge and catalog language.
 */
export function keyTopicConceptResolver(
  knowledge: CatalogKnowledge,
  catalogLanguage: Language,
): (topic: string) => ConceptEntry | undefined {
  const byLanguage =
    resolvers.get(knowledge) ?? new Map<Language, (topic: string) => ConceptEntry | undefined>();
  resolvers.set(knowledge, byLanguage);
  let resolver = byLanguage.get(catalogLanguage);
  if (resolver === undefined) {
    const entries = new Map(knowledge.concepts.map((entry) => [entry.concept.id, entry]));
    const resolve = keyTopicResolver(
      { concepts: knowledge.concepts.map((entry) => entry.concept) },
      catalogLanguage,
    );
    const aligned = new Map<string, string>();
    for (const topic of knowledge.keyTopics ?? []) {
      if (topic.concept !== undefined && !aligned.has(topic.topic))
        aligned.set(topic.topic, topic.concept.id);
    }
    resolver = (topic) => {
      const id = aligned.get(topic) ?? resolve(topic)?.id;
      return id === undefined ? undefined : entries.get(id);
    };
    byLanguage.set(catalogLanguage, resolver);
  }
  return resolver;
}
