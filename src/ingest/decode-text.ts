import { SomkbError } from '../errors/index.js';

/** Default largest input accepted by {@link decodeText}: 16 MiB, far above any UN document. */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** Options of {@link decodeText}. */
export interface DecodeOptions {
  /** Largest accepted input in bytes; default {@link DEFAULT_MAX_INPUT_BYTES}. */
  readonly maxBytes?: number;
  /** Name of the input for messages (a file name). */
  readonly name?: string;
}

/**
 * Refuses an input of `size` bytes when it is over `maxBytes` (default
 * {@link DEFAULT_MAX_INPUT_BYTES}). Callers that can see a file's size before reading it call this
 * first, so that an oversized file is never read.
 */
export function checkInputSize(size: number, where: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): void {
  if (size > maxBytes) {
    throw new SomkbError(
      'INPUT_TOO_LARGE',
      `${formatBytes(size)} is too large; the largest text somkb ingests is ${formatBytes(maxBytes)}`,
      { where },
    );
  }
}

/**
 * Decodes the bytes of a source text, which must be UTF-8 (a BOM is allowed and dropped).
 * Refuses, with a message that says what the input is and where the problem starts: empty input,
 * oversized input, UTF-16, GBK/GB18030, and binary data.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const name = options.name ?? 'input';
  checkInputSize(bytes.length, name, options.maxBytes);
  if (bytes.length === 0) {
    throw new SomkbError('INPUT_EMPTY', 'the file is empty: there is no text to ingest', { where: name });
  }
  if (looksLikeUtf16(bytes)) {
    throw new SomkbError(
      'INPUT_ENCODING',
      'encoded in UTF-16, not UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8',
      { where: name },
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SomkbError('INPUT_BINARY', `binary data, not text (NUL byte at offset ${nul})`, {
      where: `${name}, line ${lineAtOffset(bytes, nul)}`,
    });
  }
  const invalid = firstInvalidUtf8Offset(bytes);
  if (invalid !== -1) {
    const where = `${name}, line ${lineAtOffset(bytes, invalid)}`;
    if (endsInsideCharacter(bytes, invalid)) {
      throw new SomkbError(
        'INPUT_STRUCTURE',
        `the text ends in the middle of a character (offset ${invalid}): the file looks cut`,
        { where },
      );
    }
    if (looksLikeGb18030(bytes)) {
      throw new SomkbError(
        'INPUT_ENCODING',
        `not UTF-8 but GBK/GB18030-encoded Chinese (first non-UTF-8 byte at offset ${invalid}); convert it, e.g. iconv -f GB18030 -t UTF-8`,
        { where },
      );
    }
    throw new SomkbError(
      'INPUT_BINARY',
      `not UTF-8 text (invalid byte 0x${hex(bytes[invalid] ?? 0)} at offset ${invalid})`,
      { where },
    );
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  const controls = countControlCharacters(text);
  if (controls > 0 && controls / text.length > 0.01) {
    throw new SomkbError('INPUT_BINARY', `not plain text: ${controls} control characters in ${text.length}`, {
      where: name,
    });
  }
  if (text.trim() === '') {
    throw new SomkbError('INPUT_EMPTY', 'the file holds only white space: there is no text to ingest', {
      where: name,
    });
  }
  return text;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2) {
    const [first, second] = [bytes[0], bytes[1]];
    if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
  }
  // UTF-16 without a BOM: every ASCII character (digits, spaces, line breaks) puts a NUL in the same
  // byte position of its pair, while CJK characters almost never hold a NUL byte.
  const sample = Math.min(bytes.length, 8192) & ~1;
  if (sample < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  const [more, fewer] = evenNul > oddNul ? [evenNul, oddNul] : [oddNul, evenNul];
  return more >= Math.max(4, pairs * 0.02) && fewer * 10 <= more;
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  const text = new TextDecoder('gb18030').decode(sample);
  let han = 0;
  let replaced = 0;
  for (const char of text) {
    if (char === '\uFFFD') replaced++;
    else if (/\p{Script=Han}/u.test(char)) han++;
  }
  return han > 0 && han >= text.length * 0.2 && replaced <= 2;
}

/** The offset of the first byte that breaks UTF-8, or -1 when all of `bytes` is valid UTF-8. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the bytes from `offset` to the end are the start of a UTF-8 sequence that was cut off. */
function endsInsideCharacter(bytes: Uint8Array, offset: number): boolean {
  const lead = bytes[offset] ?? 0;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (length === 0 || bytes.length - offset >= length) return false;
  for (let i = offset + 1; i < bytes.length; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) return false;
  return true;
}

function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) count++;
  }
  return count;
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${size} bytes`;
}
