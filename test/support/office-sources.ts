import { Document, Packer, Paragraph, TextRun } from 'docx';

/**
 * A Word file of a text in the UN layout, one Word paragraph per non-blank line of the text (the
 * text's own lines, wrapped as they are), right to left for Arabic: how a language fixture, whose
 * catalog somkb cannot render in its own language's layout, becomes a Word source.
 */
export async function textLinesDocx(text: string, options: { rightToLeft?: boolean } = {}): Promise<Buffer> {
  const rightToLeft = options.rightToLeft === true;
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(
      (line) =>
        new Paragraph({
          bidirectional: rightToLeft,
          spacing: { after: 80 },
          children: [new TextRun({ text: line, rightToLeft })],
        }),
    );
  return Packer.toBuffer(
    new Document({
      styles: { default: { document: { run: { font: 'Times New Roman', size: 20 } } } },
      sections: [{ children: paragraphs }],
    }),
  );
}
