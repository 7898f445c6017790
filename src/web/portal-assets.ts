/**
 * The portal's static files, served under /assets/ (so that the Content-Security-Policy allows
 * scripts and styles from the site only, with no inline code): the stylesheet (phone to wide screen,
 * right-to-left through logical properties, visible focus, print), the script that enhances pages
 * (they work without it) and the icon.
 */

import { SEARCH_BOX_JS } from './search-box-script.js';

/** The stylesheet, `/assets/portal.css`. */
export const PORTAL_CSS = `
:root {
  --text: #1b1b1b;
  --muted: #4a4f55;
  --background: #ffffff;
  --soft: #f3f6f9;
  --line: #c9d3dd;
  --link: #0b5394;
  --link-hover: #063a6b;
  --brand: #0b3d66;
  --accent: #009edb;
  --mark: #fff0a0;
  --focus: #b35c00;
  --focus-on-dark: #ffbf47;
  --radius: 6px;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--text);
  background: var(--background);
  font: 1rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
    "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  overflow-wrap: break-word;
}
:lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "Arial", sans-serif; line-height: 1.8; }
:lang(en), :lang(fr), :lang(es), :lang(ru) { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.92em; }
.symbol { overflow-wrap: anywhere; }
h1 { overflow-wrap: anywhere; }
a { color: var(--link); text-underline-offset: 0.18em; }
a:hover { color: var(--link-hover); text-decoration-thickness: 2px; }
/* A button of a form that stands for a link (the controls of a search whose URL is too long to repeat). */
.link-button { font: inherit; color: var(--link); background: none; border: 0; padding: 0; margin: 0; cursor: pointer; text-align: start; text-decoration: underline; text-underline-offset: 0.18em; }
.link-button:hover { color: var(--link-hover); text-decoration-thickness: 2px; }
.facet li .link-button { width: 100%; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.site-header :focus-visible { outline-color: var(--focus-on-dark); }
main:focus { outline: none; }
h1, h2, h3, h4 { line-height: 1.3; margin-block: 1.4em 0.5em; }
h1 { font-size: clamp(1.5rem, 1.2rem + 1.5vw, 2.1rem); margin-block-start: 0.6em; }
h2 { font-size: 1.35rem; }
h3 { font-size: 1.1rem; }
h4 { font-size: 1rem; }
p { margin-block: 0.6em; }
ul, ol { padding-inline-start: 1.4em; }
mark { background: var(--mark); color: inherit; padding-inline: 0.05em; border-radius: 2px; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.skip-link { position: absolute; inset-inline-start: 0.5rem; inset-block-start: -3rem; z-index: 10;
  background: var(--focus-on-dark); color: #000; padding: 0.5rem 1rem; border-radius: var(--radius); }
.skip-link:focus { inset-block-start: 0.5rem; }

/* Header: a top row (brand and languages) and a row of tools (search box and main menu). */
.site-header { background: var(--brand); color: #fff; }
.site-header a { color: #fff; }
.header-inner { max-width: 74rem; margin: 0 auto; padding: 0.6rem 1rem 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.4rem; }
.header-top, .header-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1.5rem; }
.header-top { justify-content: space-between; }
.header-tools { flex-direction: column; flex-wrap: nowrap; align-items: stretch; }
.brand { margin: 0; }
.brand a { text-decoration: none; display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.6rem; }
.brand-name { font-weight: 700; font-size: 1.4rem; letter-spacing: 0.02em; }
.brand-tagline { font-size: 0.95rem; opacity: 0.92; }
.languages ul, .main-nav ul, .inline-list, .chips, .pagination ul, .pager ul, .breadcrumb ol, .more-links {
  list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
.languages ul { gap: 0.15rem 0.3rem; }
.languages a, .languages .link-button { display: inline-block; padding: 0.15rem 0.45rem; border-radius: var(--radius); font-size: 0.92rem; text-decoration: none; white-space: nowrap; }
.languages a:hover, .languages .link-button:hover { background: rgba(255, 255, 255, 0.14); }
.languages a[aria-current], .languages .link-button[aria-current] { background: #fff; color: var(--brand); font-weight: 600; }
.site-header .search-form label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.main-nav ul { gap: 0 0.2rem; }
.main-nav a { display: inline-block; padding: 0.45rem 0.6rem 0.5rem; text-decoration: none; white-space: nowrap; border-block-end: 3px solid transparent; }
.main-nav a:hover { border-block-end-color: rgba(255, 255, 255, 0.5); }
.main-nav a[aria-current] { border-block-end-color: var(--accent); font-weight: 600; }
/* A phone: the brand's name only (the tagline stays for screen readers), smaller language names, and
   the main menu on one line that scrolls sideways, so that the header keeps to a fifth of the screen. */
@media (max-width: 40rem) {
  .header-inner { padding-block-start: 0.4rem; gap: 0.3rem; }
  .header-top { gap: 0.2rem 0.8rem; flex-wrap: nowrap; }
  .brand { flex: none; }
  .languages { flex: 1 1 auto; min-width: 0; }
  .brand-tagline { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .languages ul { gap: 0.1rem 0.15rem; justify-content: flex-end; }
  .languages a, .languages .link-button { padding: 0.05rem 0.3rem; font-size: 0.82rem; }
  .main-nav { min-width: 0; }
  .main-nav ul { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; }
  .main-nav a { padding: 0.3rem 0.45rem 0.35rem; font-size: 0.92rem; }
}
/* A wide screen: the menu and the search box share the second row; the menu keeps to one line. */
@media (min-width: 60rem) {
  .header-tools { flex-direction: row; flex-wrap: wrap; align-items: center; justify-content: space-between; }
  .main-nav { order: 1; flex: 0 1 auto; }
  .site-header .search-form { order: 2; flex: 1 1 14rem; min-width: 14rem; max-width: 24rem; padding-block-end: 0.3rem; }
  .main-nav a { padding-inline: 0.5rem; }
}

/* Search form */
.search-form { margin: 0; }
.search-form label { display: block; font-weight: 600; margin-block-end: 0.3rem; }
.search-row { display: flex; gap: 0.4rem; }
.search-row input { flex: 1 1 auto; min-width: 0; font: inherit; padding: 0.45rem 0.6rem; border: 2px solid var(--muted); border-radius: var(--radius); background: #fff; color: var(--text); }
.search-row button, .copy-button, .button-link {
  font: inherit; cursor: pointer; border-radius: var(--radius); border: 2px solid var(--link); background: var(--link); color: #fff; padding: 0.4rem 0.9rem; }
.search-row button:hover { background: var(--link-hover); border-color: var(--link-hover); }
.site-header .search-row button { background: var(--accent); border-color: #fff; color: #00263f; font-weight: 600; }
.site-header .search-row input { border-color: #fff; }
/* Suggestions as one types: a list box under the search box (the script adds it; without it, none). */
.search-form.has-suggestions { position: relative; }
.suggest-list { position: absolute; z-index: 20; inset-inline: 0; margin: 0.2rem 0 0; padding: 0.25rem 0; list-style: none;
  background: var(--background); color: var(--text); border: 2px solid var(--muted); border-radius: var(--radius);
  box-shadow: 0 6px 18px rgba(0, 0, 0, 0.18); max-height: 22rem; overflow-y: auto; }
.suggest-list[hidden] { display: none; }
.suggest-option { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.5rem; padding: 0.35rem 0.7rem; cursor: pointer; line-height: 1.4; }
.suggest-option:hover { background: var(--soft); }
.suggest-option[aria-selected="true"] { background: var(--link); color: #fff; }
.suggest-symbol { font-weight: 600; overflow-wrap: anywhere; }
.suggest-zh, .suggest-matched { font-size: 0.88em; color: var(--muted); }
.suggest-option[aria-selected="true"] .suggest-zh, .suggest-option[aria-selected="true"] .suggest-matched { color: #fff; }
.suggest-paper .suggest-label { flex-basis: 100%; font-size: 0.92em; }
@media (forced-colors: active) { .suggest-option[aria-selected="true"] { outline: 2px solid Highlight; } }
.button-link { display: inline-block; text-decoration: none; }
.button-link:hover { color: #fff; background: var(--link-hover); }
.query-help { color: var(--muted); font-size: 0.92rem; }
.query-help code { background: var(--soft); padding: 0 0.25em; border-radius: 3px; white-space: nowrap; }
/* An example and the punctuation after it keep to one line; the example query inside may wrap between its terms. */
.nowrap { white-space: nowrap; }
.nowrap .query-example { white-space: normal; }

/* Page */
main { display: block; max-width: 74rem; margin: 0 auto; padding: 0.5rem 1rem 2.5rem; }
.breadcrumb ol { gap: 0.2rem; font-size: 0.92rem; margin-block: 0.8rem 0; }
.breadcrumb li + li::before { content: "›"; margin-inline: 0.35rem; color: var(--muted); }
[dir="rtl"] .breadcrumb li + li::before { content: "‹"; }
.content-note { background: var(--soft); border-inline-start: 4px solid var(--accent); padding: 0.5rem 0.8rem; font-size: 0.95rem; margin-block: 1rem; }
.lead { font-size: 1.06rem; max-width: 48rem; }
.notice { background: var(--soft); padding: 0.7rem 0.9rem; border-radius: var(--radius); }
.notice.error { border-inline-start: 4px solid #b3261e; }
.home-search { max-width: 48rem; background: var(--soft); padding: 1rem; border-radius: var(--radius); margin-block: 1rem; }
.more-links { gap: 0.5rem 1.2rem; margin-block: 0.8rem; }
.more-links a { font-weight: 600; }
.gloss { color: var(--muted); font-size: 0.9em; }
.count { display: inline-block; flex: none; white-space: nowrap; min-width: 1.6em; padding: 0 0.35em; border-radius: 999px; background: var(--soft); color: var(--muted); font-size: 0.82em; text-align: center; }
.subject { color: var(--text); }
/* A subject in the content's language (left to right) inside a right-to-left page lines up with the
   page, next to the symbol it belongs to, not a page-width away: its end is the page's start. */
[dir="rtl"] .subject[dir="ltr"] { text-align: end; }
.facts { color: var(--muted); font-size: 0.94rem; margin-block: 0.2rem; }
.theme-number { color: var(--muted); font-weight: 600; font-size: 0.85em; }
.status { color: var(--muted); font-weight: 400; font-size: 0.7em; }

/* Cards */
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 21rem), 1fr)); }
.card { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; background: #fff; }
.card h3 { margin-block-start: 0; }
.card h3 a { text-decoration: none; }
.card h3 a:hover { text-decoration: underline; }
.topics-heading { font-size: 0.9rem; color: var(--muted); margin-block: 0.8rem 0.4rem; }
.paper-cards { grid-template-columns: 1fr; }
.first-paragraph { border-inline-start: 3px solid var(--line); padding-inline-start: 0.8rem; margin-block-start: 0.6rem; }
.first-paragraph .label { font-size: 0.9rem; margin-block-end: 0; }

/* Topics */
.topic-list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.topic { display: inline-block; padding: 0.15rem 0.55rem; border: 1px solid var(--line); border-radius: 999px; background: var(--soft); text-decoration: none; font-size: 0.94rem; line-height: 1.5; }
.topic:hover { border-color: var(--link); }
.index-list { columns: 18rem auto; column-gap: 2rem; padding-inline-start: 1.2em; }
.index-list li { break-inside: avoid; margin-block-end: 0.2rem; }
.labels { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: 0.3rem 1rem; margin: 0.6rem 0; }
.labels div, .facts-list div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
.labels dt, .facts-list dt { color: var(--muted); font-size: 0.9rem; }
.labels dd, .facts-list dd { margin: 0; }
.facts-list { margin: 0.6rem 0; display: grid; gap: 0.2rem; }
.kind { color: var(--muted); margin-block-start: -0.3rem; }
.title-original { color: var(--muted); font-size: 0.7em; font-weight: 400; }
.scope-note { color: var(--muted); font-size: 0.92rem; }
.inline-list { gap: 0.1rem 0; }
.inline-list li:not(:last-child)::after { content: "·"; margin-inline: 0.45rem; color: var(--muted); }
.paper-group { margin-block-start: 1.4rem; border-block-start: 1px solid var(--line); }

/* Timeline */
.timeline { list-style: none; margin: 0; padding: 0; border-inline-start: 3px solid var(--accent); }
.meeting { position: relative; padding-inline-start: 1.2rem; padding-block-end: 0.6rem; }
.meeting::before { content: ""; position: absolute; inset-inline-start: -0.55rem; inset-block-start: 0.45rem; width: 0.8rem; height: 0.8rem; border-radius: 50%; background: #fff; border: 3px solid var(--brand); }
.meeting-name { margin: 0; font-weight: 600; }
.meeting-name time { color: var(--muted); font-weight: 400; margin-inline-start: 0.4rem; }
.meeting-papers { margin: 0.2rem 0 0; padding-inline-start: 0; list-style: none; }
.meeting-papers li { margin-block-end: 0.25rem; }
.meeting-papers .subject { display: block; color: var(--muted); font-size: 0.92rem; }

/* Paragraphs */
.paper-header { border-block-end: 1px solid var(--line); padding-block-end: 0.6rem; }
.paper-header .subject { font-size: 1.1rem; }
.print-url { display: none; }
.para { border-inline-start: 4px solid var(--line); padding: 0.2rem 0 0.2rem 0; padding-inline-start: 1rem; margin-block: 1.2rem; scroll-margin-block-start: 1rem; }
.para:target { border-inline-start-color: var(--accent); background: #eef7fc; }
.para-number { font-size: 0.95rem; margin-block: 0 0.2rem; }
.para-link { text-decoration: none; color: var(--muted); }
.para-link:hover { text-decoration: underline; color: var(--link); }
.para-text p { margin-block: 0.2rem 0.4rem; }
.items { list-style: none; padding-inline-start: 0; margin-block: 0.3rem; }
.items li { display: flex; gap: 0.4rem; margin-block-end: 0.25rem; padding-inline-start: 0.5rem; }
.item-label { flex: none; color: var(--muted); }
.citation { font-size: 0.9rem; color: var(--muted); display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 0.5rem; margin-block: 0.3rem; }
.cite-text { font-style: normal; color: var(--text); background: var(--soft); padding: 0.05rem 0.4rem; border-radius: 3px; }
.copy-button { font-size: 0.85rem; padding: 0.1rem 0.6rem; background: #fff; color: var(--link); }
.copy-button:hover { background: var(--soft); }
.copy-button[data-state="done"] { border-color: #1e7b34; color: #1e7b34; }
.para-notes { font-size: 0.9rem; color: var(--muted); }
.note-row { display: flex; flex-wrap: wrap; gap: 0 0.4rem; }
.note-label { color: var(--muted); }
.pager ul { justify-content: space-between; gap: 0.5rem 1rem; margin-block-start: 2rem; border-block-start: 1px solid var(--line); padding-block-start: 0.8rem; }
.pager .next { margin-inline-start: auto; text-align: end; }
.pager-label { display: block; font-size: 0.85rem; color: var(--muted); }

/* Search */
.active-filters { margin-block: 0.8rem; }
.chips { gap: 0.4rem; }
.chip { display: inline-block; padding: 0.15rem 0.6rem; border-radius: 999px; border: 1px solid var(--link); text-decoration: none; background: #eef4fb; }
.chip-key { color: var(--muted); font-size: 0.85em; }
.results-layout { display: grid; gap: 1rem 2rem; grid-template-columns: minmax(0, 1fr); }
.results { order: 1; min-width: 0; }
.facets { order: 2; }
@media (min-width: 60rem) {
  .results-layout { grid-template-columns: 17rem minmax(0, 1fr); }
  .results { order: 2; }
  .facets { order: 1; }
}
.facets h2 { font-size: 1.05rem; margin-block-start: 1rem; }
.facet h3 { font-size: 0.9rem; color: var(--muted); margin-block: 0.9rem 0.3rem; text-transform: none; }
.facet ul { list-style: none; margin: 0; padding: 0; }
.facet li a, .facet li .link-button { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; padding: 0.2rem 0.4rem; border-radius: 4px; text-decoration: none; }
.facet li a:hover, .facet li .link-button:hover { background: var(--soft); }
.facet li.selected a, .facet li.selected .link-button { background: #e3eef9; font-weight: 600; }
.facet li.selected a::before, .facet li.selected .link-button::before { content: "✓"; margin-inline-end: 0.2rem; }
.facet-value { flex: 1 1 auto; }
.results-summary { font-size: 1.1rem; margin-block: 1rem 0.2rem; }
.result-tools { font-size: 0.92rem; margin-block: 0 0.6rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
@media (min-width: 60rem) { .to-facets { display: none; } }
.hits { padding: 0; list-style: none; margin: 0; }
.hit { border-block-end: 1px solid var(--line); padding-block: 0.7rem; }
.hit-title { font-size: 1rem; margin: 0 0 0.2rem; }
.snippet { margin: 0.2rem 0; }
.hit-meta, .matched { font-size: 0.88rem; color: var(--muted); margin: 0.2rem 0; }
.matched { display: flex; flex-wrap: wrap; gap: 0 0.4rem; }
.hit-group { margin-block-start: 1rem; }
.hit-group > h3 { margin-block-end: 0; }
.group-count { margin-block-start: 0.25rem; color: var(--muted); font-size: 0.9em; }
.no-results ul { margin-block: 0.4rem; }
.search-notes { font-size: 0.9rem; color: var(--muted); }
.search-notes h2 { font-size: 0.95rem; }
.pagination ul { gap: 0.3rem; margin-block-start: 1.2rem; }
.pagination a, .pagination .link-button { display: inline-block; min-width: 2.4rem; padding: 0.3rem 0.6rem; border: 1px solid var(--line); border-radius: var(--radius); text-align: center; text-decoration: none; }
.pagination a[aria-current="page"], .pagination .link-button[aria-current="page"] { background: var(--link); color: #fff; border-color: var(--link); font-weight: 600; }
.pagination .gap { padding: 0.3rem 0.2rem; }

/* References and mechanisms */
.instrument { border-block-start: 1px solid var(--line); }
.instrument-title { color: var(--muted); font-size: 0.9rem; margin-block-start: -0.3rem; }
.provisions, .mechanisms { list-style: none; padding: 0; margin: 0; }
.provisions > li, .mechanisms > li { padding-block: 0.5rem; border-block-end: 1px dashed var(--line); scroll-margin-block-start: 1rem; }
.provisions > li:target, .mechanisms > li:target { background: #eef7fc; }
.provision { margin: 0; font-weight: 600; }
.cited-in { display: flex; flex-wrap: wrap; gap: 0 0.4rem; font-size: 0.92rem; }
.mechanism h3 { margin-block: 0.2rem; }
.printed { font-size: 0.9rem; color: var(--muted); }
.paper-list { padding-inline-start: 1.2em; }
.paper-list .subject { display: block; color: var(--muted); font-size: 0.92rem; }
.next-steps { padding-inline-start: 1.2em; }

/* Briefing pack */
.brief-form { max-width: 54rem; }
.choice-group { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.5rem 1rem 0.8rem; margin: 1rem 0; min-width: 0; }
.choice-group > legend { font-weight: 600; padding-inline: 0.3rem; }
.choice-hint { color: var(--muted); font-size: 0.92rem; margin-block: 0 0.3rem; }
.choice-list, .theme-choices { list-style: none; margin: 0; padding: 0; }
.choice-list li { margin-block: 0.2rem; }
.choice { display: flex; align-items: baseline; gap: 0.5rem; cursor: pointer; }
.choice input { flex: none; margin: 0; width: 1.1rem; height: 1.1rem; accent-color: var(--link); position: relative; inset-block-start: 0.2em; }
.choice .facts { font-size: 0.88rem; }
.choice .subject { display: block; color: var(--muted); font-size: 0.92rem; }
.choice-row .choice-list { display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; }
.theme-choice { border-block-end: 1px solid var(--line); padding-block: 0.45rem; }
.theme-choice:last-child { border-block-end: none; }
.theme-parts { margin-inline-start: 1.6rem; margin-block-start: 0.15rem; }
.theme-parts summary { cursor: pointer; color: var(--link); font-size: 0.92rem; }
.choice-subgroup { border: none; margin: 0.3rem 0 0.5rem; padding: 0; min-width: 0; }
.choice-subgroup legend { font-size: 0.88rem; color: var(--muted); font-weight: 600; padding: 0; }
.topic-choices { columns: 16rem auto; column-gap: 1.5rem; }
.topic-choices li { break-inside: avoid; }
.brief-field { margin-block: 1rem; }
.brief-field label { display: block; font-weight: 600; margin-block-end: 0.3rem; }
.brief-field input { width: 100%; max-width: 40rem; font: inherit; padding: 0.45rem 0.6rem; border: 2px solid var(--muted); border-radius: var(--radius); background: #fff; color: var(--text); }
.brief-field input[aria-invalid="true"] { border-color: #b3261e; }
.brief-notice { max-width: 54rem; margin-block: 1rem; }
.brief-notice p { margin-block: 0.25rem; }
.brief-submit button { font: inherit; font-weight: 600; cursor: pointer; border-radius: var(--radius); border: 2px solid var(--link); background: var(--link); color: #fff; padding: 0.5rem 1.2rem; }
.brief-submit button:hover { background: var(--link-hover); border-color: var(--link-hover); }
.whole-catalog { border-block-start: 1px solid var(--line); margin-block-start: 2rem; }
.download-list { padding-inline-start: 1.2em; }
.download-list li { margin-block: 0.25rem; }

/* Footer */
.site-footer { border-block-start: 1px solid var(--line); background: var(--soft); color: var(--muted); font-size: 0.88rem; }
.site-footer p { max-width: 74rem; margin: 0 auto; padding: 0.4rem 1rem; }
.site-footer p:first-child { padding-block-start: 1rem; }
.site-footer p:last-child { padding-block-end: 1.2rem; }

@media (max-width: 30rem) {
  body { font-size: 0.97rem; }
  .brand-tagline { font-size: 0.85rem; }
  main { padding-inline: 0.75rem; }
  .header-inner { padding-inline: 0.75rem; }
  .para { padding-inline-start: 0.7rem; }
}

/* Languages of the document, and the parallel view of two of them (stacked on a phone, no script). */
.document-languages, .parallel-links { font-size: 0.95rem; margin-block: 0.6rem; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.language-version { color: var(--muted); font-size: 0.85rem; }
.parallel-wrap { overflow-x: auto; }
.parallel { width: 100%; border-collapse: collapse; table-layout: fixed; margin-block: 1rem; }
.parallel th, .parallel td { border: 1px solid var(--line); padding: 0.45rem 0.6rem; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
.parallel thead th { background: var(--soft); }
.parallel thead th:first-child { width: 8rem; }
.parallel tbody th { font-weight: 600; font-size: 0.92rem; color: var(--muted); }
.parallel-paragraph td { padding-block-start: 0.8rem; }
.parallel-item td { padding-inline-start: 1.4rem; }
.parallel tr:target { outline: 3px solid var(--accent); }
.parallel-missing { color: var(--muted); }
@media (max-width: 40rem) {
  .parallel, .parallel tbody, .parallel tr, .parallel th, .parallel td { display: block; width: auto; }
  .parallel thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .parallel tr { border: 1px solid var(--line); border-radius: var(--radius); margin-block: 0.6rem; }
  .parallel th, .parallel td { border: 0; }
  .parallel td + td { border-block-start: 1px dashed var(--line); }
  .parallel td::before { content: attr(data-label); display: block; font-size: 0.8rem; color: var(--muted); }
}

/* History: the banner of an older version, notes on changed paragraphs, the versions, the diff. */
.version-banner { background: #fff6d6; border: 1px solid #e0b400; border-inline-start-width: 6px; border-radius: var(--radius); padding: 0.5rem 0.9rem; margin-block: 1rem; }
.version-banner p { margin: 0; }
.para-change { font-size: 0.92rem; color: var(--muted); margin-block: 0.2rem 0.4rem; }
.cards.versions { grid-template-columns: minmax(0, 1fr); }
.version-name { margin-block: 0 0.3rem; font-size: 1.15rem; }
.current-mark, .change-action { display: inline-block; font-size: 0.8rem; font-weight: 600; padding: 0 0.45rem; border-radius: var(--radius); background: var(--soft); border: 1px solid var(--line); vertical-align: middle; }
.current-mark { background: var(--brand); border-color: var(--brand); color: #fff; }
.version-language { font-size: 0.85rem; color: var(--muted); }
.no-message { color: var(--muted); }
.compare-form { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; }
.compare-form label { display: flex; flex-direction: column; font-weight: 600; font-size: 0.95rem; }
.compare-form input, .compare-form button { font: inherit; padding: 0.3rem 0.5rem; border-radius: var(--radius); }
.compare-form input { width: 7rem; border: 2px solid var(--muted); }
.compare-form button { border: 2px solid var(--link); background: var(--link); color: #fff; cursor: pointer; }
.changes { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.8rem; }
.change { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.6rem 0.9rem; scroll-margin-block-start: 1rem; }
.change:target { outline: 3px solid var(--accent); }
.change-title { margin-block: 0 0.3rem; font-size: 1rem; }
.change-text p { margin-block: 0.3rem; }
.change-added { background: #e3f4e6; border-color: #7cc48a; }
.change-removed { background: #fbe5e5; border-color: #e0a0a0; }
ins { background: #d4f2da; color: #0a4015; text-decoration: underline; text-decoration-thickness: 2px; }
del { background: #fbdada; color: #6b0d0d; text-decoration: line-through; }
.change-links { margin-block: 0.3rem 0; font-size: 0.92rem; }
/* Editors' pages: the header's user bar, forms with their hints and problems, tables that become cards on a phone. */
.user-bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.2rem 1rem; font-size: 0.9rem; border-block-end: 1px solid rgba(255, 255, 255, 0.25); padding-block-end: 0.3rem; }
.user-bar p { margin: 0; }
.user-bar ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.1rem 0.8rem; align-items: center; }
.user-bar a[aria-current] { font-weight: 700; }
.user-bar .link-button { color: #fff; font-size: inherit; }
.sign-out-form, .inline-form { display: inline; margin: 0; }
.user-role { opacity: 0.9; }
.editor-form { max-width: 44rem; margin-block: 0.8rem 1.4rem; }
.form-field { margin-block: 0 1rem; }
.form-field label { display: block; font-weight: 600; margin-block-end: 0.2rem; }
.form-field input, .form-field select, .form-field textarea, .chooser select, .chooser input {
  width: 100%; max-width: 40rem; font: inherit; padding: 0.45rem 0.6rem; border: 2px solid var(--muted);
  border-radius: var(--radius); background: #fff; color: var(--text); }
.form-field textarea { min-height: 3rem; resize: vertical; }
.form-field input[type="number"] { max-width: 10rem; }
.field-hint { margin-block: 0 0.3rem; color: var(--muted); font-size: 0.92rem; }
.field-error { margin-block: 0 0.3rem; color: #b3261e; font-weight: 600; }
.has-error input, .has-error select, .has-error textarea, [aria-invalid="true"] { border-color: #b3261e; }
.form-group { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.6rem 0.9rem; margin: 0 0 1rem; min-width: 0; }
.form-group > legend { font-weight: 600; padding-inline: 0.3rem; }
.form-actions { display: flex; flex-wrap: wrap; gap: 0.6rem 1rem; align-items: center; margin-block-start: 0.6rem; }
.primary-button, .secondary-button { font: inherit; cursor: pointer; border-radius: var(--radius); border: 2px solid var(--link); padding: 0.45rem 1.1rem; min-height: 2.75rem; }
.primary-button { background: var(--link); color: #fff; font-weight: 600; }
.primary-button:hover { background: var(--link-hover); border-color: var(--link-hover); }
.secondary-button { background: #fff; color: var(--link); }
.secondary-button:hover { background: var(--soft); }
.error-summary ul { margin-block: 0.3rem 0; }
.done-notice { border-inline-start: 4px solid #1e7b34; margin-block: 1rem; }
.created-secret .secret, .totp-secret code { display: inline-block; padding: 0.2rem 0.4rem; background: #fff; border: 1px solid var(--line); border-radius: 4px; overflow-wrap: anywhere; user-select: all; }
.qr-wrap { max-width: 14rem; margin-block: 0.6rem; }
.qr-code { display: block; width: 100%; height: auto; }
.table-wrap { overflow-x: auto; margin-block: 0.6rem 1.2rem; }
.editor-table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
.editor-table th, .editor-table td { text-align: start; vertical-align: top; padding: 0.4rem 0.6rem; border-block-end: 1px solid var(--line); }
.editor-table thead th { color: var(--muted); font-size: 0.88rem; }
.editor-table select { font: inherit; padding: 0.2rem 0.3rem; }
.is-disabled th, .is-disabled td { color: var(--muted); }
.draft-status { display: inline-block; font-size: 0.85rem; font-weight: 600; padding: 0 0.45rem; border-radius: var(--radius); background: var(--soft); border: 1px solid var(--line); }
.status-approved { background: #e3f4e6; border-color: #7cc48a; }
.status-submitted { background: #fff6d6; border-color: #e0b400; }
.draft-changes { padding-inline-start: 1.2rem; }
.draft-changes li { margin-block: 0.3rem; }
.draft-changes .inline-form { margin-inline-start: 0.6rem; }
.choosers { display: grid; gap: 0.8rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); }
.chooser { margin: 0; }
.chooser .form-group { height: 100%; }
.draft-actions { display: flex; flex-wrap: wrap; gap: 0.8rem 1.2rem; align-items: flex-end; }
.action-form { margin: 0; }
.comments { list-style: none; padding: 0; }
.comment { border-inline-start: 3px solid var(--line); padding-inline-start: 0.8rem; margin-block: 0.6rem; }
.comment-meta { color: var(--muted); font-size: 0.9rem; margin: 0; }
.comment-text { white-space: pre-line; margin-block: 0.2rem; }
.conflict-sides { display: grid; gap: 0.6rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
.conflict-side { background: #fff; border: 1px solid var(--line); border-radius: var(--radius); padding: 0.4rem 0.7rem; }
.conflict-side h4 { margin-block: 0 0.3rem; }
.value-text { white-space: pre-line; }
.value-fields { margin: 0; }
.value-fields dt { font-size: 0.85rem; color: var(--muted); }
.value-fields dd { margin: 0 0 0.3rem; }
.preview-banner { background: #fde7f3; border: 2px dashed #a2195b; border-radius: var(--radius); padding: 0.5rem 0.9rem; margin-block: 1rem; }
.preview-banner p { margin: 0; }
.stale h3 { font-size: 1rem; }
@media (max-width: 40rem) {
  .editor-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .editor-table, .editor-table tbody, .editor-table tr, .editor-table th, .editor-table td { display: block; width: 100%; }
  .editor-table tr { border: 1px solid var(--line); border-radius: var(--radius); margin-block-end: 0.6rem; padding: 0.3rem 0; }
  .editor-table th, .editor-table td { border: 0; padding-block: 0.2rem; }
  .editor-table td::before { content: attr(data-label); display: block; font-size: 0.8rem; color: var(--muted); }
}
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 10.5pt; line-height: 1.5; color: #000; background: #fff; }
  .site-header, .breadcrumb, .skip-link, .copy-button, .pager, .pagination, .search-form, .query-help,
  .facets, .result-tools, .para-notes .topics, .content-note, .site-footer p:last-child { display: none !important; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .print-url { display: inline; }
  .official-link { display: none; }
  .para { border-inline-start: 2px solid #888; break-inside: avoid; page-break-inside: avoid; background: none !important; }
  .cite-text { background: none; padding: 0; }
  .citation { color: #000; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  .site-footer { background: none; border-block-start: 1px solid #888; }
}
`;

