import { describe, expect, it } from 'vitest';
import {
  chooseInterfaceLanguage,
  directionOf,
  languageOfTag,
  parseAcceptLanguage,
} from './interface-language.js';

describe('languageOfTag', () => {
  it('reads the primary subtag of a language tag, in any case', () => {
    expect(languageOfTag('en')).toBe('en');
    expect(languageOfTag('EN-gb')).toBe('en');
    expect(languageOfTag('zh-Hans-CN')).toBe('zh');
    expect(languageOfTag('ar_EG')).toBe('ar');
    expect(languageOfTag('de')).toBeUndefined();
    expect(languageOfTag('')).toBeUndefined();
  });
});

describe('parseAcceptLanguage', () => {
  it('orders the UN languages by quality, ties in header order, without repeats', () => {
    expect(parseAcceptLanguage('de-CH, fr-CH;q=0.9, en;q=0.8, fr;q=0.7')).toEqual(['fr', 'en']);
    expect(parseAcceptLanguage('ru;q=0.5, es;q=0.5, ar;q=0.9')).toEqual(['ar', 'ru', 'es']);
  });

  it('drops q=0, wildcards and malformed qualities', () => {
    expect(parseAcceptLanguage('en;q=0, *;q=0.5, zh;q=abc, es')).toEqual(['es']);
    expect(parseAcceptLanguage('')).toEqual([]);
  });
});

describe('chooseInterfaceLanguage', () => {
  it('prefers ?lang=, then the cookie, then Accept-Language, then Chinese', () => {
    expect(chooseInterfaceLanguage({ query: 'ar', cookie: 'fr', acceptLanguage: 'en' })).toBe('ar');
    expect(chooseInterfaceLanguage({ query: undefined, cookie: 'fr', acceptLanguage: 'en' })).toBe('fr');
    expect(
      chooseInterfaceLanguage({ query: undefined, cookie: undefined, acceptLanguage: 'es-MX,en;q=0.5' }),
    ).toBe('es');
    expect(chooseInterfaceLanguage({ query: undefined, cookie: undefined, acceptLanguage: undefined })).toBe(
      'zh',
    );
  });

  it('skips values that name no UN language', () => {
    expect(chooseInterfaceLanguage({ query: 'xx', cookie: 'klingon', acceptLanguage: 'de, ru;q=0.1' })).toBe(
      'ru',
    );
    expect(chooseInterfaceLanguage({ query: '<script>', cookie: undefined, acceptLanguage: 'ja' })).toBe(
      'zh',
    );
  });
});

describe('directionOf', () => {
  it('is right-to-left for Arabic only', () => {
    expect(directionOf('ar')).toBe('rtl');
    for (const language of ['zh', 'en', 'fr', 'es', 'ru'] as const) expect(directionOf(language)).toBe('ltr');
  });
});
