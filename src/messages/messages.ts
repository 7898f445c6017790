import type { MechanismKind } from '../mechanisms/index.js';
import type { EditorMessages } from './editor-messages.js';

/** A part of the query language's one-line help: plain text, or an example of the query language (`{ code }`). */
export type QueryHelpPart = string | { readonly code: string };

/** The fields of a paper or a theme whose change the history names. */
export type ChangedField =
  | 'subject'
  | 'year'
  | 'meeting'
  | 'theme'
  | 'name'
  | 'text'
  | 'url'
  | 'paragraphs'
  | 'papers'
  | 'keyTopics'
  | 'body'
  | 'dates'
  | 'place'
  | 'title'
  | 'preparedBy'
  | 'chapter';

/**
 * Why a parallel view (`?parallel=zh,en`) cannot be shown: not two languages, a code that is no UN
 * language, a language the document is not published in, one language twice, or with `?version=`.
 */
export type ParallelRefusal =
  'not-two' | 'unknown-language' | 'not-published' | 'same-language' | 'with-version';

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
  /**
   * What a screen reader hears when the search box shows suggestions as one types: `{n}` is
   * replaced by the portal's script with how many are listed (a count after a label, so that no
   * plural rule is needed in any language).
   */
  readonly suggestionsCount: string;
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
  /** The legend of the choice of the language version the pack's text is taken from. */
  readonly briefContentLanguage: string;
  /** The legend of the choice of a second language version beside it (a bilingual pack). */
  readonly briefParallelLanguage: string;
  /** The choice of no second language (a pack in one language). */
  readonly briefParallelNone: string;
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
  /** The link to the history of the catalog's versions (in the footer, and on the version banner). */
  readonly navHistory: string;
  /** The catalog version a page shows, in the footer ("Catalogue version 3"); not the software's version. */
  readonly catalogVersion: (version: number) => string;
  /**
   * Said above a page that shows an older version of the catalog (`?version=N`): which version it
   * is and which is the current one.
   */
  readonly versionBanner: (served: number, current: number) => string;
  /** The banner's link to the same page in the current version. */
  readonly readCurrent: string;
  readonly historyTitle: string;
  /** What the history lists, and that the newest version comes first. */
  readonly historyIntro: string;
  /** Said on the history page when nothing is published yet. */
  readonly noHistory: string;
  /** A version of the catalog by its number ("Version 3"). */
  readonly versionName: (version: number) => string;
  /** Marks the current version in the history. */
  readonly currentVersion: string;
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly versionMessage: string;
  /** Shown when the publisher gave no message. */
  readonly noMessage: string;
  readonly versionSource: string;
  /** An ingested file: its name and the first hex digits of its SHA-256. */
  readonly sourceFile: (name: string, sha256: string) => string;
  /** A rollback: the version whose content it published again. */
  readonly rollbackOf: (version: number) => string;
  /**
   * A publish of the editors' draft `draft` with who wrote it and who approved it (their emails;
   * either may be unknown, for a version published before they were recorded): "by …, reviewed by
   * …, editors' draft …".
   */
  readonly draftProvenance: (
    draft: string,
    author: string | undefined,
    reviewer: string | undefined,
  ) => string;
  readonly versionContents: string;
  /** What a version holds. */
  readonly versionCounts: (paragraphs: number, papers: number, themes: number) => string;
  /** The label of what a publish removed (allowed with --allow-removals). */
  readonly versionRemovals: string;
  /** The link from a version to its changes from the version before it. */
  readonly changesFrom: (version: number) => string;
  /** The link from a version to the portal as it was in that version. */
  readonly readVersion: string;
  readonly compareHeading: string;
  readonly compareFrom: string;
  readonly compareTo: string;
  readonly compareSubmit: string;
  /** The title of the page of the changes between two versions. */
  readonly diffTitle: (from: number, to: number) => string;
  /** How many changes there are. */
  readonly diffSummary: (count: number) => string;
  /** How inserted and deleted text are shown. */
  readonly diffLegend: string;
  readonly noChanges: string;
  /** The headings of the groups of changes, by what changed. */
  readonly changeKinds: Readonly<
    Record<'document' | 'paragraph' | 'item' | 'paper' | 'theme' | 'keyTopic', string>
  >;
  readonly changeActions: Readonly<Record<'added' | 'removed' | 'changed', string>>;
  /** A lettered item of a paragraph ("Paragraph 12 (b)"). */
  readonly itemName: (paragraph: number, label: string) => string;
  /** What changed of a paper or a theme: the names of its fields for the reader. */
  readonly changedFields: Readonly<Record<ChangedField, string>>;
  /** The link from a change to the paragraph, paper or theme in one of the two versions. */
  readonly inVersion: (version: number) => string;
  /** Said on a paragraph whose text differs from the first version's. */
  readonly changedSinceFirst: string;
  /** The link from that note to the change. */
  readonly seeChange: string;
  /** `/history/<asked>` is not two version numbers. */
  readonly badRangeText: (asked: string) => string;
  /** `/history/N..N`. */
  readonly sameVersionText: (version: number) => string;
  /** `/history/3..1`: the older version comes first. */
  readonly reversedRangeText: (from: number, to: number) => string;
  /** A version that was never published. */
  readonly versionMissingText: (version: number, newest: number) => string;
  /** `?version=` that is not a version number. */
  readonly badVersionText: (asked: string) => string;
  /** The label of the list of a document's language versions (each a link to the page in that language). */
  readonly documentLanguages: string;
  /**
   * Said on a page whose document is not published in the interface language: `shown` is the own
   * name of the language it is shown in.
   */
  readonly notInYourLanguage: (shown: string) => string;
  /** The label of the links to the parallel view of two language versions. */
  readonly sideBySide: string;
  /** The heading of the parallel view: the own names of its two languages. */
  readonly parallelTitle: (first: string, second: string) => string;
  /** The link from the parallel view back to the page in one language. */
  readonly singleLanguageView: string;
  /** The header of the parallel view's column that names each row (a paragraph, an item, a title). */
  readonly parallelPart: string;
  /**
   * Why a `?parallel=` is refused (`asked`: the value, or the language it names; `available`: the
   * languages the document is published in).
   */
  readonly parallelRefused: Readonly<Record<ParallelRefusal, (asked: string, available: string) => string>>;
  /** The words of the editors' pages (sign-in, account, users, audit log, drafts and their forms). */
  readonly editors: EditorMessages;
}
