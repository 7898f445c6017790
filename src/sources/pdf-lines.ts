/** One word of a PDF page as `pdftotext -tsv` gives it: its box, in points, and its text. */
export interface PdfWord {
  readonly page: number;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/** The words of `pdftotext -tsv` output (rows of level 5), in the order given. */
export function parseTsvWords(tsv: string): PdfWord[] {
  const words: PdfWord[] = [];
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells[0] !== '5' || cells.length < 12) continue;
    const text = cells.slice(11).join('\t');
    if (text === '') continue;
    words.push({
      page: Number(cells[1]),
      left: Number(cells[6]),
      top: Number(cells[7]),
      width: Number(cells[8]),
      height: Number(cells[9]),
      text,
    });
  }
  return words;
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LTR_STRONG = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}\p{N}]/u;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** The em of a word: its box height is about 1.3 times its font size. */
const HEIGHT_PER_EM = 1.3;
/** A gap wider than this share of the em between two words is a space (pdftotext's own measure). */
const SPACE_GAP_EM = 0.1;
/**
 * Beside a Chinese character the gap must be wider: Word and LibreOffice set a gap of about 0.2 em
 * between Chinese and Latin letters or digits that is no character (`第 10条`), while a real space
 * there measures 0.25 em or more (`工作组 2012`, `2018 年`; measured on the summary's PDF made by
 * LibreOffice: 1.9–2.1 against 2.5–4.2 points at 10 pt).
 */
const SPACE_GAP_BESIDE_CJK_EM = 0.225;

const LTR_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}]/u;

/** Whether a gap of `gap` points between two words is a space. */
function isSpace(before: PdfWord, after: PdfWord, gap: number): boolean {
  const em = Math.min(before.height, after.height) / HEIGHT_PER_EM;
  const besideCjk = CJK.test(before.text.slice(-1)) || CJK.test(after.text.slice(0, 1));
  return gap > (besideCjk ? SPACE_GAP_BESIDE_CJK_EM : SPACE_GAP_EM) * em;
}

/**
 * Joins the words of a left-to-right line (sorted by their left edge), a space where the gap is one.
 */
function joinLeftToRight(words: readonly PdfWord[]): string {
  let text = '';
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if (previous !== undefined && isSpace(previous, word, word.left - (previous.left + previous.width))) {
      text += ' ';
    }
    text += word.text;
  });
  return text;
}

/**
 * Joins the words of a right-to-left line into logical order. pdftotext gives them in visual order:
 * words of Arabic letters (and of punctuation only) spelt left to right as drawn, so they are
 * reversed; the line is read from its right edge; a run of left-to-right words (a symbol, a number,
 * Latin words) keeps its own order inside.
 */
function joinRightToLeft(words: readonly PdfWord[]): string {
  const ordered = [...words].sort((a, b) => b.left + b.width - (a.left + a.width));
  const isLtr = (word: PdfWord): boolean => !RTL_LETTER.test(word.text) && LTR_STRONG.test(word.text);
  const pieces: string[] = [];
  for (let i = 0; i < ordered.length;) {
    const word = ordered[i] as PdfWord;
    const previous = ordered[i - 1];
    if (isLtr(word)) {
      let end = i;
      while (end + 1 < ordered.length && isLtr(ordered[end + 1] as PdfWord)) end++;
      const run = ordered.slice(i, end + 1).reverse();
      const gapBefore = previous === undefined ? 0 : previous.left - (word.left + word.width);
      if (previous !== undefined && isSpace(word, previous, gapBefore)) pieces.push(' ');
      pieces.push(joinLeftToRight(run));
      i = end + 1;
      continue;
    }
    if (previous !== undefined && isSpace(word, previous, previous.left - (word.left + word.width))) {
      pieces.push(' ');
    }
    pieces.push(Array.from(word.text).reverse().join(''));
    i++;
  }
  return pieces.join('');
}

/**
 * The text of a PDF's pages from their words: words on one baseline make a line (so a paragraph
 * number set in a hanging indent stays with its text), lines are read top to bottom, each page ends
 * with a form feed as pdftotext writes it. A line is right to left when at least as many of its
 * words hold Arabic or Hebrew letters as hold Latin, Cyrillic or Chinese ones. Pure.
 */
export function linesFromWords(words: readonly PdfWord[]): string {
  const pages = new Map<number, PdfWord[]>();
  for (const word of words) {
    const page = pages.get(word.page);
    if (page === undefined) pages.set(word.page, [word]);
    else page.push(word);
  }
  const texts: string[] = [];
  for (const [, pageWords] of [...pages].sort(([a], [b]) => a - b)) {
    const sorted = [...pageWords].sort((a, b) => a.top + a.height / 2 - (b.top + b.height / 2));
    const lines: PdfWord[][] = [];
    let middle = Number.NEGATIVE_INFINITY;
    for (const word of sorted) {
      const center = word.top + word.height / 2;
      const current = lines.at(-1);
      if (current !== undefined && Math.abs(center - middle) <= word.height * 0.35) current.push(word);
      else {
        lines.push([word]);
        middle = center;
      }
    }
    const pageText = lines.map((line) => {
      const rtlWords = line.filter((word) => RTL_LETTER.test(word.text)).length;
      const rtl = rtlWords > 0 && rtlWords >= line.filter((word) => LTR_LETTER.test(word.text)).length;
      return rtl ? joinRightToLeft(line) : joinLeftToRight([...line].sort((a, b) => a.left - b.left));
    });
    texts.push(`${pageText.join('\n')}\n\f`);
  }
  return texts.join('');
}
