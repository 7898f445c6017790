import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const run = promisify(execFile);

/**
 * Converts an office file (`.docx`, `.txt`) to PDF with LibreOffice in `work`, with a LibreOffice
 * profile of its own under `work` (so that runs in parallel do not share one), and returns the
 * PDF's path. Allow a minute: LibreOffice's first start is slow.
 */
export async function convertToPdf(file: string, work: string): Promise<string> {
  const profile = join(work, 'libreoffice-profile');
  mkdirSync(profile, { recursive: true });
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      file,
    ],
    { timeout: 180_000 },
  );
  const pdf = join(work, basename(file).replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
  return pdf;
}

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
