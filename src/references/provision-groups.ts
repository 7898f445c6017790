import type { Citation } from './cite-reference.js';
import { citeReference } from './cite-reference.js';
import type { InstrumentMention, Reference } from './extract-references.js';
import { INSTRUMENTS, instrumentInfo } from './instruments.js';

/** Where a provision or an instrument is cited: a paragraph, and the lettered item when in one. */
export interface CitedPlace {
  readonly paragraph: number;
  /** The label of the item (`'a'`), or null for the paragraph's own text. */
  readonly item: string | null;
}

/**
 * One cited provision (an article with its clause, or a COP resolution) and every place citing it:
 * the one grouping of cited provisions (the API, the portal's index, the CLI, the exports and the
 * briefing packs all start from it).
 */
export interface ProvisionGroup {
  /** `protocol`, `untoc`, … or `cop-resolution`. */
  readonly instrument: string;
  /** The article number (`27`), absent for a resolution. */
  readonly article?: string;
  /** What follows the article in the usual English citation (`(1)(e)`), absent when none. */
  readonly clause?: string;
  /** The resolution number (`6/3`) of a COP resolution. */
  readonly resolution?: string;
  /** The id of its article or resolution (see {@link provisionArticleId}): `untoc-27`. */
  readonly articleId: string;
  /** Its citation in English and Chinese, with the article's title when known. */
  readonly citation: Citation;
  /** The places that cite it, in the order of the references, each once. */
  readonly places: readonly CitedPlace[];
  /** Every reference to it, in the order given (document order from `extractReferences`). */
  readonly references: readonly Reference[];
}

/** An instrument named without an article, and every place naming it. */
export interface InstrumentGroup {
  readonly instrument: string;
  /** Its names: the usual English short name and the Chinese name as UN texts print it. */
  readonly name: Citation;
  readonly places: readonly CitedPlace[];
}

/**
 * The id of the article (or resolution) a reference cites, its clause left out: `untoc-27`,
 * `protocol-3`, `cop-resolution-6-3`. The API's `/provisions/{id}`.
 */
export function provisionArticleId(reference: Reference): string {
  return reference.instrument === 'cop-resolution'
    ? `cop-resolution-${(reference.resolution ?? '').replace('/', '-')}`
    : `${reference.instrument}-${reference.article ?? ''}`;
}

/** `para. 5`, `para. 7(b)`: a place in the summary, in English. */
export function placeWords(place: CitedPlace): string {
  return place.item === null ? `para. ${place.paragraph}` : `para. ${place.paragraph}(${place.item})`;
}

/** Position of an instrument in the order somkb lists them; COP resolutions and unknowns last. */
function instrumentRank(instrument: string): number {
  const position = INSTRUMENTS.findIndex((info) => info.id === instrument);
  return position === -1 ? INSTRUMENTS.length : position;
}

/** Compares article numbers ("3" < "10" < "10bis") and then clauses, as people read them. */
const numberOrder = new Intl.Collator('en', { numeric: true });

/** Adds a place to a list unless it is there already. */
function addPlace(places: CitedPlace[], place: CitedPlace): void {
  if (!places.some((known) => known.paragraph === place.paragraph && known.item === place.item)) {
    places.push(place);
  }
}

/**
 * Groups cited provisions by provision (one group per citation), ordered by instrument (the
 * Protocol, the Convention, … then COP resolutions), article and clause, each with the places that
 * cite it and the references themselves.
 */
export function groupProvisions(references: readonly Reference[]): ProvisionGroup[] {
  const groups = new Map<
    string,
    { reference: Reference; citation: Citation; places: CitedPlace[]; references: Reference[] }
  >();
  for (const reference of references) {
    const citation = citeReference(reference);
    const group = groups.get(citation.en) ?? { reference, citation, places: [], references: [] };
    addPlace(group.places, { paragraph: reference.paragraph, item: reference.item });
    group.references.push(reference);
    groups.set(citation.en, group);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        instrumentRank(a.reference.instrument) - instrumentRank(b.reference.instrument) ||
        numberOrder.compare(
          a.reference.article ?? a.reference.resolution ?? '',
          b.reference.article ?? b.reference.resolution ?? '',
        ) ||
        numberOrder.compare(a.reference.clause ?? '', b.reference.clause ?? ''),
    )
    .map(({ reference, citation, places, references: cited }) => ({
      instrument: reference.instrument,
      ...(reference.article === undefined ? {} : { article: reference.article }),
      ...(reference.clause === undefined ? {} : { clause: reference.clause }),
      ...(reference.resolution === undefined ? {} : { resolution: reference.resolution }),
      articleId: provisionArticleId(reference),
      citation,
      places,
      references: cited,
    }));
}

/** Groups instrument mentions by instrument, in the order somkb lists instruments. */
export function groupInstrumentMentions(mentions: readonly InstrumentMention[]): InstrumentGroup[] {
  const groups = new Map<string, CitedPlace[]>();
  for (const mention of mentions) {
    const places = groups.get(mention.instrument) ?? [];
    addPlace(places, { paragraph: mention.paragraph, item: mention.item });
    groups.set(mention.instrument, places);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => instrumentRank(a) - instrumentRank(b))
    .map(([instrument, places]) => {
      const info = instrumentInfo(instrument);
      return { instrument, name: { en: info?.short ?? instrument, zh: info?.zh ?? instrument }, places };
    });
}

/** One citation of an article in {@link ProvisionArticleView}. */
export interface ProvisionCitationView {
  readonly paragraph: number;
  readonly item: string | null;
  readonly clause: string | null;
  /** The words cited, as printed. */
  readonly text: string;
  /** The English citation, with the clause and the article's title. */
  readonly citation: string;
}

/**
 * The public view of a cited article (or COP resolution) with every citation of it, clauses
 * together: what the API's `/provisions` lists.
 */
export interface ProvisionArticleView {
  /** See {@link provisionArticleId}. */
  readonly id: string;
  readonly instrument: string;
  readonly article: string | null;
  readonly resolution: string | null;
  /** The article's title, when somkb knows it. */
  readonly title: { zh: string; en: string } | null;
  /** The instrument's full name, when it is one somkb knows (not for a resolution). */
  readonly instrumentName: { zh: string; en: string } | null;
  readonly citations: ProvisionCitationView[];
}

/**
 * The cited articles and resolutions, in the order of {@link groupProvisions} (instrument, article),
 * each with its citations (by clause, then in the order of the references).
 */
export function viewProvisionArticles(references: readonly Reference[]): ProvisionArticleView[] {
  const articles = new Map<string, ProvisionArticleView>();
  for (const group of groupProvisions(references)) {
    const info = instrumentInfo(group.instrument);
    const title = group.article === undefined ? undefined : info?.articles[group.article];
    const view = articles.get(group.articleId) ?? {
      id: group.articleId,
      instrument: group.instrument,
      article: group.article ?? null,
      resolution: group.resolution ?? null,
      title: title === undefined ? null : { zh: title.zh, en: title.en },
      instrumentName: info === undefined ? null : { zh: info.zh, en: info.en },
      citations: [],
    };
    for (const reference of group.references) {
      view.citations.push({
        paragraph: reference.paragraph,
        item: reference.item,
        clause: reference.clause ?? null,
        text: reference.span.text,
        citation: group.citation.en,
      });
    }
    articles.set(group.articleId, view);
  }
  return [...articles.values()];
}
