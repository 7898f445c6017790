import { queryHelpHtml } from './message-markup.js';
import type { FacetCount, HitConcept, SearchHit, SearchResult } from '../search/index.js';
import { conceptName, downloadLinks, paperDate } from './content-blocks.js';
import { h, EMPTY, trusted } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, renderPage, searchForm, symbolText } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import { pagination } from './pagination.js';
import type { PortalModel } from './portal-model.js';
import {
  MECHANISMS_PATH,
  REFERENCES_PATH,
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
  SEARCH_PAGE_SIZE,
  hasFilters,
  hasSearch,
  searchHref,
  searchQueryText,
} from './search-state.js';
import type { FacetKey, SearchState } from './search-state.js';
import { closeTopics, frequentTopics } from './suggest-topics.js';

/** What the search page shows: the state from the URL and what the search answered. */
export interface SearchView {
  readonly state: SearchState;
  /** The answer, or `undefined` when nothing was asked or the query was refused. */
  readonly result: SearchResult | undefined;
  /** Set when the query was refused for its length. */
  readonly refused?: 'too-long';
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
      : h`<span class="theme-number">${theme.number}</span> <span${content}>${theme.name}</span>`;
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

function facets(context: PageContext, model: PortalModel, state: SearchState, result: SearchResult): Html {
  const groups = FACET_KEYS.map((key) => {
    const counts: readonly FacetCount[] = result.facets[key];
    if (counts.length === 0) return EMPTY;
    const items = counts.map((count) => {
      const param = facetParam(model, key, count.value);
      const selected = state[key].some(
        (value) => value === param || value.toLowerCase() === param.toLowerCase(),
      );
      const href = selected
        ? searchHref(state, {
            [key]: state[key].filter((value) => value.toLowerCase() !== param.toLowerCase()),
            page: 1,
          })
        : searchHref(state, { [key]: [param], page: 1 });
      return h`<li${selected ? h` class="selected"` : EMPTY}><a href="${href}"${selected ? h` aria-current="true"` : EMPTY}><span class="facet-value">${facetLabel(context, model, key, count.value)}</span> <span class="count">${count.count}</span></a></li>`;
    });
    return h`<section class="facet"><h3>${facetHeading(context, key)}</h3><ul>${items}</ul></section>`;
  });
  return h`<nav class="facets" aria-labelledby="facets-heading"><h2 id="facets-heading">${context.messages.narrowResults}</h2>${groups}</nav>`;
}

function activeFilters(context: PageContext, model: PortalModel, state: SearchState): Html {
  const chips = FACET_KEYS.flatMap((key) =>
    state[key].map((value) => {
      const label = facetLabel(context, model, key, value);
      const href = searchHref(state, { [key]: state[key].filter((other) => other !== value), page: 1 });
      return h`<li><a class="chip" href="${href}"><span class="visually-hidden">${context.messages.removeFilter('')}</span><span class="chip-key">${facetHeading(context, key)}</span> ${label} <span aria-hidden="true">×</span></a></li>`;
    }),
  );
  if (chips.length === 0) return EMPTY;
  return h`<div class="active-filters"><h2 class="visually-hidden">${context.messages.activeFilters}</h2><ul class="chips" aria-label="${context.messages.activeFilters}">${chips}</ul></div>`;
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s《》]+/gu, '');
}

function conceptMatch(context: PageContext, model: PortalModel, match: HitConcept): Html {
  const entry = model.conceptById.get(match.concept);
  const content = contentAttributes(context.lang, model.catalog.language);
  // The concept as the text names it (哈瓦拉), linked to where it is described, with its name in the interface language.
  const name = h`<span${content}>${match.name}</span>`;
  let target: Html;
  if (entry !== undefined) {
    const own = entry.concept.prefLabel[context.lang];
    const gloss =
      context.lang === model.catalog.language || own === undefined || fold(own) === fold(match.matched)
        ? EMPTY
        : h` <span class="gloss">${own}</span>`;
    target = h`<a href="${topicPath(entry.concept.id)}">${name}</a>${gloss}`;
  } else if (match.concept.startsWith('mechanism:')) {
    target = h`<a href="${MECHANISMS_PATH}#${mechanismAnchor(match.concept.slice('mechanism:'.length))}">${name}</a>`;
  } else if (match.concept.startsWith('instrument:')) {
    target = h`<a href="${REFERENCES_PATH}#${instrumentAnchor(match.concept.slice('instrument:'.length))}">${name}</a>`;
  } else {
    target = name;
  }
  return fold(match.matched) === fold(match.name)
    ? h`<li>${target}</li>`
    : h`<li><bdi>${match.matched}</bdi> → ${target}</li>`;
}

