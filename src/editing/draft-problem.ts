/**
 * Something wrong with a change of a draft, by the rules of ingest, named so that the portal shows
 * it next to the field and the API answers it in `details`: the change's target (`changeTarget`, or
 * `draft` for what concerns the draft as a whole) and the field (`text`, `items[1]`, `symbol`,
 * `year`, `meeting`, `theme`, `subject.en`, `paragraphs[0].en`, `keyTopics[2]`, `broader`, `kind` …;
 * empty for the change as a whole).
 *
 * `incomplete` problems are what a draft may lack while it is being written (a language version
 * without the new paper's text yet, an item added in one language and not yet in the others): a
 * change is accepted with them, but a draft is submitted and published only without any problem.
 */
export interface DraftProblem {
  readonly target: string;
  readonly field: string;
  readonly message: string;
  readonly severity: 'invalid' | 'incomplete';
}

/** The target of problems that concern the draft as a whole. */
export const DRAFT_TARGET = 'draft';

/**
 * The problems as a form shows them: field → message (several messages of one field joined with
 * `; `). Problems of several targets are keyed `<target> <field>`; with `target`, only its problems,
 * keyed by field.
 */
export function problemFields(
  problems: readonly DraftProblem[],
  target?: string,
): Readonly<Record<string, string>> {
  const fields: Record<string, string> = {};
  const chosen = target === undefined ? problems : problems.filter((problem) => problem.target === target);
  for (const problem of chosen) {
    const key = target === undefined ? `${problem.target} ${problem.field}`.trim() : problem.field;
    fields[key] = fields[key] === undefined ? problem.message : `${fields[key]}; ${problem.message}`;
  }
  return fields;
}
