import type { Briefing, BriefingParagraph, BriefingProvision, BriefingTocEntry } from './build-briefing.js';
import type { Language } from '../domain/index.js';
import { textDirection } from '../domain/index.js';
import { xmlSafe } from '../export/index.js';
import { escapeHtml } from '../search/index.js';
import { INSTRUMENTS_ANCHOR, PROVISIONS_ANCHOR } from './build-briefing.js';

/** An `<a href>` to a web address when it is http(s), else the text alone (no other scheme is linked). */
function webLink(url: string, text: string): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}

/**
 * The print stylesheet: A4 pages with margins, a CJK serif font stack, the cover and the table of
 * contents on pages of their own, each theme and annex from a new page, headings kept with what
 * follows, and links in the text colour on paper.
 */
const STYLE = `
@page { size: A4; margin: 20mm 18mm 22mm; }
:root { color: #1a1a1a; }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem; font: 11pt/1.6 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Times New Roman", serif; }
h1, h2, h3 { color: #1f3864; line-height: 1.3; break-after: avoid; page-break-after: avoid; }
.cover { min-height: 60vh; break-after: page; page-break-after: always; }
.cover .kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; color: #555; }
.cover h1 { font-size: 26pt; margin: 2rem 0 1rem; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0; }
nav.toc { break-after: page; page-break-after: always; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 1.5rem; }
nav.toc a { color: inherit; text-decoration: none; }
section.theme, section.annex { break-before: page; page-break-before: always; }
.key-topics { font-size: 10pt; background: #f3f5f9; padding: 0.4rem 0.8rem; }
.key-topics h3 { font-size: 10pt; margin: 0.2rem 0; }
.key-topics ul { margin: 0.2rem 0; padding-left: 1.2rem; columns: 2; }
.subject { font-style: italic; }
.paragraph { margin: 0 0 0.9rem; break-inside: avoid; page-break-inside: avoid; }
.paragraph p { margin: 0; text-align: justify; }
.paragraph .number { font-weight: bold; margin-right: 0.4rem; }
.paragraph ol.items { list-style: none; margin: 0.2rem 0 0 2rem; padding: 0; }
.paragraph ol.items .label { margin-right: 0.4rem; }
.parallel { display: grid; grid-template-columns: 1fr 1fr; gap: 0.2rem 1.2rem; }
.parallel > p { margin: 0; }
.parallel > .item { padding-inline-start: 1.5rem; }
.parallel > .item .label { margin-inline-end: 0.4rem; }
@media (max-width: 40rem) { .parallel { grid-template-columns: 1fr; } }
.citation { font-size: 9pt; color: #555; margin: 0.2rem 0 0; }
.citation.official { margin-bottom: 0.8rem; }
a { color: #1f4e99; }
.annex li { margin-bottom: 0.4rem; }
.annex .other { color: #555; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; }
}
`.trim();

/**
 * The `lang` attribute of a text in `language` inside the pack, with a `dir` when its direction is
 * not the document's (the headings language's): Arabic text in a pack with English headings is
 * `lang="ar" dir="rtl"`, English text in an Arabic pack `lang="en" dir="ltr"`.
 */
function langAttributes(language: Language, briefing: Briefing): string {
  const direction = textDirection(language);
  const own = direction === textDirection(briefing.headingsLanguage) ? '' : ` dir="${direction}"`;
  return ` lang="${escapeHtml(language)}"${own}`;
}

/**
 * A paragraph of a bilingual pack: a grid of two columns, the pack's language on the left and its
 * second language on the right (stacked on a narrow screen), the number and text on the first row and
 * one row per lettered item, each cell with its own `lang` and `dir`.
 */
