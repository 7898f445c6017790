/**
 * The hand-checked gold list of legal references in the bundled Chinese thematic summary
 * (`corpus/zh/thematic-summary-2021.txt`), written by reading all 79 paragraphs and their lettered
 * items, independently of the extractor. The test `extract-references.test.ts` measures the
 * extractor's precision and recall against it.
 *
 * Decisions taken while reading (the extractor follows the same rules, written generally):
 * - `text` of a citation is the citation phrase of its article, from `第` to the end of its
 *   paragraph/subparagraph designators (`第 27 条第 1 款(e)项`), without the instrument name; the
 *   two paragraphs of `第 19 条第 1 和 2 款` share that phrase.
 * - A naming of an instrument that carries a citation in the same sentence (`《打击偷运移民议定书》第
 *   10条`, `《打击有组织犯罪公约》关于引渡（第 16 条）`, `《公约》第 11 条`) is not a mention; any other naming
 *   of a known instrument is one, each time it occurs (paragraph 46 names UNCLOS twice).
 * - Paragraph 64: the Protocol is named in the first sentence and its articles are cited in the next
 *   (`这些条文 … （第 16 条及第 19 条第 1 和 2 款）`): the naming is a mention, the citations are Protocol's.
 * - Paragraph 59: the Convention is named in the lead text (twice: `《打击有组织犯罪公约》` and
 *   `该公约`), its articles are cited in the items: two mentions, four citations in items.
 * - Paragraph 53: `《议定书》` is the Smuggling of Migrants Protocol (paragraph 52, same paper).
 * - Paragraph 31: `打击有组织犯罪公约缔约方会议` names the Conference of the Parties, not the Convention:
 *   no mention; its `第 6/3 号决议` is a COP resolution.
 * - Paragraph 30(c): `《关于偷运人口、贩运人口和有关跨国犯罪的巴厘进程》` is a forum (the Bali Process), a
 *   mechanism, not a legal instrument: not listed.
 * - Paragraph 17: `正式议定书` are inter-agency protocols, not the Smuggling of Migrants Protocol.
 * - Paragraphs 22, 46, 49, 52, 62, 64 speak of provisions (`所载定义`, `相关条文`, `相关规定`) without an
 *   article number: nothing is cited, only the instrument is mentioned.
 */

/** One cited provision or resolution, as read by hand. */
export interface GoldReference {
  readonly paragraph: number;
  readonly item: string | null;
  readonly instrument: string;
  readonly article: string | undefined;
  readonly clause: string | undefined;
  readonly resolution: string | undefined;
  /** The exact citation phrase in the paragraph's (or the item's) text. */
  readonly text: string;
}

/** One naming of an instrument that carries no citation, as read by hand. */
export interface GoldMention {
  readonly paragraph: number;
  readonly item: string | null;
  readonly instrument: string;
  /** The exact naming in the paragraph's (or the item's) text. */
  readonly text: string;
}

function article(
  paragraph: number,
  item: string | null,
  instrument: string,
  articleNumber: string,
  clause: string | undefined,
  text: string,
): GoldReference {
  return { paragraph, item, instrument, article: articleNumber, clause, resolution: undefined, text };
}

/** Every provision and resolution the summary cites, in text order. */
export const GOLD_REFERENCES: readonly GoldReference[] = [
  article(5, null, 'protocol', '3', '(a)', '第 3 条(a)款'),
  article(28, null, 'protocol', '10', undefined, '第 10条'),
  article(28, null, 'untoc', '28', undefined, '第 28条'),
  article(31, null, 'untoc', '27', '(1)(e)', '第 27 条第 1 款(e)项'),
  article(31, null, 'untoc', '28', '(2)', '第 28 条第 2 款'),
  {
    paragraph: 31,
    item: null,
    instrument: 'cop-resolution',
    article: undefined,
    clause: undefined,
    resolution: '6/3',
    text: '第 6/3 号决议',
  },
  article(59, 'a', 'untoc', '5', undefined, '第 5 条'),
  article(59, 'b', 'untoc', '6', undefined, '第 6 条'),
  article(59, 'c', 'untoc', '8', undefined, '第 8 条'),
  article(59, 'd', 'untoc', '23', undefined, '第 23 条'),
  article(60, null, 'untoc', '16', undefined, '第 16 条'),
  article(60, null, 'untoc', '18', undefined, '第 18条'),
  article(60, null, 'untoc', '27', undefined, '第 27条'),
  article(60, null, 'untoc', '11', '(1)', '第 11 条第 1款'),
  article(61, null, 'untoc', '20', undefined, '第 20 条'),
  article(62, null, 'untoc', '24', undefined, '第 24 条'),
  article(62, null, 'untoc', '25', undefined, '第 25 条'),
  article(64, null, 'protocol', '16', undefined, '第 16 条'),
  article(64, null, 'protocol', '19', '(1)', '第 19 条第 1 和 2 款'),
  article(64, null, 'protocol', '19', '(2)', '第 19 条第 1 和 2 款'),
];

/** Every naming of an instrument that carries no citation, in text order. */
export const GOLD_MENTIONS: readonly GoldMention[] = [
  {
    paragraph: 1,
    item: null,
    instrument: 'protocol',
    text: '《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》',
  },
  { paragraph: 22, item: null, instrument: 'protocol', text: '《打击偷运移民议定书》' },
  { paragraph: 31, item: null, instrument: 'global-compact', text: '《安全、有序和正常移民全球契约》' },
  { paragraph: 33, item: null, instrument: 'protocol', text: '《打击偷运移民议定书》' },
  { paragraph: 33, item: null, instrument: 'untoc', text: '《打击有组织犯罪公约》' },
  { paragraph: 46, item: null, instrument: 'protocol', text: '《打击偷运移民议定书》' },
  { paragraph: 46, item: null, instrument: 'unclos', text: '《联合国海洋法公约》' },
  { paragraph: 46, item: null, instrument: 'unclos', text: '《联合国海洋法公约》' },
  { paragraph: 49, item: null, instrument: 'protocol', text: '《打击偷运移民议定书》' },
  { paragraph: 52, item: null, instrument: 'protocol', text: '《打击偷运移民议定书》' },
  { paragraph: 53, item: null, instrument: 'protocol', text: '《议定书》' },
  { paragraph: 58, item: null, instrument: 'untoc', text: '《打击有组织犯罪公约》' },
  { paragraph: 59, item: null, instrument: 'untoc', text: '《打击有组织犯罪公约》' },
  { paragraph: 59, item: null, instrument: 'untoc', text: '该公约' },
  { paragraph: 64, item: null, instrument: 'protocol', text: '《打击偷运移民议定书》' },
];
