/**
 * The words of legal citations in the UN languages written with words (en, fr, es, ru, ar): what
 * introduces an article, a paragraph, a subparagraph and a resolution, how lists, ranges and the
 * "of" of `subparagraph (e) of paragraph 1 of article 27` are written, how subparagraph letters look,
 * how short forms ("the Convention") and the bodies that issue resolutions are named. Data of the one
 * grammar in `un-citation-grammar.ts`; each entry is the source of a regular expression matched
 * case-insensitively (`iu`) unless said otherwise, easy to correct.
 */
import type { InstrumentKind, WordLanguage } from './instruments.js';

/** The citation words of one language. */
export interface CitationLexicon {
  readonly language: WordLanguage;
  /** Introduces article numbers: `articles?`, `статья`, `المادة`. */
  readonly article: string;
  /** Introduces paragraph numbers. */
  readonly paragraph: string;
  /** Introduces subparagraph letters; tried before {@link paragraph} (Arabic `الفقرة الفرعية`). */
  readonly subparagraph: string;
  /** Introduces resolution numbers (`resolution 6/3`). */
  readonly resolution: string;
  /** Links a designator to the larger one that holds it: `of` (en), `du|de la|de l’` (fr); empty in Russian (genitive). */
  readonly of: string;
  /** Separates the members of a list: `,`, `and`, `or`. */
  readonly and: string;
  /** Separates the ends of a range: `to`, `à`, `–`. */
  readonly range: string;
  /** May stand before the first number of a range (`المواد من 5 إلى 7`); empty when none. */
  readonly from: string;
  /** A subparagraph letter; group 1 is the letter. */
  readonly letter: string;
  /** A roman sub-item (`(i)`); group 1 is the numeral. */
  readonly roman: string;
  /** Letters written in another script, to the Latin letter of the usual English citation. */
  readonly letterMap?: Readonly<Record<string, string>>;
  /**
   * What may stand between a citation and the naming of its instrument right after it: `, of the`
   * (en), `du`, `de la` (fr), nothing but a space in Russian (`статьи 27 Конвенции`), `من` (ar).
   * Matched against the whole gap.
   */
  readonly instrumentLink: string;
  /** What may stand between two citations that share the instrument named after the second (`and`). */
  readonly joined: string;
  /**
   * The short forms "the Convention" and "the Protocol" (matched case-sensitively: capitalized, a
   * title): group 1 is the word, read by {@link shortFormKind}.
   */
  readonly shortForm: string;
  /** The kind of instrument a short form's word stands for. */
  readonly shortFormKind: (word: string) => InstrumentKind;
  /** After a short form's word, what makes it the start of another title (`Convention on …`). */
  readonly otherTitleAfter: string;
  /** Before a short form's word, what makes it the end of another title (`Geneva Convention`); case-sensitive. */
  readonly otherTitleBefore: string;
  /**
   * Before an instrument's name, what makes the whole a body, not the instrument (`Conference of the
   * Parties to the`); case-sensitive.
   */
  readonly bodyBefore: string;
  /** Bodies other than the Conference of the Parties that issue resolutions (`General Assembly`). */
  readonly otherResolutionBodies: string;
  /** The Conference of the Parties, which issues the resolutions cited as COP resolutions. */
  readonly conferenceOfParties: string;
  /**
   * What may stand between a resolution keyword and its number: the issuing body in Arabic
   * (`قرار مؤتمر الأطراف في اتفاقية … 6/3`); absent when the number follows the keyword.
   */
  readonly resolutionGap?: string;
  /** Clitics glued to a keyword that are not part of the citation (Arabic `و` "and" in `والمادة`). */
  readonly leadingClitic?: RegExp;
}

/** The Latin letters of UN subparagraphs in the Arabic order أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر. */
const ARABIC_LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
  ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر'].map(
    (letter, index) => [letter, String.fromCharCode(97 + index)],
  ),
);

/** Cyrillic letters that Russian texts may type for the Latin subparagraph letters they look like. */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  і: 'i',
};

const LATIN_LETTER = String.raw`\(([a-z])\)`;
const LATIN_ROMAN = String.raw`\(([ivx]+)\)`;
/** French and Spanish write `a)` as often as `(a)`. */
const OPEN_LATIN_LETTER = String.raw`\(?([a-z])\)`;
const OPEN_LATIN_ROMAN = String.raw`\(?([ivx]+)\)`;
const DASHES = '[-‐‑–—]';

const kindOf =
  (convention: RegExp, protocol: RegExp) =>
  (word: string): InstrumentKind =>
    convention.test(word) ? 'convention' : protocol.test(word) ? 'protocol' : 'other';

/** An Arabic word with its optional clitics: و/ف, then ب/ك/ل, then the article ال (`ل` + `ال` is written `لل`). */
function arabicWord(words: string): string {
  return String.raw`[وف]?(?:[بك]?ال|لل|[بكل])?(?:${words})`;
}

