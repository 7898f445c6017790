import { briefRefusalReason, messagesFor } from '../messages/index.js';
import type { SomkbErrorCode } from '../errors/index.js';
import type { Language, Paper, Theme } from '../domain/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import type { ConceptEntry } from '../knowledge/index.js';
import type { BriefState } from './brief-state.js';
import { EMPTY_BRIEF_STATE, PACK_FORMATS, PACK_LANGUAGES } from './brief-state.js';
import { conceptGloss, conceptName, paperDate, themeName } from './content-blocks.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { briefNoMatchHtml, queryHelpHtml } from './message-markup.js';
import { contentAttributes, renderPage, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { BRIEF_API_PATH, BRIEF_DOWNLOAD_PATH, EXPORT_API_PATH } from './portal-urls.js';

/**
 * Why the pack the form asked for could not be made, shown above the form: no paragraph matches the
 * query (`query`, as sent), or the briefing-pack API refused the request (`code`, its error code;
 * `parameter`, the form field it names, when it names one), said in the reader's language.
 */
export type BriefNotice =
  | { readonly kind: 'no-match'; readonly query: string }
  | { readonly kind: 'refused'; readonly code: SomkbErrorCode; readonly parameter?: string };

/** The id of the notice, which the field it concerns points to. */
const NOTICE_ID = 'brief-notice';

/** The whole-catalog export formats offered, in the order shown. */
const CATALOG_FORMATS = ['json', 'csv', 'md', 'docx'] as const;

/**
 * A checkbox or radio button and its text, in one label (no ids needed, so that a topic may be
 * offered under several themes).
 */
function choice(type: 'checkbox' | 'radio', name: string, value: string, checked: boolean, text: Html): Html {
  return h`<label class="choice"><input type="${type}" name="${name}" value="${value}"${checked ? h` checked` : EMPTY}> <span>${text}</span></label>`;
}

/** A list item with a checkbox. */
function checkbox(name: string, value: string, checked: boolean, text: Html): Html {
  return h`<li>${choice('checkbox', name, value, checked, text)}</li>`;
}

/** The key topics of a theme that the thesaurus knows, each with its concept, once per concept. */
function themeTopics(model: PortalModel, theme: Theme): { topic: string; entry: ConceptEntry }[] {
  const seen = new Set<string>();
  return theme.keyTopics.flatMap((topic) => {
    const entry = model.conceptOfKeyTopic(topic);
    if (entry === undefined || seen.has(entry.concept.id)) return [];
    seen.add(entry.concept.id);
    return [{ topic, entry }];
  });
}

function paperChoice(context: PageContext, model: PortalModel, paper: Paper, state: BriefState): Html {
  const content = contentAttributes(context.lang, model.catalog.language);
  return checkbox(
    'paper',
    paper.symbol,
    state.papers.includes(paper.symbol),
    h`${symbolText(paper.symbol)} <span class="facts">${paperDate(context, paper)}</span> <span class="subject"${content}>${paper.subject}</span>`,
  );
}

/**
 * One theme: its checkbox, and under it (folded, unless something in it is chosen) its papers and
 * its key topics, so that a long list stays short on a phone.
 */
function themeChoice(context: PageContext, model: PortalModel, theme: Theme, state: BriefState): Html {
  const { messages, lang } = context;
  const content = contentAttributes(lang, model.catalog.language);
  const papers = theme.papers.flatMap((symbol) => {
    const paper = model.paperBySymbol.get(symbol);
    return paper === undefined ? [] : [paper];
  });
  const topics = themeTopics(model, theme);
  const open =
    papers.some((paper) => state.papers.includes(paper.symbol)) ||
    topics.some(({ entry }) => state.topics.includes(entry.concept.id));
  const topicItems = topics.map(({ topic, entry }) =>
    checkbox(
      'topic',
      entry.concept.id,
      state.topics.includes(entry.concept.id),
      h`<span${content}>${topic}</span>${conceptGloss(context, entry, model.catalog.language)}`,
    ),
  );
  const parts =
    papers.length + topics.length === 0
      ? EMPTY
      : h`<details class="theme-parts"${open ? h` open` : EMPTY}><summary>${messages.papersCount(papers.length)} · ${messages.labelled(messages.keyTopics)} ${topics.length}</summary>
${papers.length === 0 ? EMPTY : h`<fieldset class="choice-subgroup"><legend>${messages.papersHeading}</legend><ul class="choice-list">${papers.map((paper) => paperChoice(context, model, paper, state))}</ul></fieldset>`}
${topics.length === 0 ? EMPTY : h`<fieldset class="choice-subgroup"><legend>${messages.keyTopics}</legend><ul class="choice-list topic-choices">${topicItems}</ul></fieldset>`}
</details>`;
  return h`<li class="theme-choice">${choice(
    'checkbox',
    'theme',
    theme.id,
    state.themes.includes(theme.id),
    h`<span class="theme-number">${messages.themeNumber(theme.number)}</span> ${themeName(context, model, theme)}`,
  )}
${parts}</li>`;
}

/** Topics chosen in the URL that are no theme's key topic (a topic page links here with its own). */
function otherTopics(context: PageContext, model: PortalModel, state: BriefState): Html {
  const offered = new Set(
    model.catalog.themes.flatMap((theme) => themeTopics(model, theme).map(({ entry }) => entry.concept.id)),
  );
  const entries = state.topics.flatMap((id) => {
    const entry = model.conceptById.get(id);
    return entry === undefined || offered.has(id) ? [] : [entry];
  });
  if (entries.length === 0) return EMPTY;
  return h`<fieldset class="choice-group"><legend>${context.messages.briefOtherTopics}</legend><ul class="choice-list">${entries.map(
    (entry) => checkbox('topic', entry.concept.id, true, conceptName(context, entry)),
  )}</ul></fieldset>`;
}

function radios<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  chosen: T,
  text: (value: T) => Html,
): Html {
  return h`<fieldset class="choice-group choice-row"><legend>${legend}</legend><ul class="choice-list">${values.map(
    (value) => h`<li>${choice('radio', name, value, value === chosen, text(value))}</li>`,
  )}</ul></fieldset>`;
}

