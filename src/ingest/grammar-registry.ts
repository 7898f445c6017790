import type { Language } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import {
  arSummaryGrammar,
  enSummaryGrammar,
  esSummaryGrammar,
  frSummaryGrammar,
  ruSummaryGrammar,
  zhSummaryGrammar,
} from './grammars/index.js';
import type { SummaryGrammar } from './summary-grammar.js';

const GRAMMARS: ReadonlyMap<Language, SummaryGrammar> = new Map([
  [zhSummaryGrammar.language, zhSummaryGrammar],
  [enSummaryGrammar.language, enSummaryGrammar],
  [frSummaryGrammar.language, frSummaryGrammar],
  [esSummaryGrammar.language, esSummaryGrammar],
  [ruSummaryGrammar.language, ruSummaryGrammar],
  [arSummaryGrammar.language, arSummaryGrammar],
]);

/** The languages that have a summary grammar. */
export function supportedLanguages(): Language[] {
  return UN_LANGUAGES.filter((language) => GRAMMARS.has(language));
}

/** The grammar of the thematic summary in `language`; throws UNSUPPORTED_LANGUAGE when there is none. */
export function grammarFor(language: string): SummaryGrammar {
  const grammar = GRAMMARS.get(language as Language);
  if (grammar === undefined) {
    const known = UN_LANGUAGES.includes(language as Language);
    throw new SomkbError(
      known ? 'UNSUPPORTED_LANGUAGE' : 'USAGE',
      known
        ? `there is no grammar for thematic summaries in '${language}' yet (available: ${supportedLanguages().join(', ')})`
        : `'${language}' is not a UN language code (ar, zh, en, fr, ru, es)`,
      { where: '--lang' },
    );
  }
  return grammar;
}
