import type { Catalog, Language } from '../domain/index.js';
import { formatRanges } from '../domain/index.js';
import type { CatalogChange, CatalogDiff, ChangeKind, TextDiffPart } from '../history/index.js';
import type { ChangedField } from '../messages/index.js';
import type { PublishedCatalog, VersionRecord } from '../services/index.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, renderPage, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import { pagination } from './pagination.js';
import type { ParagraphChanges } from './portal-model.js';
import {
  HISTORY_PATH,
  diffPath,
  itemAnchor,
  paperPath,
  paperSlug,
  paragraphAnchor,
  paragraphPath,
  themePath,
  versionedPath,
} from './portal-urls.js';

/** How many hex digits of a source's SHA-256 the history shows. */
export const SHORT_SHA256_LENGTH = 12;

/** The groups of the diff page, in the order it shows them. */
const CHANGE_KINDS: readonly ChangeKind[] = ['document', 'paragraph', 'item', 'paper', 'theme', 'keyTopic'];

/** How many versions a page of the history lists. */
export const HISTORY_PAGE_SIZE = 20;

/** The number of pages of the history of `versions` versions (1 when there is none). */
export function historyPageCount(versions: number): number {
  return Math.max(1, Math.ceil(versions / HISTORY_PAGE_SIZE));
}

/** What the history page shows: every version of the document, oldest first as the store lists them. */
export interface HistoryView {
  readonly versions: readonly VersionRecord[];
  /** The page of the list shown (1 = the newest {@link HISTORY_PAGE_SIZE} versions); default 1. */
  readonly page?: number;
}

/** What the diff page shows: the changes between two versions, and the two versions themselves. */
export interface DiffView {
  readonly diff: CatalogDiff;
  readonly from: PublishedCatalog;
  readonly to: PublishedCatalog;
  /** The current version of the two's catalog language: links to it carry no `version`. */
  readonly current: number;
}

/**
 * A time of the history (ISO 8601) for a reader of `lang`: date and time in UTC in the language's
 * usual form, with Latin digits as the rest of the portal; the text as stored when it is no date.
 */
export function publishedTime(iso: string, lang: Language): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
    numberingSystem: 'latn',
  }).format(time);
}

/** A time of the history as a `<time>` element. */
function timeElement(iso: string, lang: Language): Html {
  return h`<time datetime="${iso}">${publishedTime(iso, lang)}</time>`;
}

/**
 * Where a version came from, in words: its file and short hash, the version it rolled back to; or,
 * for an editor's publish, its author, its reviewer and its draft (its source has no file).
 */
function sourceText(context: PageContext, record: VersionRecord): Html {
  const { messages } = context;
  const { source } = record;
  const parts: Html[] =
    source.draft === undefined
      ? [
          h`<span class="source-file"><bdi>${messages.sourceFile(source.name, source.sha256.slice(0, SHORT_SHA256_LENGTH))}</bdi></span>`,
        ]
      : [
          h`<span class="source-draft"><bdi>${messages.draftProvenance(source.draft, source.author, source.reviewer)}</bdi></span>`,
        ];
  if (source.rollbackOf !== undefined)
    parts.push(h`<span class="source-rollback">${messages.rollbackOf(source.rollbackOf)}</span>`);
  return h`${parts.map((part, index) => (index === 0 ? part : h` · ${part}`))}`;
}

/** What a publish removed, when it was allowed to: paragraph numbers, paper symbols, theme ids. */
function removalsText(record: VersionRecord): Html {
  const removals = record.removals;
  if (removals === undefined) return EMPTY;
  const parts: Html[] = [];
  if (removals.paragraphs.length > 0)
    parts.push(h`<bdi>${formatRanges(removals.paragraphs, { separator: ', ', dash: '–' })}</bdi>`);
  for (const symbol of removals.papers) parts.push(symbolText(symbol));
  for (const theme of removals.themes) parts.push(h`<bdi>${theme}</bdi>`);
  return h`${parts.map((part, index) => (index === 0 ? part : h`; ${part}`))}`;
}

