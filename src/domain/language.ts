/** The six official languages of the United Nations, by ISO 639-1 code. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** One of the six official UN languages. */
export type Language = (typeof UN_LANGUAGES)[number];

/** True if `value` is the code of an official UN language. */
export function isLanguage(value: string): value is Language {
  return (UN_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The direction a language's text runs in: `rtl` for Arabic, `ltr` for the other five. What an HTML
 * `dir` attribute and a Word paragraph's `bidi` setting say for a text in that language.
 */
export function textDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
