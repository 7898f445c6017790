import type { Catalog, Paper, Theme } from '../domain/index.js';
import { escapeHtml } from '../search/index.js';

/** A whole HTML page in Chinese, UTF-8, with the given (already escaped) body markup. */
function page(title: string, bodyMarkup: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    bodyMarkup,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A link to a paper's official page; plain text when its URL is not http(s) (never a script URL). */
function paperLink(paper: Paper): string {
  const symbol = escapeHtml(paper.symbol);
  return /^https?:\/\//i.test(paper.url) ? `<a href="${escapeHtml(paper.url)}">${symbol}</a>` : symbol;
}

function themeSection(theme: Theme, papers: ReadonlyMap<string, Paper>): string {
  const topics = theme.keyTopics.map((topic) => `<li>${escapeHtml(topic)}</li>`).join('');
  const paperItems = theme.papers
    .map((symbol) => {
      const paper = papers.get(symbol);
      if (paper === undefined) return `<li>${escapeHtml(symbol)}</li>`;
      return `<li>${paperLink(paper)} · ${paper.year} 年 · 第 ${paper.meeting} 次会议</li>`;
    })
    .join('');
  return [
    '<section>',
    `<h2>${escapeHtml(theme.name)}</h2>`,
    '<h3>关键议题</h3>',
    `<ul>${topics}</ul>`,
    '<h3>背景文件</h3>',
    `<ul>${paperItems}</ul>`,
    '</section>',
  ].join('\n');
}

/**
 * The placeholder home page: what somkb is, then the catalog's themes with their key topics and
 * papers (symbol linked to its official page, year, meeting); without a catalog, a message that
 * nothing is published yet. Every catalog string is HTML-escaped.
 */
export function renderHomePage(catalog: Catalog | undefined): string {
  const intro = [
    '<h1>somkb</h1>',
    '<p>somkb 是偷运移民问题工作组的知识门户：它把秘书处的文件整理成准确、可检索的多语种指导意见目录。</p>',
  ];
  if (catalog === undefined) {
    return page('somkb', [...intro, '<p>尚未发布任何目录。</p>'].join('\n'));
  }
  const papers = new Map(catalog.papers.map((paper) => [paper.symbol, paper]));
  return page(
    'somkb',
    [
      ...intro,
      `<p>${escapeHtml(catalog.document.header.title)}</p>`,
      ...catalog.themes.map((theme) => themeSection(theme, papers)),
      '<p><a href="/api/v1/catalog">JSON</a></p>',
    ].join('\n'),
  );
}

/** A plain error page: the status as heading and a message for the reader (escaped here). */
export function renderErrorPage(status: number, message: string): string {
  return page(
    `somkb · ${status}`,
    `<h1>${status}</h1>\n<p>${escapeHtml(message)}</p>\n<p><a href="/">somkb</a></p>`,
  );
}
