import type { Messages } from '../messages/index.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';

/** The page numbers to offer: the first, the last, and two on each side of the current one; `0` marks a gap. */
export function pageWindow(current: number, count: number): number[] {
  const pages: number[] = [];
  for (let page = 1; page <= count; page++) {
    if (page === 1 || page === count || Math.abs(page - current) <= 2) pages.push(page);
    else if (pages.at(-1) !== 0) pages.push(0);
  }
  return pages;
}

/**
 * The navigation between pages of a list: previous, the numbered pages around the current one
 * (marked `aria-current`), next. Empty when there is only one page.
 */
export function pagination(
  messages: Messages,
  current: number,
  count: number,
  hrefOf: (page: number) => string,
): Html {
  if (count <= 1) return EMPTY;
  const items = pageWindow(current, count).map((page) => {
    if (page === 0) return h`<li class="gap" aria-hidden="true">…</li>`;
    if (page === current) {
      return h`<li><a href="${hrefOf(page)}" aria-current="page" aria-label="${messages.pageName(page)}">${page}</a></li>`;
    }
    return h`<li><a href="${hrefOf(page)}" aria-label="${messages.pageName(page)}">${page}</a></li>`;
  });
  const previous =
    current > 1
      ? h`<li class="previous"><a href="${hrefOf(current - 1)}" rel="prev">${messages.previousPage}</a></li>`
      : EMPTY;
  const next =
    current < count
      ? h`<li class="next"><a href="${hrefOf(current + 1)}" rel="next">${messages.nextPage}</a></li>`
      : EMPTY;
  return h`<nav class="pagination" aria-label="${messages.pages}"><ul>${previous}${items}${next}</ul></nav>`;
}
