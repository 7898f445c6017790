import { describe, expect, it } from 'vitest';
import { describeCatalog } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { renderDocx } from './render-docx.js';
import { readDocxParts, wordText } from './testing/docx-parts.js';

describe('renderDocx', () => {
  it('writes the header, themes as Heading 1, papers as Heading 2 and numbered paragraphs with items', async () => {
    const parts = readDocxParts(await renderDocx(makeSampleCatalog()));
    const document = parts.get('word/document.xml') ?? '';
    const text = wordText(document).split('\n');
    expect(text.slice(0, 3)).toEqual([
      '自偷运移民问题工作组第一次会议以来的背景文件',
      '偷运移民问题工作组 · 2021-10-14, 2021-10-15 · 维也纳',
      '秘书处编写的专题概要',
    ]);
    expect(text).toContain('一. 导言');
    expect(text).toContain('关键议题：金钱或其他物质利益；金融调查；特别调查手段（特工行动、线人）');
    expect(text).toContain('CTOC/COP/WG.7/2018/2 (2018, meeting 5)');
    expect(text).toContain('https://undocs.org/CTOC/COP/WG.7/2018/2');
    expect(text).toContain('4.文件着重说明需要把“金钱或其他物质利益”这一要素列作一项要求，例如：');
    expect(text).toContain('(a)欧洲边境监测系统；');
    const headings = (style: string): string[] =>
      document
        .split('</w:p>')
        .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
        .map(wordText);
    expect(headings('Heading1')).toEqual(['刑事司法对策', '保护被偷运移民的权利']);
    expect(headings('Heading2')).toEqual([
      'CTOC/COP/WG.7/2018/2 (2018, meeting 5)',
      'CTOC/COP/WG.7/2015/4 (2015, meeting 3)',
      'CTOC/COP/WG.7/2013/3 (2013, meeting 2)',
    ]);
    expect(headings('SomkbItem')).toEqual([
      '(a)欧洲边境监测系统；',
      '(b)多机构港口情报股。',
      '(a)提供医疗援助。',
    ]);
  });

  it('links each paper to its official document as an external hyperlink', async () => {
    const parts = readDocxParts(await renderDocx(makeSampleCatalog()));
    const relationships = parts.get('word/_rels/document.xml.rels') ?? '';
    for (const symbol of ['CTOC/COP/WG.7/2018/2', 'CTOC/COP/WG.7/2015/4', 'CTOC/COP/WG.7/2013/3']) {
      expect(relationships).toContain(`Target="https://undocs.org/${symbol}" TargetMode="External"`);
    }
  });

  it('sets an East Asian font and Chinese as the East Asian language', async () => {
    const styles = readDocxParts(await renderDocx(makeSampleCatalog())).get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it('adds the cited provisions and instruments when given the knowledge', async () => {
    const catalog = makeSampleCatalog();
    const withCitation = {
      ...catalog,
      paragraphs: catalog.paragraphs.map((paragraph) =>
        paragraph.number === 4
          ? { ...paragraph, text: '文件强调应当根据《打击偷运移民议定书》第 3 条(a)款所述定义定为刑事犯罪。' }
          : paragraph,
      ),
    };
    const plain = wordText(readDocxParts(await renderDocx(withCitation)).get('word/document.xml') ?? '');
    expect(plain).not.toContain('Cited provisions');
    const knowledge = describeCatalog(withCitation, bundledKnowledge());
    const text = wordText(
      readDocxParts(await renderDocx(withCitation, knowledge)).get('word/document.xml') ?? '',
    );
    expect(text).toContain('Cited provisions · 援引的条款');
    expect(text).toContain(
      'Smuggling of Migrants Protocol, art. 3(a) (Use of terms) · 《打击偷运移民议定书》第 3 条(a)款（术语的使用） — para. 4',
    );
  });
});
