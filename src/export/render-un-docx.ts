import type { IParagraphOptions } from 'docx';
import { AlignmentType, Document, Footer, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Catalog } from '../domain/index.js';
import { DOCX_FONTS, docxText, packDocx } from './docx-kit.js';
import type { UnLayoutLine } from './render-text.js';
import { unLayoutLines } from './render-text.js';
import { xmlSafe } from './xml-text.js';

/** Body text size in half-points (10 pt, as UN documents print it). */
const UN_BODY_SIZE = 20;
/** The hanging indent of numbered paragraphs and lettered items, in twentieths of a point (1 cm). */
const HANGING = 567;

const SPACE_BESIDE_HAN = /(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu;

/**
 * Chinese text with its spaces beside a Chinese character made non-breaking (`2018 年`, `第 3 条`,
 * `使用 EUROSUR`): a no-break space between two word joiners (U+2060; LibreOffice breaks a line
 * between a no-break space and a Chinese character otherwise), so that a line is never broken there
 * and the text a PDF of the file gives back, whose wrapped lines are rejoined without a space, keeps
 * every space. Ingest reads them back as a space.
 */
function keepSpacedWithHan(text: string): string {
  return text.replace(SPACE_BESIDE_HAN, '\u2060\u00a0\u2060');
}

/** `12. text` → the number, a tab, the text: a hanging indent as in a UN document. */
function numbered(text: string, left: number): IParagraphOptions {
  const space = text.indexOf(' ');
  return {
    indent: { left, hanging: HANGING },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    children: [
      new TextRun({ children: [text.slice(0, space), new Tab(), keepSpacedWithHan(text.slice(space + 1))] }),
    ],
  };
}

/**
 * The file's styles (`word/styles.xml`), written out because the document defaults must turn off
 * the automatic space Word and LibreOffice put between Chinese and Latin letters or digits
 * (`autoSpaceDE`, `autoSpaceDN`): a reader of the PDF would take it for a space the text does not
 * have (`第 10条`). Body text 10 pt, no spacing between paragraphs unless a paragraph asks.
 */
function unLayoutStyles(catalog: Catalog): string {
  const fonts = fontsFor(catalog);
  const font = (slot: keyof typeof DOCX_FONTS): string => escapeXmlAttribute(fonts[slot]);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    '<w:docDefaults><w:rPrDefault><w:rPr>',
    `<w:rFonts w:ascii="${font('ascii')}" w:hAnsi="${font('hAnsi')}" w:eastAsia="${font('eastAsia')}" w:cs="${font('cs')}"/>`,
    `<w:sz w:val="${UN_BODY_SIZE}"/><w:szCs w:val="${UN_BODY_SIZE}"/>`,
    '<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>',
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>',
    '<w:kinsoku w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:after="0" w:line="276" w:lineRule="auto"/>',
    '</w:pPr></w:pPrDefault></w:docDefaults>',
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '</w:styles>',
  ].join('');
}

function escapeXmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The fonts of the file: for Chinese, the East Asian font for every character, digits and Latin
 * letters too, so that a PDF of it sets them in one font with no gap a reader would take for a space
 * (`第 10条`); otherwise {@link DOCX_FONTS}.
 */
function fontsFor(catalog: Catalog): typeof DOCX_FONTS | Record<keyof typeof DOCX_FONTS, string> {
  if (catalog.language !== 'zh') return DOCX_FONTS;
  const east = DOCX_FONTS.eastAsia;
  return { ascii: east, hAnsi: east, cs: east, eastAsia: east };
}

function paragraphOf(line: UnLayoutLine): Paragraph {
  const text = keepSpacedWithHan(line.text);
  switch (line.kind) {
    case 'header':
      return new Paragraph({ children: [docxText(text, { bold: true })], spacing: { after: 120 } });
    case 'chapter':
      return new Paragraph({
        keepNext: true,
        spacing: { before: 360, after: 240 },
        children: [docxText(text, { bold: true, size: 24 })],
      });
    case 'theme':
      return new Paragraph({
        keepNext: true,
        spacing: { before: 240, after: 120 },
        children: [docxText(text, { bold: true })],
      });
    case 'key-topics-label':
      return new Paragraph({ keepNext: true, children: [docxText(text, { italics: true })] });
    case 'key-topics':
      return new Paragraph({ text, spacing: { after: 240 } });
    case 'paragraph':
      return new Paragraph({ ...numbered(line.text, HANGING), spacing: { after: 120 } });
    case 'item':
      return new Paragraph({ ...numbered(line.text, 2 * HANGING), spacing: { after: 60 } });
  }
}

/**
 * The catalog as a Word document in the UN layout, the way the Secretariat's own files are written
 * and ingest reads them: the header lines, the chapter headings (`一. 导言`), each theme's name,
 * `关键议题` and its key topics, the numbered paragraphs `N.` and their lettered items `(a)` with a
 * hanging indent, left-aligned in 10 pt, with a page counter (`2/14`) in the footer. Its text is
 * that of {@link unLayoutLines}, so ingest reads the file (or a PDF made of it) back into an
 * identical catalog; spaces beside a Chinese character are non-breaking (see
 * {@link keepSpacedWithHan}), which ingest reads as spaces. Resolves to the bytes of the `.docx`.
 */
export async function renderUnLayoutDocx(unsafeCatalog: Catalog): Promise<Uint8Array> {
  const catalog = xmlSafe(unsafeCatalog);
  const { header } = catalog.document;
  const document = new Document({
    title: header.title,
    creator: 'somkb',
    description: `${header.preparedByLine}: ${catalog.paragraphs.length} paragraphs (UN layout)`,
    externalStyles: unLayoutStyles(catalog),
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: unLayoutLines(catalog).map(paragraphOf),
      },
    ],
  });
  return packDocx(document);
}
