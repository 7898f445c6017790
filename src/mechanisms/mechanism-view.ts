import type { ChosenLabel, Language } from '../domain/index.js';
import { chooseLabel } from '../domain/index.js';
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

/**
 * The full name of a mechanism for a reader of `reader` (the main printed form in Chinese, the
 * official English name, or its `names`), by the one fallback of `chooseLabel`: the reader's
 * language, then English, then Chinese; saying whether it is the team's own rendering.
 */
export function mechanismPrefLabel(mechanism: Mechanism, reader: Language): ChosenLabel {
  const labels = {
    ...mechanism.names,
    en: mechanism.en,
    ...(mechanism.printed[0] === undefined ? {} : { zh: mechanism.printed[0] }),
  };
  return (
    chooseLabel(labels, reader, mechanism.ownRendering ?? []) ?? {
      text: mechanism.en,
      language: 'en',
      ownRendering: false,
    }
  );
}
