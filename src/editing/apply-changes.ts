import type { Catalog, Item, Language, Paper, Paragraph, Theme } from '../domain/index.js';
import { officialUrl } from '../domain/index.js';
import type {
  ConceptChange,
  DraftChange,
  KeyTopicsChange,
  MechanismChange,
  NewPaperChange,
  ParagraphChange,
  PaperChange,
} from './draft-change.js';
import type { DraftState, KnowledgeFiles } from './draft-state.js';
import { entriesOf, fieldOf } from './draft-state.js';

/** What applying a draft's changes to a state gives. */
export interface AppliedDraft {
  /** The state with the changes made. */
  readonly state: DraftState;
  /** The languages whose catalog changed, in the order of the state's catalogs. */
  readonly languages: readonly Language[];
  /** Whether the thesaurus or the mechanisms directory changed. */
  readonly knowledgeChanged: boolean;
  /**
   * Where each paragraph of the base went (base number → new number), for the paragraphs that a new
   * paper or a paper moved to another theme renumbered; a paragraph not listed kept its number.
   */
  readonly renumbered: ReadonlyMap<number, number>;
}

/** A paragraph of the working copy: its number in the base, or the new paragraph it is. */
interface Slot {
  /** The base number, or `undefined` for a new paragraph. */
  readonly base: number | undefined;
  /** The new paragraph's text per language (new paragraphs only). */
  readonly texts?: Readonly<
    Partial<Record<Language, { readonly text: string; readonly items: readonly Item[] }>>
  >;
  readonly theme: string | null;
  readonly paper: string | null;
  readonly chapter: number;
}

/** One language version being changed. */
interface Working {
  readonly catalog: Catalog;
  paragraphs: Map<number, Paragraph>;
  papers: Paper[];
  themes: Theme[];
  changed: boolean;
}

/**
 * Applies a draft's changes to a state (every published language version of a document and the
 * knowledge base), in the way ingest would read the edited text. Changes are stated in the base's
 * numbering: paragraph, paper and key-topic changes are made first; then, in the order given, each
 * paper moved to another theme and each new paper is placed after the last paragraph of its theme,
 * and the document's paragraphs are numbered again 1 … N in order in every language (as a new edition
 * of a UN document does), the papers' paragraph lists following. A change that does not apply (an
 * unknown paragraph, paper, theme or language, a new paper whose symbol is taken) is left out: the
 * check says why. Pure; the base is not changed.
 */
export function applyChanges(base: DraftState, changes: readonly DraftChange[]): AppliedDraft {
  const documentId = base.catalogs[0]?.document.id;
  const working = base.catalogs.map((catalog): Working => ({
    catalog,
    paragraphs: new Map(catalog.paragraphs.map((paragraph) => [paragraph.number, paragraph])),
    papers: [...catalog.papers],
    themes: [...catalog.themes],
    changed: false,
  }));
  const ofDocument = (change: { readonly document: string }): boolean => change.document === documentId;
  for (const change of changes) {
    if (change.kind === 'paragraph' && ofDocument(change)) changeParagraph(working, change);
    else if (change.kind === 'paper' && ofDocument(change)) changePaper(working, change);
    else if (change.kind === 'key-topics' && ofDocument(change)) changeKeyTopics(working, change);
  }
  let slots: Slot[] | undefined;
  const reference = working[0];
  for (const change of changes) {
    if (reference === undefined) break;
    if (change.kind === 'paper' && ofDocument(change) && change.theme !== undefined) {
      slots ??= slotsOf(reference);
      movePaper(working, slots, change.symbol, change.theme);
    } else if (change.kind === 'new-paper' && ofDocument(change)) {
      slots ??= slotsOf(reference);
      addPaper(working, slots, change);
    }
  }
  const renumbered = slots === undefined ? new Map<number, number>() : renumber(working, slots);
  const knowledge = applyKnowledge(base.knowledge, changes);
  const catalogs = working.map((copy) => (copy.changed ? catalogOf(copy) : copy.catalog));
  return {
    state: { catalogs, knowledge: knowledge.files },
    languages: working.filter((copy) => copy.changed).map((copy) => copy.catalog.language),
    knowledgeChanged: knowledge.changed,
    renumbered,
  };
}

