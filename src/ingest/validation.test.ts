import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isSomkbError } from '../errors/index.js';
import { lineOf, readCorpusText, replaceOnce, swapParagraphs } from '../../test/support/corpus.js';
import type { IngestReport } from './index.js';
import { ingestSummary, ingestSummaryText, supportedLanguages } from './index.js';
import { UN_LANGUAGES } from '../domain/index.js';

const corpus = readCorpusText();
const ingest = (text: string): IngestReport =>
  ingestSummaryText(text, { language: 'zh', name: 'variant.txt' });
const errors = (report: IngestReport) =>
  report.anomalies.filter((anomaly) => anomaly.severity === 'error').map((a) => [a.code, a.line]);

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isSomkbError(error)) return { code: error.code, message: error.describe() };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('validation on ingest', () => {
  it('reports a symbol that does not parse, with its line', () => {
    const text = replaceOnce(corpus, '（CTOC/COP/WG.7/2018/2）', '（CTOC/COP/WG.7/20l8/2）');
    const report = ingest(text);
    expect(report.ok).toBe(false);
    expect(report.catalog).toBeUndefined();
    expect(errors(report)).toContainEqual(['paper-symbol-invalid', lineOf(text, ' 4. 2018 年')]);
  });

  it('reports a year that disagrees with the meeting number', () => {
    const text = replaceOnce(
      corpus,
      '2015 年，秘书处为工作组第三次会议',
      '2015 年，秘书处为工作组第四次会议',
    );
    const report = ingest(text);
    expect(errors(report)).toEqual([['paper-year-meeting-mismatch', lineOf(text, '10. 2015 年')]]);
    expect(report.anomalies.find((a) => a.severity === 'error')?.message).toContain(
      'meeting 4, held in 2017',
    );
  });

  it('reports a symbol whose year disagrees with the paper’s year', () => {
    const text = replaceOnce(corpus, '（CTOC/COP/WG.7/2019/3）', '（CTOC/COP/WG.7/2018/3）');
    expect(errors(ingest(text))).toEqual([['paper-symbol-year-mismatch', lineOf(text, '38. 2019 年')]]);
  });

  it('reports a paragraph number that repeats or jumps', () => {
    const repeated = replaceOnce(corpus, '\n41. 文件描述了', '\n40. 文件描述了');
    expect(errors(ingest(repeated))).toContainEqual([
      'paragraph-number-repeat',
      lineOf(repeated, '40. 文件描述了'),
    ]);
    const jumped = replaceOnce(corpus, '\n41. 文件描述了', '\n42. 文件描述了');
    expect(errors(ingest(jumped))).toContainEqual([
      'paragraph-number-jump',
      lineOf(jumped, '42. 文件描述了'),
    ]);
  });

  it('reports paragraphs out of order', () => {
    const report = ingest(swapParagraphs(corpus, 44));
    expect(report.ok).toBe(false);
    expect(errors(report).map(([code]) => code)).toEqual([
      'paragraph-number-jump',
      'paragraph-out-of-order',
      'paragraph-number-jump',
    ]);
  });

  it('reports a theme without key topics and a theme without papers', () => {
    const topicLines = corpus.split('\n');
    const technology = topicLines.findIndex((line) => line.trim() === '技术');
    const label = topicLines.findIndex((line, index) => index > technology && line.trim() === '关键议题');
    const firstParagraph = topicLines.findIndex((line) => line.trim().startsWith('76. '));
    const noTopics = [...topicLines.slice(0, label + 1), ...topicLines.slice(firstParagraph)].join('\n');
    expect(errors(ingest(noTopics))).toEqual([['theme-without-topics', technology + 1]]);

    const lines = corpus.split('\n');
    const heading = lines.findIndex((line) => line.trim() === '保护被偷运的移民');
    const nextTheme = lines.findIndex((line) => line.trim() === '预防');
    const headingOnly = [...lines.slice(0, heading + 6), ...lines.slice(nextTheme)].join('\n');
    const report = ingest(headingOnly);
    expect(errors(report).map(([code]) => code)).toContain('theme-without-papers');
  });

  it('reports a paper without summary paragraphs', () => {
    const lines = corpus.split('\n');
    const from = lines.findIndex((line) => line.trim().startsWith('37. '));
    const to = lines.findIndex((line) => line.trim() === '空中偷运');
    const text = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    const report = ingest(text);
    expect(errors(report)).toContainEqual(['paper-without-paragraphs', lineOf(text, '36. 2012，')]);
  });

  it('reports text before a theme’s first paper, and an item outside any paragraph', () => {
    const text = replaceOnce(
      corpus,
      '43. 2015 年，秘书处为工作组第三次会议草拟了一份背景文件',
      '43. 2015 年，秘书处为工作组第三次会议写了一份文件',
    );
    expect(errors(ingest(text))).toContainEqual(['paragraph-outside-paper', lineOf(text, '43. 2015 年')]);
  });
});