function parallelHtml(paragraph: BriefingParagraph, briefing: Briefing): string {
  const second = paragraph.parallel;
  if (second === undefined) return '';
  const first = langAttributes(briefing.catalogLanguage, briefing);
  const other = langAttributes(second.lang, briefing);
  const cells = [
    `<p${first}><span class="number">${paragraph.number}.</span>${escapeHtml(paragraph.text)}</p>`,
    `<p${other}><span class="number">${paragraph.number}.</span>${escapeHtml(second.text)}</p>`,
    ...paragraph.items.flatMap((item, index) => [
      `<p class="item"${first}><span class="label">(${escapeHtml(item.label)})</span>${escapeHtml(item.text)}</p>`,
      `<p class="item"${other}><span class="label">(${escapeHtml(item.label)})</span>${escapeHtml(second.items[index]?.text ?? '')}</p>`,
    ]),
  ];
  return `<div class="parallel">${cells.join('')}</div>`;
}

/** One paragraph of the pack: its number and text, its items, its citation and official document. */
function paragraphHtml(paragraph: BriefingParagraph, briefing: Briefing): string {
  const lang = langAttributes(briefing.catalogLanguage, briefing);
  const official = paragraph.url === null ? '' : ` · ${webLink(paragraph.url, paragraph.url)}`;
  if (paragraph.parallel !== undefined) {
    return [
      `<div class="paragraph" id="${escapeHtml(paragraph.anchor)}">`,
      parallelHtml(paragraph, briefing),
      `<p class="citation">${escapeHtml(paragraph.citation)}${official}</p>`,
      '</div>',
    ].join('');
  }
  const items =
    paragraph.items.length === 0
      ? ''
      : `<ol class="items"${lang}>${paragraph.items
          .map(
            (item) =>
              `<li><span class="label">(${escapeHtml(item.label)})</span>${escapeHtml(item.text)}</li>`,
          )
          .join('')}</ol>`;
  return [
    `<div class="paragraph" id="${escapeHtml(paragraph.anchor)}">`,
    `<p${lang}><span class="number">${paragraph.number}.</span>${escapeHtml(paragraph.text)}</p>`,
    items,
    `<p class="citation">${escapeHtml(paragraph.citation)}${official}</p>`,
    '</div>',
  ].join('');
}

/** An annex list: each provision or instrument with its other-language form and where it is cited. */
function annexHtml(
  briefing: Briefing,
  anchor: string,
  title: string,
  entries: readonly BriefingProvision[],
): string {
  if (entries.length === 0) return '';
  const items = entries.map((entry) => {
    const places = entry.places
      .map((place) => `<a href="#${escapeHtml(place.anchor)}">${escapeHtml(place.citation)}</a>`)
      .join('; ');
    return `<li><strong${langAttributes(entry.citationLang, briefing)}>${escapeHtml(entry.citation)}</strong> <span class="other"${langAttributes(entry.otherLang, briefing)}>${escapeHtml(entry.otherCitation)}</span><br>${escapeHtml(briefing.labels.citedIn)}${escapeHtml(briefing.labels.colon)}${places}</li>`;
  });
  return `<section class="annex" id="${escapeHtml(anchor)}"><h2>${escapeHtml(title)}</h2><ul>${items.join('\n')}</ul></section>`;
}

/**
 * A briefing pack as one standalone HTML document for printing: the cover, the table of contents
 * (links to the sections), the sections with their papers and paragraphs, then the annexes of
 * cited provisions and instruments. Every piece of text is escaped; only http(s) addresses become
 * links; the print stylesheet is inline and there is no script (a Content-Security-Policy forbids
 * any). `lang` marks the headings language on the document and the catalog's language on its text,
 * with `dir` wherever the direction changes (Arabic right to left). A bilingual pack sets each
 * paragraph beside its second language's, item by item (see `parallelHtml`).
 * Characters XML forbids are dropped from every text.
 */