/** The newest version of each catalog language: the current ones. */
function currentVersions(versions: readonly VersionRecord[]): Set<number> {
  const newest = new Map<Language, number>();
  for (const record of versions) {
    const seen = newest.get(record.language);
    if (seen === undefined || record.version > seen) newest.set(record.language, record.version);
  }
  return new Set(newest.values());
}

/** The version before `record` in its catalog language, if any. */
function previousVersion(versions: readonly VersionRecord[], record: VersionRecord): number | undefined {
  let previous: number | undefined;
  for (const other of versions) {
    if (other.language === record.language && other.version < record.version)
      previous = previous === undefined ? other.version : Math.max(previous, other.version);
  }
  return previous;
}

function versionEntry(
  context: PageContext,
  versions: readonly VersionRecord[],
  record: VersionRecord,
  current: ReadonlySet<number>,
  languages: number,
): Html {
  const { messages, lang } = context;
  const isCurrent = current.has(record.version);
  const previous = previousVersion(versions, record);
  const fact = (label: string, value: Html | string, kind: string): Html =>
    h`<div class="${kind}"><dt>${messages.labelled(label)}</dt><dd>${value}</dd></div>`;
  const message =
    record.message === ''
      ? h`<span class="no-message">${messages.noMessage}</span>`
      : h`<bdi class="version-message">${record.message}</bdi>`;
  const removals = removalsText(record);
  const links: Html[] = [
    h`<a href="${isCurrent ? '/' : versionedPath('/', record.version)}">${messages.readVersion}</a>`,
  ];
  if (previous !== undefined)
    links.push(h`<a href="${diffPath(previous, record.version)}">${messages.changesFrom(previous)}</a>`);
  return h`<li class="card version" id="version-${record.version}">
<h2 class="version-name">${messages.versionName(record.version)}${isCurrent ? h` <span class="current-mark">${messages.currentVersion}</span>` : EMPTY}${languages > 1 ? h` <span class="version-language">${record.language}</span>` : EMPTY}</h2>
<dl class="facts-list">
${fact(messages.publishedAt, timeElement(record.publishedAt, lang), 'published-at')}
${fact(messages.publishedBy, h`<bdi class="version-by">${record.by}</bdi>`, 'published-by')}
${fact(messages.versionMessage, message, 'message')}
${fact(messages.versionSource, sourceText(context, record), 'source')}
${fact(messages.versionContents, messages.versionCounts(record.counts.paragraphs, record.counts.papers, record.counts.themes), 'counts')}
${removals === EMPTY ? EMPTY : fact(messages.versionRemovals, removals, 'removals')}
</dl>
<p class="version-links">${links.map((link, index) => (index === 0 ? link : h` · ${link}`))}</p>
</li>`;
}

/**
 * The form that compares two versions: two version numbers (the older one first), sent to the
 * history, which redirects to their diff page; `from` and `to` filled in. Numbers rather than lists,
 * so that the form stays small however many versions there are.
 */
function compareForm(context: PageContext, newest: number, from: number, to: number): Html {
  const { messages } = context;
  const field = (name: string, label: string, value: number): Html =>
    h`<label>${label} <input name="${name}" type="number" min="1" max="${newest}" step="1" value="${value}" inputmode="numeric" required></label>`;
  return h`<section class="compare" aria-labelledby="compare-heading"><h2 id="compare-heading">${messages.compareHeading}</h2>
<form class="compare-form" action="${HISTORY_PATH}" method="get">
${field('from', messages.compareFrom, from)}
${field('to', messages.compareTo, to)}
<button type="submit">${messages.compareSubmit}</button>
</form></section>`;
}

/**
 * The history page: every version of the document, newest first, each with its number, time,
 * publisher, message, source (file and short SHA-256, the version a rollback brought back, the
 * draft), counts and what it removed; links to the portal as it was then and to its changes from
 * the version before it; and a form that compares any two versions. {@link HISTORY_PAGE_SIZE}
 * versions a page, with links to the other pages (`?page=N`).
 */