function catalogOf(copy: Working): Catalog {
  return {
    ...copy.catalog,
    paragraphs: [...copy.paragraphs.values()].sort((a, b) => a.number - b.number),
    papers: copy.papers,
    themes: copy.themes,
  };
}

function changeParagraph(working: readonly Working[], change: ParagraphChange): void {
  const copy = working.find((one) => one.catalog.language === change.language);
  const paragraph = copy?.paragraphs.get(change.number);
  if (copy === undefined || paragraph === undefined) return;
  copy.paragraphs.set(change.number, {
    ...paragraph,
    text: change.text,
    items: change.items.map((item) => ({ label: item.label, text: item.text })),
  });
  copy.changed = true;
}

function changePaper(working: readonly Working[], change: PaperChange): void {
  for (const copy of working) {
    const index = copy.papers.findIndex((paper) => paper.symbol === change.symbol);
    const paper = copy.papers[index];
    if (paper === undefined) continue;
    const subject =
      change.subject !== undefined && copy.catalog.language === change.language
        ? change.subject
        : paper.subject;
    const next: Paper = {
      ...paper,
      subject,
      year: change.year ?? paper.year,
      meeting: change.meeting ?? paper.meeting,
    };
    if (next.subject === paper.subject && next.year === paper.year && next.meeting === paper.meeting)
      continue;
    copy.papers[index] = next;
    copy.changed = true;
  }
}

function changeKeyTopics(working: readonly Working[], change: KeyTopicsChange): void {
  const copy = working.find((one) => one.catalog.language === change.language);
  if (copy === undefined) return;
  const index = copy.themes.findIndex((theme) => theme.id === change.theme);
  const theme = copy.themes[index];
  if (theme === undefined) return;
  copy.themes[index] = { ...theme, keyTopics: [...change.keyTopics] };
  copy.changed = true;
}

/** The paragraphs of the reference language version, in order, as slots of the working copy. */
function slotsOf(reference: Working): Slot[] {
  return [...reference.paragraphs.values()]
    .sort((a, b) => a.number - b.number)
    .map((paragraph) => ({
      base: paragraph.number,
      theme: paragraph.theme,
      paper: paragraph.paper,
      chapter: paragraph.chapter,
    }));
}

/** Where the paragraphs of a paper placed under `theme` go: after the theme's last paragraph. */
function insertionPoint(slots: readonly Slot[], theme: string): number {
  for (let index = slots.length - 1; index >= 0; index--) {
    if (slots[index]?.theme === theme) return index + 1;
  }
  return slots.length;
}

function movePaper(working: readonly Working[], slots: Slot[], symbol: string, theme: string): void {
  const reference = working[0];
  const paper = reference?.papers.find((one) => one.symbol === symbol);
  if (paper === undefined || paper.theme === theme) return;
  if (!reference?.themes.some((one) => one.id === theme)) return;
  const moved = slots.filter((slot) => slot.paper === symbol).map((slot) => ({ ...slot, theme }));
  const rest = slots.filter((slot) => slot.paper !== symbol);
  rest.splice(insertionPoint(rest, theme), 0, ...moved);
  slots.splice(0, slots.length, ...rest);
  for (const copy of working) {
    const index = copy.papers.findIndex((one) => one.symbol === symbol);
    const own = copy.papers[index];
    if (own === undefined) continue;
    copy.papers[index] = { ...own, theme };
    copy.themes = copy.themes.map((one) => {
      if (one.id === own.theme) return { ...one, papers: one.papers.filter((each) => each !== symbol) };
      if (one.id === theme) return { ...one, papers: [...one.papers, symbol] };
      return one;
    });
    copy.changed = true;
  }
}

