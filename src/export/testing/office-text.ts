import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How to get the programs the Word tests need, for the message when they are missing. */
const INSTALL_HINT =
  'install them with: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk (CI installs them in .ci/run)';

/**
 * Throws, naming what is missing and how to install it, unless LibreOffice (`libreoffice`) and
 * poppler's `pdftotext` are on the PATH. Tests that open Word files call it first, so that a machine
 * without them fails loudly instead of skipping.
 */
export function requireOfficeTools(): void {
  const missing = ['libreoffice', 'pdftotext'].filter(
    (program) => spawnSync('/bin/sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status !== 0,
  );
  if (missing.length > 0) {
    throw new Error(
      `this test opens Word files with LibreOffice and reads the PDF with pdftotext, but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not on the PATH; ${INSTALL_HINT}`,
    );
  }
}

/**
 * Converts an office file (`.docx`, `.txt`) to PDF with LibreOffice in `work`, with a LibreOffice
 * profile of its own under `work` (so that runs in parallel do not share one), and returns the
 * PDF's path. Allow a minute: LibreOffice's first start is slow.
 */
export async function convertToPdf(file: string, work: string): Promise<string> {
  requireOfficeTools();
  const profile = join(work, 'libreoffice-profile');
  mkdirSync(profile, { recursive: true });
  await run(
    'libreoffice',
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
 * Opens a Word file with LibreOffice, converts it to PDF in `work` ({@link convertToPdf}) and returns
 * the PDF's text as `pdftotext` reads it.
 */
export async function docxToPdfText(docx: string, work: string): Promise<string> {
  const pdf = await convertToPdf(docx, work);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Text with every space and line break taken out, to find Chinese text that a PDF line wrapped. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
