/**
 * The citation reader of the UN languages written with words (en, fr, es, ru, ar): the names of the
 * instruments in the language (`instruments.ts`), its short forms and its citation grammar
 * (`un-citation-grammar.ts` over `citation-lexicons.ts`). Pure.
 */
import { standsAsWholeWords } from '../analysis/index.js';
import type { ParsedCitation } from './citation-grammar.js';
import type { CitationLexicon } from './citation-lexicons.js';
import { CITATION_LEXICONS } from './citation-lexicons.js';
import type { CitationReader, Naming } from './citation-reader.js';
import type { InstrumentId, InstrumentKind, WordLanguage } from './instruments.js';
import { INSTRUMENTS, instrumentNames } from './instruments.js';
import { findWordCitations, foldWordText } from './un-citation-grammar.js';

/** A sentence ends at `.`, `!`, `?`, `؟` or `;` before a space or the end, or at a line break. */
const SENTENCE_END = /[.!?؟;](?=\s|$)|\n/u;

/** How far after a resolution number a body issuing it may be named (`resolution 55/25 of the General Assembly`). */
const BODY_AFTER_RESOLUTION = 60;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A Russian word in any case (`Протокола`, `дополняющего Конвенцию`): a word of four letters or more
 * with lower-case letters, its stem without the vowel ending, then up to three letters; shorter words
 * (prepositions) as written.
 */
function russianInflected(word: string): string {
  const stem = word.replace(/[аяоеийыь]+$/u, '');
  if (word.length < 4 || stem.length < 3 || !/\p{Ll}/u.test(word)) return escapeRegExp(word);
  return `${escapeRegExp(stem)}[а-яё]{0,3}`;
}

/**
 * The pattern of one name of an instrument: white space as any run of it, a comma optional, the
 * apostrophe folded; in Russian its words in any case; an Arabic name starting with `ال` also after
 * the clitic `ل`, written `لل`. Whole words are checked by `standsAsWholeWords` (analysis) (no Unicode classes
 * here: dozens of such patterns would take seconds to compile).
 */
function namePattern(name: string, language: WordLanguage): RegExp {
  const folded = foldWordText(name);
  const parts = folded
    .split(/\s+/u)
    .map((part) =>
      language === 'ru'
        ? russianInflected(part.replace(/,$/u, '')) + (part.endsWith(',') ? ',?' : '')
        : escapeRegExp(part).replace(/,$/u, ',?'),
    );
  let body = parts.join(String.raw`\s+`);
  if (language === 'ar' && folded.startsWith('ال')) body = `(?:ال|(?<=ل)ل)${body.slice(2)}`;
  return new RegExp(body, 'giu');
}

interface NamePattern {
  readonly instrument: InstrumentId;
  readonly kind: InstrumentKind;
  readonly pattern: RegExp;
  readonly length: number;
}

/** Every name of every known instrument in `language`, longest first. */
function namePatterns(language: WordLanguage): NamePattern[] {
  return INSTRUMENTS.flatMap((info) =>
    instrumentNames(info, language).map((name) => ({
      instrument: info.id,
      kind: info.kind,
      pattern: namePattern(name, language),
      length: name.length,
    })),
  ).sort((a, b) => b.length - a.length);
}

function overlaps(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && start < range.end);
}

