import type { FileChild, ParagraphChild } from 'docx';
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import {
  CITATION_STYLE,
  docxLink,
  docxNumberedParagraph,
  docxStyles,
  docxText,
  packDocx,
  xmlSafe,
} from '../export/index.js';
import type { BriefingHeadings } from '../messages/index.js';
import type { Briefing, BriefingParagraph, BriefingProvision } from './build-briefing.js';
import { INSTRUMENTS_ANCHOR, PROVISIONS_ANCHOR } from './build-briefing.js';

/**
 * The Word bookmark name of an anchor: letters, digits and `_` only, starting with a letter, at
 * most 40 characters (Word's limits).
 */
export function bookmarkName(anchor: string): string {
  const name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  return (/^[A-Za-z]/.test(name) ? name : `b_${name}`).slice(0, 40);
}

/** A bookmark around `children`, so that links to `anchor` land here. */
const bookmarked = (anchor: string, children: readonly ParagraphChild[]): Bookmark =>
  new Bookmark({ id: bookmarkName(anchor), children });

/** A link inside the document to `anchor`. */
const internalLink = (text: string, anchor: string): InternalHyperlink =>
  new InternalHyperlink({
    anchor: bookmarkName(anchor),
    children: [new TextRun({ text, style: 'Hyperlink' })],
  });

/** A paragraph of the pack: number and text, items, then its citation and official document. */
function paragraphChildren(paragraph: BriefingParagraph): Paragraph[] {
  return [
    ...docxNumberedParagraph(paragraph.number, paragraph.text, paragraph.items, [
      bookmarked(paragraph.anchor, []),
    ]),
    new Paragraph({
      style: CITATION_STYLE,
      children: [
        new TextRun(paragraph.citation),
        ...(paragraph.url === null ? [] : [new TextRun(' · '), docxLink(paragraph.url)]),
      ],
    }),
  ];
}

/** An annex: a Heading 1 on a new page, then each entry with its other form and citing places. */
function annexChildren(
  anchor: string,
  title: string,
  entries: readonly BriefingProvision[],
  labels: BriefingHeadings,
): FileChild[] {
  if (entries.length === 0) return [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [bookmarked(anchor, [new TextRun(title)])],
    }),
    ...entries.map(
      (entry) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            docxText(entry.citation, { bold: true }),
            new TextRun(` · ${entry.otherCitation} — ${labels.citedIn}${labels.colon}`),
            ...entry.places.flatMap((place, index) => [
              ...(index === 0 ? [] : [new TextRun('; ')]),
              internalLink(place.citation, place.anchor),
            ]),
          ],
        }),
    ),
  ];
}

/**
 * A briefing pack as a Word document: a cover page (kind, title, date, the selection, counts,
 * source), a table of contents on its own page (a real TOC field of the Heading 1 and 2 entries,
 * each a link to its heading with its page number: docx's layout works the pages out as Word lays
 * them out and writes the numbers in, so that they show before any update and in LibreOffice, which
 * does not update a table of contents when it opens a file; the document asks Word to update its
 * fields on opening, `updateFields`), each section as Heading 1 from a new page with its key topics, each paper as
 * Heading 2 with its symbol linked to the official document, each paragraph numbered as in the
 * source with a citation line and the official document's address as a hyperlink, then the
 * annexes whose places link to the paragraphs. Page numbers in the footer. Characters XML forbids
 * (U+FFFE, C0 controls …, in a title or a query) are dropped from every text. Resolves to the bytes
 * of the `.docx` file.
 */
export async function renderBriefingDocx(unsafeBriefing: Briefing): Promise<Uint8Array> {
  // The one place text enters this writer: what XML forbids never reaches the file.
  const briefing = xmlSafe(unsafeBriefing);
  const { cover, labels } = briefing;
  const fact = (label: string, value: string): Paragraph =>
    new Paragraph({
      spacing: { after: 160 },
      children: [docxText(`${label}${labels.colon}`, { bold: true }), new TextRun(value)],
    });
  const children: FileChild[] = [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: cover.kind, color: '595959', size: 20, allCaps: true })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: cover.title }),
    fact(labels.date, cover.dateText),
    ...cover.selection.map((line) => fact(line.label, line.value)),
    fact(labels.holds, cover.countsText),
    fact(labels.source, cover.source),
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [docxText(labels.contents, { bold: true, size: 32, color: '1F3864' })],
    }),
    new TableOfContents(labels.contents, {
      hyperlink: true,
      headingStyleRange: '1-2',
      tabLeader: LeaderType.DOT,
    }),
  ];
  for (const section of briefing.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [bookmarked(section.anchor, [new TextRun(section.title)])],
      }),
    );
    if (section.keyTopics.length > 0) {
      children.push(
        new Paragraph({
          children: [
            docxText(`${labels.keyTopics}${labels.colon}`, { bold: true }),
            new TextRun(
              section.keyTopics
                .map((topic) => topic.text)
                .join(section.keyTopics.every((topic) => topic.lang === 'zh') ? '；' : '; '),
            ),
          ],
        }),
      );
    }
    children.push(...section.paragraphs.flatMap(paragraphChildren));
    for (const paper of section.papers) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [bookmarked(paper.anchor, [docxLink(paper.url, paper.symbol), new TextRun(paper.facts)])],
        }),
        new Paragraph({ keepNext: true, children: [docxText(paper.subject, { italics: true })] }),
        new Paragraph({
          style: CITATION_STYLE,
          keepNext: true,
          children: [new TextRun(`${labels.officialDocument}${labels.colon}`), docxLink(paper.url)],
        }),
        ...paper.paragraphs.flatMap(paragraphChildren),
      );
    }
  }
  children.push(
    ...annexChildren(PROVISIONS_ANCHOR, labels.provisions, briefing.provisions, labels),
    ...annexChildren(INSTRUMENTS_ANCHOR, labels.instruments, briefing.instruments, labels),
  );
  const document = new Document({
    title: cover.title,
    subject: cover.selection.map((line) => `${line.label}: ${line.value}`).join('; '),
    creator: 'somkb',
    styles: docxStyles(),
    features: { updateFields: true },
    pageNumbers: estimatePageNumbers,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${cover.title} · `, PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return packDocx(document);
}
