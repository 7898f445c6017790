import type { Catalog, Language } from '../../src/domain/index.js';

/**
 * TEST FIXTURE, not a translation: a copy of `catalog` as if it were its version in `language`,
 * with every printed text (header, chapter titles, theme names, key topics, paper subjects,
 * paragraphs and items) passed through `rewrite`. The structure (paragraph numbers, items, themes,
 * papers, symbols) is unchanged, so it aligns with `catalog`. Default `rewrite` marks each text
 * `[<language> fixture] …` so that it can never be taken for official content.
 */
export function makeLanguageVersion(
  catalog: Catalog,
  language: Language,
  rewrite: (text: string, where: string) => string = (text) => `[${language} fixture] ${text}`,
): Catalog {
  const { header } = catalog.document;
  return {
    language,
    document: {
      ...catalog.document,
      header: {
        ...header,
        body: rewrite(header.body, 'body'),
        place: rewrite(header.place, 'place'),
        title: rewrite(header.title, 'title'),
        preparedByLine: rewrite(header.preparedByLine, 'preparedBy'),
      },
      chapters: catalog.document.chapters.map((chapter) => ({
        ...chapter,
        title: rewrite(chapter.title, `chapter ${chapter.number}`),
      })),
    },
    paragraphs: catalog.paragraphs.map((paragraph) => ({
      ...paragraph,
      text: rewrite(paragraph.text, `paragraph ${paragraph.number}`),
      items: paragraph.items.map((item) => ({
        label: item.label,
        text: rewrite(item.text, `item ${paragraph.number}(${item.label})`),
      })),
    })),
    themes: catalog.themes.map((theme) => ({
      ...theme,
      name: rewrite(theme.name, theme.id),
      keyTopics: theme.keyTopics.map((topic, index) => rewrite(topic, `${theme.id} topic ${index + 1}`)),
    })),
    papers: catalog.papers.map((paper) => ({ ...paper, subject: rewrite(paper.subject, paper.symbol) })),
  };
}