/** The page enhancements of `/assets/portal.js`: copy buttons, the current section in view in a phone's menu, and the anchor kept when switching language. */
const ENHANCEMENTS_JS = `(function () {
  'use strict';

  function announce(button, text) {
    var status = button.nextElementSibling;
    if (!status || !status.classList.contains('copy-status')) {
      status = document.createElement('span');
      status.className = 'visually-hidden copy-status';
      status.setAttribute('role', 'status');
      button.insertAdjacentElement('afterend', status);
    }
    status.textContent = text;
  }

  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand('copy');
    } catch (error) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  function copied(button) {
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    button.textContent = button.getAttribute('data-copied') || label;
    button.setAttribute('data-state', 'done');
    announce(button, button.textContent);
    window.setTimeout(function () {
      button.textContent = label;
      button.removeAttribute('data-state');
    }, 2000);
  }

  function selectCitation(button) {
    var cite = button.parentElement && button.parentElement.querySelector('.cite-text');
    if (!cite || !window.getSelection) return;
    var range = document.createRange();
    range.selectNodeContents(cite);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  var buttons = document.querySelectorAll('button.copy-button[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = button.getAttribute('data-copy') || '';
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(
          function () { copied(button); },
          function () { if (copyWithSelection(text)) copied(button); else selectCitation(button); }
        );
      } else if (copyWithSelection(text)) {
        copied(button);
      } else {
        selectCitation(button);
      }
    });
  });

  // On a phone the main menu is one line that scrolls sideways: bring the current section into it
  // (by the list's own scroll, which leaves the page where it is, at an anchor too).
  var current = document.querySelector('.main-nav a[aria-current]');
  var menu = current && current.closest('ul');
  if (menu && menu.scrollWidth > menu.clientWidth) {
    var item = current.getBoundingClientRect();
    var box = menu.getBoundingClientRect();
    menu.scrollLeft += item.left - box.left - (box.width - item.width) / 2;
  }

  var switches = document.querySelectorAll('a[data-keep-hash]');
  Array.prototype.forEach.call(switches, function (link) {
    link.addEventListener('click', function () {
      if (window.location.hash) link.setAttribute('href', link.getAttribute('href').split('#')[0] + window.location.hash);
    });
  });
})();
`;

/** The script, `/assets/portal.js`: the page enhancements, then the search box's suggestions. */
export const PORTAL_JS = ENHANCEMENTS_JS + SEARCH_BOX_JS;

/** The icon, `/assets/icon.svg`. */
export const PORTAL_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3d66"/><circle cx="16" cy="16" r="9" fill="none" stroke="#009edb" stroke-width="2.5"/><path d="M7 16h18M16 7c-4 5-4 13 0 18M16 7c4 5 4 13 0 18" fill="none" stroke="#fff" stroke-width="1.6"/></svg>
`;
