/**
 * What the extraction of references needs from the grammar of a language: how its texts are folded,
 * where they name instruments and cite provisions, where their sentences end, and how a citation
 * finds the instrument named right after it (`article 6 of the Protocol`). One reader per language:
 * Chinese (`extract-references.ts`) and the languages written with words (`word-citation-reader.ts`).
 */
import type { ParsedCitation } from './citation-grammar.js';
import type { InstrumentId, InstrumentKind } from './instruments.js';

/** A naming of an instrument in a unit of text (working state of one extraction). */
export interface Naming {
  readonly start: number;
  readonly end: number;
  /** `known`: a name of a known instrument; `short`: "the Convention", 《公约》 …; `unknown`: another title. */
  readonly form: 'known' | 'short' | 'unknown';
  readonly kind: InstrumentKind;
  /**
   * The instrument it names; null when unknown or when a short form resolves to an unknown title.
   * Set for short forms while extracting (mutable working state, never exported).
   */
  instrument: InstrumentId | null;
  /** True when a citation in the same sentence resolves to it; set while extracting. */
  carries: boolean;
}

/** The grammar of one language, as the extraction of references uses it. */
export interface CitationReader {
  /** `text` folded for matching, with the same length and offsets. */
  fold(text: string): string;
  /** Every naming of an instrument in folded text, in order; short forms unresolved. */
  findNamings(folded: string): Naming[];
  /** Every citation phrase in folded text, in order, none overlapping. */
  findCitations(folded: string): ParsedCitation[];
  /** True when something in `folded` from `from` to `to` ends a sentence. */
  endsSentence(folded: string, from: number, to: number): boolean;
  /** True when the resolutions of the citation from `start` to `end` are the Conference of the Parties'. */
  resolutionIsCop(folded: string, start: number, end: number): boolean;
  /**
   * The naming of the citation's instrument right after it (`of the Protocol`, `Протокола`), or, for
   * a citation joined to the next one (`article 16 and article 19 … of the Protocol`), the next one's;
   * one entry per citation, undefined where none. Chinese names the instrument first: all undefined.
   */
  namingsAfter(
    folded: string,
    citations: readonly ParsedCitation[],
    namings: readonly Naming[],
  ): (Naming | undefined)[];
}
