import { queryHelpHtml } from './message-markup.js';
import type { FacetCount, HitConcept, SearchHit, SearchResult } from '../search/index.js';
import { remember } from '../search/index.js';
import {
  chosenLabel,
  conceptName,
  downloadLabel,
  downloadLinks,
  paperDate,
  paragraphChangeNote,
  themeName,
} from './content-blocks.js';
import { conceptPrefLabel } from '../thesaurus/index.js';
import type { ConceptEntry } from '../knowledge/index.js';
import { frequentTopics } from '../suggest/index.js';
import type { DownloadKind } from './content-blocks.js';
import { h, EMPTY, escapeText, trusted } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, forwardArrow, renderPage, searchForm, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import { pagination } from './pagination.js';
import { MODEL_TABLE_ENTRIES, modelTable } from './model-fragments.js';
import type { PortalModel } from './portal-model.js';
import {
  MECHANISMS_PATH,
  REFERENCES_PATH,
  SEARCH_PATH,
  instrumentAnchor,
  mechanismAnchor,
  paperPath,
  paperSlug,
  paragraphPath,
  themePath,
  topicPath,
} from './portal-urls.js';
import {
  FACET_KEYS,
  LONG_SEARCH_URL,
  SEARCH_PAGE_SIZE,
  applySearchStep,
  facetHrefs,
  hasFilters,
  hasSearch,
  searchHref,
  searchSelection,
  searchStateFields,
  searchStepText,
} from './search-state.js';
import type { FacetKey, SearchState, SearchStep } from './search-state.js';

/** What the search page shows: the state from the URL and what the search answered. */
export interface SearchView {
  readonly state: SearchState;
  /** The answer, or `undefined` when nothing was asked or the query was refused. */
  readonly result: SearchResult | undefined;
  /** Set when the query was refused for its length. */
  readonly refused?: 'too-long';
  /** For a search that found nothing: the closest concepts ("did you mean", the suggest service's `closeConcepts`). */
  readonly closeConcepts?: readonly ConceptEntry[];
}

/** The id of the form that carries a long search's state once, for the buttons that stand for links. */
export const SEARCH_STATE_FORM = 'search-state';

/**
 * How the page's controls lead on: links that each hold the whole state (sharable, openable in a
 * new tab), or, when the state's URL is longer than {@link LONG_SEARCH_URL}, buttons of the one
 * form that holds it ({@link SEARCH_STATE_FORM}), each sending a `step` (or a `download`) that the
 * route answers with a redirect to the URL the link would have had. No script either way.
 */
interface Controls {
  readonly state: SearchState;
  readonly viaForm: boolean;
}

/** What a control says of itself besides its content. */
interface ControlMarks {
  readonly className?: string;
  readonly current?: 'true' | 'page';
  readonly label?: string;
  /** A link's relation to the page (`prev`, `next`); buttons have none. */
  readonly rel?: 'prev' | 'next';
}

function controlAttributes(marks: ControlMarks): Html {
  return h`${marks.current === undefined ? EMPTY : h` aria-current="${marks.current}"`}${marks.label === undefined ? EMPTY : h` aria-label="${marks.label}"`}`;
}

/** The control that takes the search one `step` on: a link to the new state, or a button of the state form. */
function stepControl(
  controls: Controls,
  step: SearchStep,
  marks: ControlMarks,
  content: Html | string,
): Html {
  if (!controls.viaForm) {
    const href = searchHref(applySearchStep(controls.state, step));
    return h`<a${marks.className === undefined ? EMPTY : h` class="${marks.className}"`} href="${href}"${controlAttributes(marks)}${marks.rel === undefined ? EMPTY : h` rel="${marks.rel}"`}>${content}</a>`;
  }
  const className = marks.className === undefined ? 'link-button' : `link-button ${marks.className}`;
  return h`<button type="submit" class="${className}" form="${SEARCH_STATE_FORM}" name="step" value="${searchStepText(step)}"${controlAttributes(marks)}>${content}</button>`;
}

/** The form that holds the state once, for the buttons of a long search. */
function stateForm(controls: Controls): Html {
  if (!controls.viaForm) return EMPTY;
  const fields = searchStateFields(controls.state).map(
    ([name, value]) => h`<input type="hidden" name="${name}" value="${value}">`,
  );
  return h`<form id="${SEARCH_STATE_FORM}" action="${SEARCH_PATH}" method="get">${fields}</form>`;
}

