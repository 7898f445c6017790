/**
 * Extraction of legal references from a catalog: every cited provision (instrument, article,
 * paragraph, subparagraph) and COP resolution, with its exact span, and every naming of an
 * instrument that carries no citation.
 */
import type { Catalog, Paragraph } from '../domain/index.js';
import { findCitations, foldText } from './citation-grammar.js';
import type { ParsedCitation } from './citation-grammar.js';
import type { CitationReader, Naming } from './citation-reader.js';
import { INSTRUMENTS } from './instruments.js';
import type { InstrumentId, InstrumentKind } from './instruments.js';
import { wordCitationReader } from './word-citation-reader.js';

/** A stretch of a paragraph's text (or of one of its items' text): UTF-16 offsets and the slice itself. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)` of the paragraph or item. */
  readonly text: string;
}

/**
 * One cited provision (an article, possibly with a paragraph and subparagraph) or one COP resolution.
 *
 * Span: the citation phrase of its own article, from `第` to the end of that article's paragraph and
 * subparagraph designators, without the instrument name (`第 27 条第 1 款(e)项`). Provisions that share
 * one phrase share its span: the paragraphs of `第 19 条第 1 和 2 款`, the articles of `第 5 至 7 条` or
 * `第 5、6 和 7 条`, the resolutions of `第 5/3 和 6/3 号决议`. In `第 16 条及第 19 条第 1 和 2 款`, article 16
 * has `第 16 条` and both paragraphs of article 19 have `第 19 条第 1 和 2 款`.
 */
export interface Reference {
  readonly paragraph: number;
  /** The label of the lettered item (`'a'`) when the citation stands in an item, else null. */
  readonly item: string | null;
  readonly instrument: InstrumentId | 'cop-resolution';
  /** The article number ("27"); undefined for a resolution. */
  readonly article: string | undefined;
  /** What follows the article number in the usual English citation: "(1)(e)", "(a)", "(2)"; undefined when none. */
  readonly clause: string | undefined;
  /** The resolution number ("6/3" for `第 6/3 号决议`); undefined for an article. */
  readonly resolution: string | undefined;
  /** Offsets into the paragraph's text, or into the item's text when `item` is set. */
  readonly span: TextSpan;
}

/**
 * A naming of a known instrument that carries no citation in its sentence: `《联合国海洋法公约》` alone,
 * `《打击偷运移民议定书》的相关条文`, a short form such as `《议定书》` or `该公约` resolved by context.
 */
export interface InstrumentMention {
  readonly paragraph: number;
  readonly item: string | null;
  readonly instrument: InstrumentId;
  /** The naming as printed, title marks included; offsets as in {@link Reference.span}. */
  readonly span: TextSpan;
}

/** What {@link extractReferences} finds, each list in document order. */
export interface ExtractedReferences {
  readonly references: readonly Reference[];
  readonly mentions: readonly InstrumentMention[];
}

/** A paragraph's own text or one of its items: where namings and citations are looked for. */
interface Unit {
  readonly item: string | null;
  readonly text: string;
  readonly folded: string;
  readonly namings: Naming[];
  readonly citations: readonly ParsedCitation[];
  /** For each citation, the naming of its instrument right after it, if any (not in Chinese). */
  readonly after: readonly (Naming | undefined)[];
}

const SENTENCE_END = /[。！？!?\n]/;

/** Short forms: what stands inside `《》`, or after a demonstrative, for "the Convention" / "the Protocol". */
const SHORT_FORMS: Readonly<Record<string, InstrumentKind>> = { 公约: 'convention', 议定书: 'protocol' };

/** What a short form means when nothing of its kind is named before it: the Working Group's instruments. */
const DEFAULT_OF_KIND: Readonly<Partial<Record<InstrumentKind, InstrumentId>>> = {
  convention: 'untoc',
  protocol: 'protocol',
};

/** A demonstrative before a bare 公约 / 议定书 makes it a naming (`该公约`, `本议定书`). */
const DEMONSTRATIVE_SHORT_FORM = /(?:该|本|上述|此)(公约|议定书)/g;

/** A bare 公约 / 议定书 followed by an article citation (`依照公约第 11 条`). */
const CITING_SHORT_FORM =
  /(公约|议定书)(?=[ \t\u00a0]*第[ \t\u00a0]*[\d〇零一二两三四五六七八九十百]+[ \t\u00a0]*[条、和及至])/g;