export function renderHistoryPage(context: PageContext, view: HistoryView): Html {
  const { messages } = context;
  const newestFirst = [...view.versions].sort((a, b) => b.version - a.version);
  const current = currentVersions(view.versions);
  const languages = new Set(view.versions.map((record) => record.language)).size;
  const [newest, before] = newestFirst;
  const page = view.page ?? 1;
  const shown = newestFirst.slice((page - 1) * HISTORY_PAGE_SIZE, page * HISTORY_PAGE_SIZE);
  const pages = pagination(messages, page, historyPageCount(newestFirst.length), (n) =>
    n === 1 ? HISTORY_PATH : `${HISTORY_PATH}?page=${n}`,
  );
  const body =
    newest === undefined
      ? h`<p class="lead">${messages.noHistory}</p>`
      : h`${before === undefined ? EMPTY : compareForm(context, newest.version, before.version, newest.version)}
<ol class="cards versions">${shown.map((record) => versionEntry(context, view.versions, record, current, languages))}</ol>
${pages}`;
  return renderPage(context, {
    title: messages.historyTitle,
    section: 'none',
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.historyTitle }],
    main: h`<h1>${messages.historyTitle}</h1>
<p class="lead">${messages.historyIntro}</p>
${body}`,
  });
}

/** A diff's runs as text with `<ins>` and `<del>`. */
function diffParts(parts: readonly TextDiffPart[]): Html {
  return h`${parts.map((part) =>
    part.op === 'insert'
      ? h`<ins>${part.text}</ins>`
      : part.op === 'delete'
        ? h`<del>${part.text}</del>`
        : h`${part.text}`,
  )}`;
}

/** The text of a change: its runs when diffed, else the older text deleted and the newer inserted. */
function changeText(change: CatalogChange): Html {
  if (change.change === 'changed' && change.parts !== undefined && change.parts.length > 0)
    return diffParts(change.parts);
  const before = change.before === undefined ? EMPTY : h`<del>${change.before}</del>`;
  const after = change.after === undefined ? EMPTY : h`<ins>${change.after}</ins>`;
  return h`${before}${before !== EMPTY && after !== EMPTY ? h` ` : EMPTY}${after}`;
}

/**
 * The two sides of a diff as its list of changes needs them: the catalogs before and after (for
 * theme headings and where a thing is shown) and the link to a place in each side, when it has one
 * (a version of the history, or a draft's preview).
 */
export interface DiffSides {
  readonly from: Catalog;
  readonly to: Catalog;
  /** The link to `place` (a portal path with its anchor) in a side and the link's text, or `undefined` for no link. */
  readonly linkOf: (
    side: 'from' | 'to',
    place: string,
  ) => { readonly href: string; readonly label: string } | undefined;
}

/** The catalog that holds what a change is about: the newer one, but for what was removed. */
function holderOf(sides: DiffSides, change: CatalogChange): Catalog {
  return change.change === 'removed' ? sides.from : sides.to;
}

/** Where a change's thing is shown in the portal, as a path of the current version (with its anchor). */
function placeOf(catalog: Catalog, change: CatalogChange): string | undefined {
  if ((change.kind === 'paragraph' || change.kind === 'item') && change.number !== undefined) {
    const paragraph = catalog.paragraphs.find((candidate) => candidate.number === change.number);
    return paragraph === undefined ? undefined : paragraphPath(paragraph.paper, paragraph.number);
  }
  if (change.kind === 'paper' && change.symbol !== undefined) {
    const paper = catalog.papers.find((candidate) => candidate.symbol === change.symbol);
    return paper === undefined ? undefined : paperPath(paper.symbol);
  }
  if (change.theme !== undefined) {
    const theme = catalog.themes.find((candidate) => candidate.id === change.theme);
    return theme === undefined ? undefined : themePath(theme.id);
  }
  return undefined;
}