function queryHelp(context: PageContext): Html {
  return h`<p class="query-help">${queryHelpHtml(context.messages)}</p>`;
}

/** How a facet value is shown: theme number and heading, paper symbol, year, key topic as printed. */
function facetLabel(context: PageContext, model: PortalModel, key: FacetKey, value: string): Html {
  const content = contentAttributes(context.lang, model.catalog.language);
  if (key === 'theme') {
    const theme = model.themeById.get(value) ?? model.themeByName.get(value);
    return theme === undefined
      ? h`<span${content}>${value}</span>`
      : h`<span class="theme-number">${theme.number}</span> ${themeName(context, model, theme)}`;
  }
  if (key === 'paper') {
    const paper = model.paperBySymbol.get(value) ?? model.paperBySlug.get(value.toLowerCase());
    return symbolText(paper?.symbol ?? value);
  }
  if (key === 'topic') return h`<span${content}>${value}</span>`;
  return h`${value}`;
}

/** The URL parameter value of a facet value: theme id for a theme heading, slug for a paper symbol. */
function facetParam(model: PortalModel, key: FacetKey, value: string): string {
  if (key === 'theme') return model.themeByName.get(value)?.id ?? value;
  if (key === 'paper') return paperSlug(value);
  return value;
}

function facetHeading(context: PageContext, key: FacetKey): string {
  const { messages } = context;
  return {
    theme: messages.facetTheme,
    paper: messages.facetPaper,
    year: messages.facetYear,
    topic: messages.facetTopic,
  }[key];
}

function facets(context: PageContext, model: PortalModel, controls: Controls, result: SearchResult): Html {
  const { state } = controls;
  // A value not in use leads to the state narrowed to it: a link written from the state's parts,
  // escaped as they are.
  const onlyHref = controls.viaForm ? undefined : facetHrefs(state, escapeText);
  const groups = FACET_KEYS.map((key) => {
    const counts: readonly FacetCount[] = result.facets[key];
    if (counts.length === 0) return EMPTY;
    const shown = modelTable<string, { readonly param: string; readonly label: Html }>(
      model,
      context.messages,
      `facets ${context.lang} ${key}`,
    );
    const items = counts.map((count) => {
      const { param, label } = remember(shown, count.value, MODEL_TABLE_ENTRIES, () => ({
        param: facetParam(model, key, count.value),
        label: facetLabel(context, model, key, count.value),
      }));
      const selected = state[key].some(
        (value) => value === param || value.toLowerCase() === param.toLowerCase(),
      );
      const content = h`<span class="facet-value">${label}</span> <span class="count">${count.count}</span>`;
      if (!selected && onlyHref !== undefined)
        return h`<li><a href="${trusted(onlyHref(key, param))}">${content}</a></li>`;
      const step: SearchStep = { kind: selected ? 'drop' : 'only', key, value: param };
      return h`<li${selected ? h` class="selected"` : EMPTY}>${stepControl(controls, step, selected ? { current: 'true' } : {}, content)}</li>`;
    });
    return h`<section class="facet"><h3>${facetHeading(context, key)}</h3><ul>${items}</ul></section>`;
  });
  return h`<nav class="facets" aria-labelledby="facets-heading"><h2 id="facets-heading">${context.messages.narrowResults}</h2>${groups}</nav>`;
}

function activeFilters(context: PageContext, model: PortalModel, controls: Controls): Html {
  const { state } = controls;
  const chips = FACET_KEYS.flatMap((key) =>
    state[key].map((value) => {
      const label = facetLabel(context, model, key, value);
      // Isolated, its direction from its own words: a chip that mixes languages keeps its order on every line.
      const content = h`<bdi><span class="visually-hidden">${context.messages.removeFilter('')}</span><span class="chip-key">${facetHeading(context, key)}</span> ${label} <span aria-hidden="true">×</span></bdi>`;
      return h`<li>${stepControl(controls, { kind: 'drop', key, value }, { className: 'chip' }, content)}</li>`;
    }),
  );
  if (chips.length === 0) return EMPTY;
  return h`<div class="active-filters"><h2 class="visually-hidden">${context.messages.activeFilters}</h2><ul class="chips" aria-label="${context.messages.activeFilters}">${chips}</ul></div>`;
}

