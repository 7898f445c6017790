import type { Language } from '../domain/index.js';
import type { BriefingHeadings, HeadingsLanguage } from './briefing-headings.js';
import type { Messages } from './messages.js';
import { BRIEFING_HEADINGS_AR } from './briefing-headings-ar.js';
import { BRIEFING_HEADINGS_ES } from './briefing-headings-es.js';
import { BRIEFING_HEADINGS_FR } from './briefing-headings-fr.js';
import { BRIEFING_HEADINGS_RU } from './briefing-headings-ru.js';
import { MESSAGES_AR } from './messages-ar.js';
import { BRIEFING_HEADINGS_EN, MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';
import { MESSAGES_FR } from './messages-fr.js';
import { MESSAGES_RU } from './messages-ru.js';
import { BRIEFING_HEADINGS_ZH, MESSAGES_ZH } from './messages-zh.js';

/** The portal's interface texts in every UN language (the compiler keeps each one complete). */
export const MESSAGES: Readonly<Record<Language, Messages>> = {
  zh: MESSAGES_ZH,
  en: MESSAGES_EN,
  fr: MESSAGES_FR,
  es: MESSAGES_ES,
  ru: MESSAGES_RU,
  ar: MESSAGES_AR,
};

/** The portal's interface texts in `interfaceLanguage`. */
export function messagesFor(interfaceLanguage: Language): Messages {
  return MESSAGES[interfaceLanguage];
}

/** A briefing pack's headings in every headings language. */
export const BRIEFING_HEADINGS: Readonly<Record<HeadingsLanguage, BriefingHeadings>> = {
  en: BRIEFING_HEADINGS_EN,
  zh: BRIEFING_HEADINGS_ZH,
  fr: BRIEFING_HEADINGS_FR,
  es: BRIEFING_HEADINGS_ES,
  ru: BRIEFING_HEADINGS_RU,
  ar: BRIEFING_HEADINGS_AR,
};

/** A briefing pack's headings and labels in `headingsLanguage`. */
export function briefingHeadings(headingsLanguage: HeadingsLanguage): BriefingHeadings {
  return BRIEFING_HEADINGS[headingsLanguage];
}
