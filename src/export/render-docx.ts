import type { FileChild } from 'docx';
import { AlignmentType, Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Catalog } from '../domain/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { briefingHeadings } from '../messages/index.js';
import {
  docxDirection,
  docxLink,
  docxNumberedParagraph,
  docxStyles,
  docxText,
  packDocx,
} from './docx-kit.js';
import { walkDocument } from './document-walk.js';
import { xmlSafe } from './xml-text.js';
import type { CitedPlace } from '../references/index.js';
import { groupInstrumentMentions, groupProvisions, placeWords } from '../references/index.js';

/** The annex of cited provisions and instruments named without an article, when there are any. */
function knowledgeAnnex(knowledge: CatalogKnowledge): FileChild[] {
  const provisions = groupProvisions(knowledge.references);
  const instruments = groupInstrumentMentions(knowledge.instrumentMentions);
  const children: FileChild[] = [];
  const entry = (en: string, zh: string, places: readonly CitedPlace[]): Paragraph =>
    new Paragraph({
      bullet: { level: 0 },
      children: [
        docxText(en, { bold: true }),
        new TextRun(` · ${zh} — ${places.map(placeWords).join('; ')}`),
      ],
    });
  if (provisions.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Cited provisions · 援引的条款' }));
    for (const group of provisions) children.push(entry(group.citation.en, group.citation.zh, group.places));
  }
  if (instruments.length > 0) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        text: 'Instruments named without an article · 未援引具体条款而提及的文书',
      }),
    );
    for (const group of instruments) children.push(entry(group.name.en, group.name.zh, group.places));
  }
  return children;
}

/**
 * The catalog (or a part of it, see `selectCatalog`) as a Word document: the title, the body,
 * meeting dates and place, the prepared-by line; each chapter heading centred; each theme as
 * Heading 1 with its key topics (`关键议题：` and the topics joined by `；` in Chinese, `Key topics: `
 * and `; ` in English, the heading in the catalog's language); each paper as Heading 2 (its symbol linked to
 * its official document, year and meeting) with its subject and the address of the official
 * document as an external hyperlink; each paragraph numbered as in the source, its lettered items
 * indented under it. With `knowledge`, an annex lists the cited provisions and the instruments named
 * without an article, with the paragraphs citing them. Chinese is set in an East Asian font (see
 * `DOCX_FONTS`); an Arabic catalog's paragraphs run right to left (`docxDirection`). Characters XML forbids (U+FFFE, C0 controls …) are dropped from every text.
 * Resolves to the bytes of the `.docx` file.
 */
export async function renderDocx(
  unsafeCatalog: Catalog,
  unsafeKnowledge?: CatalogKnowledge,
): Promise<Uint8Array> {
  // The one place text enters this writer: what XML forbids never reaches the file.
  const catalog = xmlSafe(unsafeCatalog);
  const knowledge = xmlSafe(unsafeKnowledge);
  const { header } = catalog.document;
  // The catalog's own text runs in its language's direction (Arabic right to left).
  const direction = docxDirection(catalog.language);
  const line = (text: string, format: Parameters<typeof docxText>[1] = {}): TextRun =>
    docxText(text, { ...format, ...direction.run });
  const keyTopicsLabel = briefingHeadings(catalog.language).keyTopics;
  const topicSeparator = catalog.language === 'zh' ? '；' : '; ';
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, ...direction.paragraph, children: [line(header.title)] }),
    new Paragraph({
      ...direction.paragraph,
      children: [
        line([header.body, header.dates.join(', '), header.place].filter((part) => part !== '').join(' · ')),
      ],
    }),
    new Paragraph({ ...direction.paragraph, children: [line(header.preparedByLine, { italics: true })] }),
  ];
  for (const step of walkDocument(catalog)) {
    switch (step.kind) {
      case 'chapter':
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 360, after: 240 },
            ...direction.paragraph,
            children: [line(`${step.chapter.numeral}. ${step.chapter.title}`, { bold: true, size: 28 })],
          }),
        );
        break;
      case 'theme':
        children.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            ...direction.paragraph,
            children: [line(step.theme.name)],
          }),
          new Paragraph({
            ...direction.paragraph,
            children: [
              line(`${keyTopicsLabel}${catalog.language === 'zh' ? '：' : ': '}`, { bold: true }),
              line(step.theme.keyTopics.join(topicSeparator)),
            ],
          }),
        );
        break;
      case 'paper': {
        const { paper } = step;
        children.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [
              docxLink(paper.url, paper.symbol),
              new TextRun(` (${paper.year}, meeting ${paper.meeting})`),
            ],
          }),
          new Paragraph({ ...direction.paragraph, children: [line(paper.subject, { italics: true })] }),
          new Paragraph({ children: [docxLink(paper.url)] }),
        );
        break;
      }
      case 'paragraph':
        children.push(
          ...docxNumberedParagraph(
            step.paragraph.number,
            step.paragraph.text,
            step.paragraph.items,
            [],
            catalog.language,
          ),
        );
        break;
    }
  }
  if (knowledge !== undefined) children.push(...knowledgeAnnex(knowledge));
  const document = new Document({
    title: header.title,
    creator: 'somkb',
    description: `${header.preparedByLine}: ${catalog.paragraphs.length} paragraphs`,
    styles: docxStyles(),
    sections: [{ children }],
  });
  return packDocx(document);
}