/** What may stand right before a bare `公约第 …` for it to be a short form, not the tail of another name. */
const BEFORE_CITING_SHORT_FORM =
  /(?:^|[^\p{Script=Han}]|依照|根据|按照|依据|按|依|和|及|与|或|即|见|对|在|同|将|把|于|了)$/u;

/** A bare name followed by one of these names a body, not the instrument (打击有组织犯罪公约缔约方会议). */
const BODY_AFTER_NAME =
  /^[ \t\u00a0]*(?:缔约方会议|缔约国会议|缔约方大会|缔约国大会|特设委员会|秘书处|工作组)/;

/** Issuing bodies named before a resolution number; the last one in the sentence issued it. */
const RESOLUTION_BODY =
  /缔约方(?:会议|大会)|缔约国(?:会议|大会)|安全理事会|安理会|人权理事会|经济及社会理事会|经社理事会|大会/g;

function compact(text: string): string {
  return foldText(text).replace(/\s+/g, '');
}

/** Alias (folded, without spaces) to instrument, for names inside 《》 and for bare names. */
const TITLE_ALIASES: ReadonlyMap<string, InstrumentId> = new Map(
  INSTRUMENTS.flatMap((info) =>
    info.aliases
      .filter((alias) => !alias.startsWith('《'))
      .map((alias) => [compact(alias), info.id] as const),
  ),
);

/** Bare aliases to look for outside 《》, longest first so that the longest name wins. */
const BARE_ALIASES: readonly (readonly [string, InstrumentId])[] = [...TITLE_ALIASES]
  .filter(([alias]) => alias.length >= 4)
  .sort((a, b) => b[0].length - a[0].length);

const KIND_OF: ReadonlyMap<InstrumentId, InstrumentKind> = new Map(
  INSTRUMENTS.map((info) => [info.id, info.kind]),
);

function kindOfTitle(title: string): InstrumentKind {
  if (title.endsWith('公约')) return 'convention';
  if (title.endsWith('议定书')) return 'protocol';
  return 'other';
}

function overlaps(namings: readonly Naming[], start: number, end: number): boolean {
  return namings.some((naming) => naming.start < end && start < naming.end);
}

/** Every naming of an instrument in folded text, in order; short forms are left unresolved. */
function findNamings(folded: string): Naming[] {
  const namings: Naming[] = [];
  const blocked: { start: number; end: number }[] = [];
  for (const found of folded.matchAll(/《([^《》。\n]{1,160})》/g)) {
    const start = found.index;
    const end = start + found[0].length;
    const inner = (found[1] ?? '').replace(/\s+/g, '');
    const known = TITLE_ALIASES.get(inner);
    const short = SHORT_FORMS[inner.replace(/^(?:该|本|上述)/, '')];
    if (known !== undefined) {
      namings.push({
        start,
        end,
        form: 'known',
        kind: KIND_OF.get(known) ?? 'other',
        instrument: known,
        carries: false,
      });
    } else if (short !== undefined) {
      namings.push({ start, end, form: 'short', kind: short, instrument: null, carries: false });
    } else {
      namings.push({
        start,
        end,
        form: 'unknown',
        kind: kindOfTitle(inner),
        instrument: null,
        carries: false,
      });
    }
  }
  for (const [alias, id] of BARE_ALIASES) {
    for (let at = folded.indexOf(alias); at !== -1; at = folded.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (overlaps(namings, at, end) || blocked.some((range) => range.start < end && at < range.end))
        continue;
      if (BODY_AFTER_NAME.test(folded.slice(end))) {
        blocked.push({ start: at, end });
        continue;
      }
      namings.push({
        start: at,
        end,
        form: 'known',
        kind: KIND_OF.get(id) ?? 'other',
        instrument: id,
        carries: false,
      });
    }
  }
  const inBlocked = (start: number, end: number): boolean =>
    blocked.some((range) => range.start < end && start < range.end);
  for (const found of folded.matchAll(DEMONSTRATIVE_SHORT_FORM)) {
    const end = found.index + found[0].length;
    const kind = SHORT_FORMS[found[1] ?? ''];
    if (kind === undefined || overlaps(namings, found.index, end) || inBlocked(found.index, end)) continue;
    namings.push({ start: found.index, end, form: 'short', kind, instrument: null, carries: false });
  }
  for (const found of folded.matchAll(CITING_SHORT_FORM)) {
    const end = found.index + found[0].length;
    const kind = SHORT_FORMS[found[1] ?? ''];
    if (kind === undefined || overlaps(namings, found.index, end) || inBlocked(found.index, end)) continue;
    if (!BEFORE_CITING_SHORT_FORM.test(folded.slice(Math.max(0, found.index - 2), found.index))) continue;
    namings.push({ start: found.index, end, form: 'short', kind, instrument: null, carries: false });
  }
  return namings.sort((a, b) => a.start - b.start);
}

