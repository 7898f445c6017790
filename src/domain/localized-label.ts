import type { Language } from './language.js';

/** The labels of one thing (a concept, an instrument, an article, a region …), for the languages that have one. */
export type LocalizedLabels = Readonly<Partial<Record<Language, string>>>;

/**
 * The languages tried, in order, after the reader's own when a thing has no label in it: English,
 * then Chinese (the catalog's language). The same order everywhere: portal, API, exports, briefs.
 */
export const LABEL_FALLBACK_ORDER: readonly Language[] = ['en', 'zh'];

/** A label chosen for a reader: its text, the language it is in, and whether it is an own rendering. */
export interface ChosenLabel {
  readonly text: string;
  /** The language of `text`: the reader's, or the fallback's when the reader's has no label. */
  readonly language: Language;
  /** True when this label is the project's own rendering rather than official terminology. */
  readonly ownRendering: boolean;
}

/**
 * The label of a thing for a reader of `reader`: the label in the reader's language, else in
 * English, else in Chinese ({@link LABEL_FALLBACK_ORDER}); `undefined` only when it has none of
 * these three, so that a caller falls back to something it can name (never a bare id). `ownRendering`
 * lists the languages whose label is the project's own rendering (default none).
 */
export function chooseLabel(
  labels: LocalizedLabels,
  reader: Language,
  ownRendering: readonly Language[] = [],
): ChosenLabel | undefined {
  for (const language of [reader, ...LABEL_FALLBACK_ORDER]) {
    const text = labels[language];
    if (text !== undefined && text !== '') {
      return { text, language, ownRendering: ownRendering.includes(language) };
    }
  }
  return undefined;
}
