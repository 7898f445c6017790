import type { Language } from '../domain/index.js';
import { isLanguage } from '../domain/index.js';

/** The interface languages in the order the language switcher lists them; Chinese is the default. */
export const INTERFACE_LANGUAGES: readonly Language[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

/** The interface language used when nothing else chooses one: Chinese, the language of the content. */
export const DEFAULT_INTERFACE_LANGUAGE: Language = 'zh';

/** The name of the cookie that keeps the reader's choice of interface language. */
export const LANGUAGE_COOKIE = 'somkb_lang';

/** What can choose the interface language of a request, strongest first. */
export interface LanguageSignals {
  /** The `lang` URL parameter, when present. */
  readonly query: string | undefined;
  /** The value of the language cookie, when present. */
  readonly cookie: string | undefined;
  /** The `Accept-Language` header, when present. */
  readonly acceptLanguage: string | undefined;
}

/** The interface language a `lang` value or language tag names (`en`, `EN-gb`, `zh-Hans-CN`), if any. */
export function languageOfTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

/**
 * The interface languages an `Accept-Language` header asks for, best first: tags with `q=0` are
 * dropped, as are tags with a malformed quality; ties keep the header's order, tags of other
 * languages are ignored, `*` means nothing.
 */
export function parseAcceptLanguage(header: string): Language[] {
  const ranked: { language: Language; q: number; at: number }[] = [];
  header
    .slice(0, 500)
    .split(',')
    .forEach((part, at) => {
      const [tag = '', ...params] = part.split(';');
      const language = languageOfTag(tag);
      if (language === undefined) return;
      const qParam = params.find((param) => /^\s*q\s*=/i.test(param));
      const qText =
        qParam === undefined ? '1' : (/^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(qParam)?.[1] ?? '');
      const q = qText === '' ? 0 : Number(qText);
      if (!(q > 0)) return;
      ranked.push({ language, q, at });
    });
  ranked.sort((a, b) => b.q - a.q || a.at - b.at);
  return [...new Set(ranked.map((entry) => entry.language))];
}

/**
 * Chooses the interface language of a request: the `lang` parameter, else the cookie, else the
 * best language of `Accept-Language`, else {@link DEFAULT_INTERFACE_LANGUAGE}. Values that name no UN
 * language are skipped.
 */
export function chooseInterfaceLanguage(signals: LanguageSignals): Language {
  const fromQuery = signals.query === undefined ? undefined : languageOfTag(signals.query);
  if (fromQuery !== undefined) return fromQuery;
  const fromCookie = signals.cookie === undefined ? undefined : languageOfTag(signals.cookie);
  if (fromCookie !== undefined) return fromCookie;
  const accepted = signals.acceptLanguage === undefined ? [] : parseAcceptLanguage(signals.acceptLanguage);
  return accepted[0] ?? DEFAULT_INTERFACE_LANGUAGE;
}

/** The writing direction of an interface language: Arabic is right-to-left. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
