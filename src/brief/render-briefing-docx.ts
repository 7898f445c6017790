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
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Language } from '../domain/index.js';
import {
  CITATION_STYLE,
  docxDirection,
  docxLink,
  docxNumberedParagraph,
  docxStyles,
  docxText,
  packDocx,
  xmlSafe,
} from '../export/index.js';
import type { BriefingHeadings } from '../messages/index.js';
import type {
  Briefing,
  BriefingParagraph,
  BriefingParallelText,
  BriefingProvision,
} from './build-briefing.js';
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

/** The width of the text on an A4 page with Word's default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

/** A cell of a bilingual table: one paragraph in its language's direction, half the table wide. */
function parallelCell(lang: Language, children: readonly ParagraphChild[]): TableCell {
  return new TableCell({
    width: { size: TEXT_WIDTH / 2, type: WidthType.DXA },
    margins: { left: 100, right: 100 },
    children: [
      new Paragraph({ ...docxDirection(lang).paragraph, spacing: { after: 60 }, children: [...children] }),
    ],
  });
}

/**
 * A paragraph of a bilingual pack as a two-column table: the first row holds its number and text in
 * the pack's language (left) and in its second language (right), then one row per lettered item, the
 * same letter on both sides, so that the two versions stay aligned row by row; each cell runs in its
 * own language's direction, and no row is split across two pages.
 */
function parallelTable(paragraph: BriefingParagraph, first: Language, second: BriefingParallelText): Table {
  const runs = (lang: Language, label: string, text: string): TextRun[] => [
    docxText(label, { bold: true, ...docxDirection(lang).run }),
    docxText(` ${text}`, docxDirection(lang).run),
  ];
  const rows = [
    new TableRow({
      cantSplit: true,
      children: [
        parallelCell(first, [
          bookmarked(paragraph.anchor, []),
          ...runs(first, `${paragraph.number}.`, paragraph.text),
        ]),
        parallelCell(second.lang, runs(second.lang, `${paragraph.number}.`, second.text)),
      ],
    }),
    ...paragraph.items.map(
      (item, index) =>
        new TableRow({
          cantSplit: true,
          children: [
            parallelCell(first, runs(first, `(${item.label})`, item.text)),
            parallelCell(second.lang, runs(second.lang, `(${item.label})`, second.items[index]?.text ?? '')),
          ],
        }),
    ),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    layout: TableLayoutType.FIXED,
    rows,
  });
}

/**
 * A paragraph of the pack: number and text, items (beside their second language's in a bilingual
 * pack: {@link parallelTable}), then its citation and official document.
 */
