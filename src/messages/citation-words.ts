import type { CitationWords, Language } from '../domain/index.js';
import { citeSummaryParagraph } from '../domain/index.js';

/**
 * The words of a citation of the thematic summary in each UN language. The form is the same in all
 * six: the summary (the source), its paragraph, then the paper that paragraph summarises (context,
 * in parentheses, named as a document), as a UN reader cites a paragraph of one document that
 * concerns another:
 *
 * - en `Thematic summary (2021), para. 10 (on CTOC/COP/WG.7/2015/4)`
 * - fr `Résumé thématique (2021), par. 10 (sur le document CTOC/COP/WG.7/2015/4)`
 * - es `Resumen temático (2021), párr. 10 (sobre el documento CTOC/COP/WG.7/2015/4)`
 * - ru `Тематическое резюме (2021 год), п. 10 (о документе CTOC/COP/WG.7/2015/4)`
 * - ar `الموجز المواضيعي (2021)، الفقرة 10 (بشأن الوثيقة CTOC/COP/WG.7/2015/4)`
 * - zh `专题概要（2021 年），第 10 段（关于文件 CTOC/COP/WG.7/2015/4）`
 *
 * The abbreviations are the UN editorial ones (para., par., párr., п.).
 */
export const CITATION_WORDS: Readonly<Record<Language, CitationWords>> = {
  en: {
    source: 'Thematic summary (2021)',
    paragraph: (number) => `, para. ${number}`,
    paper: (symbol) => ` (on ${symbol})`,
  },
  fr: {
    source: 'Résumé thématique (2021)',
    paragraph: (number) => `, par. ${number}`,
    paper: (symbol) => ` (sur le document ${symbol})`,
  },
  es: {
    source: 'Resumen temático (2021)',
    paragraph: (number) => `, párr. ${number}`,
    paper: (symbol) => ` (sobre el documento ${symbol})`,
  },
  ru: {
    source: 'Тематическое резюме (2021 год)',
    paragraph: (number) => `, п. ${number}`,
    paper: (symbol) => ` (о документе ${symbol})`,
  },
  ar: {
    source: 'الموجز المواضيعي (2021)',
    paragraph: (number) => `، الفقرة ${number}`,
    paper: (symbol) => ` (بشأن الوثيقة ${symbol})`,
  },
  zh: {
    source: '专题概要（2021 年）',
    paragraph: (number) => `，第 ${number} 段`,
    paper: (symbol) => `（关于文件 ${symbol}）`,
  },
};

/**
 * The citation of a paragraph of the summary in `language` (see {@link CITATION_WORDS}): what the
 * portal, the API (in English), the exports and the briefing packs write; `paper` is the symbol of
 * the paper it summarises, or null outside any paper.
 */
export function citeParagraph(paper: string | null, paragraph: number | string, language: Language): string {
  return citeSummaryParagraph(paper, paragraph, CITATION_WORDS[language]);
}