/** Links to what a change is about in the sides that hold it: both for a change, one for an addition or removal. */
function changeLinks(sides: DiffSides, change: CatalogChange): Html {
  const holders: readonly ('from' | 'to')[] =
    change.change === 'changed' ? ['from', 'to'] : [change.change === 'removed' ? 'from' : 'to'];
  const links = holders.flatMap((side) => {
    const place = placeOf(sides[side], change);
    const link = place === undefined ? undefined : sides.linkOf(side, place);
    return link === undefined ? [] : [h`<a href="${link.href}">${link.label}</a>`];
  });
  return links.length === 0
    ? EMPTY
    : h`<p class="change-links">${links.map((link, index) => (index === 0 ? link : h` · ${link}`))}</p>`;
}

/** The theme a change names, as its number and printed heading, from the side that holds it. */
function themeLabel(context: PageContext, sides: DiffSides, change: CatalogChange): Html {
  const catalog = holderOf(sides, change);
  const theme =
    catalog.themes.find((candidate) => candidate.id === change.theme) ??
    sides.from.themes.find((candidate) => candidate.id === change.theme);
  if (theme === undefined) return h`<bdi>${change.theme ?? ''}</bdi>`;
  return h`${context.messages.themeNumber(theme.number)} · <span${contentAttributes(context.lang, catalog.language)}>${theme.name}</span>`;
}

/** True for a field the messages name. */
function isChangedField(field: string, context: PageContext): field is ChangedField {
  return Object.hasOwn(context.messages.changedFields, field);
}

/** The title of one change: what it is about, and what happened to it. */
function changeTitle(context: PageContext, sides: DiffSides, change: CatalogChange): Html {
  const { messages } = context;
  let subject: Html;
  if (change.kind === 'paragraph') subject = h`${messages.paragraphName(change.number ?? 0)}`;
  else if (change.kind === 'item') subject = h`${messages.itemName(change.number ?? 0, change.label ?? '')}`;
  else if (change.kind === 'paper') subject = symbolText(change.symbol ?? '');
  else if (change.kind === 'document') subject = h`${messages.changeKinds.document}`;
  else subject = themeLabel(context, sides, change);
  const field =
    change.field === undefined
      ? EMPTY
      : h` · <span class="change-field">${isChangedField(change.field, context) ? messages.changedFields[change.field] : change.field}${change.kind === 'document' && change.number !== undefined ? ` ${change.number}` : ''}</span>`;
  return h`${subject}${field} <span class="change-action change-${change.change}">${messages.changeActions[change.change]}</span>`;
}

/** The anchor of a change on the diff page (`para-12`, `para-12-b`, `paper-CTOC-…`), where it has one. */
function changeAnchor(change: CatalogChange): string | undefined {
  if (change.kind === 'paragraph' && change.number !== undefined) return paragraphAnchor(change.number);
  if (change.kind === 'item' && change.number !== undefined && change.label !== undefined)
    return itemAnchor(change.number, change.label);
  if (change.kind === 'paper' && change.symbol !== undefined) return `paper-${paperSlug(change.symbol)}`;
  return undefined;
}

function changeEntry(
  context: PageContext,
  sides: DiffSides,
  change: CatalogChange,
  anchors: Set<string>,
  headingLevel: 3 | 4,
): Html {
  const anchor = changeAnchor(change);
  // One id per anchor: a paper changed in two fields is one place to link to.
  const id = anchor === undefined || anchors.has(anchor) ? undefined : anchor;
  if (id !== undefined) anchors.add(id);
  const title = changeTitle(context, sides, change);
  return h`<li class="change"${id === undefined ? EMPTY : h` id="${id}"`}>
${headingLevel === 3 ? h`<h3 class="change-title">${title}</h3>` : h`<h4 class="change-title">${title}</h4>`}
<div class="change-text"${contentAttributes(context.lang, change.lang)}><p>${changeText(change)}</p></div>
${changeLinks(sides, change)}
</li>`;
}

/**
 * The changes of a diff grouped by what changed (paragraphs, lettered items, papers, themes, key
 * topics), each changed text with `<ins>` and `<del>` from the diff's runs, an added or removed one
 * whole, each with links to it in the sides that hold it; anchors `para-12` (and `para-12-b` for an
 * item). The history's diff page and a draft's page show a diff with it; `level` is the heading level
 * of the groups (2 on the diff page, 3 inside a draft's section).
 */
