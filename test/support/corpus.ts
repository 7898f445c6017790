import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IngestRequest } from '../../src/services/index.js';

/** Path of the corpus bundled with the project. */
export const BUNDLED_CORPUS_PATH = fileURLToPath(
  new URL('../../corpus/zh/thematic-summary-2021.txt', import.meta.url),
);

/** The bytes of the bundled Chinese thematic summary. */
export function readCorpusBytes(): Buffer {
  return readFileSync(BUNDLED_CORPUS_PATH);
}

/** The bundled summary as `somkb ingest` reads it: its bytes, file name, language and SHA-256. */
export function bundledIngestRequest(): IngestRequest {
  const bytes = readCorpusBytes();
  return {
    bytes,
    name: 'thematic-summary-2021.txt',
    language: 'zh',
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The text of the bundled Chinese thematic summary. */
export function readCorpusText(): string {
  return readCorpusBytes().toString('utf8');
}

/** The 1-based line on which `needle` first occurs in `text`; throws when it does not occur. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`test fixture: «${needle}» does not occur in the text`);
  return text.slice(0, index).split('\n').length;
}

/** `text` with its first occurrence of `from` replaced by `to`; throws when `from` does not occur. */
export function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test fixture: «${from}» does not occur in the text`);
  return text.replace(from, () => to);
}

/** `text` with the lines of paragraph `first` and of the paragraph right after it swapped. */
export function swapParagraphs(text: string, first: number): string {
  const lines = text.split('\n');
  const startOf = (number: number): number => {
    const index = lines.findIndex((line) => line.trim().startsWith(`${number}. `));
    if (index === -1) throw new Error(`test fixture: no paragraph ${number}`);
    return index;
  };
  const [a, b, c] = [startOf(first), startOf(first + 1), startOf(first + 2)];
  return [...lines.slice(0, a), ...lines.slice(b, c), ...lines.slice(a, b), ...lines.slice(c)].join('\n');
}
