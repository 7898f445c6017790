import type { Catalog, Item } from '../domain/index.js';
import { briefingHeadings } from '../messages/index.js';
import { walkDocument } from './document-walk.js';

/** ASCII characters that can start inline Markdown (emphasis, code, links, HTML, entities). */
const INLINE_SPECIAL = /[\\`*_[\]<>~&#|]/g;

/**
 * Escapes text for use inside a Markdown block: inline markup characters get a backslash, line
 * breaks become spaces (so the text cannot open a new block), and a leading `-`, `+`, `=` or `1.`
 * style marker is escaped so that it does not start a list or a setext heading.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ');
  const inline = oneLine.replace(INLINE_SPECIAL, (character) => `\\${character}`);
  return inline.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown link destination: wrapped in `<…>` when it holds spaces, parentheses or angle brackets. */
export function linkDestination(url: string): string {
  if (!/[\s()<>]/.test(url)) return url;
  return `<${url
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\s/g, (space) => encodeURIComponent(space))}>`;
}

/** The lines of a paragraph's lettered items, as an indented list. */
function itemLines(items: readonly Item[]): string[] {
  return items.map((item) => `   - (${escapeMarkdown(item.label)}) ${escapeMarkdown(item.text)}`);
}

/**
 * The catalog as clean Markdown: `# title`, a line with body, ISO dates and place, the
 * prepared-by line; `## 一. 导言` per chapter; `### name` per theme with `**关键议题**` (the heading in
 * the catalog's language: `**Key topics**` in English) and its topics
 * as a bullet list; `#### [symbol](url) (year, meeting N)` per paper; each paragraph as `**N.** text`
 * with its items as an indented list. Text from the catalog is escaped, so it renders as printed.
 * Blocks are separated by one blank line; the output ends with one newline.
 */
export function renderMarkdown(catalog: Catalog): string {
  const { header } = catalog.document;
  const blocks: string[] = [
    `# ${escapeMarkdown(header.title)}`,
    [header.body, header.dates.join(', '), header.place]
      .filter((part) => part !== '')
      .map(escapeMarkdown)
      .join(' · '),
    escapeMarkdown(header.preparedByLine),
  ];
  for (const step of walkDocument(catalog)) {
    switch (step.kind) {
      case 'chapter':
        blocks.push(`## ${escapeMarkdown(`${step.chapter.numeral}. ${step.chapter.title}`)}`);
        break;
      case 'theme':
        blocks.push(`### ${escapeMarkdown(step.theme.name)}`);
        blocks.push(`**${escapeMarkdown(briefingHeadings(catalog.language).keyTopics)}**`);
        if (step.theme.keyTopics.length > 0) {
          blocks.push(step.theme.keyTopics.map((topic) => `- ${escapeMarkdown(topic)}`).join('\n'));
        }
        break;
      case 'paper': {
        const { paper } = step;
        blocks.push(
          `#### [${escapeMarkdown(paper.symbol)}](${linkDestination(paper.url)}) (${paper.year}, meeting ${paper.meeting})`,
        );
        break;
      }
      case 'paragraph': {
        const { paragraph } = step;
        const lines = [
          `**${paragraph.number}.** ${escapeMarkdown(paragraph.text)}`,
          ...itemLines(paragraph.items),
        ];
        blocks.push(lines.join('\n'));
        break;
      }
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