export function renderChangeGroups(
  context: PageContext,
  diff: CatalogDiff,
  sides: DiffSides,
  level: 2 | 3 = 2,
  idPrefix = '',
): Html {
  const { messages } = context;
  const anchors = new Set<string>();
  return h`${CHANGE_KINDS.flatMap((kind) => {
    const changes = diff.changes.filter((change) => change.kind === kind);
    if (changes.length === 0) return [];
    const id = `${idPrefix}changes-${kind}`;
    const heading = h`${messages.changeKinds[kind]} <span class="count">(${changes.length})</span>`;
    return [
      h`<section class="change-group" aria-labelledby="${id}">${level === 2 ? h`<h2 id="${id}">${heading}</h2>` : h`<h3 id="${id}">${heading}</h3>`}
<ol class="changes">${changes.map((change) => changeEntry(context, sides, change, anchors, level === 2 ? 3 : 4))}</ol></section>`,
    ];
  })}`;
}

/**
 * The diff page: the changes from one version to another, grouped by what changed (paragraphs,
 * lettered items, papers, themes, key topics), each changed text with `<ins>` and `<del>` from the
 * diff's runs, an added or removed one whole; each with links to it in the versions that hold it
 * (`/papers/…?version=N#para-12`); anchors `para-12` (and `para-12-b` for an item) for the notes of
 * changed paragraphs to link to.
 */
export function renderDiffPage(context: PageContext, view: DiffView): Html {
  const { messages, lang } = context;
  const { diff } = view;
  const linkOf = (side: 'from' | 'to', place: string) => {
    const published = view[side];
    const version = published.version;
    return {
      href: versionedPath(place, version === view.current ? undefined : version),
      label: messages.inVersion(version),
    };
  };
  const groups = renderChangeGroups(context, diff, { from: view.from.catalog, to: view.to.catalog, linkOf });
  const side = (published: PublishedCatalog): Html =>
    h`<div><dt><a href="${versionedPath('/', published.version === view.current ? undefined : published.version)}">${messages.versionName(published.version)}</a></dt><dd>${timeElement(published.publishedAt, lang)} · <bdi>${published.by}</bdi>${published.message === '' ? EMPTY : h` · <bdi>${published.message}</bdi>`}</dd></div>`;
  const title = messages.diffTitle(diff.from, diff.to);
  return renderPage(context, {
    title,
    section: 'none',
    breadcrumb: [
      { label: messages.navHome, href: '/' },
      { label: messages.historyTitle, href: HISTORY_PATH },
      { label: title },
    ],
    main: h`<h1>${title}</h1>
<dl class="facts-list versions-compared">${side(view.from)}${side(view.to)}</dl>
<p class="lead">${diff.changes.length === 0 ? messages.noChanges : h`${messages.diffSummary(diff.changes.length)} · <span class="diff-legend">${messages.diffLegend}</span>`}</p>
${groups}`,
  });
}

/**
 * The paragraphs a diff from the first version shows as changed, added or with a changed item,
 * each with the URL of its change on the diff page (`/history/1..3#para-12`, or the item's anchor
 * when only an item changed): what the notes of changed paragraphs link to.
 */
export function paragraphChangesOf(diff: CatalogDiff): ParagraphChanges {
  const changes = new Map<number, string>();
  const page = diffPath(diff.from, diff.to);
  for (const change of diff.changes) {
    if (change.number === undefined || change.change === 'removed') continue;
    if (change.kind === 'paragraph') changes.set(change.number, `${page}#${paragraphAnchor(change.number)}`);
  }
  for (const change of diff.changes) {
    if (change.kind !== 'item' || change.number === undefined || change.label === undefined) continue;
    if (!changes.has(change.number))
      changes.set(change.number, `${page}#${itemAnchor(change.number, change.label)}`);
  }
  return changes;
}
