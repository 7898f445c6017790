import type { Item, Language } from '../../domain/index.js';
import { FIXTURE_LANGUAGES, languageFixtureCatalog } from '../../../test/support/language-fixtures.js';
import type { NewPaperChange } from '../draft-change.js';
import type { DraftState } from '../draft-state.js';
import { bundledKnowledgeFiles } from '../../../test/support/knowledge.js';

/** The six fixture documents (12 paragraphs, 3 themes, 4 papers) and the bundled knowledge. */
export function fixtureState(languages: readonly Language[] = FIXTURE_LANGUAGES): DraftState {
  return {
    catalogs: languages.map((language) => languageFixtureCatalog(language)),
    knowledge: bundledKnowledgeFiles(),
  };
}

/** The symbol of the new paper of the tests: a paper of the eighth meeting (2021). */
export const NEW_SYMBOL = 'CTOC/COP/WG.7/2021/3';

/**
 * A new paper of the eighth meeting under `theme` with two paragraphs in `languages`, the first
 * introducing it with its symbol; the second paragraph holds the word `word`.
 */
export function newPaper(
  languages: readonly Language[],
  options: { theme?: string; word?: string; symbol?: string; year?: number; meeting?: number } = {},
): NewPaperChange {
  const symbol = options.symbol ?? NEW_SYMBOL;
  const word = options.word ?? 'drones';
  const texts = (make: (language: Language) => string, items: readonly Item[] = []) =>
    Object.fromEntries(languages.map((language) => [language, { text: make(language), items }]));
  return {
    kind: 'new-paper',
    document: 'thematic-summary-2021',
    symbol,
    theme: options.theme ?? 'theme-1',
    year: options.year ?? 2021,
    meeting: options.meeting ?? 8,
    subject: Object.fromEntries(
      languages.map((language) => [language, `surveillance by ${word} (${language})`]),
    ),
    paragraphs: [
      texts(
        (language) =>
          `In 2021, the Secretariat prepared a background paper for the eighth meeting (${language}) (${symbol}).`,
      ),
      texts((language) => `The paper discussed ${word} at sea borders (${language}).`),
    ],
  };
}
