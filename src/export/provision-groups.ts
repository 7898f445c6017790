import type { Citation, InstrumentMention, Reference } from '../references/index.js';
import { citeReference, INSTRUMENTS, instrumentInfo } from '../references/index.js';

/** Where a provision or an instrument is cited: a paragraph, and the lettered item when in one. */
export interface CitedPlace {
  readonly paragraph: number;
  /** The label of the item (`'a'`), or null for the paragraph's own text. */
  readonly item: string | null;
}

/** One cited provision (an article with its clause, or a COP resolution) and every place citing it. */
export interface ProvisionGroup {
  /** `protocol`, `untoc`, … or `cop-resolution`. */
  readonly instrument: string;
  /** Its citation in English and Chinese, with the article's title when known. */
  readonly citation: Citation;
  /** The places that cite it, in document order, each once. */
  readonly places: readonly CitedPlace[];
}

/** An instrument named without an article, and every place naming it. */
export interface InstrumentGroup {
  readonly instrument: string;
  /** Its names: the usual English short name and the Chinese name as UN texts print it. */
  readonly name: Citation;
  readonly places: readonly CitedPlace[];
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
 * cite it in document order.
 */
export function groupProvisions(references: readonly Reference[]): ProvisionGroup[] {
  const groups = new Map<string, { reference: Reference; citation: Citation; places: CitedPlace[] }>();
  for (const reference of references) {
    const citation = citeReference(reference);
    const group = groups.get(citation.en) ?? { reference, citation, places: [] };
    addPlace(group.places, { paragraph: reference.paragraph, item: reference.item });
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
    .map(({ reference, citation, places }) => ({ instrument: reference.instrument, citation, places }));
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