/** Texts folded by {@link fold}, by text: the names of concepts and the query words that met them. */
const folded = new Map<string, string>();

/**
 * `text` as two names are compared: NFKC, lower case, without spaces and title marks. Kept by text
 * (bounded as model tables are), since a results page folds the same names hit after hit.
 */
function fold(text: string): string {
  return remember(folded, text, MODEL_TABLE_ENTRIES, () =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s《》]+/gu, ''),
  );
}

/** A concept as a hit shows it (see {@link conceptMatch}), with the words it was shown for. */
interface ShownConcept {
  readonly name: string;
  readonly matched: string;
  readonly via: HitConcept['via'];
  readonly markup: Html;
}

/**
 * How many wordings of one concept (what the query called it, how it was reached) are kept per
 * interface language: what users type is unbounded, the wordings of the catalog's own labels few.
 */
const KEPT_WORDINGS = 8;

/**
 * A concept a hit met, as the hit lists it (see {@link conceptMarkup}): kept per catalog model,
 * interface language and concept, for each wording met, since the results of a search list the
 * same concepts hit after hit and their markup folds and compares their names each time.
 */
function conceptMatch(context: PageContext, model: PortalModel, match: HitConcept): Html {
  const wordings = remember(
    modelTable<string, ShownConcept[]>(model, context.messages, `concepts ${context.lang}`),
    match.concept,
    MODEL_TABLE_ENTRIES,
    () => [],
  );
  const kept = wordings.find(
    (shown) => shown.matched === match.matched && shown.name === match.name && shown.via === match.via,
  );
  if (kept !== undefined) return kept.markup;
  const markup = conceptMarkup(context, model, match);
  if (wordings.length < KEPT_WORDINGS)
    wordings.push({ name: match.name, matched: match.matched, via: match.via, markup });
  return markup;
}

function conceptMarkup(context: PageContext, model: PortalModel, match: HitConcept): Html {
  const entry = model.conceptById.get(match.concept);
  const content = contentAttributes(context.lang, model.catalog.language);
  // The concept as the text names it (哈瓦拉), linked to where it is described, with its name in the interface language.
  const name = h`<span${content}>${match.name}</span>`;
  let target: Html;
  if (entry !== undefined) {
    const own = conceptPrefLabel(entry.concept, context.lang);
    const gloss =
      context.lang === model.catalog.language ||
      own.language === model.catalog.language ||
      fold(own.text) === fold(match.matched)
        ? EMPTY
        : h` <span class="gloss">${chosenLabel(context, own)}</span>`;
    target = h`<a href="${topicPath(entry.concept.id)}">${name}</a>${gloss}`;
  } else if (match.concept.startsWith('mechanism:')) {
    target = h`<a href="${MECHANISMS_PATH}#${mechanismAnchor(match.concept.slice('mechanism:'.length))}">${name}</a>`;
  } else if (match.concept.startsWith('instrument:')) {
    target = h`<a href="${REFERENCES_PATH}#${instrumentAnchor(match.concept.slice('instrument:'.length))}">${name}</a>`;
  } else {
    target = name;
  }
  // A concept reached only as related to the one the query names says so: "controlled delivery →
  // related concept: 特殊侦查手段".
  const related =
    match.via === 'related'
      ? h`<span class="related-mark">${context.messages.relatedConcept}</span> `
      : EMPTY;
  return fold(match.matched) === fold(match.name) && match.via !== 'related'
    ? h`<li>${target}</li>`
    : h`<li><bdi>${match.matched}</bdi> ${forwardArrow(context.lang)} ${related}${target}</li>`;
}

/**
 * What a hit shows around its snippet and concepts: the same for every search that finds its
 * paragraph in the same language and at the same level.
 */
interface HitFrame {
  readonly language: SearchHit['language'];
  readonly paper: string | null;
  readonly theme: string | null;
  /** Up to the snippet: the item, its title, the snippet's paragraph opened. */
  readonly head: Html;
  /** After the snippet: the paragraph closed, the note of its change, its theme, year and meeting. */
  readonly tail: Html;
}