/** The namings of a paper's subject, its short forms read as the Working Group's own instruments. */
function subjectNamings(reader: CitationReader, subject: string): Naming[] {
  const namings = reader.findNamings(reader.fold(subject));
  for (const naming of namings) {
    if (naming.form === 'short') naming.instrument = DEFAULT_OF_KIND[naming.kind] ?? null;
  }
  return namings;
}

function makeUnit(reader: CitationReader, item: string | null, text: string): Unit {
  const folded = reader.fold(text);
  const namings = reader.findNamings(folded);
  const citations = reader.findCitations(folded);
  return { item, text, folded, namings, citations, after: reader.namingsAfter(folded, citations, namings) };
}

function unitsOf(reader: CitationReader, paragraph: Paragraph): Unit[] {
  return [
    makeUnit(reader, null, paragraph.text),
    ...paragraph.items.map((item) => makeUnit(reader, item.label, item.text)),
  ];
}

/** The Chinese reader: `《公约》第 27 条第 1 款(e)项`, the instrument always named before the article. */
const CHINESE_READER: CitationReader = {
  fold: foldText,
  findNamings,
  findCitations,
  endsSentence: (folded, from, to) => SENTENCE_END.test(folded.slice(from, to)),
  resolutionIsCop: (folded, start) => resolutionIsCop(folded, start),
  namingsAfter: (_folded, citations) => citations.map(() => undefined),
};

/** The citation reader of a catalog's language. */
function readerFor(catalog: Catalog): CitationReader {
  return catalog.language === 'zh' ? CHINESE_READER : wordCitationReader(catalog.language);
}

/**
 * The context in which a naming or citation at `position` of `units[unitIndex]` is read, nearest
 * first: earlier in its own unit; the earlier units of its paragraph (an item's lead text and earlier
 * items), latest naming first; then the paper's `subject`; then, when given, the namings of the `earlier`
 * paragraphs of the same paper (in document order), latest first.
 */
function* contextOf(
  units: readonly Unit[],
  unitIndex: number,
  position: number,
  subject: readonly Naming[],
  earlier: readonly (readonly Naming[])[] = [],
): Generator<{ naming: Naming; sameUnit: boolean }> {
  const own = units[unitIndex];
  for (let index = (own?.namings.length ?? 0) - 1; index >= 0; index -= 1) {
    const naming = own?.namings[index];
    if (naming !== undefined && naming.end <= position) yield { naming, sameUnit: true };
  }
  for (let unit = unitIndex - 1; unit >= 0; unit -= 1) {
    const namings = units[unit]?.namings ?? [];
    for (let index = namings.length - 1; index >= 0; index -= 1) {
      const naming = namings[index];
      if (naming !== undefined) yield { naming, sameUnit: false };
    }
  }
  for (let index = subject.length - 1; index >= 0; index -= 1) {
    const naming = subject[index];
    if (naming !== undefined) yield { naming, sameUnit: false };
  }
  for (let paragraph = earlier.length - 1; paragraph >= 0; paragraph -= 1) {
    const namings = earlier[paragraph] ?? [];
    for (let index = namings.length - 1; index >= 0; index -= 1) {
      const naming = namings[index];
      if (naming !== undefined) yield { naming, sameUnit: false };
    }
  }
}

/** The issuer of a resolution cited at `position`: `cop` unless another body is named last before it in its sentence. */
function resolutionIsCop(folded: string, position: number): boolean {
  let sentenceStart = position;
  while (sentenceStart > 0 && !SENTENCE_END.test(folded[sentenceStart - 1] ?? '')) sentenceStart -= 1;
  const bodies = [...folded.slice(sentenceStart, position).matchAll(RESOLUTION_BODY)];
  const last = bodies[bodies.length - 1]?.[0];
  return last === undefined || last.startsWith('缔约');
}

