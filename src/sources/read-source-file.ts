import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SomkbError } from '../errors/index.js';
import type { ReadSourceOptions, SourceReader, SourceText } from '../ingest/index.js';
import { checkInputSize, decodeText, detectSourceFormat } from '../ingest/index.js';
import { linesFromWords, parseTsvWords } from './pdf-lines.js';

/** Options of {@link createSourceReader}; the defaults suit the command line. */
export interface SourceReaderOptions {
  /** The `pdftotext` program (poppler-utils); default `pdftotext`, found on the PATH. */
  readonly pdftotext?: string;
  /** The `pdfinfo` program (poppler-utils); default `pdfinfo`. */
  readonly pdfinfo?: string;
  /** Longest a call of either program may run, in milliseconds; default 60,000. */
  readonly timeoutMs?: number;
  /** Most output a call may give, in bytes; default 64 MiB. */
  readonly maxBuffer?: number;
  /** Pages read per call of `pdftotext`, between progress reports; default 20. */
  readonly pagesPerCall?: number;
}

/** What a failed `execFile` leaves on its error. */
interface ExecError extends Error {
  readonly code?: string | number | null;
  readonly killed?: boolean;
  readonly stderr?: string;
}

/** How to get poppler's programs, for the message when they are missing. */
export const POPPLER_MISSING = "PDF needs poppler's pdftotext: apt-get install poppler-utils";

/** Fewer letters than this per page, on average, is a PDF without a text layer. */
const MIN_LETTERS_PER_PAGE = 20;
/** How far from its end a PDF's `%%EOF` may stand (Acrobat's own tolerance). */
const EOF_WINDOW = 1024;
const PDF_EOF = '%%EOF';

function run(
  program: string,
  args: readonly string[],
  options: { timeoutMs: number; maxBuffer: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      program,
      args,
      { timeout: options.timeoutMs, maxBuffer: options.maxBuffer, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error === null) resolve(stdout);
        else {
          const failure: ExecError = Object.assign(error, { stderr });
          reject(failure);
        }
      },
    );
  });
}

/** The first line poppler wrote on stderr, without its `Syntax Error:` prefixes, for a message. */
function firstComplaint(error: ExecError): string {
  const line = (error.stderr ?? '').split('\n').find((candidate) => candidate.trim() !== '') ?? error.message;
  return line.trim().slice(0, 200);
}

/** Turns a failed call of a poppler program into the error a user reads. */
function popplerError(error: unknown, program: string, name: string, timeoutMs: number): SomkbError {
  const failure = error as ExecError;
  if (failure.code === 'ENOENT') {
    return new SomkbError('INPUT_UNREADABLE', POPPLER_MISSING, { where: name, cause: error });
  }
  if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new SomkbError('INPUT_TOO_LARGE', `the PDF's text is larger than ${program} may give`, {
      where: name,
      cause: error,
    });
  }
  if (failure.killed === true) {
    return new SomkbError(
      'INPUT_UNREADABLE',
      `${program} took longer than ${timeoutMs / 1000} s on this PDF`,
      {
        where: name,
        cause: error,
      },
    );
  }
  const complaint = firstComplaint(failure);
  if (/password/i.test(complaint)) {
    return new SomkbError(
      'INPUT_UNREADABLE',
      'an encrypted PDF that needs a password; save an unencrypted copy and ingest that',
      { where: name, cause: error },
    );
  }
  return new SomkbError('INPUT_UNREADABLE', `a damaged PDF that cannot be read (${complaint})`, {
    where: name,
    cause: error,
  });
}

/** True when the bytes end (within the last 1024) with `%%EOF`, as a PDF that was written whole does. */
function endsAsPdf(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW)));
  return tail.includes(PDF_EOF);
}

function countLetters(text: string): number {
  let letters = 0;
  for (const char of text) if (/\p{L}/u.test(char)) letters++;
  return letters;
}

