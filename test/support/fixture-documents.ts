import type { Language } from '../../src/domain/index.js';
import type { SearchDocument } from '../../src/search/index.js';

/**
 * Search documents of a fixture: one per text, paragraphs 1, 2, … of a document `doc` in
 * `language` (default Chinese), with no paper, theme, year, meeting or topics. The texts are the
 * tests' own, written for them, not the summary's.
 */
export function fixtureDocuments(texts: readonly string[], language: Language = 'zh'): SearchDocument[] {
  return texts.map((text, i) => ({
    key: `doc#${i + 1}`,
    document: 'doc',
    language,
    paragraph: i + 1,
    text,
    subject: '',
    themeName: null,
    theme: null,
    paper: null,
    year: null,
    meeting: null,
    topics: [],
  }));
}