function spanOf(unit: Unit, start: number, end: number): TextSpan {
  return { start, end, text: unit.text.slice(start, end) };
}

/**
 * Every legal reference in the catalog's paragraphs and items (not in theme headings or key-topic
 * lines, which are not paragraphs), and every naming of an instrument that carries no citation.
 *
 * Resolution: a citation (`第 N 条 …`) belongs to the nearest instrument named before it in its own
 * text, else in the earlier text of its paragraph (the lead text for an item), else in its paper's
 * subject; a citation with no instrument in that context, or whose instrument somkb does not know
 * (another `《…》` title), is left out rather than guessed. A short form (`《公约》`, `《议定书》`, `该公约`,
 * `公约第 …`) stands for the nearest instrument of its kind named before it in the same context and then
 * in the earlier paragraphs of the same paper, and, when there is none, for the Working Group's own:
 * the Convention (`untoc`) or the Smuggling of Migrants Protocol (`protocol`). A resolution
 * `第 N/M 号决议` is a COP resolution unless another body (大会, 安全理事会 …) is named last before it in
 * its sentence, in which case it is left out. A bare name followed by 缔约方会议 or a similar body
 * names that body, not the instrument, and counts as neither a naming nor a mention.
 *
 * A naming is a mention unless a citation in the same sentence resolves to it.
 */
export function extractReferences(catalog: Catalog): ExtractedReferences {
  const reader = readerFor(catalog);
  const references: Reference[] = [];
  const mentions: InstrumentMention[] = [];
  const subjects = new Map(
    catalog.papers.map((paper) => [paper.symbol, subjectNamings(reader, paper.subject)]),
  );
  const earlierByPaper = new Map<string, Naming[][]>();

  for (const paragraph of catalog.paragraphs) {
    const units = unitsOf(reader, paragraph);
    const subject = paragraph.paper === null ? undefined : subjects.get(paragraph.paper);
    const earlier: Naming[][] = paragraph.paper === null ? [] : (earlierByPaper.get(paragraph.paper) ?? []);

    units.forEach((unit, unitIndex) => {
      for (const naming of unit.namings) {
        if (naming.form !== 'short') continue;
        naming.instrument = DEFAULT_OF_KIND[naming.kind] ?? null;
        for (const { naming: before } of contextOf(units, unitIndex, naming.start, subject ?? [], earlier)) {
          if (before.kind !== naming.kind) continue;
          naming.instrument = before.instrument;
          break;
        }
      }
    });

    units.forEach((unit, unitIndex) => {
      unit.citations.forEach((citation, citationIndex) => {
        if (citation.kind === 'resolution') {
          if (!reader.resolutionIsCop(unit.folded, citation.start, citation.end)) return;
          for (const resolution of citation.resolutions) {
            references.push({
              paragraph: paragraph.number,
              item: unit.item,
              instrument: 'cop-resolution',
              article: undefined,
              clause: undefined,
              resolution,
              span: spanOf(unit, citation.start, citation.end),
            });
          }
          return;
        }
        const after = unit.after[citationIndex];
        const found = contextOf(units, unitIndex, citation.start, subject ?? []).next();
        const { naming, sameUnit } =
          after === undefined
            ? found.done === true
              ? { naming: undefined, sameUnit: false }
              : found.value
            : { naming: after, sameUnit: true };
        if (naming === undefined) return;
        const [from, to] =
          naming.start >= citation.end ? [citation.end, naming.start] : [naming.end, citation.start];
        if (sameUnit && !reader.endsSentence(unit.folded, from, to)) naming.carries = true;
        const instrument = naming.instrument;
        if (instrument === null) return;
        for (const provision of citation.provisions) {
          references.push({
            paragraph: paragraph.number,
            item: unit.item,
            instrument,
            article: provision.article,
            clause: provision.clause,
            resolution: undefined,
            span: spanOf(unit, citation.start, citation.end),
          });
        }
      });
    });

    for (const unit of units) {
      for (const naming of unit.namings) {
        if (naming.carries || naming.instrument === null) continue;
        mentions.push({
          paragraph: paragraph.number,
          item: unit.item,
          instrument: naming.instrument,
          span: spanOf(unit, naming.start, naming.end),
        });
      }
    }

    if (paragraph.paper !== null) {
      earlier.push(units.flatMap((unit) => unit.namings));
      earlierByPaper.set(paragraph.paper, earlier);
    }
  }
  return { references, mentions };
}