function hitItem(context: PageContext, model: PortalModel, hit: SearchHit, level: 3 | 4): Html {
  const { messages } = context;
  const content = contentAttributes(context.lang, model.catalog.language);
  const paper = hit.paper === null ? undefined : model.paperBySymbol.get(hit.paper);
  const theme = hit.theme === null ? undefined : model.themeByName.get(hit.theme);
  const where = hit.paper === null ? messages.introduction : hit.paper;
  const titleText = h`${paper === undefined ? h`${where}` : symbolText(where)} · ${messages.paragraphName(hit.paragraph)}`;
  const link = h`<a href="${paragraphPath(hit.paper, hit.paragraph)}">${titleText}</a>`;
  const title = level === 3 ? h`<h3 class="hit-title">${link}</h3>` : h`<h4 class="hit-title">${link}</h4>`;
  const meta = [
    theme === undefined
      ? EMPTY
      : h`<a href="${themePath(theme.id)}">${messages.themeNumber(theme.number)} · <span${content}>${theme.name}</span></a>`,
    paper === undefined
      ? EMPTY
      : h`<span>${messages.yearName(paper.year)} · ${messages.meetingName(paper.meeting)}</span>`,
  ].filter((part) => part !== EMPTY);
  // A concept is worth showing when the query named it otherwise than the text does ("hawala → 哈瓦拉"),
  // or when the hit was found through it without any word of the query in sight (no mark in the snippet).
  const unmarked = !hit.snippet.includes('<mark>');
  const shown = hit.concepts.filter((match) => unmarked || fold(match.matched) !== fold(match.name));
  const concepts =
    shown.length === 0
      ? EMPTY
      : h`<div class="matched"><span class="note-label">${messages.labelled(messages.matchedVia)}</span> <ul class="inline-list">${shown.map((match) => conceptMatch(context, model, match))}</ul></div>`;
  return h`<li class="hit">${title}<p class="snippet"${content}>${trusted(hit.snippet)}</p><p class="hit-meta">${meta.map((part, index) => (index === 0 ? part : h` · ${part}`))}</p>${concepts}</li>`;
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
      return h`<section class="hit-group">${heading}<ol class="hits">${group.hits.map((hit) => hitItem(context, model, hit, 4))}</ol></section>`;
    })}`;
  }
  return h`<ol class="hits" start="${result.offset + 1}">${result.hits.map((hit) => hitItem(context, model, hit, 3))}</ol>`;
}

function topicSuggestions(context: PageContext, model: PortalModel, state: SearchState): Html {
  const concepts = model.knowledge?.concepts ?? [];
  const close = closeTopics(concepts, state.q);
  const [heading, list] =
    close.length > 0
      ? [context.messages.closeTopics, close]
      : [context.messages.popularTopics, frequentTopics(concepts)];
  if (list.length === 0) return EMPTY;
  return h`<section class="suggestions" aria-labelledby="suggestions-heading"><h2 id="suggestions-heading">${heading}</h2><ul class="topic-list">${list.map(
    (entry) =>
      h`<li><a class="topic" href="${topicPath(entry.concept.id)}">${conceptName(context, entry, model.catalog.language)} <span class="count">${entry.paragraphs.length}</span></a></li>`,
  )}</ul></section>`;
}

function noResults(context: PageContext, model: PortalModel, state: SearchState): Html {
  const { messages } = context;
  const withoutFilters =
    hasFilters(state) && state.q !== ''
      ? h`<p><a class="button-link" href="${searchHref(state, { theme: [], paper: [], year: [], topic: [], page: 1 })}">${messages.searchWithoutFilters}</a></p>`
      : EMPTY;
  return h`<section class="no-results" aria-labelledby="no-results-heading"><h2 id="no-results-heading">${messages.noResultsTitle}</h2>
