import type { Catalog, Item, Language, Paper, Paragraph } from '../domain/index.js';
import { chooseLabel, formatRanges, paperSlug } from '../domain/index.js';
import { isSomkbError, SomkbError } from '../errors/index.js';
import type { CatalogSelection } from '../export/index.js';
import { isWholeCatalog, selectCatalog, selectKnowledge } from '../export/index.js';
import type { CatalogKnowledge, ConceptEntry } from '../knowledge/index.js';
import { keyTopicConceptResolver } from '../knowledge/index.js';
import type { BriefingHeadings, HeadingsLanguage } from '../messages/index.js';
import { briefingHeadings } from '../messages/index.js';
import type { CitedPlace } from '../references/index.js';
import { citeReferenceIn, groupInstrumentMentions, groupProvisions } from '../references/index.js';

/** What a briefing pack is to hold, as the user picked it. */
export interface BriefingRequest {
  /** The themes, topics, papers or paragraphs (a query's results) to brief on; all absent = everything. */
  readonly selection: CatalogSelection;
  /** The query the caller resolved to `selection.paragraphs`, shown on the cover. */
  readonly query?: string;
  /** The title on the cover; default "Briefing pack" (or 简报材料). */
  readonly title?: string;
  /** The date on the cover, an ISO date (YYYY-MM-DD) given by the caller, so that building is pure. */
  readonly date: string;
  /** The language of the pack's headings and labels; default `en`. The content stays as printed. */
  readonly headingsLanguage?: HeadingsLanguage;
  /**
   * Another language version of the same document, for a bilingual pack: each selected paragraph
   * and item gets its text in that version beside it, found by paragraph number and item letter
   * (the language versions share their structure). Absent for a pack in one language.
   */
  readonly parallel?: Catalog;
}

/** A text and the language it is written in. */
export interface BriefingText {
  readonly text: string;
  readonly lang: Language;
}

/** One line of the cover's description of the selection: `Themes: Criminal justice responses`. */
export interface BriefingSelectionLine {
  readonly label: string;
  readonly value: string;
  /** The language of `value` (catalog text is in the catalog's language). */
  readonly lang: Language;
}

/** The cover of a briefing pack. */
export interface BriefingCover {
  readonly kind: string;
  readonly title: string;
  /** The ISO date of the request. */
  readonly date: string;
  /** The date written out in the interface language. */
  readonly dateText: string;
  readonly selection: readonly BriefingSelectionLine[];
  /** The source document: title, prepared-by line, body, dates and place, as printed. */
  readonly source: string;
  readonly counts: { readonly themes: number; readonly papers: number; readonly paragraphs: number };
  /** The counts in words. */
  readonly countsText: string;
}

/** An entry of the table of contents: a section (level 1) or a paper (level 2) and its anchor. */
export interface BriefingTocEntry {
  readonly level: 1 | 2;
  readonly text: string;
  /** The id of the section or paper it leads to (`theme-1`, `paper-ctoc-cop-wg-7-2015-4`). */
  readonly anchor: string;
  /** The language of `text`: the catalog's for a section (its heading as printed), else the pack's. */
  readonly lang: Language;
}

/**
 * A paragraph's text and items in the second language of a bilingual pack: `items` has one entry
 * per item of the paragraph, in its order and with its letter (text empty when that version lacks it).
 */
export interface BriefingParallelText {
  readonly lang: Language;
  readonly text: string;
  readonly items: readonly Item[];
}

/** A paragraph of the summary in the pack, with how to cite it and where its paper is published. */
export interface BriefingParagraph {
  readonly number: number;
  readonly text: string;
  readonly items: readonly Item[];
  /** The same paragraph in the pack's second language; absent in a pack in one language. */
  readonly parallel?: BriefingParallelText;
  /** `Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4)`, in the headings language. */
  readonly citation: string;
  /** The official document of its paper (`https://undocs.org/…`), or null outside any paper. */
  readonly url: string | null;
  /** `para-12`. */
  readonly anchor: string;
}

/** A background paper in the pack: its facts, the heading written for it, its selected paragraphs. */
export interface BriefingPaper {
  readonly symbol: string;
  readonly year: number;
  readonly meeting: number;
  readonly subject: string;
  readonly url: string;
  /** ` (2018, meeting 5)`, written right after the symbol in headings. */
  readonly facts: string;
  /** The symbol and the facts: what the table of contents shows. */
  readonly heading: string;
  readonly anchor: string;
  readonly paragraphs: readonly BriefingParagraph[];
}

