import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';

/**
 * What a form shows besides its fields: the values the editor sent (kept when the form comes back
 * with problems, so that nothing typed is lost) and the problems the service found, by field name
 * (`SomkbError.details.fields`).
 */
export interface FormState {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}

/** A form shown for the first time: no values sent, no problems. */
export const EMPTY_FORM: FormState = { values: {}, errors: {} };

/** One field of a form. */
export interface FieldSpec {
  /** The field's name in the form, a path such as `text`, `subject.en` or `paragraphs.1.zh.text`. */
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'textarea' | 'select';
  /** Said under the label (what to write, in what form). */
  readonly hint?: string;
  /** The value before the editor changes it (the current state); what they sent wins. */
  readonly value?: string;
  readonly required?: boolean;
  readonly autocomplete?: string;
  readonly inputmode?: 'numeric' | 'email' | 'text';
  readonly rows?: number;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Attributes that mark the field's content as written in another language (`lang`, `dir`). */
  readonly contentAttributes?: Html;
  /** Extra attributes (`min`, `max`, `pattern`, `maxlength`). */
  readonly attributes?: Html;
}

/** The normal form of a problem's field name: `items[0].text` → `items.0.text`; an `entry.` or `change.` prefix dropped. */
export function fieldKey(name: string): string {
  return name
    .replace(/\[(\w+)\]/g, '.$1')
    .replace(/^\./, '')
    .replace(/^(entry|change)\./, '');
}

/** The id of a field's control on the page (`f-subject-en`). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * Which field shows which problem: each problem goes to the most precise field whose name is its
 * name or a prefix of it (a problem of `items.2` goes to the `items` field when the form has no
 * `items.2`); what no field claims is `unclaimed`, said at the top of the form.
 */
export interface AssignedErrors {
  readonly byField: ReadonlyMap<string, readonly string[]>;
  readonly unclaimed: readonly string[];
  /** Every problem with the field that shows it, in the order given: the list at the top of the form. */
  readonly all: readonly { readonly field: string | undefined; readonly message: string }[];
}

/** Assigns the problems of `state` to the fields named `names` (see {@link AssignedErrors}). */
export function assignErrors(state: FormState, names: readonly string[]): AssignedErrors {
  const byField = new Map<string, string[]>();
  const unclaimed: string[] = [];
  const all: { field: string | undefined; message: string }[] = [];
  for (const [key, message] of Object.entries(state.errors)) {
    const normal = fieldKey(key);
    let best: string | undefined;
    for (const name of names) {
      if (normal === name || normal.startsWith(`${name}.`)) {
        if (best === undefined || name.length > best.length) best = name;
      }
    }
    all.push({ field: best, message });
    if (best === undefined) unclaimed.push(message);
    else byField.set(best, [...(byField.get(best) ?? []), message]);
  }
  return { byField, unclaimed, all };
}

/**
 * The box at the top of a form that came back with problems: a heading, then each problem, linked
 * to its field. `role="alert"` so that screen readers say it when the page comes back.
 */
export function errorSummary(
  title: string,
  assigned: AssignedErrors,
  labels: ReadonlyMap<string, string>,
): Html {
  if (assigned.all.length === 0) return EMPTY;
  const items = assigned.all.map(({ field, message }) =>
    field === undefined
      ? h`<li>${message}</li>`
      : h`<li><a href="#${fieldId(field)}">${labels.get(field) ?? field}</a>: ${message}</li>`,
  );
  return h`<div class="notice error error-summary" role="alert" tabindex="-1" id="form-problems"><p><strong>${title}</strong></p><ul>${items}</ul></div>`;
}

/**
 * The problems shown next to a field: a paragraph the control names in `aria-describedby`, so that a
 * screen reader says them with the field.
 */
function fieldProblems(name: string, messages: readonly string[] | undefined): Html {
  if (messages === undefined || messages.length === 0) return EMPTY;
  return h`<p class="field-error" id="${fieldId(name)}-error">${messages.map((message, index) => (index === 0 ? h`${message}` : h`<br>${message}`))}</p>`;
}

