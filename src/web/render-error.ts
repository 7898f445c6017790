import type { Language, Paper } from '../domain/index.js';
import type { ParallelRefusal } from '../messages/index.js';
import { paperFacts } from './content-blocks.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, languageName, renderPage, searchForm } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { HISTORY_PATH, TOPICS_PATH, diffPath, paperPath, paperSlug } from './portal-urls.js';
import { similarity } from '../suggest/index.js';

/**
 * What went wrong, as the reader is told: a page that does not exist, a paper symbol that names no
 * paper, nothing published, a request that cannot be read, the store unavailable, or anything else;
 * and for the history: a `?version=` that is no version number, a version that does not exist, a
 * range of versions that is not two numbers, compares a version with itself, or is reversed; a
 * `?parallel=` that does not name two published languages.
 */
export type ErrorKind =
  | 'not-found'
  | 'paper-not-found'
  | 'no-catalog'
  | 'bad-request'
  | 'unavailable'
  | 'error'
  | 'bad-version'
  | 'version-missing'
  | 'bad-range'
  | 'same-version'
  | 'reversed-range'
  | 'bad-parallel'
  /** A signed-in user whose role may not open the page or do the action (403). */
  | 'forbidden';

/** An error page to render. */
export interface ErrorView {
  readonly status: number;
  readonly kind: ErrorKind;
  /** For `paper-not-found`, `bad-version` and `bad-range`: what was asked for (a symbol, a version, a range). */
  readonly asked?: string;
  /** For `version-missing` and `same-version`: the version named. */
  readonly version?: number;
  /** For `version-missing`: the newest version there is (0 when none). */
  readonly newest?: number;
  /** For `reversed-range`: the two versions as asked, the newer first. */
  readonly range?: { readonly from: number; readonly to: number };
  /** For `bad-parallel`: why the `?parallel=` asked cannot be shown, and the languages published. */
  readonly parallel?: {
    readonly reason: ParallelRefusal;
    readonly available: readonly Language[];
  };
}

/** The kinds of errors about the history's versions, whose page leads to the history. */
const HISTORY_ERRORS: ReadonlySet<ErrorKind> = new Set([
  'bad-version',
  'version-missing',
  'bad-range',
  'same-version',
  'reversed-range',
]);

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
 * the papers with the closest symbols and the list of all papers; for a version or a range of
 * versions, what was wrong with it and the history (and the range in order, when it was reversed).
 */
export function renderErrorPage(context: PageContext, model: PortalModel | undefined, view: ErrorView): Html {
  const { messages } = context;
  const asked = view.asked ?? '';
  const version = view.version ?? 0;
  const range = view.range ?? { from: 0, to: 0 };
  const [title, text] = {
    'not-found': () => [messages.notFoundTitle, messages.notFoundText],
    'paper-not-found': () => [messages.notFoundTitle, messages.paperNotFoundText(asked)],
    'no-catalog': () => [messages.notFoundTitle, messages.noCatalog],
    'bad-request': () => [messages.badRequestTitle, messages.badRequestText],
    unavailable: () => [messages.errorTitle, messages.unavailableText],
    error: () => [messages.errorTitle, messages.errorText],
    'bad-version': () => [messages.badRequestTitle, messages.badVersionText(asked)],
    'version-missing': () => [messages.notFoundTitle, messages.versionMissingText(version, view.newest ?? 0)],
    'bad-range': () => [messages.badRequestTitle, messages.badRangeText(asked)],
    'same-version': () => [messages.badRequestTitle, messages.sameVersionText(version)],
    'reversed-range': () => [messages.badRequestTitle, messages.reversedRangeText(range.from, range.to)],
    forbidden: () => [messages.editors.forbiddenTitle, messages.editors.forbiddenText],
    'bad-parallel': () => [
      messages.badRequestTitle,
      messages.parallelRefused[view.parallel?.reason ?? 'not-two'](
        asked,
        (view.parallel?.available ?? []).map(languageName).join(', '),
      ),
    ],
  }[view.kind]();
  let papers: Html = EMPTY;
  if (view.kind === 'paper-not-found' && model !== undefined) {
    const close = closestPapers(model.catalog.papers, view.asked ?? '');
    papers = h`${close.length === 0 ? EMPTY : h`<section aria-labelledby="close-heading"><h2 id="close-heading">${messages.closestPapers}</h2>${paperList(context, model, close)}</section>`}
<section aria-labelledby="all-heading"><h2 id="all-heading">${messages.allPapers}</h2>${paperList(context, model, model.catalog.papers)}</section>`;
  }
  const reversed =
    view.kind === 'reversed-range'
      ? h`<li><a href="${diffPath(range.to, range.from)}">${messages.diffTitle(range.to, range.from)}</a></li>`
      : EMPTY;
  const options =
    view.kind === 'unavailable' || view.kind === 'error' || view.kind === 'forbidden'
      ? h`<ul class="next-steps"><li><a href="/">${messages.backHome}</a></li></ul>`
      : HISTORY_ERRORS.has(view.kind)
        ? h`<p>${messages.tryThese}</p><ul class="next-steps">${reversed}<li><a href="${HISTORY_PATH}">${messages.historyTitle}</a></li><li><a href="/">${messages.backHome}</a></li></ul>`
        : h`<p>${messages.tryThese}</p><ul class="next-steps"><li><a href="/">${messages.backHome}</a></li><li><a href="${TOPICS_PATH}">${messages.topicsTitle}</a></li></ul>${searchForm(messages, '', 'error-q')}`;
  return renderPage(context, {
    title: `${view.status} · ${title}`,
    section: 'none',
    hideHeaderSearch: true,
    main: h`<h1>${title} <span class="status">(${view.status})</span></h1><p class="lead">${text}</p>${options}${papers}`,
  });
}
