import type { Language, Paper, Paragraph, Theme } from '../domain/index.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { directionOf } from './interface-language.js';
import { languageName, renderPage, symbolText, withParallel } from './page-layout.js';
import type { Crumb, PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { paperPath, paragraphAnchor, themePath } from './portal-urls.js';

/** Two language versions of the document, shown side by side: the models of their current versions. */
export interface ParallelModels {
  readonly first: PortalModel;
  readonly second: PortalModel;
}

/** What a parallel view shows: the document as a whole, one theme, or one paper. */
export type ParallelSubject =
  | { readonly kind: 'document' }
  | { readonly kind: 'theme'; readonly theme: Theme }
  | { readonly kind: 'paper'; readonly paper: Paper };

/** One row of the parallel view: what it is (its header), and the text of each version. */
interface ParallelRow {
  readonly header: Html;
  readonly cells: readonly [Html, Html];
  /** The anchor of the row (`para-12`, `para-12-b`), when it is a paragraph or an item. */
  readonly id?: string;
  readonly kind: 'title' | 'paragraph' | 'item';
}

/** The attributes of a cell (or a column header) in `language`: its language and its direction, always. */
function languageAttributes(language: Language): Html {
  return h` lang="${language}" dir="${directionOf(language)}"`;
}

/** The text of a paragraph in a version, or a dash when that version lacks it. */
const MISSING = h`<span class="parallel-missing" aria-hidden="true">—</span>`;

/** The rows of a paragraph: one for its text, then one per lettered item, aligned by letter. */
function paragraphRows(context: PageContext, pair: ParallelModels, number: number): ParallelRow[] {
  const first = pair.first.paragraphByNumber.get(number);
  const second = pair.second.paragraphByNumber.get(number);
  const anchor = paragraphAnchor(number);
  const text = (paragraph: Paragraph | undefined): Html =>
    paragraph === undefined ? MISSING : h`${paragraph.text}`;
  const labels = [...new Set([...(first?.items ?? []), ...(second?.items ?? [])].map((item) => item.label))];
  const item = (paragraph: Paragraph | undefined, label: string): Html => {
    const found = paragraph?.items.find((candidate) => candidate.label === label);
    return found === undefined ? MISSING : h`<span class="item-label">(${label})</span> ${found.text}`;
  };
  const paper = (first ?? second)?.paper ?? null;
  const home = `${paper === null ? '/' : paperPath(paper)}#${anchor}`;
  return [
    {
      header: h`<a href="${home}">${context.messages.paragraphName(number)}</a>`,
      cells: [text(first), text(second)],
      id: anchor,
      kind: 'paragraph',
    },
    ...labels.map((label): ParallelRow => ({
      header: h`${context.messages.itemName(number, label)}`,
      cells: [item(first, label), item(second, label)],
      id: `${anchor}-${label}`,
      kind: 'item',
    })),
  ];
}

/** A row of titles: the same thing as printed in each version. */
function titleRow(header: Html, texts: readonly [string | undefined, string | undefined]): ParallelRow {
  const cell = (text: string | undefined): Html => (text === undefined ? MISSING : h`${text}`);
  return { header, cells: [cell(texts[0]), cell(texts[1])], kind: 'title' };
}

/** The rows of a paper: its subject, then its paragraphs and their items. */
function paperRows(context: PageContext, pair: ParallelModels, paper: Paper): ParallelRow[] {
  const other = pair.second.paperBySymbol.get(paper.symbol);
  return [
    titleRow(h`<a href="${paperPath(paper.symbol)}">${symbolText(paper.symbol)}</a>`, [
      paper.subject,
      other?.subject,
    ]),
    ...paper.paragraphs.flatMap((number) => paragraphRows(context, pair, number)),
  ];
}

/** The rows of a theme: its name, its key topics, then each of its papers. */
function themeRows(context: PageContext, pair: ParallelModels, theme: Theme): ParallelRow[] {
  const { messages } = context;
  const other = pair.second.themeById.get(theme.id);
  const topics = (listed: Theme | undefined): string | undefined => listed?.keyTopics.join('; ');
  return [
    titleRow(h`<a href="${themePath(theme.id)}">${messages.themeNumber(theme.number)}</a>`, [
      theme.name,
      other?.name,
    ]),
    titleRow(h`${messages.keyTopics}`, [topics(theme), topics(other)]),
    ...theme.papers.flatMap((symbol) => {
      const paper = pair.first.paperBySymbol.get(symbol);
      return paper === undefined ? [] : paperRows(context, pair, paper);
    }),
  ];
}

/** The rows of the document: its title, its chapters, its introduction, and its themes by name. */
function documentRows(context: PageContext, pair: ParallelModels): ParallelRow[] {
  const { messages } = context;
  const [first, second] = [pair.first.catalog, pair.second.catalog];
  const introduction = first.paragraphs.filter((paragraph) => paragraph.paper === null);
  return [
    titleRow(h`${messages.changedFields.title}`, [first.document.header.title, second.document.header.title]),
    ...first.document.chapters.map((chapter) =>
      titleRow(h`${messages.changedFields.chapter} ${chapter.numeral}`, [
        chapter.title,
        second.document.chapters.find((candidate) => candidate.number === chapter.number)?.title,
      ]),
    ),
    ...introduction.flatMap((paragraph) => paragraphRows(context, pair, paragraph.number)),
    ...first.themes.map((theme) =>
      titleRow(h`<a href="${themePath(theme.id)}">${messages.themeNumber(theme.number)}</a>`, [
        theme.name,
        pair.second.themeById.get(theme.id)?.name,
      ]),
    ),
  ];
}

/**
 * The table of a parallel view: a column per language (its header names it, in that language), a
 * row per title, paragraph and item, each row headed by what it is; every cell carries its
 * language and direction (`dir="rtl"` in Arabic). On a phone the style sheet stacks the cells,
 * each labelled with its language (`data-label`), without script.
 */
function parallelTable(context: PageContext, pair: ParallelModels, rows: readonly ParallelRow[]): Html {
  const languages = [pair.first.catalog.language, pair.second.catalog.language] as const;
  const columns = languages.map(
    (language) => h`<th scope="col"${languageAttributes(language)}>${languageName(language)}</th>`,
  );
  const body = rows.map((row) => {
    const cells = row.cells.map(
      (cell, index) =>
        h`<td${languageAttributes(languages[index] ?? 'zh')} data-label="${languageName(languages[index] ?? 'zh')}">${cell}</td>`,
    );
    const id = row.id === undefined ? EMPTY : h` id="${row.id}"`;
    return h`<tr class="parallel-${row.kind}"${id}><th scope="row">${row.header}</th>${cells}</tr>`;
  });
  return h`<div class="parallel-wrap"><table class="parallel">
<caption class="visually-hidden">${context.messages.parallelTitle(languageName(languages[0]), languageName(languages[1]))}</caption>
<thead><tr><th scope="col">${context.messages.parallelPart}</th>${columns}</tr></thead>
<tbody>${body}</tbody>
</table></div>`;
}

/**
 * A page in the parallel view (`?parallel=zh,en`): the title of the document, theme or paper, the
 * languages of the document, a link back to the page in one language, and the two versions side
 * by side, aligned by paragraph and item (see {@link parallelTable}).
 */
export function renderParallelPage(
  context: PageContext,
  pair: ParallelModels,
  subject: ParallelSubject,
): Html {
  const { messages } = context;
  const names = messages.parallelTitle(
    languageName(pair.first.catalog.language),
    languageName(pair.second.catalog.language),
  );
  let title: string;
  let heading: Html;
  let rows: ParallelRow[];
  const breadcrumb: Crumb[] = [{ label: messages.navHome, href: '/' }];
  if (subject.kind === 'theme') {
    title = messages.themeNumber(subject.theme.number);
    heading = h`${title}`;
    rows = themeRows(context, pair, subject.theme);
    breadcrumb.push({ label: title, href: themePath(subject.theme.id) });
  } else if (subject.kind === 'paper') {
    title = subject.paper.symbol;
    heading = symbolText(subject.paper.symbol);
    rows = paperRows(context, pair, subject.paper);
    breadcrumb.push({ label: symbolText(subject.paper.symbol), href: paperPath(subject.paper.symbol) });
  } else {
    title = messages.homeTitle;
    heading = h`${title}`;
    rows = documentRows(context, pair);
  }
  breadcrumb.push({ label: messages.sideBySide });
  return renderPage(context, {
    title: `${title} · ${names}`,
    section: 'none',
    showsContent: true,
    breadcrumb,
    main: h`<h1>${heading}</h1>
<p class="parallel-intro">${names} · <a href="${withParallel(context.url, undefined)}">${messages.singleLanguageView}</a></p>
${parallelTable(context, pair, rows)}`,
  });
}
