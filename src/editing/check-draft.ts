import type { Anomaly, Catalog, Item, Language, Misalignment } from '../domain/index.js';
import {
  alignCatalogs,
  isLanguage,
  meetingYearProblem,
  meetingYearsOf,
  parseWorkingGroupSymbol,
  validateCatalog,
} from '../domain/index.js';
import { isSomkbError } from '../errors/index.js';
import { parseMechanisms } from '../mechanisms/index.js';
import { parseThesaurus } from '../thesaurus/index.js';
import type { AppliedDraft } from './apply-changes.js';
import { applyChanges } from './apply-changes.js';
import type {
  ConceptChange,
  DraftChange,
  KeyTopicsChange,
  MechanismChange,
  NewPaperChange,
  ParagraphChange,
  PaperChange,
} from './draft-change.js';
import { changeTarget } from './draft-change.js';
import type { DraftProblem } from './draft-problem.js';
import { DRAFT_TARGET } from './draft-problem.js';
import type { DraftState } from './draft-state.js';
import { catalogIn, fieldOf, referenceCatalog, stateLanguages } from './draft-state.js';

/** A draft applied to its base, and every problem it has by the rules of ingest. */
export interface DraftCheck {
  readonly applied: AppliedDraft;
  /** Empty when the draft may be published. */
  readonly problems: readonly DraftProblem[];
}

/** Control characters (but line breaks, which a text does not hold either) have no place in a text. */
const CONTROL = /\p{Cc}/u;

/** The most characters of one text (a paragraph, an item, a subject, a key topic). */
const MAX_TEXT_CHARS = 20_000;

/** Item labels as the catalog holds them in every language: a, b, c … */
const ITEM_LABELS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Checks a draft's changes against its base by the rules of ingest: each change's own fields (texts
 * not empty, item letters in order, a symbol of the Working Group that no paper has yet, a theme and
 * a language the document has, a year that fits the meeting), then the result as a whole: each
 * changed language version validated as ingest validates a catalog, every language version aligned
 * with the reference (Chinese) version (same paragraphs, papers, themes and item letters), a new
 * paper's texts given in every published language, and the thesaurus and mechanisms directory
 * validated whole (`parseThesaurus`, `parseMechanisms`). Each problem names the change's target and
 * field. Pure.
 */
export function checkDraft(base: DraftState, changes: readonly DraftChange[]): DraftCheck {
  const problems: DraftProblem[] = [];
  for (const change of changes) problems.push(...fieldProblems(base, change));
  const applied = applyChanges(base, changes);
  // What a field's own check found is said once, not again by the validation of each language.
  const named = new Set(problems.map((problem) => `${problem.target}\n${problem.field}`));
  problems.push(
    ...catalogProblems(base, applied, changes).filter(
      (problem) => !named.has(`${problem.target}\n${problem.field}`),
    ),
  );
  problems.push(...completenessProblems(base, changes));
  problems.push(...knowledgeProblems(applied, changes));
  return { applied, problems: dropRepeats(problems) };
}

/**
 * The problems that refuse a change when it is made: those of the draft with that change in it
 * ({@link checkDraft}) that concern it and are `invalid` (what the draft may still lack, such as
 * another language's text, is accepted until submit).
 */
export function checkChange(
  base: DraftState,
  changes: readonly DraftChange[],
  change: DraftChange,
): readonly DraftProblem[] {
  const target = changeTarget(change);
  const others = changes.filter((one) => changeTarget(one) !== target);
  return checkDraft(base, [...others, change]).problems.filter(
    (problem) => problem.target === target && problem.severity === 'invalid',
  );
}

function dropRepeats(problems: readonly DraftProblem[]): DraftProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.target}\n${problem.field}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Collects the problems of one change. */
class ChangeProblems {
  readonly list: DraftProblem[] = [];
  constructor(private readonly target: string) {}
  invalid(field: string, message: string): void {
    this.list.push({ target: this.target, field, message, severity: 'invalid' });
  }
}

