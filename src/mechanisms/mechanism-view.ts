import type { Mechanism, MechanismKind } from './mechanism-types.js';

/**
 * The public view of a mechanism, the one the API's `/mechanisms` and the JSON export's
 * `mechanisms[]` both take their fields from: its names (as printed, in English, `labels` per
 * language with the main printed form as Chinese), its facts, and the paragraphs that mention it.
 */
export interface MechanismView {
  readonly id: string;
  /** Its names per language: `zh` the main printed form, `en` the official English name. */
  readonly labels: { readonly zh: string; readonly en: string };
  readonly printed: string[];
  readonly en: string;
  readonly abbreviation: string | null;
  readonly kind: MechanismKind;
  readonly region: string | null;
  readonly year: number | null;
  readonly parent: string | null;
  /** Numbers of the paragraphs that mention it, ascending. */
  readonly paragraphs: number[];
}

/** The view of a mechanism and the paragraphs that mention it (fresh arrays). */
export function viewMechanism(mechanism: Mechanism, paragraphs: readonly number[]): MechanismView {
  return {
    id: mechanism.id,
    labels: { zh: mechanism.printed[0] ?? '', en: mechanism.en },
    printed: [...mechanism.printed],
    en: mechanism.en,
    abbreviation: mechanism.abbreviation,
    kind: mechanism.kind,
    region: mechanism.region,
    year: mechanism.year,
    parent: mechanism.parent,
    paragraphs: [...paragraphs],
  };
}