function hitItem(context: PageContext, model: PortalModel, hit: SearchHit, level: 3 | 4): Html {
  const { messages } = context;
  // Kept by paragraph: the frames of its language versions and of the paper and theme it was found with.
  const frames = remember(
    modelTable<number, HitFrame[]>(model, messages, `hits ${context.lang} ${level}`),
    hit.paragraph,
    MODEL_TABLE_ENTRIES,
    () => [],
  );
  let frame = frames.find(
    (kept) => kept.language === hit.language && kept.paper === hit.paper && kept.theme === hit.theme,
  );
  if (frame === undefined) {
    frame = hitFrame(context, model, hit, level);
    frames.push(frame);
  }
  const { head, tail } = frame;
  // A concept is worth showing when the query named it otherwise than the text does ("hawala → 哈瓦拉"),
  // or when the hit was found through it without any word of the query in sight (no mark in the snippet).
  const unmarked = !hit.snippet.includes('<mark>');
  const shown = hit.concepts.filter(
    (match) => unmarked || match.via === 'related' || fold(match.matched) !== fold(match.name),
  );
  const concepts =
    shown.length === 0
      ? EMPTY
      : h`<div class="matched"><span class="note-label">${messages.labelled(messages.matchedVia)}</span> <ul class="inline-list">${shown.map((match) => conceptMatch(context, model, match))}</ul></div>`;
  return h`${head}${trusted(hit.snippet)}${tail}${concepts}</li>`;
}

/** The {@link HitFrame} of a hit: its paragraph, paper and theme, level and language. */
function hitFrame(context: PageContext, model: PortalModel, hit: SearchHit, level: 3 | 4): HitFrame {
  const { messages } = context;
  // The snippet in the language of the version it was taken from (the reader's, or Chinese).
  const content = contentAttributes(context.lang, hit.language);
  const paper = hit.paper === null ? undefined : model.paperBySymbol.get(hit.paper);
  // The theme by the paragraph's theme id: the same in every language version.
  const themeId = model.paragraphByNumber.get(hit.paragraph)?.theme;
  const theme =
    (themeId === undefined || themeId === null ? undefined : model.themeById.get(themeId)) ??
    (hit.theme === null ? undefined : model.themeByName.get(hit.theme));
  // Titled by its citation, the summary's paragraph with its paper as context: "CTOC/… · Paragraph 20"
  // would read as paragraph 20 of the paper.
  const titleText =
    hit.paper === null
      ? messages.summaryCitation(hit.paragraph)
      : messages.citation(hit.paper, hit.paragraph);
  const link = h`<a href="${paragraphPath(hit.paper, hit.paragraph)}">${titleText}</a>`;
  const title = level === 3 ? h`<h3 class="hit-title">${link}</h3>` : h`<h4 class="hit-title">${link}</h4>`;
  const meta = [
    theme === undefined
      ? EMPTY
      : h`<a href="${themePath(theme.id)}">${messages.themeNumber(theme.number)} · ${themeName(context, model, theme)}</a>`,
    paper === undefined
      ? EMPTY
      : h`<span>${messages.yearName(paper.year)} · ${messages.meetingName(paper.meeting)}</span>`,
  ].filter((part) => part !== EMPTY);
  return {
    language: hit.language,
    paper: hit.paper,
    theme: hit.theme,
    head: h`<li class="hit">${title}<p class="snippet"${content}>`,
    tail: h`</p>${paragraphChangeNote(context, model, hit.paragraph)}<p class="hit-meta">${meta.map((part, index) => (index === 0 ? part : h` · ${part}`))}</p>`,
  };
}

