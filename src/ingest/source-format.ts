import { SomkbError } from '../errors/index.js';
import { decodeText } from './decode-text.js';

/** What a source file is, told by its bytes: UTF-8 text, a PDF, or a Word document (`.docx`). */
export type SourceFormat = 'text' | 'pdf' | 'docx';

/** The text of a source as a reader got it from its file, before normalisation and the grammar. */
export interface SourceText {
  readonly format: SourceFormat;
  /** The text; for a PDF, pages end with a form feed (`\f`) as `pdftotext` writes them. */
  readonly text: string;
  /** Pages of a PDF; absent for the other formats. */
  readonly pages?: number;
}

/** Progress of a reader through a long source: pages read of all the pages. */
export interface SourceProgress {
  readonly pagesRead: number;
  readonly pages: number;
}

/** Options of a {@link SourceReader}. */
export interface ReadSourceOptions {
  /** The source's name (its file name) for messages. */
  readonly name: string;
  /** Largest accepted input in bytes; default 16 MiB (as for text). */
  readonly maxBytes?: number;
  /** Called as pages are read, for a long PDF. */
  readonly onProgress?: (progress: SourceProgress) => void;
}

/**
 * Turns the bytes of a source file into its text: text is decoded (UTF-8 only), a PDF and a Word
 * file are read by an adapter (`src/sources/`). Throws a {@link SomkbError} for a file that cannot
 * be read (`INPUT_UNREADABLE`: a scan without text, an encrypted or damaged file, a missing tool).
 */
export type SourceReader = (bytes: Uint8Array, options: ReadSourceOptions) => Promise<SourceText>;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06]; // PK\5\6, the end record of an empty archive
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The part every Word document holds, by the ZIP name it is stored under. */
const WORD_DOCUMENT_PART = 'word/document.xml';
/** How far into the file `%PDF-` may start (Acrobat accepts a header within the first 1024 bytes). */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, index) => bytes[at + index] === byte);
}

function findBytes(bytes: Uint8Array, magic: readonly number[], from: number, to: number): number {
  const end = Math.min(to, bytes.length - magic.length);
  for (let i = from; i <= end; i++) if (startsWith(bytes, magic, i)) return i;
  return -1;
}

/**
 * The names stored in a ZIP archive's local file headers (`PK\3\4`, name length at offset 26, name
 * at 30) and central directory entries (`PK\1\2`, name length at 28, name at 46): enough to tell a
 * Word document from another archive without unpacking it, even when the archive is cut.
 */
function zipEntryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
    const local = bytes[i + 2] === 0x03 && bytes[i + 3] === 0x04;
    const central = bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02;
    if (!local && !central) continue;
    const lengthAt = central ? 28 : 26;
    const nameAt = central ? 46 : 30;
    const length = (bytes[i + lengthAt] ?? 0) | ((bytes[i + lengthAt + 1] ?? 0) << 8);
    if (length === 0 || length > 1024 || i + nameAt + length > bytes.length) continue;
    names.add(decoder.decode(bytes.subarray(i + nameAt, i + nameAt + length)));
  }
  return names;
}

/**
 * Tells what a source file is by its content, never its name: a PDF (`%PDF-` within its first
 * 1024 bytes), a Word document (a ZIP archive holding `word/document.xml`), else text (which
 * decoding then checks). Pure. Throws `INPUT_UNREADABLE` for a ZIP archive that is not a Word
 * document (a `.docx` that is not one, an `.xlsx`, an `.odt`) and for a Word 97–2003 `.doc` file,
 * saying what to do.
 */
export function detectSourceFormat(bytes: Uint8Array, name = 'input'): SourceFormat {
  if (findBytes(bytes, PDF_MAGIC, 0, PDF_HEADER_WINDOW) !== -1) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    const names = zipEntryNames(bytes);
    if (names.has(WORD_DOCUMENT_PART)) return 'docx';
    const what = names.has('content.xml')
      ? 'an OpenDocument file (save it as .docx or PDF)'
      : names.has('xl/workbook.xml')
        ? 'an Excel workbook'
        : names.has('ppt/presentation.xml')
          ? 'a PowerPoint presentation'
          : 'a ZIP archive';
    throw new SomkbError(
      'INPUT_UNREADABLE',
      `${what}, not a Word document (it holds no ${WORD_DOCUMENT_PART}); give the summary as .docx, PDF or UTF-8 text`,
      { where: name },
    );
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new SomkbError(
      'INPUT_UNREADABLE',
      'a Word 97–2003 (.doc) or other legacy Office file, which somkb does not read; save it as .docx or PDF',
      { where: name },
    );
  }
  return 'text';
}

/**
 * The reader of text sources only, for a catalog service built without the PDF and Word adapter
 * (tests, tools): text is decoded, a PDF or Word file refused with `INPUT_UNREADABLE`.
 */
export const readTextSource: SourceReader = (bytes, options) => {
  const format = detectSourceFormat(bytes, options.name);
  if (format !== 'text') {
    return Promise.reject(
      new SomkbError(
        'INPUT_UNREADABLE',
        `a ${format === 'pdf' ? 'PDF' : 'Word'} file, and this somkb reads text only`,
        {
          where: options.name,
        },
      ),
    );
  }
  return Promise.resolve({
    format,
    text: decodeText(bytes, {
      name: options.name,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    }),
  });
};
