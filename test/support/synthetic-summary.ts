/**
 * Makes a large, valid thematic summary from the bundled one, for benchmarks and for publish tests
 * that need a publish long enough to interrupt: the paragraphs of the last paper (from `77.`) are
 * repeated, renumbered, until the text reaches `targetBytes` (UTF-8).
 */
export function makeLargeSummary(corpus: string, targetBytes: number): string {
  const lines = corpus.split('\n');
  const isFurniture = (line: string): boolean => /^\s*https?:\/\/undocs\.org\//.test(line);
  const start = lines.findIndex((line) => /^\s*77\.\s/.test(line));
  if (start === -1) throw new Error('the corpus has no paragraph 77');
  const tail = lines.slice(start).filter((line) => !isFurniture(line));
  const blocks: string[][] = [];
  for (const line of tail) {
    if (/^\s*\d+\.\s/.test(line)) blocks.push([]);
    blocks.at(-1)?.push(line);
  }
  const parts = [lines.slice(0, start).join('\n'), ...blocks.map((block) => block.join('\n'))];
  let size = Buffer.byteLength(parts.join('\n'));
  let number = 79;
  while (size < targetBytes) {
    const block = blocks[(number - 79) % blocks.length] ?? [];
    number++;
    const copy = [block[0]?.replace(/^(\s*)\d+\./, `$1${number}.`) ?? '', ...block.slice(1)].join('\n');
    parts.push(copy);
    size += Buffer.byteLength(copy) + 1;
  }
  return `${parts.join('\n')}\n`;
}
