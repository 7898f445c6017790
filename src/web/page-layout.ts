import type { Messages } from '../messages/index.js';
import { messagesFor } from '../messages/index.js';
import type { Role } from '../accounts/index.js';
import type { Language } from '../domain/index.js';
import { h, EMPTY, holdsFlagged } from './html-template.js';
import type { Html } from './html-template.js';
import {
  ACCOUNT_PATH,
  ADMIN_AUDIT_PATH,
  ADMIN_USERS_PATH,
  DRAFTS_PATH,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  signInHref,
} from './editor-urls.js';
import {
  BRIEF_PATH,
  CSS_PATH,
  ICON_PATH,
  MECHANISMS_PATH,
  REFERENCES_PATH,
  SCRIPT_PATH,
  HISTORY_PATH,
  SEARCH_PATH,
  TOPICS_PATH,
  versionedPath,
} from './portal-urls.js';
import { INTERFACE_LANGUAGES, directionOf } from './interface-language.js';

/** Who is reading and where: what every renderer needs besides its data. */
export interface PageContext {
  /** The interface language. */
  readonly lang: Language;
  readonly messages: Messages;
  /** The path and query of the request, without its `lang` parameter (for the language switcher). */
  readonly url: string;
  /** The somkb version, shown in the footer. */
  readonly version: string;
  /**
   * The id of a form on the page that carries the page's state (its URL would be too long to repeat
   * in every link): the language switcher is then made of buttons of that form, each adding `lang`.
   */
  readonly stateForm?: string;
  /**
   * The version of the catalog the page shows, when it shows one: named in the footer (with a link
   * to the history), and announced by a banner above the content when it is not the current one.
   */
  readonly catalogVersion?: ServedVersion;
  /**
   * The language versions of the document the page shows, and which one it shows: the page says
   * which languages the document has (each a link to the page in that language), and, when it is not
   * in the interface language, that it is not published in it. Without it (pages of the Chinese
   * catalog only) a page showing content says that the summary exists in Chinese only.
   */
  readonly content?: ContentLanguages;
  /**
   * Who reads, when the portal has editors (without it, the read-only portal: no account links):
   * a reader (every reader gets the same page, which stays cacheable: a discreet link to sign in,
   * in the footer) or a signed-in user (the header says who they are, with links to their pages and
   * a sign-out button; such a page is never kept in the shared page cache).
   */
  readonly account?: AccountBar;
  /**
   * Set on the pages of a draft's preview: a banner above the content says that it is a preview of
   * that draft, not published, with a link back to the draft.
   */
  readonly preview?: { readonly title: string; readonly draftHref: string };
}

/** A signed-in user as the pages show them. */
export interface Viewer {
  readonly email: string;
  readonly role: Role;
  /** The form token of their session: every form that changes something carries it (`_form`). */
  readonly formToken: string;
}

/** Who reads a page of a portal with editors (see `PageContext.account`). */
export type AccountBar = { readonly kind: 'reader' } | { readonly kind: 'user'; readonly viewer: Viewer };

/** The name of the hidden field that carries a session's form token in every state-changing form. */
export const FORM_TOKEN_FIELD = '_form';

/** A published language version of a document: its language and its current version number. */
export interface LanguageVersion {
  readonly language: Language;
  readonly version: number;
}

/** Which language version of the document a page shows, among those published. */
export interface ContentLanguages {
  /** The language of the version shown (the first of the pair in the parallel view). */
  readonly shown: Language;
  /** The document's published language versions, in UN order (ar, zh, en, fr, ru, es). */
  readonly versions: readonly LanguageVersion[];
  /** The two languages shown side by side, on a page in the parallel view. */
  readonly parallel?: readonly [Language, Language];
}

/** Which version of the catalog a page shows, and which is the current one. */
export interface ServedVersion {
  /** The version shown (`?version=N`, or the current one). */
  readonly served: number;
  /** The current version of the same document and catalog language. */
  readonly current: number;
  /** The same page in the current version: the page's URL without `version`. */
  readonly currentUrl: string;
}

