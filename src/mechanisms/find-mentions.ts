import type { Catalog, Language } from '../domain/index.js';
import { standsAsWholeWords } from '../analysis/index.js';
import type { Mechanism, MechanismDirectory, MechanismMention } from './mechanism-types.js';

/**
 * The forms in which a text in `language` names a mechanism: in Chinese its `printed` forms; in the
 * other languages its name in that language (`en`, or `names`), its abbreviation and its `aliases`
 * there. Without repeats, in that order.
 */
export function mechanismForms(mechanism: Mechanism, language: Language): string[] {
  if (language === 'zh') return [...mechanism.printed];
  const name = language === 'en' ? mechanism.en : mechanism.names?.[language];
  return [
    ...new Set([
      ...(name === undefined ? [] : [name]),
      ...(mechanism.abbreviation === null ? [] : [mechanism.abbreviation]),
      ...(mechanism.aliases?.[language] ?? []),
    ]),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of a form in a language written with words: its words with any white space between
 * them, either apostrophe; case-insensitive unless the form has no lower-case letter (an
 * abbreviation: `SON` is not "son"); in Russian each word of four letters or more in any case
 * (`Рабочей группы`); in Arabic a form starting with `ال` also after the clitic `ل`, written `لل`.
 * Whole words are checked by `standsAsWholeWords` (analysis) (no Unicode classes here: they are slow to compile).
 */
function wordFormPattern(form: string, language: Language): RegExp {
  const words = form.split(/\s+/u).map((word) => {
    const escaped = escapeRegExp(word).replace(/['’]/gu, "['’]");
    if (language !== 'ru' || word.length < 4 || !/\p{Ll}/u.test(word)) return escaped;
    const stem = word.replace(/[аяоеийыь]+$/u, '');
    return `${escapeRegExp(stem)}[а-яё]{0,3}`;
  });
  let body = words.join('\\s+');
  if (language === 'ar' && form.startsWith('ال')) body = `(?:ال|(?<=ل)ل)${body.slice(2)}`;
  return new RegExp(body, /\p{Ll}/u.test(form) ? 'giu' : 'gu');
}

const wordPatterns = new WeakMap<MechanismDirectory, Map<Language, { id: string; pattern: RegExp }[]>>();

/** The patterns of every form of every mechanism in `language` (not Chinese), built once per directory. */
function patternsIn(directory: MechanismDirectory, language: Language): { id: string; pattern: RegExp }[] {
  const byLanguage = wordPatterns.get(directory) ?? new Map<Language, { id: string; pattern: RegExp }[]>();
  wordPatterns.set(directory, byLanguage);
  let patterns = byLanguage.get(language);
  if (patterns === undefined) {
    patterns = directory.mechanisms.flatMap((mechanism) =>
      mechanismForms(mechanism, language).map((form) => ({
        id: mechanism.id,
        pattern: wordFormPattern(form, language),
      })),
    );
    byLanguage.set(language, patterns);
  }
  return patterns;
}

/** A match of one printed form in one text, before overlaps are resolved. */
interface Match {
  readonly mechanism: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every occurrence of every form of the language in `text`, in directory order then by position. */
function allMatches(directory: MechanismDirectory, text: string, language: Language): Match[] {
  const matches: Match[] = [];
  if (language !== 'zh') {
    for (const { id, pattern } of patternsIn(directory, language)) {
      for (const found of text.matchAll(pattern)) {
        if (!standsAsWholeWords(text, found.index, found.index + found[0].length, language)) continue;
        matches.push({
          mechanism: id,
          start: found.index,
          end: found.index + found[0].length,
          text: found[0],
        });
      }
    }
    return matches;
  }
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

/** True when `ancestor` is the parent of `id`, or the parent of its parent, and so on. */
function isAncestor(directory: MechanismDirectory, ancestor: string, id: string): boolean {
  const seen = new Set<string>();
  for (let parent = directory.byId.get(id)?.parent ?? null; parent !== null && !seen.has(parent);) {
    if (parent === ancestor) return true;
    seen.add(parent);
    parent = directory.byId.get(parent)?.parent ?? null;
  }
  return false;
}

/**
 * Drops every match that lies inside another (longer, or identical and earlier in the directory),
 * and returns the rest by position. Matches that only partly overlap are both kept. With
 * `keepParents` (the languages other than Chinese, whose forms are the official names), a match that
 * names a body the outer one belongs to is kept: `INTERPOL colour-coded notices` mentions INTERPOL
 * as Chinese 国际刑警组织的彩色编码通知系统 does; Chinese forms are as printed and never hold their parent's.
 */
function outermostMatches(
  directory: MechanismDirectory,
  matches: readonly Match[],
  keepParents: boolean,
): Match[] {
  const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  let outer: Match | undefined;
  for (const match of ordered) {
    if (outer !== undefined && match.end <= outer.end) {
      if (keepParents && isAncestor(directory, match.mechanism, outer.mechanism)) kept.push(match);
      continue;
    }
    kept.push(match);
    outer = match;
  }
  return kept;
}

/**
 * Finds every occurrence of a mechanism's form in the catalog's language ({@link mechanismForms}) in
 * the catalog: in each paragraph's own text and in each of its lettered items, with offsets into that
 * text (see {@link MechanismMention}). Chinese matching is exact (no folding); the other languages
 * match whole words as {@link wordFormPattern} says. When forms overlap so that one match lies
 * inside a longer one (a short form inside a long name, or one mechanism's name inside another's),
 * only the longer counts (in the languages other than Chinese, an inner match that names a body the
 * outer belongs to counts too); matches that merely overlap are both reported. Sorted by paragraph number, then the
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
      for (const match of outermostMatches(
        directory,
        allMatches(directory, text, catalog.language),
        catalog.language !== 'zh',
      )) {
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