/** The `aria-describedby` and `aria-invalid` of a control with a hint and problems. */
function describedBy(name: string, hint: boolean, invalid: boolean): Html {
  const ids = [
    hint ? `${fieldId(name)}-hint` : undefined,
    invalid ? `${fieldId(name)}-error` : undefined,
  ].filter((id): id is string => id !== undefined);
  return h`${ids.length === 0 ? EMPTY : h` aria-describedby="${ids.join(' ')}"`}${invalid ? h` aria-invalid="true"` : EMPTY}`;
}

/**
 * One field: its label, hint and problems, and its control with the value the editor sent (or the
 * current one); a password is never sent back.
 */
export function field(state: FormState, assigned: AssignedErrors, spec: FieldSpec): Html {
  const { name } = spec;
  const id = fieldId(name);
  const type = spec.type ?? 'text';
  const problems = assigned.byField.get(name);
  const invalid = problems !== undefined && problems.length > 0;
  const hint = spec.hint === undefined ? EMPTY : h`<p class="field-hint" id="${id}-hint">${spec.hint}</p>`;
  const sent = state.values[name];
  const value = type === 'password' ? '' : (sent ?? spec.value ?? '');
  const common = h`id="${id}" name="${name}"${spec.required === true ? h` required` : EMPTY}${describedBy(name, spec.hint !== undefined, invalid)}${spec.autocomplete === undefined ? EMPTY : h` autocomplete="${spec.autocomplete}"`}${spec.contentAttributes ?? EMPTY}${spec.attributes ?? EMPTY}`;
  let control: Html;
  if (type === 'textarea') control = h`<textarea ${common} rows="${spec.rows ?? 4}">${value}</textarea>`;
  else if (type === 'select')
    control = h`<select ${common}>${(spec.options ?? []).map(
      (option) =>
        h`<option value="${option.value}"${option.value === value ? h` selected` : EMPTY}>${option.label}</option>`,
    )}</select>`;
  else
    control = h`<input ${common} type="${type}" value="${value}"${spec.inputmode === undefined ? EMPTY : h` inputmode="${spec.inputmode}"`}>`;
  return h`<div class="form-field${invalid ? ' has-error' : ''}"><label for="${id}">${spec.label}</label>${hint}${fieldProblems(name, problems)}${control}</div>`;
}

/**
 * A group of fields under a legend, with the problems of the group itself (a problem of `items`
 * when the items are several fields) said under the legend and tied to the group.
 */
export function fieldGroup(
  assigned: AssignedErrors,
  group: {
    readonly name?: string;
    readonly legend: Html | string;
    readonly hint?: string;
    readonly className?: string;
  },
  fields: Html,
  contentAttributes: Html = EMPTY,
): Html {
  const problems = group.name === undefined ? undefined : assigned.byField.get(group.name);
  const invalid = problems !== undefined && problems.length > 0;
  const id = group.name === undefined ? undefined : fieldId(group.name);
  const hint =
    group.hint === undefined || id === undefined
      ? EMPTY
      : h`<p class="field-hint" id="${id}-hint">${group.hint}</p>`;
  const describe =
    id === undefined ? EMPTY : describedBy(group.name ?? '', group.hint !== undefined, invalid);
  return h`<fieldset class="form-group${group.className === undefined ? '' : ` ${group.className}`}"${id === undefined ? EMPTY : h` id="${id}"`}${describe}${contentAttributes}><legend>${group.legend}</legend>${hint}${group.name === undefined ? EMPTY : fieldProblems(group.name, problems)}${fields}</fieldset>`;
}

/** The labels of `specs` by name, for the links of {@link errorSummary}. */
export function labelsOf(specs: readonly FieldSpec[]): Map<string, string> {
  return new Map(specs.map((spec) => [spec.name, spec.label]));
}

/** A submit button. */
export function submitButton(label: string, extra: Html = EMPTY): Html {
  return h`<button type="submit" class="primary-button"${extra}>${label}</button>`;
}

/** The notice of a done action, said once on the page the action led to. */
export function doneNotice(text: string | undefined): Html {
  return text === undefined ? EMPTY : h`<div class="notice done-notice" role="status"><p>${text}</p></div>`;
}
