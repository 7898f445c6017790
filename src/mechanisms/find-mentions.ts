import type { Catalog } from '../domain/index.js';
import type { Mechanism, MechanismDirectory, MechanismMention } from './mechanism-types.js';

/** A match of one printed form in one text, before overlaps are resolved. */
interface Match {
  readonly mechanism: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every occurrence of every printed form in `text`, in directory order then by position. */
function allMatches(directory: MechanismDirectory, text: string): Match[] {
  const matches: Match[] = [];
  for (const mechanism of directory.mechanisms) {
    for (const form of mechanism.printed) {
      if (form.length === 0) continue;
      for (let start = text.indexOf(form); start !== -1; start = text.indexOf(form, start + 1)) {
        matches.push({ mechanism: mechanism.id, start, end: start + form.length, text: form });
      }
    }
  }
  return matches;
}

/**
 * Drops every match that lies inside another (longer, or identical and earlier in the directory),
 * and returns the rest by position. Matches that only partly overlap are both kept.
 */
function outermostMatches(matches: readonly Match[]): Match[] {
  const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  let furthestEnd = -1;
  for (const match of ordered) {
    if (match.end <= furthestEnd) continue;
    kept.push(match);
    furthestEnd = match.end;
  }
  return kept;
}

/**
 * Finds every occurrence of a mechanism's printed form in the catalog: in each paragraph's own text
 * and in each of its lettered items, with offsets into that text (see {@link MechanismMention}).
 * Matching is exact (no folding). When printed forms overlap so that one match lies inside a longer
 * one (a short form inside a long name, or one mechanism's name inside another's), only the longer
 * counts; matches that merely overlap are both reported. Sorted by paragraph number, then the
 * paragraph's own text before its items in item order, then offset. Pure.
 */
export function findMechanismMentions(directory: MechanismDirectory, catalog: Catalog): MechanismMention[] {
  const mentions: MechanismMention[] = [];
  const paragraphs = [...catalog.paragraphs].sort((a, b) => a.number - b.number);
  for (const paragraph of paragraphs) {
    const texts = [
      { item: null, text: paragraph.text },
      ...paragraph.items.map((item) => ({ item: item.label, text: item.text })),
    ];
    for (const { item, text } of texts) {
      for (const match of outermostMatches(allMatches(directory, text))) {
        mentions.push({ ...match, paragraph: paragraph.number, item });
      }
    }
  }
  return mentions;
}

/**
 * For each mechanism of the directory, in directory order, the numbers of the paragraphs (with
 * their items) that mention it, ascending and without repeats; empty when none does. Mentions of
 * ids that are not in the directory are ignored. Pure.
 */
export function mechanismParagraphs(
  directory: MechanismDirectory,
  mentions: readonly MechanismMention[],
): { mechanism: Mechanism; paragraphs: number[] }[] {
  const paragraphsById = new Map<string, Set<number>>();
  for (const mention of mentions) {
    let paragraphs = paragraphsById.get(mention.mechanism);
    if (paragraphs === undefined) {
      paragraphs = new Set();
      paragraphsById.set(mention.mechanism, paragraphs);
    }
    paragraphs.add(mention.paragraph);
  }
  return directory.mechanisms.map((mechanism) => ({
    mechanism,
    paragraphs: [...(paragraphsById.get(mechanism.id) ?? [])].sort((a, b) => a - b),
  }));
}