/** A theme of the pack (or the introduction, for paragraphs outside any theme). */
export interface BriefingSection {
  /** The theme's id, or null for the paragraphs before the first theme. */
  readonly theme: string | null;
  /**
   * The theme's name in the headings language (its label in the thesaurus, falling back to English,
   * then to the name as printed), or the chapter heading (`一. 导言`).
   */
  readonly title: string;
  /** The language of `title`. */
  readonly titleLang: Language;
  readonly anchor: string;
  /** The theme's key topics in source order, each in the headings language as `title`; empty outside a theme. */
  readonly keyTopics: readonly BriefingText[];
  /** Selected paragraphs outside any paper (the introduction), in order. */
  readonly paragraphs: readonly BriefingParagraph[];
  readonly papers: readonly BriefingPaper[];
}

/** A place in the pack that cites a provision or names an instrument. */
export interface BriefingPlace {
  readonly paragraph: number;
  readonly item: string | null;
  /** The paragraph's citation, with the item: `Thematic summary (2021), para. 5(a) (on CTOC/COP/WG.7/2018/2)`. */
  readonly citation: string;
  /** The paragraph's anchor in the pack. */
  readonly anchor: string;
}

/** A provision cited by the selected paragraphs, or an instrument they name without an article. */
export interface BriefingProvision {
  /** The citation in the headings language (an instrument's name: English or Chinese). */
  readonly citation: string;
  readonly citationLang: Language;
  /** The same citation in Chinese (in English in a Chinese pack). */
  readonly otherCitation: string;
  readonly otherLang: Language;
  readonly places: readonly BriefingPlace[];
}

/** A briefing pack, ready for a renderer: cover, table of contents, sections and annexes. */
export interface Briefing {
  /** The language of the pack's headings and labels. */
  readonly headingsLanguage: HeadingsLanguage;
  /** The language of the catalog's text. */
  readonly catalogLanguage: Language;
  /** The second language of a bilingual pack (its paragraphs' `parallel`); absent in one language. */
  readonly parallelLanguage?: Language;
  readonly labels: BriefingHeadings;
  readonly cover: BriefingCover;
  readonly contents: readonly BriefingTocEntry[];
  readonly sections: readonly BriefingSection[];
  /** The provisions the selected paragraphs cite, by instrument and article. */
  readonly provisions: readonly BriefingProvision[];
  /** The instruments the selected paragraphs name without an article. */
  readonly instruments: readonly BriefingProvision[];
  /**
   * What the pack's file is called, without its extension: `somkb-brief-`, what it holds (the
   * query, else the themes, topics or papers, in the headings language; `thematic-summary` for the
   * whole), and the headings language: `somkb-brief-hawala-en`; a bilingual pack ends with its two
   * content languages instead: `somkb-brief-hawala-zh-en`. Letters and digits of any script
   * and `-` only, at most 60 characters for what it holds.
   */
  readonly fileStem: string;
}

/** Anchor of the annex of cited provisions. */
export const PROVISIONS_ANCHOR = 'provisions';
/** Anchor of the annex of instruments named without an article. */
export const INSTRUMENTS_ANCHOR = 'instruments';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The anchor of a paper (an HTML id and a Word bookmark name): `paper-` and its slug in lower case
 * with `-` for anything but a letter or digit (`paper-ctoc-cop-wg-7-2015-4`).
 */
