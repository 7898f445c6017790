import type { Document, IRunOptions, IStylesOptions, ParagraphChild } from 'docx';
import { AlignmentType, ExternalHyperlink, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { Item, Language } from '../domain/index.js';
import { textDirection } from '../domain/index.js';

/**
 * How a paragraph and its runs are set for a text in `language`: a right-to-left language (Arabic)
 * gets a bidirectional paragraph (`<w:bidi/>`: it starts on the right, its indents mirrored) and
 * right-to-left runs (`<w:rtl/>`, set in the complex-script font); a left-to-right one nothing.
 */
export function docxDirection(language: Language): {
  readonly paragraph: { readonly bidirectional?: true };
  readonly run: { readonly rightToLeft?: true };
} {
  return textDirection(language) === 'rtl'
    ? { paragraph: { bidirectional: true }, run: { rightToLeft: true } }
    : { paragraph: {}, run: {} };
}

/** The media type of a Word document (`.docx`). */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The fonts of somkb's Word documents: a Latin serif, and SimSun for East Asian characters so that
 * Chinese renders in Word; LibreOffice and other readers substitute the CJK serif they have (Noto
 * Serif CJK SC on Debian) for it.
 */
export const DOCX_FONTS = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: 'SimSun',
} as const;

/** Text size in half-points (11 pt). */
const BODY_SIZE = 22;

/** Paragraph style id of a lettered item: indented under its paragraph. */
export const ITEM_STYLE = 'SomkbItem';
/** Paragraph style id of a citation line under a paragraph: small, grey, indented. */
export const CITATION_STYLE = 'SomkbCitation';
/** Paragraph style id of a numbered summary paragraph: a hanging indent for its number. */
export const NUMBERED_STYLE = 'SomkbNumbered';

/**
 * The styles of somkb's Word documents: body text in {@link DOCX_FONTS} at 11 pt with Chinese as
 * the East Asian language and Arabic as the right-to-left one (`w:lang w:bidi`, what Word checks
 * the spelling of right-to-left runs in), a title, two heading levels (so that a table of contents can be built
 * from them), and the paragraph styles {@link NUMBERED_STYLE}, {@link ITEM_STYLE} and
 * {@link CITATION_STYLE}. Sizes are in half-points, indents and spacing in twentieths of a point.
 */
export function docxStyles(): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: DOCX_FONTS, size, bold: true, color: '1F3864' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: {
          font: DOCX_FONTS,
          size: BODY_SIZE,
          language: { value: 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
        },
        paragraph: { spacing: { after: 120, line: 300 } },
      },
      title: { run: { font: DOCX_FONTS, size: 40, bold: true }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(32, 360),
      heading2: heading(26, 240),
      heading3: heading(BODY_SIZE, 200),
    },
    paragraphStyles: [
      {
        id: NUMBERED_STYLE,
        name: 'Summary paragraph',
        basedOn: 'Normal',
        paragraph: { indent: { left: 567, hanging: 567 }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: ITEM_STYLE,
        name: 'Summary item',
        basedOn: 'Normal',
        paragraph: { indent: { left: 1134, hanging: 454 }, spacing: { after: 60 } },
      },
      {
        id: CITATION_STYLE,
        name: 'Citation',
        basedOn: 'Normal',
        run: { size: 18, color: '595959' },
        paragraph: { indent: { left: 567 }, spacing: { after: 200 } },
      },
    ],
  };
}

/**
 * A run of text with its formatting (`{ bold: true }`, `{ italics: true }`, a size in half-points …).
 * Typed apart from `TextRun`'s `string | options` parameter, whose `string` side lint mistakes for
 * the deprecated `String.prototype.bold`.
 */
export function docxText(text: string, format: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  const options: IRunOptions = { ...format, text };
  return new TextRun(options);
}

/** A link to a web address, underlined in the hyperlink colour; `text` defaults to the address. */
export function docxLink(url: string, text: string = url): ExternalHyperlink {
  return new ExternalHyperlink({
    link: url,
    children: [new TextRun({ text, style: 'Hyperlink' })],
  });
}

/**
 * A summary paragraph as Word paragraphs: `N.` then its text with a hanging indent, then each
 * lettered item `(a) text` indented under it. `lead` is put before the number (a bookmark).
 * `language` is the text's: an Arabic paragraph runs right to left (see {@link docxDirection});
 * default `zh`.
 */
export function docxNumberedParagraph(
  number: number,
  text: string,
  items: readonly Item[],
  lead: readonly ParagraphChild[] = [],
  language: Language = 'zh',
): Paragraph[] {
  const direction = docxDirection(language);
  return [
    new Paragraph({
      style: NUMBERED_STYLE,
      ...direction.paragraph,
      children: [
        ...lead,
        docxText(`${number}.`, { bold: true, ...direction.run }),
        new TextRun({ children: [new Tab(), text], ...direction.run }),
      ],
    }),
    ...items.map(
      (item) =>
        new Paragraph({
          style: ITEM_STYLE,
          ...direction.paragraph,
          children: [new TextRun({ children: [`(${item.label})`, new Tab(), item.text], ...direction.run })],
        }),
    ),
  ];
}

/** Packs a Word document into the bytes of a `.docx` file (a ZIP archive). */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