/** The notice above the form: what was wrong with what was sent, in the reader's language. */
function noticeBlock(context: PageContext, notice: BriefNotice): Html {
  const { messages, lang } = context;
  if (notice.kind === 'no-match') {
    return h`<div class="notice error brief-notice" id="${NOTICE_ID}" role="alert"><p>${briefNoMatchHtml(messages, notice.query)}</p></div>`;
  }
  const reason = briefRefusalReason(lang, notice.code, notice.parameter);
  return h`<div class="notice error brief-notice" id="${NOTICE_ID}" role="alert"><p>${messages.briefRefused}</p><p>${reason}</p></div>`;
}

/** The field a notice concerns (`q`, `title`), if any. */
function fieldOfNotice(notice: BriefNotice | undefined): string | undefined {
  if (notice === undefined) return undefined;
  return notice.kind === 'no-match' ? 'q' : notice.parameter;
}

/** Marks a field as the one the notice is about: invalid, and described by the notice too. */
function invalidIf(wrong: boolean, help?: string): Html {
  if (!wrong) return help === undefined ? EMPTY : h` aria-describedby="${help}"`;
  return h` aria-invalid="true" aria-describedby="${help === undefined ? NOTICE_ID : `${NOTICE_ID} ${help}`}"`;
}

function briefForm(context: PageContext, model: PortalModel, state: BriefState, notice?: BriefNotice): Html {
  const { messages, lang } = context;
  const themes = model.catalog.themes.map((theme) => themeChoice(context, model, theme, state));
  const packLanguage = state.headingsLanguage ?? lang;
  const languageName = (code: Language): Html =>
    code === lang
      ? h`${messagesFor(code).languageName}`
      : h`<span lang="${code}">${messagesFor(code).languageName}</span>`;
  const wrong = fieldOfNotice(notice);
  return h`<form class="brief-form" action="${BRIEF_DOWNLOAD_PATH}" method="get">
<fieldset class="choice-group"><legend>${messages.briefThemes}</legend>
<p class="choice-hint">${messages.briefTopicsHint}</p>
<ol class="theme-choices">${themes}</ol></fieldset>
${otherTopics(context, model, state)}
<div class="brief-field"><label for="brief-q">${messages.briefQuery}</label>
<input id="brief-q" name="q" type="search" value="${state.q}" maxlength="1000" autocomplete="off"${invalidIf(wrong === 'q', 'brief-q-help')}>
<p class="query-help" id="brief-q-help">${queryHelpHtml(messages)}</p></div>
<div class="brief-field"><label for="brief-title">${messages.briefCoverTitle}</label>
<input id="brief-title" name="title" type="text" maxlength="200" autocomplete="off"${state.title === undefined ? EMPTY : h` value="${state.title}"`}${invalidIf(wrong === 'title')}></div>
${radios('format', messages.briefFormat, PACK_FORMATS, state.format ?? PACK_FORMATS[0], (format) => h`${messages.briefFormats[format]}`)}
${radios('lang', messages.briefLanguage, PACK_LANGUAGES, packLanguage, (code) => (code === lang ? h`${messagesFor(code).languageName}` : h`<span lang="${code}">${messagesFor(code).languageName}</span>`))}
${radios('catalogLang', messages.briefContentLanguage, UN_LANGUAGES, state.catalogLanguage ?? 'zh', languageName)}
${radios<Language | ''>('parallelLang', messages.briefParallelLanguage, ['', ...UN_LANGUAGES], state.parallelLanguage ?? '', (code) => (code === '' ? h`${messages.briefParallelNone}` : languageName(code)))}
<p class="brief-submit"><button type="submit">${messages.briefSubmit}</button></p>
</form>`;
}

