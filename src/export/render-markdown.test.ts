import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { escapeMarkdown, renderMarkdown } from './render-markdown.js';

describe('escapeMarkdown', () => {
  it('escapes inline markup characters', () => {
    expect(escapeMarkdown('a*b_c`d[e]f<g>h')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  it('escapes a leading heading, list or ordered-list marker', () => {
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('- 项')).toBe('\\- 项');
    expect(escapeMarkdown('+ 项')).toBe('\\+ 项');
    expect(escapeMarkdown('12. 项')).toBe('12\\. 项');
  });

  it('folds line breaks so that text cannot open a new block', () => {
    expect(escapeMarkdown('一\n\n# 二')).toBe('一 \\# 二');
  });

  it('leaves Chinese text and full-width punctuation alone', () => {
    expect(escapeMarkdown('特别调查手段（特工行动、线人）')).toBe('特别调查手段（特工行动、线人）');
  });
});

describe('renderMarkdown', () => {
  it('renders the header, chapters, themes, papers, paragraphs and items', () => {
    expect(renderMarkdown(makeSampleCatalog())).toBe(
      [
        '# 自偷运移民问题工作组第一次会议以来的背景文件',
        '',
        '偷运移民问题工作组 · 2021-10-14, 2021-10-15 · 维也纳',
        '',
        '秘书处编写的专题概要',
        '',
        '## 一. 导言',
        '',
        '**1.** 为偷运移民问题工作组的每一次会议提供了联合国所有六种正式语文的背景文件。',
        '',
        '**2.** 本概要扼要说明了背景文件所载指导意见和相关知识。',
        '',
        '## 二. 背景文件概要',
        '',
        '### 刑事司法对策',
        '',
        '**关键议题**',
        '',
        '- 金钱或其他物质利益',
        '- 金融调查',
        '- 特别调查手段（特工行动、线人）',
        '',
        '#### [CTOC/COP/WG.7/2018/2](https://undocs.org/CTOC/COP/WG.7/2018/2) (2018, meeting 5)',
        '',
        '**3.** 2018 年，秘书处为工作组第五次会议草拟了一份背景文件，以给工作组就刑事司法对策展开的讨论提供依据（CTOC/COP/WG.7/2018/2）。',
        '',
        '**4.** 文件着重说明需要把“金钱或其他物质利益”这一要素列作一项要求，例如：',
        '   - (a) 欧洲边境监测系统；',
        '   - (b) 多机构港口情报股。',
        '',
        '#### [CTOC/COP/WG.7/2015/4](https://undocs.org/CTOC/COP/WG.7/2015/4) (2015, meeting 3)',
        '',
        '**5.** 2015 年，秘书处为工作组第三次会议草拟了一份背景文件，以给工作组就有组织犯罪问题，包括金融调查展开讨论提供依据（CTOC/COP/WG.7/2015/4）。',
        '',
        '**6.** 所分析的手段包括对移民的"控制下交付"。',
        '',
        '### 保护被偷运移民的权利',
        '',
        '**关键议题**',
        '',
        '- 援助',
        '- 国际合作',
        '',
        '#### [CTOC/COP/WG.7/2013/3](https://undocs.org/CTOC/COP/WG.7/2013/3) (2013, meeting 2)',
        '',
        '**7.** 2013 年，秘书处为工作组第二次会议草拟了一份背景文件，以给工作组就保护被偷运移民权利的讨论提供依据（CTOC/COP/WG.7/2013/3）。',
        '',
        '**8.** 文件介绍了援助措施。',
        '   - (a) 提供医疗援助。',
        '',
        '**9.** 文件还述及国际合作问题。',
        '',
      ].join('\n'),
    );
  });

  it('escapes catalog text that would break the rendering', () => {
    const catalog = makeSampleCatalog();
    const hostile: Catalog = {
      ...catalog,
      themes: catalog.themes.map((theme, position) =>
        position === 0 ? { ...theme, name: '<script>x</script> #1', keyTopics: ['# 主题', '*强调*'] } : theme,
      ),
      paragraphs: catalog.paragraphs.map((paragraph) =>
        paragraph.number === 1 ? { ...paragraph, text: '[链接](javascript:x) `代码` _斜体_' } : paragraph,
      ),
    };
    const markdown = renderMarkdown(hostile);
    expect(markdown).toContain('### \\<script\\>x\\</script\\> \\#1\n');
    expect(markdown).toContain('- \\# 主题\n- \\*强调\\*\n');
    expect(markdown).toContain('**1.** \\[链接\\](javascript:x) \\`代码\\` \\_斜体\\_\n');
    expect(markdown).not.toContain('<script>');
  });
});
