import type { Language } from '../domain/index.js';

/**
 * What a mechanism is. The kinds, and how the bundled directory uses them:
 * - `organization`: an international organization or United Nations office in its own right (UNODC,
 *   IOM, INTERPOL);
 * - `body`: an organ of a treaty, a meeting or a larger institution, or an agency of a regional
 *   union (the Working Group, the Conference of the Parties, the Secretariat, Europol, Frontex);
 * - `unit`: a team, unit or centre that does operational work inside a country or a body (the
 *   port intelligence units, the People Smuggling Strike Team, the HSTC, Europol's EMSC);
 * - `network`: a network or process that links practitioners or States (REDTRAM, WACAP, the Bali
 *   Process, INTERPOL's specialized operational network);
 * - `system`: an information-exchange or reporting system (EUROSUR, the Voluntary Reporting System);
 * - `platform`: a knowledge or data portal (SHERLOC, the Global Migration Data Portal);
 * - `database`: a database named as such (the regional database on migrant smuggling);
 * - `notice`: a notice system of a police organization (INTERPOL's colour-coded notices);
 * - `programme`: a named programme or project (none in the 2021 summary).
 */
export type MechanismKind =
  'platform' | 'network' | 'system' | 'database' | 'body' | 'unit' | 'programme' | 'notice' | 'organization';

/** Every {@link MechanismKind}, in the order of the type. */
export const MECHANISM_KINDS: readonly MechanismKind[] = [
  'platform',
  'network',
  'system',
  'database',
  'body',
  'unit',
  'programme',
  'notice',
  'organization',
];

/** A named platform, network, system or body that the text mentions. */
export interface Mechanism {
  /** Stable kebab-case id (`eurosur`, `interpol-notices`). */
  readonly id: string;
  /**
   * Every form in which the text names it, exactly as printed (first the main one). These strings,
   * and only these, are what `findMechanismMentions` looks for.
   */
  readonly printed: readonly string[];
  /** Its official English name. */
  readonly en: string;
  /** Its usual abbreviation (`EUROSUR`, `UNODC`), or `null` when it has none. */
  readonly abbreviation: string | null;
  readonly kind: MechanismKind;
  /** The region or country it serves, when the text states it or it is unambiguous; else `null`. */
  readonly region: string | null;
  /** The year it was set up, when the text states it; else `null`. */
  readonly year: number | null;
  /** The id of the mechanism it belongs to (EMSC → `europol`), or `null`. */
  readonly parent: string | null;
  /** A short remark on how the text names or describes it, or `null`. */
  readonly note: string | null;
  /**
   * Its name in other UN languages (`fr`, `es`, `ru`, `ar`) where it has one; absent when none. The
   * Chinese name is `printed[0]`, the English one `en`.
   */
  readonly names?: Readonly<Partial<Record<Language, string>>>;
  /**
   * Other forms in which texts in a UN language other than Chinese name it (`Working Group`,
   * `Processus de Bali`, `Интерпол`), besides `en` or its name in `names` and its abbreviation; absent
   * when none. Chinese texts name it by `printed`.
   */
  readonly aliases?: Readonly<Partial<Record<Language, readonly string[]>>>;
  /** The languages of `names` that are the team's own rendering rather than the official name. */
  readonly ownRendering?: readonly Language[];
  /** The name of `region` in the six UN languages, from the directory's `regions`; absent when none. */
  readonly regionLabels?: Readonly<Record<Language, string>>;
}

/** A validated directory of mechanisms, in its file's order, with an index by id. */
export interface MechanismDirectory {
  /** The directory's version, an ISO date (YYYY-MM-DD). */
  readonly version: string;
  readonly mechanisms: readonly Mechanism[];
  readonly byId: ReadonlyMap<string, Mechanism>;
  /**
   * The regions the mechanisms serve, by their English name (`region` of a mechanism), each with its
   * name in the six UN languages; empty when the file lists none.
   */
  readonly regions: ReadonlyMap<string, Readonly<Record<Language, string>>>;
}

/**
 * One occurrence of a mechanism's printed form in a paragraph's own text or in one of its lettered
 * items. `start` and `end` are UTF-16 code-unit offsets (end exclusive) into that text, so that
 * `source.slice(start, end) === text`.
 */
export interface MechanismMention {
  /** The id of the mechanism. */
  readonly mechanism: string;
  /** The number of the paragraph. */
  readonly paragraph: number;
  /** The label of the item (`'a'`), or `null` for the paragraph's own text. */
  readonly item: string | null;
  readonly start: number;
  readonly end: number;
  /** The form that matched, as printed in the text. */
  readonly text: string;
}
