import type { MechanismKind } from '../mechanisms/index.js';

/** A part of the query language's one-line help: plain text, or an example of the query language (`{ code }`). */
export type QueryHelpPart = string | { readonly code: string };

/**
 * Every text of the portal's interface in one language. The content (theme headings, key topics,
 * paper subjects, paragraphs) is the Chinese summary and is never translated here; functions build
 * the texts that hold numbers or names. Texts are plain strings, escaped where they are used; the
 * few that hold marked-up parts (examples as code, the reader's query) give the parts apart.
 */
export interface Messages {
  /** The language's own name, for the language switcher. */
  readonly languageName: string;
  /** What the portal is, in a few words (under the name somkb). */
  readonly portalName: string;
  readonly skipToContent: string;
  readonly mainNavigation: string;
  readonly navHome: string;
  readonly navTopics: string;
  readonly navReferences: string;
  readonly navMechanisms: string;
  readonly navSearch: string;
  readonly languageLabel: string;
  readonly breadcrumb: string;
  readonly searchLabel: string;
  readonly searchButton: string;
  /** The query language in one line: text, and examples to show as code. */
  readonly queryHelp: readonly QueryHelpPart[];
  /** Said once on pages showing content, in every interface language but Chinese. */
  readonly chineseOnlyNote: string;
  /**
   * The title (and the screen readers' text) of the small mark after a label that is the portal's
   * own rendering rather than official terminology.
   */
  readonly ownRendering: string;
  /** Said after a text shown in Chinese because it exists only in Chinese (a paper's subject); not shown in Chinese. */
  readonly chineseText: string;
  readonly homeTitle: string;
  readonly homeIntro: readonly string[];
  readonly themesHeading: string;
  readonly themeNumber: (number: number) => string;
  readonly keyTopics: string;
  readonly papersCount: (count: number) => string;
  readonly paragraphsCount: (count: number) => string;
  readonly timelineHeading: string;
  /** A meeting of the Working Group by its number ("3rd meeting"). */
  readonly meetingName: (meeting: number) => string;
  /** A year as a date ("2015" or "2015 年"). */
  readonly yearName: (year: number) => string;
  readonly introductionHeading: string;
  readonly noCatalog: string;
  readonly papersHeading: string;
  readonly symbol: string;
  readonly year: string;
  readonly meeting: string;
  readonly subject: string;
  readonly mainTheme: string;
  readonly officialDocument: string;
  /** The label of the download links (export and briefing pack) of a paper, theme, topic or search. */
  readonly download: string;
  readonly downloadWord: string;
  readonly downloadMarkdown: string;
  readonly downloadBriefing: string;
  /** The link from a selection's downloads to the briefing-pack page with that selection ticked. */
  readonly composeBriefing: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  readonly navBrief: string;
  /** The title of the page that composes a briefing pack. */
  readonly briefTitle: string;
  /** What a pack holds, that choices are combined, and that nothing chosen is the whole catalog. */
  readonly briefIntro: readonly string[];
  readonly briefThemes: string;
  readonly briefTopicsHint: string;
  /** Ticked topics that are no theme's key topic (come from a topic page's link). */
  readonly briefOtherTopics: string;
  readonly briefQuery: string;
  readonly briefCoverTitle: string;
  readonly briefFormat: string;
  readonly briefFormats: Readonly<Record<'docx' | 'html' | 'md', string>>;
  /** The legend of the choice of the pack's headings' language (English or Chinese). */
  readonly briefLanguage: string;
  readonly briefSubmit: string;
  /**
   * Said above the form when no paragraph matches the query the form sent: the text before and
   * after the query (marked up where it is shown); names it and suggests changing or clearing it.
   */
  readonly briefNoMatch: readonly [before: string, after: string];
  /** Said above the form when the pack was refused for another reason, before that reason (in English). */
  readonly briefRefused: string;
  readonly wholeCatalogHeading: string;
  readonly wholeCatalogIntro: string;
  readonly officialDocumentLink: (symbol: string) => string;
  /** The link to the official document's page on which the reader chooses among the six language versions. */
  readonly officialDocumentAllLanguages: string;
  readonly summaryParagraphs: string;
  readonly firstParagraph: string;
  readonly paragraphName: (number: number) => string;
  readonly linkToParagraph: (number: number) => string;
  readonly citeAs: string;
  /** A label followed by the language's colon (`引文：`, `Cite as:`, `Référence :`). */
  readonly labelled: (label: string) => string;
  /** How to cite a paragraph of the summary that summarises the paper `symbol`. */
  readonly citation: (symbol: string, paragraph: number | string) => string;
  /** How to cite a paragraph of the summary outside any paper (its introduction). */
  readonly summaryCitation: (paragraph: number | string) => string;
  readonly copyCitation: string;
  readonly copied: string;
  readonly provisionsCited: string;
  readonly mechanismsNamed: string;
  readonly topicsTreated: string;
  readonly previousPaper: string;
  readonly nextPaper: string;
  readonly otherPapersOfTheme: string;
  readonly topicsTitle: string;
  readonly topicsIntro: string;
  readonly topicKinds: Readonly<Record<'topic' | 'term', string>>;
  /** Headings of the lists of each kind in the index of topics. */
  readonly topicKindHeadings: Readonly<Record<'topic' | 'term', string>>;
  readonly alsoCalled: string;
  readonly broader: string;
  readonly related: string;
  readonly keyTopicOf: string;
  readonly paragraphsOnTopic: string;
  readonly noParagraphsOnTopic: string;
  readonly searchTopic: string;
  readonly searchTitle: string;
  readonly searchIntro: string;
  readonly resultsSummary: (from: number, to: number, total: number) => string;
  /** The summary of a page grouped by paper: the papers shown, how many there are, how many results. */
  readonly paperResultsSummary: (from: number, to: number, papers: number, total: number) => string;
  /** Under a paper of a page grouped by paper: how many of its results are shown. */
  readonly paperHitsShown: (shown: number, total: number) => string;
  readonly relaxedNote: string;
  readonly noResultsTitle: string;
  readonly noResultsTips: readonly string[];
  /** The advice to remove the filters, given when filters are in use. */
  readonly tipRemoveFilters: string;
  readonly closeTopics: string;
  readonly popularTopics: string;
  readonly searchWithoutFilters: string;
  readonly narrowResults: string;
  readonly facetTheme: string;
  readonly facetPaper: string;
  readonly facetYear: string;
  readonly facetTopic: string;
  readonly activeFilters: string;
  readonly removeFilter: (name: string) => string;
  readonly groupByPaper: string;
  readonly listByRelevance: string;
  readonly pages: string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly pageName: (page: number) => string;
  readonly pageOutOfRange: string;
  readonly firstPage: string;
  readonly matchedVia: string;
  /** Marks a concept a hit reaches only as related to the one the query names. */
  readonly relatedConcept: string;
  /** Says that `count` paragraphs follow the results, reached only through related concepts, not counted. */
  readonly relatedResults: (count: number) => string;
  readonly introduction: string;
  readonly searchNotes: string;
  readonly queryTooLong: string;
  readonly referencesTitle: string;
  readonly referencesIntro: string;
  readonly citedIn: string;
  readonly resolutions: string;
  /** Before the paragraphs that name an instrument without citing one of its provisions. */
  readonly namedWithoutProvision: string;
  readonly mechanismsTitle: string;
  readonly mechanismsIntro: string;
  readonly mechanismKinds: Readonly<Record<MechanismKind, string>>;
  readonly abbreviation: string;
  readonly region: string;
  readonly established: string;
  readonly partOf: string;
  readonly mentionedIn: string;
  readonly notMentioned: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly paperNotFoundText: (symbol: string) => string;
  readonly closestPapers: string;
  readonly allPapers: string;
  readonly errorTitle: string;
  readonly errorText: string;
  readonly badRequestTitle: string;
  readonly badRequestText: string;
  readonly unavailableText: string;
  readonly tryThese: string;
  readonly backHome: string;
  readonly footerSource: string;
  readonly footerApi: string;
  readonly footerVersion: (version: string) => string;
}