/**
 * The section of the portal a page belongs to, marked as current in the main navigation; `none` for
 * pages that belong to none of its links (a theme, a paper, an error).
 */
export type PortalSection =
  | 'home'
  | 'topics'
  | 'references'
  | 'mechanisms'
  | 'brief'
  | 'search'
  | 'drafts'
  | 'account'
  | 'users'
  | 'audit'
  | 'none';

/** One step of a page's breadcrumb; the last step (the page itself) has no link. */
export interface Crumb {
  readonly label: Html | string;
  readonly href?: string;
}

/** What a page puts into the layout. */
export interface PageSpec {
  /** The page's own title (the tab title adds `· somkb`). */
  readonly title: string;
  readonly section: PortalSection;
  readonly breadcrumb?: readonly Crumb[];
  /** The main content. */
  readonly main: Html;
  /**
   * True on pages that show the document's content: they say in which languages it is published
   * (see `PageContext.content`), or, without those, that it exists only in Chinese.
   */
  readonly showsContent?: boolean;
  /** True on pages that offer the parallel view (`?parallel=a,b`): links to it follow the languages. */
  readonly offersParallel?: boolean;
  /** The query to show in the header's search box. */
  readonly query?: string;
  /** Hide the header's search box (the search page has its own). */
  readonly hideHeaderSearch?: boolean;
}

/** The URL parameter of the parallel view: two language codes, `?parallel=zh,en`. */
export const PARALLEL_PARAM = 'parallel';

