import type { Catalog } from '../domain/index.js';
import { keyTopicResolver } from './link-concepts.js';
import type { Concept, Thesaurus } from './thesaurus-types.js';

/**
 * How a key topic of a language version meets its concept: `label` when the topic is a preferred or
 * alternative label of the concept in its language (compared folded); `position` when it is not, and
 * the concept comes from the Chinese topic at the same place of the same theme (a new label the
 * thesaurus can take); `none` when neither gives a concept.
 */
export type KeyTopicMatch = 'label' | 'position' | 'none';

/** One key topic of a theme of a language version, aligned with the Chinese one at its place. */
export interface AlignedKeyTopic {
  /** The theme's id (`theme-3`), the same in every language version. */
  readonly theme: string;
  /** Its place in the theme's list, from 1. */
  readonly position: number;
  /** The topic as printed in the version's language. */
  readonly topic: string;
  /** The Chinese topic at the same place, or undefined when there is none (or no Chinese version). */
  readonly referenceTopic: string | undefined;
  /** The concept it stands for: the Chinese topic's when it has one, else its own label's. */
  readonly concept: Concept | undefined;
  readonly match: KeyTopicMatch;
  /**
   * The concept whose label the topic is, when that is another concept than the Chinese topic's
   * (the version says something else at that place); undefined otherwise.
   */
  readonly labelConcept: Concept | undefined;
}

/**
 * The key topics of `catalog`, theme by theme and in order, each aligned by position with the key
 * topic at the same place of the same theme of `reference` (the Chinese version; omitted for the
 * Chinese version itself, whose topics meet their concepts by label). A topic's concept is the Chinese
 * topic's concept, so that every language version links its topics to the same concepts and search
 * across languages works even for a topic whose wording the thesaurus does not hold yet; whether the
 * topic is also one of that concept's labels in its language is `match`. Pure.
 */
export function alignKeyTopics(
  thesaurus: Pick<Thesaurus, 'concepts'>,
  catalog: Catalog,
  reference?: Catalog,
): AlignedKeyTopic[] {
  const resolveOwn = keyTopicResolver(thesaurus, catalog.language);
  const resolveReference =
    reference === undefined ? undefined : keyTopicResolver(thesaurus, reference.language);
  const referenceThemes = new Map((reference?.themes ?? []).map((theme) => [theme.id, theme]));
  return catalog.themes.flatMap((theme) =>
    theme.keyTopics.map((topic, index): AlignedKeyTopic => {
      const referenceTopic = referenceThemes.get(theme.id)?.keyTopics[index];
      const own = resolveOwn(topic);
      const fromReference =
        referenceTopic === undefined || resolveReference === undefined
          ? undefined
          : resolveReference(referenceTopic);
      const concept = fromReference ?? own;
      const match: KeyTopicMatch =
        concept === undefined ? 'none' : own?.id === concept.id ? 'label' : 'position';
      return {
        theme: theme.id,
        position: index + 1,
        topic,
        referenceTopic,
        concept,
        match,
        labelConcept: own !== undefined && own.id !== concept?.id ? own : undefined,
      };
    }),
  );
}