export function paperAnchor(symbol: string): string {
  return `paper-${paperSlug(symbol)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
}

/** The parts of an ISO date; throws `USAGE` for anything else, or for a day that does not exist. */
function parseDate(date: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (match === null || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) {
    throw new SomkbError(
      'USAGE',
      `the date of a briefing pack is an ISO date such as 2021-10-14 (got '${date}')`,
      {
        where: 'date',
      },
    );
  }
  return { year, month, day };
}

/** Languages whose labels the thesaurus writes in lower case, capitalized when they stand as a name. */
const CAPITALIZED: ReadonlySet<Language> = new Set(['en', 'fr', 'es', 'ru']);

/** A label standing alone (a heading, a name on the cover): first letter capitalized where the script has case. */
function asName(text: BriefingText): BriefingText {
  return CAPITALIZED.has(text.lang)
    ? { text: text.text.charAt(0).toLocaleUpperCase(text.lang) + text.text.slice(1), lang: text.lang }
    : text;
}

/**
 * A concept's name for a reader of `language`: the text as printed when the pack is in the
 * catalog's language, else the concept's preferred label by the portal's one fallback (`chooseLabel`:
 * `language`, then English, then Chinese), then the text as printed (a name the thesaurus does not know).
 */
function nameFor(
  printed: string,
  entry: ConceptEntry | undefined,
  language: Language,
  content: Language,
): BriefingText {
  if (language === content || entry === undefined) return { text: printed, lang: content };
  const chosen = chooseLabel(entry.concept.prefLabel, language);
  return chosen === undefined
    ? { text: printed, lang: content }
    : { text: chosen.text, lang: chosen.language };
}

/** The most characters of what a pack holds in its file name. */
const MAX_FILE_SUBJECT_LENGTH = 60;

/**
 * A piece of a file name: NFKC, lower case, every run of what is not a letter, a mark or a digit
 * (of any script) as one `-`, at most {@link MAX_FILE_SUBJECT_LENGTH} characters (graphemes).
 */
function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const graphemes = Array.from(new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(slug));
  return graphemes
    .slice(0, MAX_FILE_SUBJECT_LENGTH)
    .map((part) => part.segment)
    .join('')
    .replace(/-+$/, '');
}

/** The cover's lines describing the selection, in the interface language. */
function selectionLines(
  catalog: Catalog,
  request: BriefingRequest,
  labels: BriefingHeadings,
  names: SelectionNames,
): BriefingSelectionLine[] {
  const { selection } = request;
  const headingsLanguage = request.headingsLanguage ?? 'en';
  if (isWholeCatalog(selection))
    return [{ label: labels.selection, value: labels.wholeCatalog, lang: headingsLanguage }];
  const lines: BriefingSelectionLine[] = [];
  const line = (label: string, texts: readonly BriefingText[]): void => {
    const languages = new Set(texts.map((text) => text.lang));
    const [only] = languages;
    lines.push({
      label,
      value: texts.map((text) => text.text).join('; '),
      lang: languages.size === 1 && only !== undefined ? only : headingsLanguage,
    });
  };
  if (names.themes.length > 0) line(labels.themes, names.themes);
  if (names.topics.length > 0) line(labels.topics, names.topics);
  if (selection.papers !== undefined && selection.papers.length > 0) {
    const symbols = selection.papers.map(
      (wanted) =>
        catalog.papers.find((paper) => paper.symbol.toUpperCase() === wanted.trim().toUpperCase())?.symbol ??
        wanted,
    );
    lines.push({ label: labels.papers, value: symbols.join('; '), lang: headingsLanguage });
  }
  if (request.query !== undefined) {
    // What the query found, not what the pack holds: its other choices may add paragraphs.
    const found = new Set(selection.paragraphs ?? []).size;
    lines.push({
      label: labels.query,
      value: labels.queryResult(request.query, found),
      lang: headingsLanguage,
    });
  } else if (selection.paragraphs !== undefined && selection.paragraphs.length > 0) {
    const numbers = [...new Set(selection.paragraphs)].sort((a, b) => a - b);
    lines.push({
      label: labels.paragraphs,
      value: formatRanges(numbers, { separator: ', ' }),
      lang: headingsLanguage,
    });
  }
  return lines;
}

/** The themes and topics a request names, each in the headings language (see `nameFor`). */
interface SelectionNames {
  readonly themes: readonly BriefingText[];
  readonly topics: readonly BriefingText[];
}

/** The names of the themes and topics of a request, known ones only, in the order asked. */
function selectionNames(
  catalog: Catalog,
  knowledge: CatalogKnowledge,
  request: BriefingRequest,
  themeName: (printed: string) => BriefingText,
): SelectionNames {
  const language = request.headingsLanguage ?? 'en';
  const themes = (request.selection.themes ?? []).flatMap((id) => {
    const theme = catalog.themes.find((candidate) => candidate.id === id.trim());
    return theme === undefined ? [] : [themeName(theme.name)];
  });
  const topics = (request.selection.topics ?? []).flatMap((id) => {
    const entry = knowledge.concepts.find((candidate) => candidate.concept.id === id.trim().toLowerCase());
    if (entry === undefined) return [];
    const printed = entry.concept.prefLabel[catalog.language] ?? entry.concept.id;
    return [asName(nameFor(printed, entry, language, catalog.language))];
  });
  return { themes, topics };
}

/** The file name of a pack, without extension (see {@link Briefing.fileStem}). */
function fileStemOf(request: BriefingRequest, names: SelectionNames, language: string): string {
  const papers = (request.selection.papers ?? []).map((symbol) => paperSlug(symbol));
  const subjects =
    request.query !== undefined
      ? [request.query]
      : [...names.themes.map((name) => name.text), ...names.topics.map((name) => name.text), ...papers];
  const subject = fileSlug(subjects.join(' '));
  return `somkb-brief-${subject === '' ? 'thematic-summary' : subject}-${language}`;
}

/** The sub-catalog of a request; an empty result names the query when there is one. */
function selectPart(catalog: Catalog, knowledge: CatalogKnowledge, request: BriefingRequest): Catalog {
  try {
    return selectCatalog(catalog, knowledge, request.selection);
  } catch (error) {
    if (request.query !== undefined && isSomkbError(error, 'NOT_FOUND') && error.where === 'selection') {
      throw new SomkbError(
        'NOT_FOUND',
        `no paragraph matches the query '${request.query}', so there is nothing to brief on`,
        {
          where: 'query',
          cause: error,
        },
      );
    }
    throw error;
  }
}

/**
 * Builds the briefing pack of a selection: a cover (title, date, the selection in words, source,
 * counts); sections in catalog order, one per theme (with its key topics) holding its papers in
 * catalog order, each with its selected paragraphs, each paragraph with its citation
 * (`Thematic summary (2021), para. 12 (on CTOC/COP/WG.7/2015/4)`) and the official document's address; the provisions
 * cited and the instruments named in the selected paragraphs (and only those), with their titles
 * from `citeReference`; and a table of contents whose entries are exactly the sections, their
 * papers and the annexes, with their anchors. Pure: the date comes from the request.
 *
 * Throws `NOT_FOUND` for an unknown theme, topic, paper or paragraph, and when the selection (or the
 * query's results) holds no paragraph; `USAGE` for a date that is not an ISO date.
 */
export function buildBriefing(
  catalog: Catalog,
  knowledge: CatalogKnowledge,
  request: BriefingRequest,
): Briefing {
  const language = request.headingsLanguage ?? 'en';
  const labels = briefingHeadings(language);
  const content = catalog.language;
  const conceptOf = keyTopicConceptResolver(knowledge, content);
  const nameOf = (printed: string): BriefingText => nameFor(printed, conceptOf(printed), language, content);
  const date = parseDate(request.date);
  const part = selectPart(catalog, knowledge, request);
  const papers = new Map(part.papers.map((paper) => [paper.symbol, paper]));
  const byNumber = new Map(part.paragraphs.map((paragraph) => [paragraph.number, paragraph]));

  const parallelNumbers = new Map(
    request.parallel?.paragraphs.map((paragraph) => [paragraph.number, paragraph]),
  );
  const parallelOf = (paragraph: Paragraph): BriefingParallelText | undefined => {
    if (request.parallel === undefined) return undefined;
    const other = parallelNumbers.get(paragraph.number);
    return {
      lang: request.parallel.language,
      text: other?.text ?? '',
      items: paragraph.items.map((item) => ({
        label: item.label,
        text: other?.items.find((candidate) => candidate.label === item.label)?.text ?? '',
      })),
    };
  };
  const citationOf = (paragraph: Paragraph, item: string | null = null): string =>
    labels.citation(paragraph.paper, item === null ? `${paragraph.number}` : `${paragraph.number}(${item})`);
  const paragraphOf = (paragraph: Paragraph): BriefingParagraph => {
    const parallel = parallelOf(paragraph);
    return {
      number: paragraph.number,
      text: paragraph.text,
      items: paragraph.items,
      ...(parallel === undefined ? {} : { parallel }),
      citation: citationOf(paragraph),
      url: paragraph.paper === null ? null : (papers.get(paragraph.paper)?.url ?? null),
      anchor: `para-${paragraph.number}`,
    };
  };
  const paperOf = (paper: Paper): BriefingPaper => {
    const facts = labels.paperFacts(paper.year, paper.meeting);
    return {
      symbol: paper.symbol,
      year: paper.year,
      meeting: paper.meeting,
      subject: paper.subject,
      url: paper.url,
      facts,
      heading: `${paper.symbol}${facts}`,
      anchor: paperAnchor(paper.symbol),
      paragraphs: part.paragraphs.filter((paragraph) => paragraph.paper === paper.symbol).map(paragraphOf),
    };
  };

  const sections: BriefingSection[] = [];
  const loose = part.paragraphs.filter((paragraph) => paragraph.theme === null);
  if (loose.length > 0) {
    const chapter = part.document.chapters.find((candidate) => candidate.number === loose[0]?.chapter);
    sections.push({
      theme: null,
      title: chapter === undefined ? labels.paragraphs : `${chapter.numeral}. ${chapter.title}`,
      titleLang: chapter === undefined ? language : content,
      anchor: `chapter-${chapter?.number ?? 0}`,
      keyTopics: [],
      paragraphs: loose.map(paragraphOf),
      papers: [],
    });
  }
  for (const theme of part.themes) {
    const themePapers = part.papers.filter((paper) => paper.theme === theme.id);
    sections.push({
      theme: theme.id,
      ...(({ text, lang }) => ({ title: text, titleLang: lang }))(asName(nameOf(theme.name))),
      anchor: theme.id,
      keyTopics: theme.keyTopics.map(nameOf),
      paragraphs: part.paragraphs
        .filter((paragraph) => paragraph.theme === theme.id && paragraph.paper === null)
        .map(paragraphOf),
      papers: themePapers.map(paperOf),
    });
  }

  const partKnowledge = selectKnowledge(knowledge, part);
  const placeOf = (place: CitedPlace): BriefingPlace => {
    const paragraph = byNumber.get(place.paragraph);
    return {
      paragraph: place.paragraph,
      item: place.item,
      citation:
        paragraph === undefined
          ? labels.citation(null, `${place.paragraph}`)
          : citationOf(paragraph, place.item),
      anchor: `para-${place.paragraph}`,
    };
  };
  // A provision is cited in the headings language (`citeReferenceIn`), with its Chinese citation
  // beside it (its English one in a Chinese pack); an instrument named without an article has its
  // name in English and Chinese: the headings language's when it is one of them, else English.
  const own: 'en' | 'zh' = language === 'zh' ? 'zh' : 'en';
  const other: 'en' | 'zh' = own === 'en' ? 'zh' : 'en';
  const provisions = groupProvisions(partKnowledge.references).map((group) => {
    const [reference] = group.references;
    const cited = reference === undefined ? undefined : citeReferenceIn(reference, language);
    const besides: 'en' | 'zh' = language === 'zh' ? 'en' : 'zh';
    return {
      citation: cited?.text ?? group.citation[own],
      citationLang: cited?.language ?? own,
      otherCitation: group.citation[besides],
      otherLang: besides,
      places: group.places.map(placeOf),
    };
  });
  const instruments = groupInstrumentMentions(partKnowledge.instrumentMentions).map((group) => ({
    citation: group.name[own],
    citationLang: own,
    otherCitation: group.name[other],
    otherLang: other,
    places: group.places.map(placeOf),
  }));

  const contents: BriefingTocEntry[] = [];
  for (const section of sections) {
    contents.push({ level: 1, text: section.title, anchor: section.anchor, lang: section.titleLang });
    for (const paper of section.papers) {
      contents.push({ level: 2, text: paper.heading, anchor: paper.anchor, lang: language });
    }
  }
  if (provisions.length > 0) {
    contents.push({ level: 1, text: labels.provisions, anchor: PROVISIONS_ANCHOR, lang: language });
  }
  if (instruments.length > 0) {
    contents.push({ level: 1, text: labels.instruments, anchor: INSTRUMENTS_ANCHOR, lang: language });
  }

  const names = selectionNames(catalog, knowledge, request, (printed) => asName(nameOf(printed)));
  const { header } = catalog.document;
  const counts = {
    themes: part.themes.length,
    papers: part.papers.length,
    paragraphs: part.paragraphs.length,
  };
  const parallelLanguage = request.parallel?.language;
  return {
    headingsLanguage: language,
    catalogLanguage: catalog.language,
    ...(parallelLanguage === undefined ? {} : { parallelLanguage }),
    labels,
    cover: {
      kind: labels.kind,
      title:
        request.title === undefined || request.title.trim() === ''
          ? labels.defaultTitle
          : request.title.trim(),
      date: request.date,
      dateText: labels.writtenDate(date.year, date.month, date.day),
      selection: selectionLines(catalog, request, labels, names),
      source: [header.title, header.preparedByLine, header.body, header.dates.join(', '), header.place]
        .filter((piece) => piece !== '')
        .join(' · '),
      counts,
      countsText: labels.counts(counts.themes, counts.papers, counts.paragraphs),
    },
    contents,
    sections,
    provisions,
    instruments,
    fileStem: fileStemOf(
      request,
      names,
      parallelLanguage === undefined ? language : `${catalog.language}-${parallelLanguage}`,
    ),
  };
}