function hitList(context: PageContext, model: PortalModel, result: SearchResult, grouped: boolean): Html {
  if (grouped && result.groups !== undefined) {
    const content = contentAttributes(context.lang, model.catalog.language);
    return h`${result.groups.map((group) => {
      const paper = group.paper === null ? undefined : model.paperBySymbol.get(group.paper);
      const heading =
        paper === undefined
          ? h`<h3>${context.messages.introduction}</h3>`
          : h`<h3><a href="${paperPath(paper.symbol)}">${symbolText(paper.symbol)}</a></h3><p class="facts">${paperDate(context, paper)}</p><p class="subject"${content}>${paper.subject}</p>`;
      const shown =
        group.total !== undefined && group.total > group.hits.length
          ? h`<p class="group-count">${context.messages.paperHitsShown(group.hits.length, group.total)}</p>`
          : EMPTY;
      return h`<section class="hit-group">${heading}<ol class="hits">${group.hits.map((hit) => hitItem(context, model, hit, 4))}</ol>${shown}</section>`;
    })}`;
  }
  return h`<ol class="hits" start="${result.offset + 1}">${result.hits.map((hit) => hitItem(context, model, hit, 3))}</ol>`;
}

function topicSuggestions(context: PageContext, model: PortalModel, close: readonly ConceptEntry[]): Html {
  const concepts = model.knowledge?.concepts ?? [];
  const [heading, list] =
    close.length > 0
      ? [context.messages.closeTopics, close]
      : [context.messages.popularTopics, frequentTopics(concepts)];
  if (list.length === 0) return EMPTY;
  return h`<section class="suggestions" aria-labelledby="suggestions-heading"><h2 id="suggestions-heading">${heading}</h2><ul class="topic-list">${list.map(
    (entry) =>
      h`<li><a class="topic" href="${topicPath(entry.concept.id)}"><bdi>${conceptName(context, entry)}</bdi> <span class="count">${entry.paragraphs.length}</span></a></li>`,
  )}</ul></section>`;
}

function noResults(
  context: PageContext,
  model: PortalModel,
  controls: Controls,
  close: readonly ConceptEntry[],
): Html {
  const { messages } = context;
  const { state } = controls;
  const withoutFilters =
    hasFilters(state) && state.q !== ''
      ? h`<p>${stepControl(controls, { kind: 'clear' }, { className: 'button-link' }, messages.searchWithoutFilters)}</p>`
      : EMPTY;
  return h`<section class="no-results" aria-labelledby="no-results-heading"><h2 id="no-results-heading">${messages.noResultsTitle}</h2>
<ul>${messages.noResultsTips.map((tip) => h`<li>${tip}</li>`)}${hasFilters(state) ? h`<li>${messages.tipRemoveFilters}</li>` : EMPTY}</ul>${withoutFilters}</section>${topicSuggestions(context, model, close)}`;
}

/**
 * A download of the search's selection as a button of the state form (the route redirects to the
 * file). The briefing pack's button names its headings language (`brief:zh`, `brief:en`), as its
 * link does, whatever language the request that follows carries.
 */
function downloadButton(context: PageContext, kind: DownloadKind): Html {
  const value = kind === 'brief' ? `brief:${context.lang === 'zh' ? 'zh' : 'en'}` : kind;
  return h`<button type="submit" class="link-button" form="${SEARCH_STATE_FORM}" name="download" value="${value}">${downloadLabel(context, kind)}</button>`;
}

