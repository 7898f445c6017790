import type { Paper } from '../domain/index.js';
import { paperFacts } from './content-blocks.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, renderPage, searchForm } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { TOPICS_PATH, paperPath, paperSlug } from './portal-urls.js';
import { similarity } from './suggest-topics.js';

/**
 * What went wrong, as the reader is told: a page that does not exist, a paper symbol that names no
 * paper, nothing published, a request that cannot be read, the store unavailable, or anything else.
 */
export type ErrorKind =
  'not-found' | 'paper-not-found' | 'no-catalog' | 'bad-request' | 'unavailable' | 'error';

/** An error page to render. */
export interface ErrorView {
  readonly status: number;
  readonly kind: ErrorKind;
  /** For `paper-not-found`: the symbol (or slug) that was asked for. */
  readonly asked?: string;
}

/** The papers whose symbols look most like `asked` (slug or symbol), best first. */
export function closestPapers(papers: readonly Paper[], asked: string, limit = 3): Paper[] {
  const wanted = paperSlug(asked).toLowerCase();
  return papers
    .map((paper) => ({ paper, score: similarity(wanted, paperSlug(paper.symbol).toLowerCase()) }))
    .filter((entry) => entry.score >= 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((entry) => entry.paper);
}

function paperList(context: PageContext, model: PortalModel, papers: readonly Paper[]): Html {
  const content = contentAttributes(context.lang, model.catalog.language);
  return h`<ul class="paper-list">${papers.map(
    (paper) =>
      h`<li><a href="${paperPath(paper.symbol)}">${paperFacts(context, paper)}</a> <span class="subject"${content}>${paper.subject}</span></li>`,
  )}</ul>`;
}

/**
 * An error page that helps: what happened in the interface language (never the internal error
 * text), and where to go from here: the home page, a search box, the topics; for an unknown paper,
 * the papers with the closest symbols and the list of all papers.
 */
export function renderErrorPage(context: PageContext, model: PortalModel | undefined, view: ErrorView): Html {
  const { messages } = context;
  const [title, text] = {
    'not-found': [messages.notFoundTitle, messages.notFoundText],
    'paper-not-found': [messages.notFoundTitle, messages.paperNotFoundText(view.asked ?? '')],
    'no-catalog': [messages.notFoundTitle, messages.noCatalog],
    'bad-request': [messages.badRequestTitle, messages.badRequestText],
    unavailable: [messages.errorTitle, messages.unavailableText],
    error: [messages.errorTitle, messages.errorText],
  }[view.kind];
  let papers: Html = EMPTY;
  if (view.kind === 'paper-not-found' && model !== undefined) {
    const close = closestPapers(model.catalog.papers, view.asked ?? '');
    papers = h`${close.length === 0 ? EMPTY : h`<section aria-labelledby="close-heading"><h2 id="close-heading">${messages.closestPapers}</h2>${paperList(context, model, close)}</section>`}
<section aria-labelledby="all-heading"><h2 id="all-heading">${messages.allPapers}</h2>${paperList(context, model, model.catalog.papers)}</section>`;
  }
  const options =
    view.kind === 'unavailable' || view.kind === 'error'
      ? h`<ul class="next-steps"><li><a href="/">${messages.backHome}</a></li></ul>`
      : h`<p>${messages.tryThese}</p><ul class="next-steps"><li><a href="/">${messages.backHome}</a></li><li><a href="${TOPICS_PATH}">${messages.topicsTitle}</a></li></ul>${searchForm(messages, '', 'error-q')}`;
  return renderPage(context, {
    title: `${view.status} · ${title}`,
    section: 'none',
    hideHeaderSearch: true,
    main: h`<h1>${title} <span class="status">(${view.status})</span></h1><p class="lead">${text}</p>${options}${papers}`,
  });
}