<ul>${messages.noResultsTips.map((tip) => h`<li>${tip}</li>`)}${hasFilters(state) ? h`<li>${messages.tipRemoveFilters}</li>` : EMPTY}</ul>${withoutFilters}</section>${topicSuggestions(context, model, state)}`;
}

function resultsSection(
  context: PageContext,
  model: PortalModel,
  state: SearchState,
  result: SearchResult,
): Html {
  const { messages } = context;
  if (result.total === 0) return noResults(context, model, state);
  const pages = Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE));
  if (result.hits.length === 0) {
    return h`<p class="notice">${messages.pageOutOfRange} <a href="${searchHref(state, { page: 1 })}">${messages.firstPage}</a></p>`;
  }
  const from = result.offset + 1;
  const to = result.offset + result.hits.length;
  const toggle = state.group
    ? h`<a href="${searchHref(state, { group: false })}">${messages.listByRelevance}</a>`
    : h`<a href="${searchHref(state, { group: true })}">${messages.groupByPaper}</a>`;
  return h`<div class="results-layout">
${facets(context, model, state, result)}
<section class="results" aria-labelledby="results-heading">
<h2 id="results-heading" class="results-summary" role="status">${messages.resultsSummary(from, to, result.total)}</h2>
<p class="result-tools">${toggle}<a class="to-facets" href="#facets-heading">${messages.narrowResults}</a></p>
<p class="result-downloads">${messages.labelled(messages.download)} ${downloadLinks(context, new URLSearchParams({ q: searchQueryText(state, (value) => model.paperBySlug.get(value.toLowerCase())?.symbol ?? value) }))}</p>
${result.relaxed ? h`<p class="notice">${messages.relaxedNote}</p>` : EMPTY}
${hitList(context, model, result, state.group)}
${pagination(messages, Math.min(state.page, pages), pages, (page) => searchHref(state, { page }))}
</section>
</div>`;
}

/**
 * The search page: the search box with the current words (the facets in use ride along as hidden
 * fields), the query language in one line, the filters in use (each removable), then either the
 * results (summary, facets that narrow them, hits with snippets and highlighted terms, grouping by
 * paper, pagination) or, when nothing matched, advice and the topics closest to the query. Every
 * link is a URL that holds the whole state.
 */
export function renderSearchPage(context: PageContext, model: PortalModel, view: SearchView): Html {
  const { messages } = context;
  const { state, result } = view;
  const hidden = h`${FACET_KEYS.flatMap((key) => state[key].map((value) => h`<input type="hidden" name="${key}" value="${value}">`))}${state.group ? h`<input type="hidden" name="group" value="1">` : EMPTY}`;
  const notes =
    result === undefined || result.warnings.length === 0
      ? EMPTY
      : h`<section class="search-notes" aria-labelledby="notes-heading"><h2 id="notes-heading">${messages.searchNotes}</h2><ul lang="en" dir="ltr">${result.warnings.map((warning) => h`<li>${warning}</li>`)}</ul></section>`;
  let body: Html;
  if (view.refused === 'too-long')
    body = h`<p class="notice error" role="alert">${messages.queryTooLong}</p>`;
  else if (result === undefined || !hasSearch(state)) body = topicSuggestions(context, model, state);
  else body = resultsSection(context, model, state, result);
  const title = state.q === '' ? messages.searchTitle : `${state.q} · ${messages.searchTitle}`;
  return renderPage(context, {
    title,
    section: 'search',
    hideHeaderSearch: true,
    showsContent: result !== undefined && result.total > 0,
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.searchTitle }],
    main: h`<h1>${messages.searchTitle}</h1>
${searchForm(messages, state.q, 'q', hidden)}
${queryHelp(context)}
${activeFilters(context, model, state)}
${notes}
${body}`,
  });
}