/** `url` (path and query) with `name` set to `value`, or removed when `value` is undefined. */
function withParam(url: string, name: string, value: string | undefined): string {
  const [path = '', query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete(name);
  if (value !== undefined) params.set(name, value);
  const rest = params.toString();
  return rest === '' ? path : `${path}?${rest}`;
}

/** `url` in the parallel view of `first` and `second` (without `version`: it shows the current versions), or without it. */
export function withParallel(url: string, pair: readonly [Language, Language] | undefined): string {
  const current = withParam(url, 'version', undefined);
  return withParam(current, PARALLEL_PARAM, pair === undefined ? undefined : pair.join(','));
}

/** Makes a page context for `lang` (messages looked up here). */
export function pageContext(lang: Language, url: string, version: string): PageContext {
  return { lang, messages: messagesFor(lang), url, version };
}

/** `url` (path and query) with its `lang` parameter set to `lang`. */
export function withLanguage(url: string, lang: Language): string {
  const [path = '', query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete('lang');
  params.set('lang', lang);
  return `${path}?${params.toString()}`;
}

/** The attributes that mark content in the catalog's language inside a page in `ui` (direction too, in RTL pages). */
export function contentAttributes(ui: Language, content: Language = 'zh'): Html {
  if (ui === content) return EMPTY;
  return directionOf(ui) === directionOf(content)
    ? h` lang="${content}"`
    : h` lang="${content}" dir="${directionOf(content)}"`;
}

/**
 * `path` (a page made from the catalog: home, theme, paper, topic, provisions, mechanisms) in the
 * catalog version the page shows: with `version=N` when that is an older one, so that a reader of
 * an older version stays in it; as it is on the current version.
 */
export function inServedVersion(context: PageContext, path: string): string {
  const version = context.catalogVersion;
  return version === undefined || version.served === version.current
    ? path
    : versionedPath(path, version.served);
}

/** An arrow that points the way the text of `lang` reads on: `→`, or `←` in a right-to-left language. */
export function forwardArrow(lang: Language): string {
  return directionOf(lang) === 'rtl' ? '←' : '→';
}

/** A UN symbol, isolated so that its slashes stay in order inside right-to-left text. */
export function symbolText(symbol: string): Html {
  return h`<bdi class="symbol">${symbol}</bdi>`;
}

/** A link of the main navigation, marked `aria-current="page"` when the page belongs to its section. */
function navLink(href: string, label: string, current: boolean): Html {
  return h`<li><a href="${href}"${current ? h` aria-current="page"` : EMPTY}>${label}</a></li>`;
}

/**
 * Above this length in bytes, a page's URL is not repeated in each language link (six of them
 * would break the 60 KB a page may weigh): the links lead to the page's path without its query,
 * or, when the path itself is that long, to the same path by a relative `?lang=` link.
 */
const LONG_PAGE_URL = 512;

/** The URL the language links start from: the page's own, or a shorter one when it is long. */
function switcherUrl(url: string): string {
  if (url.length <= LONG_PAGE_URL) return url;
  const [path = '/'] = url.split('?', 1);
  return path.length <= LONG_PAGE_URL ? path : '';
}

/**
 * {@link withLanguage} of one URL for each language, the URL read once: what the language switcher
 * links to (`url`'s parameters without `lang`, then `lang=<code>`).
 */
function languageHrefs(url: string): (lang: Language) => string {
  const [path = '', query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete('lang');
  const rest = params.toString();
  return (lang) => (rest === '' ? `${path}?lang=${lang}` : `${path}?${rest}&lang=${lang}`);
}

function languageSwitcher(context: PageContext): Html {
  const { lang, messages } = context;
  const hrefIn = context.stateForm === undefined ? languageHrefs(switcherUrl(context.url)) : undefined;
  const links = INTERFACE_LANGUAGES.map((code) => {
    const name = messagesFor(code).languageName;
    if (context.stateForm !== undefined)
      return h`<li><button class="link-button" form="${context.stateForm}" name="lang" value="${code}" lang="${code}"${code === lang ? h` aria-current="true"` : EMPTY}>${name}</button></li>`;
    return code === lang
      ? h`<li><a href="${hrefIn?.(code) ?? ''}" lang="${code}" hreflang="${code}" aria-current="true">${name}</a></li>`
      : h`<li><a href="${hrefIn?.(code) ?? ''}" lang="${code}" hreflang="${code}" data-keep-hash>${name}</a></li>`;
  });
  return h`<nav class="languages" aria-label="${messages.languageLabel}"><ul>${links}</ul></nav>`;
}

/**
 * The search form of the header and of the search page. The input carries, in
 * `data-suggestions-count`, the sentence the portal's script announces when it lists suggestions.
 */
export function searchForm(messages: Messages, query: string, id: string, hidden: Html = EMPTY): Html {
  return h`<form class="search-form" role="search" action="${SEARCH_PATH}" method="get">
<label for="${id}">${messages.searchLabel}</label>
<span class="search-row"><input id="${id}" name="q" type="search" value="${query}" maxlength="1000" autocomplete="off" enterkeyhint="search" data-suggestions-count="${messages.suggestionsCount}"><button type="submit">${messages.searchButton}</button></span>${hidden}
</form>`;
}

function breadcrumbNav(context: PageContext, crumbs: readonly Crumb[]): Html {
  const { messages } = context;
  if (crumbs.length === 0) return EMPTY;
  const items = crumbs.map((crumb, index) =>
    crumb.href === undefined || index === crumbs.length - 1
      ? h`<li><span aria-current="page">${crumb.label}</span></li>`
      : h`<li><a href="${inServedVersion(context, crumb.href)}">${crumb.label}</a></li>`,
  );
  return h`<nav class="breadcrumb" aria-label="${messages.breadcrumb}"><ol>${items}</ol></nav>`;
}

/**
 * The banner of a page that shows an older version of the catalog: which version it is, which is
 * the current one, and links to the same page in the current version and to the history.
 */
function versionBanner(messages: Messages, version: ServedVersion | undefined): Html {
  if (version === undefined || version.served === version.current) return EMPTY;
  return h`<div class="version-banner" role="note"><p>${messages.versionBanner(version.served, version.current)} <a href="${version.currentUrl}">${messages.readCurrent}</a> · <a href="${HISTORY_PATH}">${messages.navHistory}</a></p></div>`;
}

/** The footer's line of the catalog version: the version shown, a link to the history. */
function footerCatalogVersion(messages: Messages, version: ServedVersion | undefined): Html {
  return version === undefined
    ? h`<a href="${HISTORY_PATH}">${messages.navHistory}</a>`
    : h`<a href="${HISTORY_PATH}" class="catalog-version">${messages.catalogVersion(version.served)}</a>`;
}

/** The class of the mark after a label that is the portal's own rendering (see `ownRenderingMark`). */
export const OWN_RENDERING_CLASS = 'own-rendering';

/**
 * The legend of the own-rendering mark, once at the end of the main content of a page that shows
 * the mark: the asterisk and what it means, in the interface language.
 */
function ownRenderingLegend(messages: Messages, main: Html): Html {
  // The mark is flagged (see `ownRenderingMark`): the main content holds one when it holds the flag.
  return holdsFlagged(main)
    ? h`<p class="content-note own-rendering-note"><sup aria-hidden="true">*</sup> ${messages.ownRendering}</p>`
    : EMPTY;
}

/** The own name of a language (its interface's `languageName`). */
export function languageName(language: Language): string {
  return messagesFor(language).languageName;
}

/**
 * The note of a page that shows the document: that it is not published in the interface language
 * (with the language shown), then its languages, each a link to the page in that language with its
 * version number, and, where the page offers it, links to the parallel view of the language shown
 * with each other one. Without `content`, that the summary exists in Chinese only (in the languages
 * other than Chinese); the same when it is published in Chinese only.
 */
function contentNote(context: PageContext, offersParallel: boolean): Html {
  const { messages, lang, content } = context;
  const onlyChinese = content === undefined || (content.versions.length === 1 && content.shown === 'zh');
  const chineseOnly =
    onlyChinese && lang !== 'zh' && messages.chineseOnlyNote !== ''
      ? h`<p class="content-note">${messages.chineseOnlyNote}</p>`
      : EMPTY;
  if (content === undefined) return chineseOnly;
  const fallback =
    content.parallel === undefined && content.shown !== lang && !onlyChinese
      ? h`<p class="content-note">${messages.notInYourLanguage(languageName(content.shown))}</p>`
      : EMPTY;
  const shown = content.parallel ?? [content.shown];
  const links = content.versions.map(
    ({ language, version }) =>
      h`<li><a href="${withLanguage(withParallel(switcherUrl(context.url), undefined), language)}" lang="${language}" hreflang="${language}"${shown.includes(language) ? h` aria-current="true"` : EMPTY}>${languageName(language)}</a> <span class="language-version">(${messages.versionName(version)})</span></li>`,
  );
  const others = content.versions.filter(({ language }) => language !== content.shown);
  const parallel =
    offersParallel && content.parallel === undefined && others.length > 0
      ? h`<div class="parallel-links"><span class="note-label">${messages.labelled(messages.sideBySide)}</span> <ul class="inline-list">${others.map(
          ({ language }) =>
            h`<li><a href="${withParallel(switcherUrl(context.url), [content.shown, language])}"><span lang="${content.shown}">${languageName(content.shown)}</span> · <span lang="${language}">${languageName(language)}</span></a></li>`,
        )}</ul></div>`
      : EMPTY;
  return h`${chineseOnly}${fallback}<div class="document-languages"><span class="note-label">${messages.labelled(messages.documentLanguages)}</span> <ul class="inline-list">${links}</ul></div>${parallel}`;
}

/** The hidden field of the form token, for a form that changes something. */
export function formTokenField(viewer: Viewer): Html {
  return h`<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${viewer.formToken}">`;
}

/**
 * The header's bar of a signed-in user: who they are and their role, links to the drafts and their
 * account (and for an admin to the users and the audit log), and sign-out as a button of a POST form
 * (with the form token): a link would let any page sign them out.
 */
function userBar(context: PageContext, viewer: Viewer, section: PortalSection): Html {
  const words = context.messages.editors;
  const link = (href: string, label: string, own: PortalSection): Html =>
    h`<li><a href="${href}"${section === own ? h` aria-current="page"` : EMPTY}>${label}</a></li>`;
  const admin =
    viewer.role === 'admin'
      ? h`${link(ADMIN_USERS_PATH, words.navUsers, 'users')}${link(ADMIN_AUDIT_PATH, words.navAudit, 'audit')}`
      : EMPTY;
  return h`<nav class="user-bar" aria-label="${words.userNavigation}"><p class="user-who">${context.messages.labelled(words.signedInAs)} <bdi class="user-email">${viewer.email}</bdi> <span class="user-role">(${words.roleNames[viewer.role]})</span></p>
<ul>${link(DRAFTS_PATH, words.navDrafts, 'drafts')}${link(ACCOUNT_PATH, words.navAccount, 'account')}${admin}<li><form class="sign-out-form" action="${SIGN_OUT_PATH}" method="post">${formTokenField(viewer)}<button type="submit" class="link-button">${words.signOut}</button></form></li></ul></nav>`;
}

/** The footer's discreet link for readers of a portal with editors: sign in, and come back here. */
function readerSignIn(context: PageContext): Html {
  const [path = '/'] = context.url.split('#', 1);
  const back = path.startsWith(SIGN_IN_PATH) || path.length > LONG_PAGE_URL ? undefined : path;
  return h` · <a href="${signInHref(back)}" class="sign-in-link" rel="nofollow">${context.messages.editors.signIn}</a>`;
}

/**
 * A whole page: doctype, `<html lang dir>`, the head (stylesheet and deferred script as files, so
 * that the Content-Security-Policy needs no inline code), the skip link, the header with the
 * portal's name, search box, main navigation and language switcher, the banner of an older catalog
 * version, the breadcrumb, the main content, and the footer (with the catalog version shown and a
 * link to the history).
 */
export function renderPage(context: PageContext, spec: PageSpec): Html {
  const { lang, messages, account } = context;
  const section = spec.section;
  const note = spec.showsContent === true ? contentNote(context, spec.offersParallel === true) : EMPTY;
  const headerSearch =
    spec.hideHeaderSearch === true ? EMPTY : searchForm(messages, spec.query ?? '', 'header-q');
  return h`<!doctype html>
<html lang="${lang}" dir="${directionOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spec.title} · somkb</title>
<link rel="stylesheet" href="${CSS_PATH}">
<link rel="icon" href="${ICON_PATH}" type="image/svg+xml">
<script src="${SCRIPT_PATH}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${messages.skipToContent}</a>
<header class="site-header">
<div class="header-inner">
${account?.kind === 'user' ? userBar(context, account.viewer, section) : EMPTY}
<div class="header-top">
<p class="brand"><a href="/"><span class="brand-name" translate="no">somkb</span> <span class="brand-tagline">${messages.portalName}</span></a></p>
${languageSwitcher(context)}
</div>
<div class="header-tools">
${headerSearch}
<nav class="main-nav" aria-label="${messages.mainNavigation}"><ul>
${navLink('/', messages.navHome, section === 'home')}
${navLink(TOPICS_PATH, messages.navTopics, section === 'topics')}
${navLink(REFERENCES_PATH, messages.navReferences, section === 'references')}
${navLink(MECHANISMS_PATH, messages.navMechanisms, section === 'mechanisms')}
${navLink(BRIEF_PATH, messages.navBrief, section === 'brief')}
${navLink(SEARCH_PATH, messages.navSearch, section === 'search')}
</ul></nav>
</div>
</div>
</header>
<main id="main" tabindex="-1">
${context.preview === undefined ? EMPTY : h`<div class="preview-banner" role="note"><p><strong>${messages.editors.previewBanner(context.preview.title)}</strong> <a href="${context.preview.draftHref}">${messages.editors.backToDraft}</a></p></div>`}
${versionBanner(messages, context.catalogVersion)}
${breadcrumbNav(context, spec.breadcrumb ?? [])}
${note}
${spec.main}${ownRenderingLegend(messages, spec.main)}
</main>
<footer class="site-footer">
<p>${messages.footerSource}</p>
<p>${footerCatalogVersion(messages, context.catalogVersion)} · <a href="/api/v1/catalog">${messages.footerApi}</a> · ${messages.footerVersion(context.version)}${account?.kind === 'reader' ? readerSignIn(context) : EMPTY}</p>
</footer>
</body>
</html>
`;
}
