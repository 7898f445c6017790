import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import type { BriefingRequest } from './build-briefing.js';
import { buildBriefing } from './build-briefing.js';
import { renderBriefingMarkdown } from './render-briefing-markdown.js';

const render = (catalog: Catalog, request: Partial<BriefingRequest> = {}): string =>
  renderBriefingMarkdown(
    buildBriefing(catalog, describeCatalog(catalog, bundledKnowledge()), {
      selection: {},
      date: '2025-03-04',
      ...request,
    }),
  );

describe('renderBriefingMarkdown', () => {
  it('writes the cover, the contents, then each theme, paper and paragraph with its citation', () => {
    const markdown = render(makeSampleCatalog(), { selection: { papers: ['CTOC/COP/WG.7/2018/2'] } });
    expect(markdown).toBe(
      [
        '*Working Group on the Smuggling of Migrants · briefing pack*',
        '',
        '# Briefing pack',
        '',
        '**Date:** 4 March 2025  ',
        '**Papers:** CTOC/COP/WG.7/2018/2  ',
        '**Contents of the pack:** 1 theme, 1 paper, 2 paragraphs  ',
        '**Source:** 自偷运移民问题工作组第一次会议以来的背景文件 · 秘书处编写的专题概要 · 偷运移民问题工作组 · 2021-10-14, 2021-10-15 · 维也纳',
        '',
        '## Contents',
        '',
        '- [Criminal justice responses](#theme-1)',
        '  - [CTOC/COP/WG.7/2018/2 (2018, meeting 5)](#paper-ctoc-cop-wg-7-2018-2)',
        '',
        '---',
        '',
        '<a id="theme-1"></a>',
        '## Criminal justice responses',
        '',
        '**Key topics:** financial or other material benefit · financial investigations · 特别调查手段（特工行动、线人）',
        '',
        '<a id="paper-ctoc-cop-wg-7-2018-2"></a>',
        '### [CTOC/COP/WG.7/2018/2](https://undocs.org/CTOC/COP/WG.7/2018/2) (2018, meeting 5)',
        '',
        '*刑事司法对策*',
        '',
        '<a id="para-3"></a>',
        '**3.** 2018 年，秘书处为工作组第五次会议草拟了一份背景文件，以给工作组就刑事司法对策展开的讨论提供依据（CTOC/COP/WG.7/2018/2）。',
        '',
        '*Thematic summary (2021), para. 3 (on CTOC/COP/WG.7/2018/2)* · [https://undocs.org/CTOC/COP/WG.7/2018/2](https://undocs.org/CTOC/COP/WG.7/2018/2)',
        '',
        '<a id="para-4"></a>',
        '**4.** 文件着重说明需要把“金钱或其他物质利益”这一要素列作一项要求，例如：',
        '   - (a) 欧洲边境监测系统；',
        '   - (b) 多机构港口情报股。',
        '',
        '*Thematic summary (2021), para. 4 (on CTOC/COP/WG.7/2018/2)* · [https://undocs.org/CTOC/COP/WG.7/2018/2](https://undocs.org/CTOC/COP/WG.7/2018/2)',
        '',
      ].join('\n'),
    );
  });

  it('escapes catalog and request text', () => {
    const catalog = makeSampleCatalog();
    const hostile: Catalog = {
      ...catalog,
      themes: catalog.themes.map((theme, position) =>
        position === 0 ? { ...theme, name: '# <script>x</script> [a](javascript:y)' } : theme,
      ),
    };
    const markdown = render(hostile, { title: '*bold* _it_' });
    expect(markdown).toContain('# \\*bold\\* \\_it\\_\n');
    expect(markdown).toContain('## \\# \\<script\\>x\\</script\\> \\[a\\](javascript:y)\n');
    expect(markdown).not.toContain('<script>');
  });

  it('gives every link to an anchor a target, and lists the cited provisions', () => {
    const { catalog } = corpusSearchIndex();
    const markdown = render(catalog, { headingsLanguage: 'zh' });
    // The 28 entries of the contents and at least one place for each of the 20 provisions.
    const briefingTargets = 48;
    const ids = new Set([...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]));
    const targets = [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(briefingTargets);
    for (const target of targets) expect(ids.has(target)).toBe(true);
    expect(markdown).toContain('## 援引的条款\n');
    expect(markdown).toContain(
      '- **《打击偷运移民议定书》第 3 条(a)款（术语的使用）** · Smuggling of Migrants Protocol, art. 3(a) (Use of terms) — 援引于：[专题概要（2021 年），第 5 段（关于文件 CTOC/COP/WG.7/2018/2）](#para-5)',
    );
  });
});