/** Why a text (paragraph, item, subject, key topic) is not one, or `undefined` when it is. */
export function textProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return 'must be a text';
  if (text.trim() === '') return 'is empty';
  if (CONTROL.test(text)) return 'contains a control character or a line break';
  if (text.length > MAX_TEXT_CHARS) return `is longer than ${MAX_TEXT_CHARS} characters`;
  return undefined;
}

function itemProblems(out: ChangeProblems, prefix: string, items: readonly Item[]): void {
  items.forEach((item, index) => {
    const expected = ITEM_LABELS[index];
    if (item.label !== expected) {
      out.invalid(
        `${prefix}items[${index}]`,
        `item ${index + 1} must be lettered (${expected ?? '?'}): items are lettered a, b, c … in order (got «${item.label}»)`,
      );
    }
    const problem = textProblem(item.text);
    if (problem !== undefined)
      out.invalid(`${prefix}items[${index}]`, `the text of item (${item.label}) ${problem}`);
  });
}

function languageList(languages: readonly Language[]): string {
  return languages.join(', ');
}

function fieldProblems(base: DraftState, change: DraftChange): DraftProblem[] {
  const out = new ChangeProblems(changeTarget(change));
  const reference = referenceCatalog(base);
  if (change.kind === 'concept' || change.kind === 'mechanism') {
    checkEntry(out, change);
    return out.list;
  }
  if (reference === undefined) {
    out.invalid('document', 'nothing of the document is published yet: publish its text by ingest first');
    return out.list;
  }
  if (change.document !== reference.document.id) {
    out.invalid('document', `the draft is on the document ${reference.document.id}, not ${change.document}`);
    return out.list;
  }
  switch (change.kind) {
    case 'paragraph':
      checkParagraph(out, base, reference, change);
      break;
    case 'paper':
      checkPaper(out, base, reference, change);
      break;
    case 'new-paper':
      checkNewPaper(out, base, reference, change);
      break;
    case 'key-topics':
      checkKeyTopics(out, base, reference, change);
      break;
  }
  return out.list;
}

function checkLanguage(
  out: ChangeProblems,
  base: DraftState,
  language: unknown,
  field = 'language',
): boolean {
  if (typeof language !== 'string' || !isLanguage(language)) {
    out.invalid(field, `«${String(language)}» is not a UN language code (ar, zh, en, fr, ru, es)`);
    return false;
  }
  if (catalogIn(base, language) === undefined) {
    out.invalid(
      field,
      `the document has no ${language} version (it is published in ${languageList(stateLanguages(base))}); publish its ${language} text by ingest first`,
    );
    return false;
  }
  return true;
}

function themeIds(catalog: Catalog): string {
  const ids = catalog.themes.map((theme) => theme.id);
  return ids.length <= 2 ? ids.join(', ') : `${ids[0] ?? ''} … ${ids.at(-1) ?? ''}`;
}

function checkTheme(out: ChangeProblems, reference: Catalog, theme: string): boolean {
  if (reference.themes.some((one) => one.id === theme)) return true;
  out.invalid('theme', `the document has no theme «${theme}» (its themes are ${themeIds(reference)})`);
  return false;
}

function checkParagraph(
  out: ChangeProblems,
  base: DraftState,
  reference: Catalog,
  change: ParagraphChange,
): void {
  if (!checkLanguage(out, base, change.language)) return;
  if (!Number.isInteger(change.number) || !reference.paragraphs.some((one) => one.number === change.number)) {
    const last = reference.paragraphs.at(-1)?.number ?? 0;
    out.invalid(
      'number',
      `the document has no paragraph ${String(change.number)} (its paragraphs are 1–${last})`,
    );
    return;
  }
  const problem = textProblem(change.text);
  if (problem !== undefined) out.invalid('text', `the text of paragraph ${change.number} ${problem}`);
  itemProblems(out, '', change.items);
}