function wholeCatalog(context: PageContext): Html {
  const { messages } = context;
  const label: Readonly<Record<(typeof CATALOG_FORMATS)[number], string>> = {
    json: messages.downloadJson,
    csv: messages.downloadCsv,
    md: messages.downloadMarkdown,
    docx: messages.downloadWord,
  };
  const packLanguage = context.lang;
  // The CSV is for a spreadsheet: its byte order mark makes Excel read the Chinese as UTF-8.
  const query = (format: (typeof CATALOG_FORMATS)[number]): string =>
    format === 'csv' ? 'format=csv&bom=true' : `format=${format}`;
  const links = CATALOG_FORMATS.map(
    (format) => h`<li><a href="${EXPORT_API_PATH}?${query(format)}" download>${label[format]}</a></li>`,
  );
  return h`<section class="whole-catalog" aria-labelledby="whole-catalog-heading"><h2 id="whole-catalog-heading">${messages.wholeCatalogHeading}</h2>
<p>${messages.wholeCatalogIntro}</p>
<ul class="download-list">${links}<li><a href="${BRIEF_API_PATH}?format=docx&amp;lang=${packLanguage}" download>${messages.downloadBriefing}</a></li></ul></section>`;
}

/**
 * The page that composes a briefing pack: a form (plain GET to `/brief/download`, which answers the
 * pack of `/api/v1/brief`; no script) with a checkbox for each theme, and under each theme, folded,
 * one for each of its papers and of its key topics (concept ids; a topic that several themes list is
 * offered under each, and counted once); a query, a cover title, the format (Word by default, HTML,
 * Markdown), the language of the headings (the reader's, any of the six), the language version the
 * text is taken from (Chinese by default) and a second one beside it (none by default: a bilingual
 * pack when one is chosen). Then the
 * whole catalog as JSON, CSV, Markdown, Word and a briefing pack. `state` ticks and fills in what a
 * link chose (none by default), or what the form sent; `notice`, when the pack could not be made,
 * says why above the form, and marks the field it concerns as invalid.
 */
export function renderBriefPage(
  context: PageContext,
  model: PortalModel,
  state: BriefState = EMPTY_BRIEF_STATE,
  notice?: BriefNotice,
): Html {
  const { messages } = context;
  return renderPage(context, {
    title: messages.briefTitle,
    section: 'brief',
    showsContent: true,
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.briefTitle }],
    main: h`<h1>${messages.briefTitle}</h1>
${notice === undefined ? EMPTY : noticeBlock(context, notice)}
<div class="lead">${messages.briefIntro.map((text) => h`<p>${text}</p>`)}</div>
${briefForm(context, model, state, notice)}
${wholeCatalog(context)}`,
  });
}