async function readPdf(
  bytes: Uint8Array,
  options: ReadSourceOptions,
  settings: Required<SourceReaderOptions>,
): Promise<SourceText> {
  const { name } = options;
  if (!endsAsPdf(bytes)) {
    throw new SomkbError(
      'INPUT_UNREADABLE',
      'a PDF cut short (it does not end with %%EOF): the file is truncated; get it again',
      { where: name },
    );
  }
  const limits = { timeoutMs: settings.timeoutMs, maxBuffer: settings.maxBuffer };
  const folder = await mkdtemp(join(tmpdir(), 'somkb-pdf-'));
  try {
    const file = join(folder, 'source.pdf');
    await writeFile(file, bytes);
    let info: string;
    try {
      info = await run(settings.pdfinfo, [file], limits);
    } catch (error) {
      throw popplerError(error, 'pdfinfo', name, settings.timeoutMs);
    }
    const pages = Number(/^Pages:\s*(\d+)/m.exec(info)?.[1] ?? 0);
    if (pages === 0) throw new SomkbError('INPUT_UNREADABLE', 'a PDF without pages', { where: name });
    const parts: string[] = [];
    for (let first = 1; first <= pages; first += settings.pagesPerCall) {
      const last = Math.min(pages, first + settings.pagesPerCall - 1);
      try {
        parts.push(
          await run(
            settings.pdftotext,
            ['-tsv', '-enc', 'UTF-8', '-f', String(first), '-l', String(last), file, '-'],
            limits,
          ),
        );
      } catch (error) {
        throw popplerError(error, 'pdftotext', name, settings.timeoutMs);
      }
      options.onProgress?.({ pagesRead: last, pages });
    }
    const text = linesFromWords(parts.flatMap(parseTsvWords));
    if (countLetters(text) < MIN_LETTERS_PER_PAGE * pages) {
      throw new SomkbError(
        'INPUT_UNREADABLE',
        `no text layer: run OCR first (${pages} page${pages === 1 ? '' : 's'} of images, almost no text)`,
        { where: name },
      );
    }
    return { format: 'pdf', text, pages };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function readDocx(bytes: Uint8Array, name: string): Promise<SourceText> {
  let text: string;
  try {
    // Loaded on first use: most commands never read a Word file, and mammoth takes a while to load.
    const { default: mammoth } = await import('mammoth');
    text = (
      await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) })
    ).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const cut = /central directory|end of data|corrupted zip|unexpected end/i.test(reason);
    throw new SomkbError(
      'INPUT_UNREADABLE',
      cut
        ? 'a Word file cut short or damaged (its ZIP archive is incomplete): the file is truncated; get it again'
        : `a damaged Word file that cannot be read (${reason.slice(0, 200)})`,
      { where: name, cause: error },
    );
  }
  if (text.trim() === '') {
    throw new SomkbError('INPUT_EMPTY', 'the Word file holds no text', { where: name });
  }
  return { format: 'docx', text };
}

/**
 * The reader of source files for ingest: tells the format by the bytes (see `detectSourceFormat`),
 * decodes text, reads a PDF's text layer with poppler's `pdftotext -tsv` (its words and their
 * boxes, made into lines by `linesFromWords`: reading order, spaces measured, right-to-left lines in
 * logical order; `pdfinfo` first for the pages, so a long PDF is read in parts with progress) and a Word file's text with mammoth. Programs are run with `execFile` (no shell) on a
 * private temporary copy, with a timeout and an output limit. Every failure is one `SomkbError`:
 * `INPUT_UNREADABLE` for a scan without text ("no text layer: run OCR first"), an encrypted,
 * truncated or damaged file, or poppler missing; the size limit is that of text.
 */
export function createSourceReader(options: SourceReaderOptions = {}): SourceReader {
  const settings: Required<SourceReaderOptions> = {
    pdftotext: options.pdftotext ?? 'pdftotext',
    pdfinfo: options.pdfinfo ?? 'pdfinfo',
    timeoutMs: options.timeoutMs ?? 60_000,
    maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
    pagesPerCall: options.pagesPerCall ?? 20,
  };
  return async (bytes, readOptions) => {
    const { name } = readOptions;
    checkInputSize(bytes.length, name, readOptions.maxBytes);
    switch (detectSourceFormat(bytes, name)) {
      case 'pdf':
        return readPdf(bytes, readOptions, settings);
      case 'docx':
        return readDocx(bytes, name);
      case 'text':
        return {
          format: 'text',
          text: decodeText(bytes, {
            name,
            ...(readOptions.maxBytes === undefined ? {} : { maxBytes: readOptions.maxBytes }),
          }),
        };
    }
  };
}