function checkYearAndMeeting(
  out: ChangeProblems,
  reference: Catalog,
  paper: { readonly symbol: string; readonly year: number; readonly meeting: number },
): void {
  if (!Number.isInteger(paper.meeting) || paper.meeting < 1) {
    out.invalid('meeting', `the meeting must be a number from 1 (got ${String(paper.meeting)})`);
    return;
  }
  if (!Number.isInteger(paper.year)) {
    out.invalid('year', `the year must be a number such as 2021 (got ${String(paper.year)})`);
    return;
  }
  const others = reference.papers.filter((one) => one.symbol !== paper.symbol);
  const problem = meetingYearProblem(paper, meetingYearsOf(others));
  if (problem !== undefined) {
    out.invalid(problem.includes('held no meeting') ? 'meeting' : 'year', problem);
  }
  const parsed = parseWorkingGroupSymbol(paper.symbol);
  if (parsed !== undefined && parsed.year !== paper.year) {
    out.invalid('year', `the symbol ${paper.symbol} is of ${parsed.year}, the year says ${paper.year}`);
  }
}

function checkPaper(out: ChangeProblems, base: DraftState, reference: Catalog, change: PaperChange): void {
  if (!checkLanguage(out, base, change.language)) return;
  const paper = reference.papers.find((one) => one.symbol === change.symbol);
  if (paper === undefined) {
    out.invalid('symbol', `the document has no paper ${change.symbol}`);
    return;
  }
  if (change.subject !== undefined) {
    const problem = textProblem(change.subject);
    if (problem !== undefined) out.invalid('subject', `the subject ${problem}`);
  }
  if (change.theme !== undefined) checkTheme(out, reference, change.theme);
  if (change.year !== undefined || change.meeting !== undefined) {
    checkYearAndMeeting(out, reference, {
      symbol: paper.symbol,
      year: change.year ?? paper.year,
      meeting: change.meeting ?? paper.meeting,
    });
  }
}

function checkNewPaper(
  out: ChangeProblems,
  base: DraftState,
  reference: Catalog,
  change: NewPaperChange,
): void {
  const parsed = parseWorkingGroupSymbol(change.symbol);
  if (parsed?.symbol !== change.symbol) {
    out.invalid(
      'symbol',
      `«${change.symbol}» is not a symbol of the Working Group's documents (CTOC/COP/WG.7/<year>/<number>, e.g. CTOC/COP/WG.7/2021/3)`,
    );
  } else {
    const taken = reference.papers.find((paper) => paper.symbol === change.symbol);
    if (taken !== undefined)
      out.invalid(
        'symbol',
        `${change.symbol} is already the symbol of a paper (paragraph ${taken.paragraphs[0] ?? 0})`,
      );
  }
  checkTheme(out, reference, change.theme);
  checkYearAndMeeting(out, reference, change);
  for (const [language, subject] of Object.entries(change.subject)) {
    if (!checkLanguage(out, base, language, `subject.${language}`)) continue;
    const problem = textProblem(subject);
    if (problem !== undefined) out.invalid(`subject.${language}`, `the subject in ${language} ${problem}`);
  }
  if (change.paragraphs.length < 2) {
    out.invalid(
      'paragraphs',
      'a new paper needs its introduction (the year, the meeting and the subject, ending with its symbol in parentheses) and at least one paragraph summarising it',
    );
  }
  change.paragraphs.forEach((texts, index) => {
    for (const [language, paragraph] of Object.entries(texts)) {
      const field = `paragraphs[${index}].${language}`;
      if (!checkLanguage(out, base, language, field)) continue;
      const problem = textProblem(paragraph.text);
      if (problem !== undefined)
        out.invalid(field, `the text of its paragraph ${index + 1} in ${language} ${problem}`);
      else if (index === 0 && !paragraph.text.includes(change.symbol))
        out.invalid(
          field,
          `the paper's first paragraph introduces it and ends with its symbol in parentheses (${change.symbol}), as ingest reads it`,
        );
      itemProblems(out, `${field}.`, paragraph.items);
    }
  });
}

function checkKeyTopics(
  out: ChangeProblems,
  base: DraftState,
  reference: Catalog,
  change: KeyTopicsChange,
): void {
  if (!checkLanguage(out, base, change.language)) return;
  if (!checkTheme(out, reference, change.theme)) return;
  if (change.keyTopics.length === 0) out.invalid('keyTopics', 'a theme needs its key topics');
  change.keyTopics.forEach((topic, index) => {
    const problem = textProblem(topic);
    if (problem !== undefined) out.invalid(`keyTopics[${index}]`, `key topic ${index + 1} ${problem}`);
    else if (/[;；]/.test(topic))
      out.invalid(
        `keyTopics[${index}]`,
        `key topic ${index + 1} contains «;», which separates the key topics as printed`,
      );
  });
}