export function renderBriefingHtml(unsafeBriefing: Briefing): string {
  // The one place text enters this writer: no character XML forbids reaches the page.
  const briefing = xmlSafe(unsafeBriefing);
  const { cover, labels } = briefing;
  const lang = langAttributes(briefing.catalogLanguage, briefing);
  const selection = cover.selection
    .map(
      (line) =>
        `<dt>${escapeHtml(line.label)}</dt><dd${langAttributes(line.lang, briefing)}>${escapeHtml(line.value)}</dd>`,
    )
    .join('');
  const coverHtml = [
    '<header class="cover">',
    `<p class="kind">${escapeHtml(cover.kind)}</p>`,
    `<h1>${escapeHtml(cover.title)}</h1>`,
    '<dl>',
    `<dt>${escapeHtml(labels.date)}</dt><dd><time datetime="${escapeHtml(cover.date)}">${escapeHtml(cover.dateText)}</time></dd>`,
    selection,
    `<dt>${escapeHtml(labels.holds)}</dt><dd>${escapeHtml(cover.countsText)}</dd>`,
    `<dt>${escapeHtml(labels.source)}</dt><dd${lang}>${escapeHtml(cover.source)}</dd>`,
    '</dl>',
    '</header>',
  ].join('\n');

  const tocGroups: { entry: BriefingTocEntry; children: BriefingTocEntry[] }[] = [];
  for (const entry of briefing.contents) {
    const last = tocGroups[tocGroups.length - 1];
    if (entry.level === 2 && last !== undefined) last.children.push(entry);
    else tocGroups.push({ entry, children: [] });
  }
  const tocLink = (entry: BriefingTocEntry): string =>
    `<a href="#${escapeHtml(entry.anchor)}"${langAttributes(entry.lang, briefing)}>${escapeHtml(entry.text)}</a>`;
  const tocItems = tocGroups.map(
    ({ entry, children }) =>
      `<li>${tocLink(entry)}${children.length === 0 ? '' : `<ol>${children.map((child) => `<li>${tocLink(child)}</li>`).join('')}</ol>`}</li>`,
  );
  const toc = `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(labels.contents)}</h2><ol>${tocItems.join('')}</ol></nav>`;

  const sections = briefing.sections.map((section) => {
    const keyTopics =
      section.keyTopics.length === 0
        ? ''
        : `<div class="key-topics"><h3>${escapeHtml(labels.keyTopics)}</h3><ul>${section.keyTopics
            .map((topic) => `<li${langAttributes(topic.lang, briefing)}>${escapeHtml(topic.text)}</li>`)
            .join('')}</ul></div>`;
    const loose = section.paragraphs.map((paragraph) => paragraphHtml(paragraph, briefing)).join('\n');
    const papers = section.papers.map((paper) =>
      [
        `<section class="paper" id="${escapeHtml(paper.anchor)}">`,
        `<h3>${webLink(paper.url, paper.symbol)}${escapeHtml(paper.facts)}</h3>`,
        `<p class="subject"${lang}>${escapeHtml(paper.subject)}</p>`,
        `<p class="citation official">${escapeHtml(labels.officialDocument)}${escapeHtml(labels.colon)}${webLink(paper.url, paper.url)}</p>`,
        ...paper.paragraphs.map((paragraph) => paragraphHtml(paragraph, briefing)),
        '</section>',
      ].join('\n'),
    );
    return [
      `<section class="theme" id="${escapeHtml(section.anchor)}">`,
      `<h2${langAttributes(section.titleLang, briefing)}>${escapeHtml(section.title)}</h2>`,
      keyTopics,
      loose,
      ...papers,
      '</section>',
    ]
      .filter((part) => part !== '')
      .join('\n');
  });

  return `${[
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(briefing.headingsLanguage)}"${textDirection(briefing.headingsLanguage) === 'rtl' ? ' dir="rtl"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(cover.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    coverHtml,
    toc,
    '<main>',
    ...sections,
    annexHtml(briefing, PROVISIONS_ANCHOR, labels.provisions, briefing.provisions),
    annexHtml(briefing, INSTRUMENTS_ANCHOR, labels.instruments, briefing.instruments),
    '</main>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')}\n`;
}