export const CITATION_LEXICONS: Readonly<Record<WordLanguage, CitationLexicon>> = {
  en: {
    language: 'en',
    article: 'articles?|arts?\\.',
    paragraph: 'paragraphs?|paras?\\.',
    subparagraph: 'subparagraphs?|subparas?\\.',
    resolution: 'resolutions?',
    of: 'of',
    and: String.raw`,?\s*(?:and|or|as\s+well\s+as)|,`,
    range: String.raw`to|through|${DASHES}`,
    from: '',
    letter: LATIN_LETTER,
    roman: LATIN_ROMAN,
    instrumentLink: String.raw`,?\s*(?:of|in|under|to)\s+(?:the\s+)?|\s+`,
    joined: String.raw`\s*(?:,\s*)?(?:and|or|as\s+well\s+as)\s*|\s*,\s*`,
    shortForm: '(Convention|Protocol)',
    shortFormKind: kindOf(/^Convention$/, /^Protocol$/),
    otherTitleAfter: String.raw`^\s+(?:on|against|relating|for|concerning|between|to\s+Prevent|of\s+\d)(?![\p{L}])`,
    otherTitleBefore: String.raw`(?:(?<![\p{L}])(?!The\s)\p{Lu}[\p{L}-]*|\d{4})\s+$`,
    bodyBefore: String.raw`(?:Conference\s+of\s+the\s+Parties|[Ss]ecretariat)\s+(?:to|of)\s+(?:the\s+)?$`,
    otherResolutionBodies: String.raw`General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council`,
    conferenceOfParties: String.raw`Conference\s+of\s+the\s+Parties|(?<![\p{L}])Conference(?![\p{L}])`,
  },
  fr: {
    language: 'fr',
    article: 'articles?',
    paragraph: 'paragraphes?',
    subparagraph: 'alinéas?',
    resolution: 'résolutions?',
    of: String.raw`du|des|de\s+la|de\s+l['’]|d['’]|de`,
    and: String.raw`,?\s*(?:et|ou|ainsi\s+que)|,`,
    range: String.raw`à|${DASHES}`,
    from: '',
    letter: OPEN_LATIN_LETTER,
    roman: OPEN_LATIN_ROMAN,
    instrumentLink: String.raw`,?\s*(?:du|de\s+la|de\s+l['’]|de|au|à\s+la|dans\s+la|dans\s+le)\s*|\s+`,
    joined: String.raw`\s*(?:,\s*)?(?:et|ou|ainsi\s+que)\s*(?:(?:à\s+)?l['’]|les?\s+|la\s+|aux\s+)?|\s*,\s*`,
    shortForm: '(Convention|Protocole)',
    shortFormKind: kindOf(/^Convention$/, /^Protocole$/),
    otherTitleAfter: String.raw`^\s+(?:relative|relatif|sur|contre|pour|internationale|européenne|concernant|de\s+(?:\p{Lu}|\d))`,
    otherTitleBefore: String.raw`$^`,
    bodyBefore: String.raw`(?:Conférence\s+des\s+Parties|secrétariat|Secrétariat)\s+(?:à|de)\s+(?:la\s+|l['’])?$`,
    otherResolutionBodies: String.raw`Assemblée\s+générale|Conseil\s+de\s+sécurité|Conseil\s+des\s+droits\s+de\s+l['’]homme|Conseil\s+économique\s+et\s+social`,
    conferenceOfParties: String.raw`Conférence\s+des\s+Parties|(?<![\p{L}])Conférence(?![\p{L}])`,
  },
  es: {
    language: 'es',
    article: 'art[íi]culos?',
    paragraph: 'p[áa]rrafos?',
    subparagraph: 'apartados?|incisos?',
    resolution: 'resoluci(?:ón|on|ones)',
    of: String.raw`del|de\s+los|de\s+las|de\s+la|de`,
    and: String.raw`,?\s*(?:y|e|o|u|así\s+como)|,`,
    range: String.raw`a|al|${DASHES}`,
    from: '',
    letter: OPEN_LATIN_LETTER,
    roman: OPEN_LATIN_ROMAN,
    instrumentLink: String.raw`,?\s*(?:del|de\s+la|de|en\s+el|en\s+la)\s*|\s+`,
    joined: String.raw`\s*(?:,\s*)?(?:y|e|o|así\s+como)\s*(?:el\s+|los\s+|en\s+el\s+)?|\s*,\s*`,
    shortForm: '(Convención|Convenio|Protocolo)',
    shortFormKind: kindOf(/^Conven/, /^Protocolo$/),
    otherTitleAfter: String.raw`^\s+(?:sobre|contra|para|relativ[oa]|Internacional|Europe[oa]|de\s+(?:\p{Lu}|\d))`,
    otherTitleBefore: String.raw`$^`,
    bodyBefore: String.raw`(?:Conferencia\s+de\s+las\s+Partes|Secretar[íi]a|secretar[íi]a)\s+(?:en|de)\s+(?:la\s+|el\s+)?$`,
    otherResolutionBodies: String.raw`Asamblea\s+General|Consejo\s+de\s+Seguridad|Consejo\s+de\s+Derechos\s+Humanos|Consejo\s+Econ[óo]mico\s+y\s+Social`,
    conferenceOfParties: String.raw`Conferencia\s+de\s+las\s+Partes|(?<![\p{L}])Conferencia(?![\p{L}])`,
  },
  ru: {
    language: 'ru',
    article: 'стать(?:я|и|е|ю|ей|ях|ям|ями)|статей|ст\\.',
    paragraph: 'пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|п\\.',
    subparagraph: 'подпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|подп\\.',
    resolution: 'резолюци(?:я|и|ю|ей|ях|ям)',
    of: '',
    and: String.raw`,?\s*(?:и|или|а\s+также)|,`,
    range: String.raw`${DASHES}|по`,
    from: 'с',
    letter: String.raw`\(?([a-zа-яі])\)`,
    roman: OPEN_LATIN_ROMAN,
    letterMap: CYRILLIC_LOOKALIKES,
    instrumentLink: String.raw`\s*|,?\s*(?:к|в)\s+`,
    joined: String.raw`\s*(?:,\s*)?(?:и|или|а\s+также)\s*|\s*,\s*`,
    shortForm: '(Конвенци(?:я|и|ю|ей|ею)|Протокол(?:а|у|ом|е)?)',
    shortFormKind: kindOf(/^Конвенци/, /^Протокол/),
    otherTitleAfter: String.raw`^\s+(?:о|об|по|против|относительно|Организации)(?![\p{L}])`,
    otherTitleBefore: String.raw`(?<![\p{L}])(?:Международн|Европейск|Женевск|Чикагск)\p{L}*\s+$`,
    bodyBefore: String.raw`(?:Конференци\p{L}*\s+участников|секретариат\p{L}*|Секретариат\p{L}*)\s+$`,
    otherResolutionBodies: String.raw`Генеральн\p{L}*\s+Ассамбле\p{L}*|Совет\p{L}*\s+Безопасности|Совет\p{L}*\s+по\s+правам\s+человека|Экономическ\p{L}*\s+и\s+Социальн\p{L}*\s+Совет\p{L}*`,
    conferenceOfParties: String.raw`Конференци\p{L}*\s+участников|(?<![\p{L}])Конференци\p{L}*`,
  },
  ar: {
    language: 'ar',
    article: arabicWord('مادة|مادتين|مادتان|مواد'),
    paragraph: arabicWord('فقرة|فقرتين|فقرتان|فقرات'),
    subparagraph: String.raw`${arabicWord('فقرة|فقرتين|فقرتان|فقرات')}\s+(?:ال)?فرعي(?:ة|تين|تان)`,
    resolution: arabicWord('قرار|قرارين|قرارات'),
    of: 'من',
    and: String.raw`[،,]?\s*(?:و|أو)|[،,]`,
    range: String.raw`إلى|${DASHES}`,
    from: 'من',
    letter: String.raw`\(\s*([أابجدهوزحطيكلمنسعفصقر])ـ?\s*\)`,
    roman: LATIN_ROMAN,
    letterMap: { ...ARABIC_LETTERS, ا: 'a' },
    instrumentLink: String.raw`\s*(?:من|في)\s*|\s+`,
    joined: String.raw`\s*[،,]?\s*(?:أو\s*|و)|\s*[،,]\s*`,
    shortForm: String.raw`(?:[وف]?(?:[بك]?ال|لل))(اتفاقية|بروتوكول)`,
    shortFormKind: kindOf(/^اتفاقية$/, /^بروتوكول$/),
    otherTitleAfter: String.raw`^$.`,
    otherTitleBefore: String.raw`$^`,
    bodyBefore: String.raw`(?:مؤتمر\s+الأطراف\s+في|أمانة)\s+$`,
    otherResolutionBodies: String.raw`الجمعية\s+العامة|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان|المجلس\s+الاقتصادي\s+والاجتماعي`,
    conferenceOfParties: String.raw`مؤتمر\s+الأطراف|(?<![\p{L}])المؤتمر(?![\p{L}])`,
    resolutionGap: String.raw`(?:[^\s\d.؛;،,()]+\s+){1,16}?(?=\d+\s*/\s*\d)`,
    leadingClitic:
      /^(?:[وف]?[بك]|[وف])(?=ال)|^[وف](?=لل)|^[وف]?[بكل](?=مادة|مادت|مواد|فقر|قرار)|^[وف](?=مادة|مادت|مواد|فقر|قرار)/u,
  },
};