function paragraphChildren(paragraph: BriefingParagraph, briefing: Briefing): FileChild[] {
  const headings = docxDirection(briefing.headingsLanguage);
  return [
    ...(paragraph.parallel === undefined
      ? docxNumberedParagraph(
          paragraph.number,
          paragraph.text,
          paragraph.items,
          [bookmarked(paragraph.anchor, [])],
          briefing.catalogLanguage,
        )
      : [parallelTable(paragraph, briefing.catalogLanguage, paragraph.parallel)]),
    new Paragraph({
      style: CITATION_STYLE,
      ...headings.paragraph,
      children: [
        docxText(paragraph.citation, headings.run),
        ...(paragraph.url === null ? [] : [docxText(' · ', headings.run), docxLink(paragraph.url)]),
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
  language: Language,
): FileChild[] {
  if (entries.length === 0) return [];
  const direction = docxDirection(language);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      ...direction.paragraph,
      children: [bookmarked(anchor, [docxText(title, direction.run)])],
    }),
    ...entries.map(
      (entry) =>
        new Paragraph({
          bullet: { level: 0 },
          ...direction.paragraph,
          children: [
            docxText(entry.citation, { bold: true, ...docxDirection(entry.citationLang).run }),
            docxText(` · ${entry.otherCitation} — ${labels.citedIn}${labels.colon}`, direction.run),
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
 * source with a citation line and the official document's address as a hyperlink (in a bilingual
 * pack, beside its second language in a two-column table, see `parallelTable`), then the annexes
 * whose places link to the paragraphs. Page numbers in the footer. Every text runs in its language's
 * direction: Arabic paragraphs are bidirectional and their runs right to left (`docxDirection`),
 * the headings' as the headings language's, the catalog's as its own. Characters XML forbids
 * (U+FFFE, C0 controls …, in a title or a query) are dropped from every text. Resolves to the bytes
 * of the `.docx` file.
 */
export async function renderBriefingDocx(unsafeBriefing: Briefing): Promise<Uint8Array> {
  // The one place text enters this writer: what XML forbids never reaches the file.
  const briefing = xmlSafe(unsafeBriefing);
  const { cover, labels } = briefing;
  // The headings run in their language's direction, the catalog's text in its own (Arabic right to left).
  const headings = docxDirection(briefing.headingsLanguage);
  const content = docxDirection(briefing.catalogLanguage);
  const fact = (label: string, value: string, valueLang: Language = briefing.headingsLanguage): Paragraph =>
    new Paragraph({
      spacing: { after: 160 },
      ...headings.paragraph,
      children: [
        docxText(`${label}${labels.colon}`, { bold: true, ...headings.run }),
        docxText(value, docxDirection(valueLang).run),
      ],
    });
  const children: FileChild[] = [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      ...headings.paragraph,
      children: [docxText(cover.kind, { color: '595959', size: 20, allCaps: true, ...headings.run })],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      ...headings.paragraph,
      children: [docxText(cover.title, headings.run)],
    }),
    fact(labels.date, cover.dateText),
    ...cover.selection.map((line) => fact(line.label, line.value, line.lang)),
    fact(labels.holds, cover.countsText),
    fact(labels.source, cover.source, briefing.catalogLanguage),
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      ...headings.paragraph,
      children: [docxText(labels.contents, { bold: true, size: 32, color: '1F3864', ...headings.run })],
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
        ...docxDirection(section.titleLang).paragraph,
        children: [
          bookmarked(section.anchor, [docxText(section.title, docxDirection(section.titleLang).run)]),
        ],
      }),
    );
    if (section.keyTopics.length > 0) {
      const topicsLang = section.keyTopics[0]?.lang ?? briefing.headingsLanguage;
      children.push(
        new Paragraph({
          ...headings.paragraph,
          children: [
            docxText(`${labels.keyTopics}${labels.colon}`, { bold: true, ...headings.run }),
            docxText(
              section.keyTopics
                .map((topic) => topic.text)
                .join(section.keyTopics.every((topic) => topic.lang === 'zh') ? '；' : '; '),
              docxDirection(topicsLang).run,
            ),
          ],
        }),
      );
    }
    children.push(...section.paragraphs.flatMap((paragraph) => paragraphChildren(paragraph, briefing)));
    for (const paper of section.papers) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          ...headings.paragraph,
          children: [
            bookmarked(paper.anchor, [
              docxLink(paper.url, paper.symbol),
              docxText(paper.facts, headings.run),
            ]),
          ],
        }),
        new Paragraph({
          keepNext: true,
          ...content.paragraph,
          children: [docxText(paper.subject, { italics: true, ...content.run })],
        }),
        new Paragraph({
          style: CITATION_STYLE,
          keepNext: true,
          ...headings.paragraph,
          children: [
            docxText(`${labels.officialDocument}${labels.colon}`, headings.run),
            docxLink(paper.url),
          ],
        }),
        ...paper.paragraphs.flatMap((paragraph) => paragraphChildren(paragraph, briefing)),
      );
    }
  }
  children.push(
    ...annexChildren(
      PROVISIONS_ANCHOR,
      labels.provisions,
      briefing.provisions,
      labels,
      briefing.headingsLanguage,
    ),
    ...annexChildren(
      INSTRUMENTS_ANCHOR,
      labels.instruments,
      briefing.instruments,
      labels,
      briefing.headingsLanguage,
    ),
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
                ...headings.paragraph,
                children: [
                  new TextRun({
                    children: [`${cover.title} · `, PageNumber.CURRENT],
                    size: 18,
                    ...headings.run,
                  }),
                ],
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
