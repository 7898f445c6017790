import type { Anomaly } from './anomaly.js';
import type { Catalog } from './catalog.js';
import { isLaterMeeting, meetingYearProblem, meetingYearsOf, yearOfMeeting } from './meetings.js';
import { parseWorkingGroupSymbol } from './symbol.js';

/** Gives the source line of a part of a catalog, for messages; 0 when unknown. */
export interface CatalogLocator {
  paragraph(number: number): number;
  theme(id: string): number;
  paper(symbol: string): number;
}

const NOWHERE: CatalogLocator = { paragraph: () => 0, theme: () => 0, paper: () => 0 };

/**
 * Checks the rules a catalog of a thematic summary must keep, whatever its language: every theme
 * has key topics and papers; every paper has a meeting held in its year (a meeting somkb knows, or a
 * later one in the year its papers give, not before the meeting before it), a symbol of that year,
 * and summary paragraphs after its introduction; every paragraph after the introduction belongs to
 * exactly one paper. Returns the violations as anomalies, located with `locate` when given.
 */
export function validateCatalog(catalog: Catalog, locate: CatalogLocator = NOWHERE): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const error = (code: string, line: number, message: string): void => {
    anomalies.push({ severity: 'error', code, line, message });
  };

  if (catalog.themes.length === 0)
    error('no-themes', 0, 'the text has no themes (a heading followed by key topics)');
  for (const theme of catalog.themes) {
    const line = locate.theme(theme.id);
    if (theme.keyTopics.length === 0)
      error('theme-without-topics', line, `theme «${theme.name}» has no key topics`);
    if (theme.papers.length === 0)
      error('theme-without-papers', line, `theme «${theme.name}» has no background papers`);
    const seen = new Set<string>();
    for (const topic of theme.keyTopics) {
      if (seen.has(topic)) {
        anomalies.push({
          severity: 'warning',
          code: 'key-topic-repeated',
          line,
          message: `theme «${theme.name}» lists the key topic «${topic}» twice`,
        });
      }
      seen.add(topic);
    }
  }

  const meetings = meetingYearsOf(catalog.papers);
  const owners = new Map<number, string[]>();
  const symbols = new Set<string>();
  for (const paper of catalog.papers) {
    const line = locate.paper(paper.symbol);
    if (symbols.has(paper.symbol))
      error('paper-duplicate', line, `paper ${paper.symbol} is introduced twice`);
    symbols.add(paper.symbol);
    if (paper.meeting !== 0 && paper.year !== 0) {
      const problem = meetingYearProblem(paper, meetings);
      if (problem !== undefined)
        error(
          isLaterMeeting(paper.meeting) || yearOfMeeting(paper.meeting) !== undefined
            ? 'paper-year-meeting-mismatch'
            : 'paper-meeting-unknown',
          line,
          `paper ${paper.symbol}: ${problem}`,
        );
    } else if (
      paper.meeting !== 0 &&
      yearOfMeeting(paper.meeting) === undefined &&
      !isLaterMeeting(paper.meeting)
    ) {
      error(
        'paper-meeting-unknown',
        line,
        `paper ${paper.symbol}: the Working Group held no meeting number ${paper.meeting}`,
      );
    }
    const parsed = parseWorkingGroupSymbol(paper.symbol);
    if (parsed !== undefined && paper.year !== 0 && parsed.year !== paper.year) {
      error(
        'paper-symbol-year-mismatch',
        line,
        `paper ${paper.symbol}: its symbol is of ${parsed.year}, its text says ${paper.year}`,
      );
    }
    if (paper.paragraphs.length < 2) {
      error(
        'paper-without-paragraphs',
        line,
        `paper ${paper.symbol} has no summary paragraph after its introduction`,
      );
    }
    for (const number of paper.paragraphs) owners.set(number, [...(owners.get(number) ?? []), paper.symbol]);
  }

  for (const paragraph of catalog.paragraphs) {
    if (paragraph.chapter < 2 || paragraph.theme === null) continue;
    const listedBy = owners.get(paragraph.number) ?? [];
    if (listedBy.length !== 1 || listedBy[0] !== paragraph.paper) {
      error(
        'paragraph-paper-mismatch',
        locate.paragraph(paragraph.number),
        `paragraph ${paragraph.number} belongs to ${listedBy.length === 0 ? 'no paper' : listedBy.join(' and ')}, not to exactly one`,
      );
    }
  }
  return anomalies;
}
