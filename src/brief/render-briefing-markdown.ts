import { escapeMarkdown, linkDestination } from '../export/index.js';
import type { BriefingHeadings } from '../messages/index.js';
import type { Briefing, BriefingParagraph, BriefingProvision } from './build-briefing.js';
import { INSTRUMENTS_ANCHOR, PROVISIONS_ANCHOR } from './build-briefing.js';

/** An HTML anchor line that the table of contents links to (`<a id="theme-1"></a>`). */
const anchorLine = (anchor: string): string => `<a id="${anchor.replace(/[^a-z0-9-]/gi, '-')}"></a>`;

/** `[text](#anchor)`. */
const internalLink = (text: string, anchor: string): string =>
  `[${escapeMarkdown(text)}](#${anchor.replace(/[^a-z0-9-]/gi, '-')})`;

/** A web link whose text is escaped and whose destination is made safe. */
const webLink = (text: string, url: string): string => `[${escapeMarkdown(text)}](${linkDestination(url)})`;

/**
 * A paragraph: `**N.** text`, its items as an indented list; in a bilingual pack the same paragraph
 * in the second language follows as a block quote (`> **N.** text`, its items with the same
 * letters); then its citation and official document.
 */
function paragraphBlock(paragraph: BriefingParagraph): string {
  const lines = [
    anchorLine(paragraph.anchor),
    `**${paragraph.number}.** ${escapeMarkdown(paragraph.text)}`,
    ...paragraph.items.map((item) => `   - (${escapeMarkdown(item.label)}) ${escapeMarkdown(item.text)}`),
  ];
  const second = paragraph.parallel;
  const parallel =
    second === undefined
      ? ''
      : `\n\n${[
          `> **${paragraph.number}.** ${escapeMarkdown(second.text)}`,
          ...paragraph.items.map(
            (item, index) =>
              `>    - (${escapeMarkdown(item.label)}) ${escapeMarkdown(second.items[index]?.text ?? '')}`,
          ),
        ].join('\n')}`;
  const official = paragraph.url === null ? '' : ` · ${webLink(paragraph.url, paragraph.url)}`;
  return `${lines.join('\n')}${parallel}\n\n*${escapeMarkdown(paragraph.citation)}*${official}`;
}

/** An annex: a heading, then each provision or instrument with its other form and citing places. */
function annexBlocks(
  anchor: string,
  title: string,
  entries: readonly BriefingProvision[],
  labels: BriefingHeadings,
): string[] {
  if (entries.length === 0) return [];
  return [
    `${anchorLine(anchor)}\n## ${escapeMarkdown(title)}`,
    entries
      .map((entry) => {
        const places = entry.places.map((place) => internalLink(place.citation, place.anchor)).join('; ');
        return `- **${escapeMarkdown(entry.citation)}** · ${escapeMarkdown(entry.otherCitation)} — ${escapeMarkdown(labels.citedIn)}${labels.colon}${places}`;
      })
      .join('\n'),
  ];
}

/**
 * A briefing pack as Markdown: the cover (`# title`, date, the selection, counts, source), the
 * table of contents as a nested list of links, `---`, each section as `##` with its key topics,
 * each paper as `###` linked to its official document, each paragraph as `**N.** text` with its
 * items and an italic citation line; then the annexes. Anchors are `<a id>` elements, so the links
 * work on GitHub and in Pandoc. All catalog text is escaped. Ends with one newline.
 */
export function renderBriefingMarkdown(briefing: Briefing): string {
  const { cover, labels } = briefing;
  const field = (label: string, value: string): string =>
    `**${escapeMarkdown(label)}${labels.colon.trim()}** ${escapeMarkdown(value)}`;
  const blocks: string[] = [
    `*${escapeMarkdown(cover.kind)}*`,
    `# ${escapeMarkdown(cover.title)}`,
    [
      field(labels.date, cover.dateText),
      ...cover.selection.map((line) => field(line.label, line.value)),
      field(labels.holds, cover.countsText),
      field(labels.source, cover.source),
    ].join('  \n'),
    `## ${escapeMarkdown(labels.contents)}`,
    briefing.contents
      .map((entry) => `${entry.level === 1 ? '' : '  '}- ${internalLink(entry.text, entry.anchor)}`)
      .join('\n'),
    '---',
  ];
  for (const section of briefing.sections) {
    blocks.push(`${anchorLine(section.anchor)}\n## ${escapeMarkdown(section.title)}`);
    if (section.keyTopics.length > 0) {
      blocks.push(
        `**${escapeMarkdown(labels.keyTopics)}${labels.colon.trim()}** ${section.keyTopics.map((topic) => escapeMarkdown(topic.text)).join(' · ')}`,
      );
    }
    blocks.push(...section.paragraphs.map(paragraphBlock));
    for (const paper of section.papers) {
      blocks.push(
        `${anchorLine(paper.anchor)}\n### ${webLink(paper.symbol, paper.url)}${escapeMarkdown(paper.facts)}`,
        `*${escapeMarkdown(paper.subject)}*`,
        ...paper.paragraphs.map(paragraphBlock),
      );
    }
  }
  blocks.push(
    ...annexBlocks(PROVISIONS_ANCHOR, labels.provisions, briefing.provisions, labels),
    ...annexBlocks(INSTRUMENTS_ANCHOR, labels.instruments, briefing.instruments, labels),
  );
  return `${blocks.join('\n\n')}\n`;
}