function resultsSection(
  context: PageContext,
  model: PortalModel,
  controls: Controls,
  result: SearchResult,
  close: readonly ConceptEntry[],
): Html {
  const { messages } = context;
  const { state } = controls;
  if (result.total + result.related === 0) return noResults(context, model, controls, close);
  // Grouped by paper, the pages go through papers; else the paragraphs reached only through related
  // concepts follow the results on further pages.
  const byPaper = state.group && result.groupCount !== undefined;
  const pages = Math.max(
    1,
    Math.ceil((byPaper ? (result.groupCount ?? 0) : result.total + result.related) / SEARCH_PAGE_SIZE),
  );
  if (result.hits.length === 0) {
    return h`<p class="notice">${messages.pageOutOfRange} ${stepControl(controls, { kind: 'page', page: 1 }, {}, messages.firstPage)}</p>`;
  }
  // The summary counts the results; a page past them holds only paragraphs of related concepts.
  const counted = byPaper || result.offset < result.total;
  const summary = byPaper
    ? messages.paperResultsSummary(
        result.offset + 1,
        result.offset + (result.groups?.length ?? 0),
        result.groupCount ?? 0,
        result.total,
      )
    : counted
      ? messages.resultsSummary(
          result.offset + 1,
          Math.min(result.offset + result.hits.length, result.total),
          result.total,
        )
      : messages.relatedResults(result.related);
  const toggle = stepControl(
    controls,
    { kind: 'group', group: !state.group },
    {},
    state.group ? messages.listByRelevance : messages.groupByPaper,
  );
  const paperSymbol = (value: string): string => model.paperBySlug.get(value.toLowerCase())?.symbol ?? value;
  const downloads = controls.viaForm
    ? downloadLinks(context, searchSelection(state, paperSymbol), (kind) => downloadButton(context, kind))
    : downloadLinks(context, searchSelection(state, paperSymbol));
  return h`<div class="results-layout">
${facets(context, model, controls, result)}
<section class="results" aria-labelledby="results-heading">
<h2 id="results-heading" class="results-summary" role="status">${summary}</h2>
<p class="result-tools">${toggle}<a class="to-facets" href="#facets-heading">${messages.narrowResults}</a></p>
<p class="result-downloads">${messages.labelled(messages.download)} ${downloads}</p>
${result.relaxed ? h`<p class="notice">${messages.relaxedNote}</p>` : EMPTY}
${counted && result.related > 0 ? h`<p class="notice">${messages.relatedResults(result.related)}</p>` : EMPTY}
${hitList(context, model, result, state.group)}
${pagination(messages, Math.min(state.page, pages), pages, {
  control: (page, marks, content) =>
    stepControl(
      controls,
      { kind: 'page', page },
      {
        ...(marks.current === true ? { current: 'page' as const } : {}),
        ...(marks.label === undefined ? {} : { label: marks.label }),
        ...(marks.rel === undefined ? {} : { rel: marks.rel }),
      },
      content,
    ),
})}
</section>
</div>`;
}

/**
 * The search page: the search box with the current words (the facets in use ride along as hidden
 * fields), the query language in one line, the filters in use (each removable), then either the
 * results (summary, facets that narrow them, hits with snippets and highlighted terms, grouping by
 * paper, pagination) or, when nothing matched, advice and the topics closest to the query. Every
 * control leads to a URL that holds the whole state: a link to it, or, when that URL is longer than
 * {@link LONG_SEARCH_URL}, a button of one form that holds the state once (see `Controls`), so the
 * page stays small whatever is typed.
 */
export function renderSearchPage(pageContext: PageContext, model: PortalModel, view: SearchView): Html {
  const { state, result } = view;
  // A refused query is in the search box only; its page has no controls that carry it.
  const controls: Controls = {
    state,
    viaForm: view.refused === undefined && searchHref(state).length > LONG_SEARCH_URL,
  };
  const context = controls.viaForm ? { ...pageContext, stateForm: SEARCH_STATE_FORM } : pageContext;
  const { messages } = context;
  const hidden = h`${FACET_KEYS.flatMap((key) => state[key].map((value) => h`<input type="hidden" name="${key}" value="${value}">`))}${state.group ? h`<input type="hidden" name="group" value="1">` : EMPTY}`;
  const notes =
    result === undefined || result.warnings.length === 0
      ? EMPTY
      : h`<section class="search-notes" aria-labelledby="notes-heading"><h2 id="notes-heading">${messages.searchNotes}</h2><ul lang="en" dir="ltr">${result.warnings.map((warning) => h`<li>${warning}</li>`)}</ul></section>`;
  let body: Html;
  if (view.refused === 'too-long')
    body = h`<p class="notice error" role="alert">${messages.queryTooLong}</p>`;
  else if (result === undefined || !hasSearch(state)) body = topicSuggestions(context, model, []);
  else body = resultsSection(context, model, controls, result, view.closeConcepts ?? []);
  const title = state.q === '' ? messages.searchTitle : `${state.q} · ${messages.searchTitle}`;
  return renderPage(context, {
    title,
    section: 'search',
    hideHeaderSearch: true,
    showsContent: result !== undefined && result.total + result.related > 0,
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.searchTitle }],
    main: h`<h1>${messages.searchTitle}</h1>
${searchForm(messages, state.q, 'q', hidden)}
${queryHelp(context)}
${stateForm(controls)}
${activeFilters(context, model, controls)}
${notes}
${body}`,
  });
}
