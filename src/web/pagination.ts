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

/** What a page control says of itself: the current page, its accessible name, previous or next. */
export interface PageControlMarks {
  readonly current?: boolean;
  readonly label?: string;
  readonly rel?: 'prev' | 'next';
}

/** Makes the control that leads to `page`, showing `content`. */
export type PageControl = (page: number, marks: PageControlMarks, content: Html) => Html;

/** The attributes of a link for `marks`. */
function linkAttributes(marks: PageControlMarks): Html {
  return h`${marks.current === true ? h` aria-current="page"` : EMPTY}${marks.label === undefined ? EMPTY : h` aria-label="${marks.label}"`}${marks.rel === undefined ? EMPTY : h` rel="${marks.rel}"`}`;
}

/**
 * The navigation between pages of a list: previous, the numbered pages around the current one
 * (marked `aria-current`), next. Empty when there is only one page. `hrefOf` gives each page's URL,
 * or `control` makes each page's control (a button of a form, where URLs would be too long).
 */
export function pagination(
  messages: Messages,
  current: number,
  count: number,
  hrefOf: ((page: number) => string) | { readonly control: PageControl },
): Html {
  if (count <= 1) return EMPTY;
  const control: PageControl =
    typeof hrefOf === 'function'
      ? (page, marks, content) => h`<a href="${hrefOf(page)}"${linkAttributes(marks)}>${content}</a>`
      : hrefOf.control;
  const items = pageWindow(current, count).map((page) => {
    if (page === 0) return h`<li class="gap" aria-hidden="true">…</li>`;
    const label = messages.pageName(page);
    return h`<li>${control(page, page === current ? { current: true, label } : { label }, h`${page}`)}</li>`;
  });
  const previous =
    current > 1
      ? h`<li class="previous">${control(current - 1, { rel: 'prev' }, h`${messages.previousPage}`)}</li>`
      : EMPTY;
  const next =
    current < count
      ? h`<li class="next">${control(current + 1, { rel: 'next' }, h`${messages.nextPage}`)}</li>`
      : EMPTY;
  return h`<nav class="pagination" aria-label="${messages.pages}"><ul>${previous}${items}${next}</ul></nav>`;
}