function addPaper(working: readonly Working[], slots: Slot[], change: NewPaperChange): void {
  const reference = working[0];
  if (reference === undefined || change.paragraphs.length === 0) return;
  if (!reference.themes.some((theme) => theme.id === change.theme)) return;
  if (slots.some((slot) => slot.paper === change.symbol)) return;
  if (reference.papers.some((paper) => paper.symbol === change.symbol)) return;
  const at = insertionPoint(slots, change.theme);
  const chapter = slots[at - 1]?.chapter ?? 2;
  const added = change.paragraphs.map((texts): Slot => ({
    base: undefined,
    texts,
    theme: change.theme,
    paper: change.symbol,
    chapter,
  }));
  slots.splice(at, 0, ...added);
  for (const copy of working) {
    copy.papers.push({
      symbol: change.symbol,
      year: change.year,
      meeting: change.meeting,
      subject: change.subject[copy.catalog.language] ?? '',
      theme: change.theme,
      // Numbered when the slots are.
      paragraphs: [],
      url: officialUrl(change.symbol),
    });
    copy.themes = copy.themes.map((theme) =>
      theme.id === change.theme ? { ...theme, papers: [...theme.papers, change.symbol] } : theme,
    );
    copy.changed = true;
  }
}

/**
 * Numbers the slots 1 … N in every language version: paragraphs take their new numbers, papers their
 * paragraphs' new numbers (and stand in the order of their first paragraph). Returns where each base
 * paragraph went, for those whose number changed.
 */
function renumber(working: readonly Working[], slots: readonly Slot[]): Map<number, number> {
  const renumbered = new Map<number, number>();
  const bySlot = new Map<number, number>();
  slots.forEach((slot, index) => {
    if (slot.base !== undefined) {
      bySlot.set(slot.base, index + 1);
      if (slot.base !== index + 1) renumbered.set(slot.base, index + 1);
    }
  });
  for (const copy of working) {
    const language = copy.catalog.language;
    const paragraphs = new Map<number, Paragraph>();
    const ofPaper = new Map<string, number[]>();
    slots.forEach((slot, index) => {
      const number = index + 1;
      const own = slot.base === undefined ? undefined : copy.paragraphs.get(slot.base);
      const text = slot.texts?.[language];
      const paragraph: Paragraph =
        own === undefined
          ? {
              number,
              text: text?.text ?? '',
              items: (text?.items ?? []).map((item) => ({ label: item.label, text: item.text })),
              chapter: slot.chapter,
              theme: slot.theme,
              paper: slot.paper,
            }
          : { ...own, number, theme: slot.theme, paper: slot.paper };
      paragraphs.set(number, paragraph);
      if (slot.paper !== null) ofPaper.set(slot.paper, [...(ofPaper.get(slot.paper) ?? []), number]);
    });
    copy.paragraphs = paragraphs;
    copy.papers = copy.papers
      .map((paper) => ({ ...paper, paragraphs: ofPaper.get(paper.symbol) ?? [] }))
      .sort((a, b) => (a.paragraphs[0] ?? Infinity) - (b.paragraphs[0] ?? Infinity));
    if (renumbered.size > 0) copy.changed = true;
  }
  return renumbered;
}

function applyKnowledge(
  files: KnowledgeFiles,
  changes: readonly DraftChange[],
): { files: KnowledgeFiles; changed: boolean } {
  const concepts = changes.filter((change): change is ConceptChange => change.kind === 'concept');
  const mechanisms = changes.filter((change): change is MechanismChange => change.kind === 'mechanism');
  return {
    files: {
      thesaurus: concepts.length === 0 ? files.thesaurus : withEntries(files.thesaurus, 'concepts', concepts),
      mechanisms:
        mechanisms.length === 0 ? files.mechanisms : withEntries(files.mechanisms, 'mechanisms', mechanisms),
    },
    changed: concepts.length + mechanisms.length > 0,
  };
}

/** A knowledge file with each change's entry in place of the entry of its id, or added at the end. */
function withEntries(
  file: unknown,
  list: 'concepts' | 'mechanisms',
  changes: readonly (ConceptChange | MechanismChange)[],
): unknown {
  const entries = [...entriesOf(file, list)];
  for (const change of changes) {
    const index = entries.findIndex((entry) => fieldOf(entry, 'id') === change.id);
    if (index === -1) entries.push(change.entry);
    else entries[index] = change.entry;
  }
  const object = typeof file === 'object' && file !== null && !Array.isArray(file) ? file : {};
  return { ...object, [list]: entries };
}
