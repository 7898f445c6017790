import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Language } from '../domain/index.js';
import {
  BRIEF_DOWNLOAD_PATH,
  LANGUAGE_COOKIE,
  chooseInterfaceLanguage,
  languageOfTag,
  pageContext,
} from '../web/index.js';
import type { PageContext } from '../web/index.js';
import { isComplete, markHeadersPrepared } from './complete-response.js';

/** How long the language cookie lasts, in seconds (a year). */
const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The `Vary` of a page in the interface language: it depends on the `Accept-Language` and the language cookie. */
export const LANGUAGE_VARY = 'Accept-Language, Cookie';

/** True for a path of the JSON API (`/api` and below), which has no interface language. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * True for the route that answers the brief page's form: its query string is the briefing-pack API's,
 * in which `lang` is the language of the pack's headings, not of the interface.
 */
function isBriefDownload(c: Context): boolean {
  return c.req.path === BRIEF_DOWNLOAD_PATH;
}

/** The interface language of each request being answered, by its request (all of whose inputs it reads). */
const chosenLanguages = new WeakMap<Request, Language>();

/**
 * The interface language of a request (the reader's, not the catalog's): `?lang=` (except on
 * {@link BRIEF_DOWNLOAD_PATH}), the cookie, `Accept-Language`, then Chinese.
 */
export function interfaceLanguageOf(c: Context): Language {
  // Asked for several times per request (the middleware, the route, the page): read once per request.
  let language = chosenLanguages.get(c.req.raw);
  if (language === undefined) {
    language = chooseInterfaceLanguage({
      query: isBriefDownload(c) ? undefined : c.req.query('lang'),
      cookie: getCookie(c, LANGUAGE_COOKIE),
      acceptLanguage: c.req.header('accept-language'),
    });
    chosenLanguages.set(c.req.raw, language);
  }
  return language;
}

/**
 * The page context of a request: its interface language, and its URL without `lang` for the
 * language switcher, or `canonical` instead when the page has one (the search page's URL in its
 * fixed order).
 */
export function pageContextOf(c: Context, version: string, canonical?: string): PageContext {
  if (canonical !== undefined) return pageContext(interfaceLanguageOf(c), canonical, version);
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  return pageContext(interfaceLanguageOf(c), `${url.pathname}${url.search}`, version);
}

/**
 * The interface language of the portal: remembered in a cookie when chosen with `?lang=`, and named
 * in each page's `Content-Language` (with `Vary: Accept-Language, Cookie`; a page answered with all
 * its headers, `isComplete`, carries them already and is left alone). The API and the assets
 * have none; on {@link BRIEF_DOWNLOAD_PATH} a file passes through as made, and only the page that
 * says why not is in a language.
 */
export function negotiateInterfaceLanguage(): MiddlewareHandler {
  return async (c, next) => {
    if (isApiPath(c.req.path) || c.req.path.startsWith('/assets/')) {
      await next();
      return;
    }
    if (isBriefDownload(c)) {
      await next();
      if (c.res.status >= 400) {
        c.res.headers.set('Vary', LANGUAGE_VARY);
        c.res.headers.set('Content-Language', interfaceLanguageOf(c));
      }
      return;
    }
    const chosen = c.req.query('lang');
    const interfaceLanguage = chosen === undefined ? undefined : languageOfTag(chosen);
    if (interfaceLanguage !== undefined && getCookie(c, LANGUAGE_COOKIE) !== interfaceLanguage) {
      setCookie(c, LANGUAGE_COOKIE, interfaceLanguage, {
        path: '/',
        maxAge: LANGUAGE_COOKIE_MAX_AGE,
        sameSite: 'Lax',
        httpOnly: true,
      });
      markHeadersPrepared(c);
    }
    await next();
    // A page answered with all its headers has these already (`pageResponseOf`).
    if (isComplete(c.res)) return;
    c.res.headers.set('Vary', LANGUAGE_VARY);
    c.res.headers.set('Content-Language', interfaceLanguageOf(c));
  };
}