function checkEntry(out: ChangeProblems, change: ConceptChange | MechanismChange): void {
  const id = fieldOf(change.entry, 'id');
  if (id !== change.id)
    out.invalid(
      'id',
      `the entry's id is ${id === undefined ? 'missing' : JSON.stringify(id)}, not «${change.id}»`,
    );
}

/** The code and message of an anomaly, to tell the anomalies a draft added from those of its base. */
function anomalyKey(anomaly: Anomaly): string {
  return `${anomaly.code}\n${anomaly.message}`;
}

/** Which change an anomaly of a language version's validation belongs to, and the field. */
function attributeAnomaly(
  anomaly: Anomaly,
  changes: readonly DraftChange[],
  language: Language,
): { target: string; field: string } {
  const paperField: Record<string, string> = {
    'paper-meeting-unknown': 'meeting',
    'paper-year-meeting-mismatch': 'year',
    'paper-symbol-year-mismatch': 'year',
    'paper-without-paragraphs': 'paragraphs',
    'paper-duplicate': 'symbol',
  };
  for (const change of changes) {
    if (
      (change.kind === 'paper' || change.kind === 'new-paper') &&
      anomaly.message.includes(`paper ${change.symbol}`)
    )
      return { target: changeTarget(change), field: paperField[anomaly.code] ?? '' };
    if (
      change.kind === 'key-topics' &&
      change.language === language &&
      anomaly.code.startsWith('theme-') &&
      anomaly.code !== 'theme-without-papers'
    )
      return { target: changeTarget(change), field: 'keyTopics' };
  }
  if (anomaly.code === 'theme-without-papers') {
    const moved = changes.find((change) => change.kind === 'paper' && change.theme !== undefined);
    if (moved !== undefined) return { target: changeTarget(moved), field: 'theme' };
  }
  return { target: DRAFT_TARGET, field: '' };
}

/** Which change a misalignment belongs to: the paragraph change of its paragraph, in either language. */
function attributeMisalignment(
  misalignment: Misalignment,
  candidate: Language,
  changes: readonly DraftChange[],
  applied: AppliedDraft,
): { target: string; field: string } {
  const baseNumber = (number: number): number => {
    for (const [from, to] of applied.renumbered) if (to === number) return from;
    return number;
  };
  const number = misalignment.paragraph === null ? undefined : baseNumber(misalignment.paragraph);
  const field = misalignment.kind.startsWith('item-') ? 'items' : 'text';
  const paragraphChanges = changes.filter(
    (change): change is ParagraphChange => change.kind === 'paragraph' && change.number === number,
  );
  const own =
    paragraphChanges.find((change) => change.language === candidate) ??
    paragraphChanges.find((change) => change.language === misalignment.against);
  if (own !== undefined) return { target: changeTarget(own), field };
  return { target: DRAFT_TARGET, field: '' };
}

function catalogProblems(
  base: DraftState,
  applied: AppliedDraft,
  changes: readonly DraftChange[],
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const said = new Set<string>();
  for (const language of applied.languages) {
    const before = catalogIn(base, language);
    const after = catalogIn(applied.state, language);
    if (after === undefined) continue;
    const known = new Set((before === undefined ? [] : validateCatalog(before)).map(anomalyKey));
    for (const anomaly of validateCatalog(after)) {
      if (anomaly.severity !== 'error' || known.has(anomalyKey(anomaly)) || said.has(anomalyKey(anomaly)))
        continue;
      // The facts of papers are shared: a problem with them is said once, for the first language.
      said.add(anomalyKey(anomaly));
      problems.push({
        ...attributeAnomaly(anomaly, changes, language),
        message: `${language}: ${anomaly.message}`,
        severity: 'invalid',
      });
    }
  }
  if (applied.languages.length === 0) return problems;
  const reference = referenceCatalog(applied.state);
  const baseReference = referenceCatalog(base);
  if (reference === undefined || baseReference === undefined) return problems;
  for (const candidate of applied.state.catalogs) {
    if (candidate.language === reference.language) continue;
    const before = catalogIn(base, candidate.language);
    const known = new Set(
      (before === undefined ? [] : alignCatalogs(before, baseReference)).map(
        (misalignment) => misalignment.message,
      ),
    );
    for (const misalignment of alignCatalogs(candidate, reference)) {
      if (known.has(misalignment.message)) continue;
      problems.push({
        ...attributeMisalignment(misalignment, candidate.language, changes, applied),
        message: misalignment.message,
        severity: 'incomplete',
      });
    }
  }
  return problems;
}