/** The reader of one word language, its patterns compiled once. */
function makeReader(lexicon: CitationLexicon): CitationReader {
  const names = namePatterns(lexicon.language);
  const shortForm = new RegExp(String.raw`(?<![\p{L}\p{N}])${lexicon.shortForm}(?![\p{L}\p{N}])`, 'gu');
  const otherTitleAfter = new RegExp(lexicon.otherTitleAfter, 'u');
  const otherTitleBefore = new RegExp(lexicon.otherTitleBefore, 'u');
  const bodyBefore = new RegExp(lexicon.bodyBefore, 'u');
  const instrumentLink = new RegExp(`^(?:${lexicon.instrumentLink})$`, 'iu');
  const joined = new RegExp(`^(?:${lexicon.joined})$`, 'iu');
  const otherBodies = new RegExp(lexicon.otherResolutionBodies, 'giu');
  const cop = new RegExp(lexicon.conferenceOfParties, 'giu');
  const otherBodyAfter = new RegExp(
    String.raw`^\s*(?:,\s*)?(?:${lexicon.of}|${lexicon.instrumentLink})?\s*(?:the\s+|la\s+|l'|el\s+)?(?:${lexicon.otherResolutionBodies})`,
    'iu',
  );

  function findNamings(folded: string): Naming[] {
    const namings: Naming[] = [];
    const blocked: { start: number; end: number }[] = [];
    const add = (
      start: number,
      end: number,
      form: Naming['form'],
      kind: InstrumentKind,
      instrument: InstrumentId | null,
    ): void => {
      namings.push({ start, end, form, kind, instrument, carries: false });
    };
    for (const name of names) {
      for (const found of folded.matchAll(name.pattern)) {
        const start = found.index;
        const end = start + found[0].length;
        if (!standsAsWholeWords(folded, start, end, lexicon.language)) continue;
        if (overlaps(namings, start, end) || overlaps(blocked, start, end)) continue;
        if (bodyBefore.test(folded.slice(Math.max(0, start - 60), start))) {
          blocked.push({ start, end });
          continue;
        }
        add(start, end, 'known', name.kind, name.instrument);
      }
    }
    for (const found of folded.matchAll(shortForm)) {
      const start = found.index;
      const end = start + found[0].length;
      if (overlaps(namings, start, end) || overlaps(blocked, start, end)) continue;
      const before = folded.slice(Math.max(0, start - 60), start);
      if (bodyBefore.test(before)) continue;
      const kind = lexicon.shortFormKind(found[1] ?? '');
      const other = otherTitleAfter.test(folded.slice(end, end + 40)) || otherTitleBefore.test(before);
      add(start, end, other ? 'unknown' : 'short', kind, null);
    }
    return namings.sort((a, b) => a.start - b.start);
  }

  function resolutionIsCop(folded: string, start: number, end: number): boolean {
    if (otherBodyAfter.test(folded.slice(end, end + BODY_AFTER_RESOLUTION))) return false;
    const within = folded.slice(start, end);
    if (within.search(otherBodies) !== -1 && within.search(cop) === -1) return false;
    let sentenceStart = start;
    while (sentenceStart > 0 && !SENTENCE_END.test(folded.slice(sentenceStart - 1, sentenceStart + 1))) {
      sentenceStart -= 1;
    }
    const before = folded.slice(sentenceStart, start);
    const lastOf = (pattern: RegExp): number => {
      let last = -1;
      for (const found of before.matchAll(pattern)) last = found.index;
      return last;
    };
    const other = lastOf(otherBodies);
    return other === -1 || lastOf(cop) > other;
  }

  function namingsAfter(
    folded: string,
    citations: readonly ParsedCitation[],
    namings: readonly Naming[],
  ): (Naming | undefined)[] {
    const after: (Naming | undefined)[] = citations.map((citation) => {
      const next = namings.find((naming) => naming.start >= citation.end);
      if (next === undefined) return undefined;
      return instrumentLink.test(folded.slice(citation.end, next.start)) ? next : undefined;
    });
    for (let index = citations.length - 2; index >= 0; index -= 1) {
      const citation = citations[index];
      const next = citations[index + 1];
      if (citation === undefined || next === undefined || after[index] !== undefined) continue;
      if (citation.kind !== 'article' || next.kind !== 'article') continue;
      if (joined.test(folded.slice(citation.end, next.start))) after[index] = after[index + 1];
    }
    return after;
  }

  return {
    fold: foldWordText,
    findNamings,
    findCitations: (folded) => findWordCitations(folded, lexicon),
    endsSentence: (folded, from, to) => SENTENCE_END.test(folded.slice(from, to)),
    resolutionIsCop,
    namingsAfter,
  };
}

const readers = new Map<WordLanguage, CitationReader>();

/** The citation reader of `language` (not Chinese), built once. */
export function wordCitationReader(language: WordLanguage): CitationReader {
  let reader = readers.get(language);
  if (reader === undefined) {
    reader = makeReader(CITATION_LEXICONS[language]);
    readers.set(language, reader);
  }
  return reader;
}
