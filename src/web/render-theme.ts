import type { Theme } from '../domain/index.js';
import {
  downloadLinks,
  keyTopicLink,
  paperDate,
  paperSubject,
  paragraphChangeNote,
  paragraphCitation,
  themeName,
  themeNameText,
} from './content-blocks.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, inServedVersion, renderPage, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { paperPath, paragraphAnchor, themePath } from './portal-urls.js';

function paperEntry(context: PageContext, model: PortalModel, symbol: string): Html {
  const { messages, lang } = context;
  const content = contentAttributes(lang, model.catalog.language);
  const paper = model.paperBySymbol.get(symbol);
  if (paper === undefined) return h`<li class="card paper-card"><h3>${symbolText(symbol)}</h3></li>`;
  const first =
    paper.paragraphs[0] === undefined ? undefined : model.paragraphByNumber.get(paper.paragraphs[0]);
  const firstBlock =
    first === undefined
      ? EMPTY
      : h`<div class="first-paragraph"><p class="label"><a href="${inServedVersion(context, `${paperPath(paper.symbol)}#${paragraphAnchor(first.number)}`)}">${messages.paragraphName(first.number)}</a></p>${paragraphChangeNote(context, model, first.number)}<p${content}>${first.text}</p><p class="citation"><cite class="cite-text">${paragraphCitation(context, first)}</cite></p></div>`;
  return h`<li class="card paper-card">
<h3><a href="${inServedVersion(context, paperPath(paper.symbol))}">${symbolText(paper.symbol)}</a></h3>
<p class="facts">${paperDate(context, paper)} · ${messages.labelled(messages.summaryParagraphs)} ${paper.paragraphs.length}</p>
<p class="subject">${paperSubject(context, model, paper.subject)}</p>
${firstBlock}
</li>`;
}

/**
 * A theme's page: its heading, its key topics (each a link to the topic's page), and its papers in
 * source order, each with symbol, year, meeting, subject and its first paragraph.
 */
export function renderThemePage(context: PageContext, model: PortalModel, theme: Theme): Html {
  const { messages } = context;
  const index = model.catalog.themes.indexOf(theme);
  const previous = model.catalog.themes[index - 1];
  const next = model.catalog.themes[index + 1];
  const pager = h`<nav class="pager" aria-label="${messages.themesHeading}"><ul>
${previous === undefined ? EMPTY : h`<li class="previous"><a href="${inServedVersion(context, themePath(previous.id))}" rel="prev">${messages.themeNumber(previous.number)} ${themeName(context, model, previous)}</a></li>`}
${next === undefined ? EMPTY : h`<li class="next"><a href="${inServedVersion(context, themePath(next.id))}" rel="next">${messages.themeNumber(next.number)} ${themeName(context, model, next)}</a></li>`}
</ul></nav>`;
  return renderPage(context, {
    title: `${messages.themeNumber(theme.number)} · ${themeNameText(context, model, theme)}`,
    section: 'none',
    showsContent: true,
    offersParallel: true,
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.themeNumber(theme.number) }],
    main: h`<h1><span class="theme-number">${messages.themeNumber(theme.number)}</span> ${themeName(context, model, theme)}</h1>
<p class="result-downloads">${messages.labelled(messages.download)} ${downloadLinks(context, new URLSearchParams({ theme: theme.id }))}</p>
<section aria-labelledby="topics-heading"><h2 id="topics-heading">${messages.keyTopics}</h2>
<ul class="topic-list">${theme.keyTopics.map((topic) => h`<li>${keyTopicLink(context, model, topic)}</li>`)}</ul></section>
<section aria-labelledby="papers-heading"><h2 id="papers-heading">${messages.papersHeading}</h2>
<ol class="cards paper-cards">${theme.papers.map((symbol) => paperEntry(context, model, symbol))}</ol></section>
${pager}`,
  });
}