/** The languages of the document a new paper has no subject or paragraph text in yet. */
export function missingLanguages(base: DraftState, change: NewPaperChange): Language[] {
  return stateLanguages(base).filter(
    (language) =>
      change.subject[language] === undefined ||
      change.paragraphs.some((paragraph) => paragraph[language] === undefined),
  );
}

function completenessProblems(base: DraftState, changes: readonly DraftChange[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const change of changes) {
    if (change.kind !== 'new-paper') continue;
    const missing = missingLanguages(base, change);
    if (missing.length === 0) continue;
    problems.push({
      target: changeTarget(change),
      field: 'languages',
      message: `the new paper ${change.symbol} has no subject or text yet in ${languageList(missing)}: every published language version of the document (${languageList(stateLanguages(base))}) needs its subject and each of its paragraphs before the draft is published`,
      severity: 'incomplete',
    });
  }
  return problems;
}

/** The lines of a knowledge file's validation error (`- concept 'x': broader …`), without the heading. */
function problemLines(error: unknown): string[] | undefined {
  if (!isSomkbError(error, 'VALIDATION_FAILED')) return undefined;
  return error.message
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^- /, ''));
}

/** The field a thesaurus problem names (`prefLabel.en`, `broader`, `altLabel.zh[1]` …). */
function conceptField(rest: string): string {
  const named =
    /^(id|kind|prefLabel|ownRendering|altLabel|hiddenLabel|broader|related|scopeNote)((?:\.[a-z]{2})?(?:\[\d+\])?)/.exec(
      rest,
    );
  if (named !== null) return `${named[1] ?? ''}${named[2] ?? ''}`;
  if (rest.startsWith('broader links')) return 'broader';
  const unknown = /^unknown field '([^']+)'/.exec(rest);
  return unknown?.[1] ?? '';
}

function knowledgeProblems(applied: AppliedDraft, changes: readonly DraftChange[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const concepts = changes.filter((change): change is ConceptChange => change.kind === 'concept');
  const mechanisms = changes.filter((change): change is MechanismChange => change.kind === 'mechanism');
  const firstConcept = concepts[0];
  if (firstConcept !== undefined) {
    try {
      parseThesaurus(applied.state.knowledge.thesaurus, 'the thesaurus');
    } catch (error) {
      const lines = problemLines(error);
      if (lines === undefined) throw error;
      for (const line of lines) {
        const owner = concepts.find((change) => line.startsWith(`concept '${change.id}': `));
        const rest = owner === undefined ? line : line.slice(`concept '${owner.id}': `.length);
        problems.push({
          target: changeTarget(owner ?? firstConcept),
          field: owner === undefined ? '' : conceptField(rest),
          message: line,
          severity: 'invalid',
        });
      }
    }
  }
  const firstMechanism = mechanisms[0];
  if (firstMechanism !== undefined) {
    try {
      parseMechanisms(applied.state.knowledge.mechanisms, 'the mechanism directory');
    } catch (error) {
      const lines = problemLines(error);
      if (lines === undefined) throw error;
      for (const line of lines) {
        const owner = mechanisms.find((change) => line.startsWith(`mechanism "${change.id}"`));
        const field = /field "([^"]+)"/.exec(line)?.[1] ?? '';
        problems.push({
          target: changeTarget(owner ?? firstMechanism),
          field: owner === undefined ? '' : field,
          message: line,
          severity: 'invalid',
        });
      }
    }
  }
  return problems;
}