describe('bad input', () => {
  it('refuses an empty file and a file of white space', () => {
    expect(refusal(() => ingestSummary(new Uint8Array(), { language: 'zh', name: 'empty.txt' }))).toEqual({
      code: 'INPUT_EMPTY',
      message: 'empty.txt: the file is empty: there is no text to ingest',
    });
    expect(refusal(() => ingestSummary(Buffer.from(' \n\n \t\n'), { language: 'zh' })).code).toBe(
      'INPUT_EMPTY',
    );
  });

  it('refuses binary data, naming the offset', () => {
    const bytes = Buffer.concat([
      Buffer.from('偷运移民\n'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]),
    ]);
    const result = refusal(() => ingestSummary(bytes, { language: 'zh', name: 'image.png' }));
    expect(result.code).toBe('INPUT_BINARY');
    expect(result.message).toMatch(/^image\.png, line 2: .*NUL byte at offset 17/);
  });

  it('refuses UTF-16, with and without a byte-order mark', () => {
    const text = corpus.slice(0, 2000);
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.from(text, 'utf16le'),
      Buffer.from(text, 'utf16le').swap16(),
    ]) {
      const result = refusal(() => ingestSummary(bytes, { language: 'zh', name: 'utf16.txt' }));
      expect(result).toMatchObject({ code: 'INPUT_ENCODING' });
      expect(result.message).toContain('UTF-16');
    }
  });

  it('refuses GBK/GB18030 and says how to convert it', () => {
    const bytes = readFileSync(new URL('../../test/fixtures/summary-head.gbk.txt', import.meta.url));
    const result = refusal(() => ingestSummary(bytes, { language: 'zh', name: 'gbk.txt' }));
    expect(result.code).toBe('INPUT_ENCODING');
    expect(result.message).toMatch(/^gbk\.txt, line 1: .*GBK\/GB18030.*iconv/);
  });

  it('says a file cut inside a character is cut', () => {
    const bytes = Buffer.from(corpus).subarray(0, 15_000);
    const result = refusal(() => ingestSummary(bytes, { language: 'zh', name: 'cut.txt' }));
    expect(result.code).toBe('INPUT_STRUCTURE');
    expect(result.message).toMatch(
      /^cut\.txt, line \d+: the text ends in the middle of a character .*looks cut$/,
    );
  });

  it('refuses input over the size limit before reading it', () => {
    const result = refusal(() =>
      ingestSummary(new Uint8Array(2048), { language: 'zh', name: 'big.txt', maxBytes: 1024 }),
    );
    expect(result).toEqual({
      code: 'INPUT_TOO_LARGE',
      message: 'big.txt: 2.0 KiB is too large; the largest text somkb ingests is 1.0 KiB',
    });
  });

  it('refuses a text in another language, naming its script', () => {
    const english =
      'Working Group on the Smuggling of Migrants\nVienna, 14 and 15 October 2021\nI. Introduction\n1. Background papers were prepared for each meeting of the Working Group in all six official languages.\n';
    const result = refusal(() => ingestSummaryText(english, { language: 'zh', name: 'english.txt' }));
    expect(result.code).toBe('INPUT_LANGUAGE');
    expect(result.message).toContain('Latin letters');
  });

  it('has a grammar for every UN language and refuses a code that is no UN language', () => {
    expect(supportedLanguages()).toEqual([...UN_LANGUAGES]);
    expect(refusal(() => ingestSummaryText(corpus, { language: 'de' }))).toMatchObject({ code: 'USAGE' });
  });

  it('reports a file cut in the middle of a paragraph, with the line', () => {
    const cutAt = corpus.indexOf('的典型组织结构');
    const report = ingest(corpus.slice(0, cutAt));
    expect(report.ok).toBe(false);
    expect(errors(report)).toContainEqual(['text-cut', lineOf(corpus, '41. 文件描述了')]);
  });

  it('reports noise that has no structure, quickly and once', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const noise = Array.from({ length: 200_000 }, () =>
      random() < 0.05 ? '\n' : String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000)),
    ).join('');
    const report = ingest(noise);
    expect(report.ok).toBe(false);
    expect(report.anomalies).toHaveLength(1);
    expect(report.anomalies[0]?.code).toBe('no-chapters');
  });
});
