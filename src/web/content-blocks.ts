import type { ChosenLabel, Language, Paper, Paragraph, Theme } from '../domain/index.js';
import type { ConceptEntry, MechanismEntry } from '../knowledge/index.js';
import { mechanismPrefLabel } from '../mechanisms/index.js';
import { citeReferenceIn } from '../references/index.js';
import { conceptPrefLabel } from '../thesaurus/index.js';
import type { Reference } from '../references/index.js';
import { findMatches } from '../search/index.js';
import { flagged, h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { OWN_RENDERING_CLASS, contentAttributes, inServedVersion, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import {
  BRIEF_API_PATH,
  BRIEF_PATH,
  EXPORT_API_PATH,
  MECHANISMS_PATH,
  REFERENCES_PATH,
  SEARCH_PATH,
  mechanismAnchor,
  paperPath,
  paragraphAnchor,
  provisionAnchor,
  topicPath,
} from './portal-urls.js';

/** Languages whose labels are written in lower case in the thesaurus and capitalized when shown alone. */
const CAPITALIZED: ReadonlySet<Language> = new Set(['en', 'fr', 'es', 'ru']);

/** A label shown on its own (a heading, a link): first letter in upper case where the script has case. */
export function asName(label: string, language: Language): string {
  return CAPITALIZED.has(language) ? label.charAt(0).toLocaleUpperCase(language) + label.slice(1) : label;
}

/**
 * The small mark after a label that is the portal's own rendering rather than official terminology:
 * an asterisk whose title says so in the reader's language; the page explains it once at its end
 * (`renderPage`).
 */
export function ownRenderingMark(context: PageContext): Html {
  // Flagged, so that the page knows it holds one without reading its markup again.
  return flagged(h`<sup class="${OWN_RENDERING_CLASS}" title="${context.messages.ownRendering}">*</sup>`);
}

/**
 * A label chosen for the reader (see `chooseLabel`: the reader's language, then English, then
 * Chinese): marked with its language (and direction) when it is not in the interface language, and
 * followed by {@link ownRenderingMark} when it is an own rendering. `name` capitalizes it as a name.
 */
export function chosenLabel(
  context: PageContext,
  chosen: ChosenLabel,
  options: { name?: boolean } = {},
): Html {
  const text = options.name === true ? asName(chosen.text, chosen.language) : chosen.text;
  const mark = chosen.ownRendering ? ownRenderingMark(context) : EMPTY;
  if (chosen.language === context.lang) return h`${text}${mark}`;
  return h`<span${contentAttributes(context.lang, chosen.language)}>${text}</span>${mark}`;
}

/**
 * The name of a concept for the reader: its preferred label in the interface language, else in
 * English, else in Chinese (marked with its language), with the own-rendering mark when it is one.
 */
export function conceptName(context: PageContext, entry: ConceptEntry): Html {
  return chosenLabel(context, conceptPrefLabel(entry.concept, context.lang), { name: true });
}

/**
 * A short gloss of a concept for the reader, shown after content-language text: its label by the
 * same fallback (interface language, English, Chinese); empty when that is the content's own language.
 */
export function conceptGloss(
  context: PageContext,
  entry: ConceptEntry | undefined,
  content: Language = 'zh',
): Html {
  if (entry === undefined || context.lang === content) return EMPTY;
  const chosen = conceptPrefLabel(entry.concept, context.lang);
  if (chosen.language === content) return EMPTY;
  return h` <span class="gloss">${chosenLabel(context, chosen)}</span>`;
}

/**
 * A theme's name for the reader: the heading as printed for a reader of the catalog's language,
 * otherwise the label of the theme's concept (every theme is one in the thesaurus) by the one
 * fallback; the printed heading, marked as content, when the thesaurus has no concept for it.
 */
export function themeName(context: PageContext, model: PortalModel, theme: Theme): Html {
  const entry = context.lang === model.catalog.language ? undefined : model.conceptOfKeyTopic(theme.name);
  if (entry === undefined) {
    return h`<span${contentAttributes(context.lang, model.catalog.language)}>${theme.name}</span>`;
  }
  return conceptName(context, entry);
}

/** A theme's name as plain text (a page title), by the same choice as {@link themeName}. */
export function themeNameText(context: PageContext, model: PortalModel, theme: Theme): string {
  const entry = context.lang === model.catalog.language ? undefined : model.conceptOfKeyTopic(theme.name);
  if (entry === undefined) return theme.name;
  const chosen = conceptPrefLabel(entry.concept, context.lang);
  return asName(chosen.text, chosen.language);
}

/**
 * A paper's subject as printed in the catalog shown, marked with its language, followed (when that
 * is Chinese) in the other interface languages by a short note that says it is Chinese text.
 */
export function paperSubject(context: PageContext, model: PortalModel, subject: string): Html {
  const content = contentAttributes(context.lang, model.catalog.language);
  const note =
    context.lang === model.catalog.language ||
    model.catalog.language !== 'zh' ||
    context.messages.chineseText === ''
      ? EMPTY
      : h` <span class="content-note">${context.messages.chineseText}</span>`;
  return h`<span${content}>${subject}</span>${note}`;
}

/** Text in the catalog's language, escaped, with the occurrences of `terms` (folded) in `<mark>`. */
export function markedText(text: string, terms: readonly string[]): Html {
  if (terms.length === 0) return h`${text}`;
  const parts: Html[] = [];
  let at = 0;
  for (const [from, to] of findMatches(text, terms)) {
    parts.push(h`${text.slice(at, from)}<mark>${text.slice(from, to)}</mark>`);
    at = to;
  }
  parts.push(h`${text.slice(at)}`);
  return h`${parts}`;
}

/**
 * A key topic as printed, linked to its concept's page when the thesaurus knows it (with a gloss
 * in the interface language), otherwise to the search for paragraphs filed under it.
 */
export function keyTopicLink(context: PageContext, model: PortalModel, topic: string): Html {
  const entry = model.conceptOfKeyTopic(topic);
  const attributes = contentAttributes(context.lang, model.catalog.language);
  const href =
    entry === undefined
      ? `${SEARCH_PATH}?${new URLSearchParams({ topic }).toString()}`
      : inServedVersion(context, topicPath(entry.concept.id));
  return h`<a class="topic" href="${href}"><bdi><span${attributes}>${topic}</span>${conceptGloss(context, entry, model.catalog.language)}</bdi></a>`;
}

/** `year · meeting` of a paper. */
export function paperDate(context: PageContext, paper: Paper): Html {
  const { messages } = context;
  return h`${messages.yearName(paper.year)} · ${messages.meetingName(paper.meeting)}`;
}

/** `symbol · year · meeting` of a paper. */
export function paperFacts(context: PageContext, paper: Paper): Html {
  return h`${symbolText(paper.symbol)} · ${paperDate(context, paper)}`;
}

/** A link to a paper's page with its symbol, in the catalog version the page shows. */
export function paperLink(context: PageContext, paper: Paper | string): Html {
  const symbol = typeof paper === 'string' ? paper : paper.symbol;
  return h`<a href="${inServedVersion(context, paperPath(symbol))}">${symbolText(symbol)}</a>`;
}

/** How a paragraph is cited in the interface language. */
export function paragraphCitation(context: PageContext, paragraph: Paragraph): string {
  return paragraph.paper === null
    ? context.messages.summaryCitation(paragraph.number)
    : context.messages.citation(paragraph.paper, paragraph.number);
}

/** A cited provision in the interface language (short title, article and its title), with the own-rendering mark where it is one. */
export function provisionName(context: PageContext, reference: Reference): Html {
  return chosenLabel(context, citeReferenceIn(reference, context.lang));
}

/**
 * A mechanism's name for the reader: its name in the interface language (the main printed form in
 * Chinese, the official English name, or its `names`), else English, else Chinese; in the languages
 * other than Chinese, its abbreviation when it has one.
 */
export function mechanismName(context: PageContext, entry: MechanismEntry): Html {
  const { mechanism } = entry;
  if (context.lang !== 'zh' && mechanism.abbreviation !== null)
    return h`<bdi>${mechanism.abbreviation}</bdi>`;
  return chosenLabel(context, mechanismLabel(context.lang, entry));
}

/** The full name of a mechanism for a reader of `lang` (`mechanismPrefLabel`: the one fallback of `chooseLabel`). */
export function mechanismLabel(lang: Language, entry: MechanismEntry): ChosenLabel {
  return mechanismPrefLabel(entry.mechanism, lang);
}

function paragraphNotes(context: PageContext, model: PortalModel, number: number): Html {
  const { messages } = context;
  const seen = new Set<string>();
  const provisions: Html[] = [];
  for (const reference of model.referencesByParagraph.get(number) ?? []) {
    const anchor = provisionAnchor(
      reference.instrument,
      reference.article ?? reference.resolution,
      reference.clause,
    );
    if (seen.has(anchor)) continue;
    seen.add(anchor);
    provisions.push(
      h`<li><a href="${inServedVersion(context, `${REFERENCES_PATH}#${anchor}`)}">${provisionName(context, reference)}</a></li>`,
    );
  }
  const mechanisms = (model.mechanismsByParagraph.get(number) ?? []).map(
    (entry) =>
      h`<li><a href="${inServedVersion(context, `${MECHANISMS_PATH}#${mechanismAnchor(entry.mechanism.id)}`)}">${mechanismName(context, entry)}</a></li>`,
  );
  const topics = (model.conceptsByParagraph.get(number) ?? []).map(
    (entry) =>
      h`<li><a href="${inServedVersion(context, topicPath(entry.concept.id))}">${conceptName(context, entry)}</a></li>`,
  );
  const row = (label: string, items: readonly Html[], kind: string): Html =>
    items.length === 0
      ? EMPTY
      : h`<div class="note-row ${kind}"><span class="note-label">${context.messages.labelled(label)}</span> <ul class="inline-list">${items}</ul></div>`;
  const rows = [
    row(messages.provisionsCited, provisions, 'provisions'),
    row(messages.mechanismsNamed, mechanisms, 'mechanisms'),
    row(messages.topicsTreated, topics, 'topics'),
  ];
  return provisions.length + mechanisms.length + topics.length === 0
    ? EMPTY
    : h`<div class="para-notes">${rows}</div>`;
}

/**
 * The note on a paragraph whose text differs from the document's first version: it says so, with a
 * link to the change on the history's diff page; empty for a paragraph that did not change.
 */
export function paragraphChangeNote(context: PageContext, model: PortalModel, number: number): Html {
  const href = model.paragraphChanges.get(number);
  if (href === undefined) return EMPTY;
  return h`<p class="para-change">${context.messages.changedSinceFirst} <a href="${href}">${context.messages.seeChange}</a></p>`;
}

/** Options of {@link paragraphBlock}. */
export interface ParagraphBlockOptions {
  /** Give the block its anchor id (`para-12`): only on the one page that shows the paragraph as its home. */
  readonly anchor: boolean;
  /** The heading level of the paragraph's number (default 3). */
  readonly level?: 2 | 3 | 4;
  /** Words to mark in the text (folded, as search terms are). */
  readonly highlight?: readonly string[];
  /** Show what the paragraph cites, names and treats (default true). */
  readonly notes?: boolean;
  /** Where the number links to; default its own anchor. */
  readonly href?: string;
}

/**
 * A paragraph whole: its number (a link to its anchor), its text and lettered items in the catalog's
 * language, its citation with a copy button (shown by the script), and the provisions, mechanisms and
 * topics it cites, names and treats; a note with a link to its change when it changed since the
 * first version.
 */
export function paragraphBlock(
  context: PageContext,
  model: PortalModel,
  paragraph: Paragraph,
  options: ParagraphBlockOptions,
): Html {
  const { messages } = context;
  const anchor = paragraphAnchor(paragraph.number);
  const headingId = options.anchor ? `${anchor}-h` : undefined;
  const highlight = options.highlight ?? [];
  const items =
    paragraph.items.length === 0
      ? EMPTY
      : h`<ol class="items">${paragraph.items.map(
          (item) =>
            h`<li><span class="item-label">(${item.label})</span> ${markedText(item.text, highlight)}</li>`,
        )}</ol>`;
  const citation = paragraphCitation(context, paragraph);
  const level = options.level ?? 3;
  const number = h`<a class="para-link" href="${options.href ?? `#${anchor}`}">${messages.paragraphName(paragraph.number)}</a>`;
  const heading =
    level === 2
      ? h`<h2 class="para-number"${headingId === undefined ? EMPTY : h` id="${headingId}"`}>${number}</h2>`
      : level === 3
        ? h`<h3 class="para-number"${headingId === undefined ? EMPTY : h` id="${headingId}"`}>${number}</h3>`
        : h`<h4 class="para-number"${headingId === undefined ? EMPTY : h` id="${headingId}"`}>${number}</h4>`;
  const opening = options.anchor
    ? h`<article class="para" id="${anchor}" aria-labelledby="${headingId}">`
    : h`<article class="para">`;
  return h`${opening}${heading}${paragraphChangeNote(context, model, paragraph.number)}<div class="para-text"${contentAttributes(context.lang, model.catalog.language)}><p>${markedText(paragraph.text, highlight)}</p>${items}</div>
<p class="citation"><span class="cite-label">${messages.labelled(messages.citeAs)}</span> <cite class="cite-text">${citation}</cite> <button type="button" class="copy-button" data-copy="${citation}" data-copied="${messages.copied}" hidden>${messages.copyCitation}</button></p>
${options.notes === false ? EMPTY : paragraphNotes(context, model, paragraph.number)}</article>`;
}

/** A link to where a paragraph lives (its paper's page, or the home page for the introduction), with its number. */
export function paragraphReference(context: PageContext, paragraph: Paragraph): Html {
  const path = paragraph.paper === null ? '/' : paperPath(paragraph.paper);
  return h`<a href="${inServedVersion(context, `${path}#${paragraphAnchor(paragraph.number)}`)}">${context.messages.paragraphName(paragraph.number)}</a>`;
}

/** The files of a selection a page offers: Word and Markdown exports, the briefing pack, and the page to compose one. */
export const DOWNLOAD_KINDS = ['docx', 'md', 'brief', 'compose'] as const;

/** One of {@link DOWNLOAD_KINDS}. */
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/**
 * The URL of one download of `selection` (the parameters of the export API: `q`, `theme`, `paper`,
 * `topic`) for a reader of the interface language `lang`: the briefing pack's headings are in
 * Chinese for a Chinese reader, in English otherwise.
 */
export function downloadHref(kind: DownloadKind, selection: URLSearchParams, lang: Language): string {
  return downloadHrefOf(kind, selection, selection.toString(), lang);
}

/**
 * {@link downloadHref} with `query`, the selection written as a query string, given: a page writes
 * the four downloads of one selection, and the parameters each adds (a format, a language code) are
 * written after it, as setting them on a copy of the selection writes them, unless the selection
 * has them already.
 */
function downloadHrefOf(
  kind: DownloadKind,
  selection: URLSearchParams,
  query: string,
  lang: Language,
): string {
  const extra: readonly (readonly [string, string])[] =
    kind === 'docx' || kind === 'md'
      ? [['format', kind]]
      : kind === 'brief'
        ? [
            ['format', 'docx'],
            ['lang', lang],
          ]
        : [];
  const path = kind === 'compose' ? BRIEF_PATH : kind === 'brief' ? BRIEF_API_PATH : EXPORT_API_PATH;
  if (extra.every(([key]) => !selection.has(key))) {
    // Letters only (a format, a language code): written as URLSearchParams writes them.
    const added = extra.map(([key, value]) => `${key}=${value}`).join('&');
    return `${path}?${query}${query !== '' && added !== '' ? '&' : ''}${added}`;
  }
  const params = new URLSearchParams(selection);
  for (const [key, value] of extra) params.set(key, value);
  return `${path}?${params.toString()}`;
}

/** The label of one download. */
export function downloadLabel(context: PageContext, kind: DownloadKind): string {
  const { messages } = context;
  return {
    docx: messages.downloadWord,
    md: messages.downloadMarkdown,
    brief: messages.downloadBriefing,
    compose: messages.composeBriefing,
  }[kind];
}

/** A download's control: a link, marked `download` unless it leads to the compose page. */
function downloadLink(
  context: PageContext,
  kind: DownloadKind,
  selection: URLSearchParams,
  query: string,
): Html {
  const href = downloadHrefOf(kind, selection, query, context.lang);
  return kind === 'compose'
    ? h`<a href="${href}">${downloadLabel(context, kind)}</a>`
    : h`<a href="${href}" download>${downloadLabel(context, kind)}</a>`;
}

/**
 * Download links for a selection (a paper, a theme, a topic, a search), named by API parameters:
 * the selection as a Word document and as Markdown, and a briefing pack on it. The files come from
 * the JSON API (`/api/v1/export`, `/api/v1/brief`), headings in the reader's language where the
 * pack has them (Chinese for a Chinese reader, English otherwise). Last, a link to the page that
 * composes a briefing pack, with this selection already chosen there.
 * `control` makes the control of each kind: a link by default (the search page makes buttons when
 * its URL is long).
 */
export function downloadLinks(
  context: PageContext,
  selection: URLSearchParams,
  control?: (kind: DownloadKind) => Html,
): Html {
  if (control === undefined) {
    const query = selection.toString();
    return downloadLinks(context, selection, (kind) => downloadLink(context, kind, selection, query));
  }
  return h`<span class="download-links">${DOWNLOAD_KINDS.map((kind, index) => (index === 0 ? control(kind) : h` · ${control(kind)}`))}</span>`;
}
