import type { Paper } from '../domain/index.js';
import { officialUrl, paperUrlFor } from '../domain/index.js';
import { downloadLinks, paperLink, paperSubject, paragraphBlock, themeName } from './content-blocks.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { inServedVersion, renderPage, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { themePath } from './portal-urls.js';

/** The official page of a paper as the catalog holds it: its URL when it is http(s), else the plain undocs.org address of its symbol. */
function plainUrl(paper: Paper): string {
  return /^https?:\/\//i.test(paper.url) ? paper.url : officialUrl(paper.symbol);
}

/**
 * A paper's page: symbol, subject, year, meeting, main theme, a link to the official document in the
 * reader's language and one to the page of its six language versions, and its summary paragraphs whole (with their lettered items), each with its
 * anchor (`#para-12`) and citation; then the neighbouring papers of its theme.
 */
export function renderPaperPage(context: PageContext, model: PortalModel, paper: Paper): Html {
  const { messages, lang } = context;
  const theme = model.themeById.get(paper.theme);
  const paragraphs = paper.paragraphs.flatMap((number) => {
    const paragraph = model.paragraphByNumber.get(number);
    return paragraph === undefined ? [] : [paragraph];
  });
  const siblings = theme?.papers ?? [];
  const at = siblings.indexOf(paper.symbol);
  const previous = at > 0 ? siblings[at - 1] : undefined;
  const next = at >= 0 ? siblings[at + 1] : undefined;
  // The official document in the reader's language (the papers are issued in the six).
  const url = paperUrlFor(paper, lang);
  const themeLink =
    theme === undefined
      ? h`${paper.theme}`
      : h`<a href="${inServedVersion(context, themePath(theme.id))}">${messages.themeNumber(theme.number)} · ${themeName(context, model, theme)}</a>`;
  const pager =
    previous === undefined && next === undefined
      ? EMPTY
      : h`<nav class="pager" aria-label="${messages.otherPapersOfTheme}"><ul>
${previous === undefined ? EMPTY : h`<li class="previous"><span class="pager-label">${messages.previousPaper}</span> ${paperLink(context, previous)}</li>`}
${next === undefined ? EMPTY : h`<li class="next"><span class="pager-label">${messages.nextPaper}</span> ${paperLink(context, next)}</li>`}
</ul></nav>`;
  return renderPage(context, {
    title: paper.symbol,
    section: 'none',
    showsContent: true,
    offersParallel: true,
    breadcrumb: [
      { label: messages.navHome, href: '/' },
      ...(theme === undefined
        ? []
        : [{ label: messages.themeNumber(theme.number), href: themePath(theme.id) }]),
      { label: symbolText(paper.symbol) },
    ],
    main: h`<article class="paper">
<header class="paper-header">
<h1>${symbolText(paper.symbol)}</h1>
<p class="subject">${paperSubject(context, model, paper.subject)}</p>
<dl class="facts-list">
<div><dt>${messages.labelled(messages.year)}</dt><dd>${messages.yearName(paper.year)}</dd></div>
<div><dt>${messages.labelled(messages.meeting)}</dt><dd>${messages.meetingName(paper.meeting)}</dd></div>
<div><dt>${messages.labelled(messages.mainTheme)}</dt><dd>${themeLink}</dd></div>
<div><dt>${messages.labelled(messages.officialDocument)}</dt><dd><a class="official-link" href="${url}" rel="external">${messages.officialDocumentLink(paper.symbol)}</a> · <a class="official-languages" href="${plainUrl(paper)}" rel="external">${messages.officialDocumentAllLanguages}</a> <span class="print-url">${url}</span></dd></div>
<div class="downloads"><dt>${messages.labelled(messages.download)}</dt><dd>${downloadLinks(context, new URLSearchParams({ paper: paper.symbol }))}</dd></div>
</dl>
</header>
<section aria-labelledby="paragraphs-heading"><h2 id="paragraphs-heading">${messages.summaryParagraphs}</h2>
${paragraphs.map((paragraph) => paragraphBlock(context, model, paragraph, { anchor: true }))}
</section>
</article>
${pager}`,
  });
}
