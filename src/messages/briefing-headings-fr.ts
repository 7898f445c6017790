import type { BriefingHeadings } from './briefing-headings.js';
import { citeParagraph } from './citation-words.js';
import { MESSAGES_FR } from './messages-fr.js';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const plural = (count: number, one: string, many: string): string => `${count} ${count <= 1 ? one : many}`;

/** The headings and labels of a briefing pack in French. */
export const BRIEFING_HEADINGS_FR: BriefingHeadings = {
  defaultTitle: 'Dossier d’information',
  kind: 'Groupe de travail sur le trafic illicite de migrants · dossier d’information',
  date: 'Date',
  selection: 'Sélection',
  wholeCatalog: 'L’ensemble du résumé thématique',
  themes: 'Thèmes',
  topics: 'Questions',
  papers: 'Documents d’information',
  query: 'Recherche',
  paragraphs: 'Paragraphes',
  source: 'Source',
  holds: 'Contenu du dossier',
  contents: 'Table des matières',
  keyTopics: 'Questions clefs',
  officialDocument: 'Document officiel',
  provisions: 'Dispositions citées',
  instruments: 'Instruments mentionnés sans article',
  citedIn: 'cité aux',
  colon: '\u00a0: ',
  paperFacts: (year, meeting) => ` (${year}, ${MESSAGES_FR.meetingName(meeting)})`,
  citation: (paper, paragraph) => citeParagraph(paper, paragraph, 'fr'),
  counts: (themes, papers, paragraphs) =>
    [
      plural(themes, 'thème', 'thèmes'),
      plural(papers, 'document', 'documents'),
      plural(paragraphs, 'paragraphe', 'paragraphes'),
    ].join(', '),
  writtenDate: (year, month, day) =>
    `${day === 1 ? '1er' : day} ${MONTHS[month - 1] ?? String(month)} ${year}`,
  queryResult: (query, found) =>
    `«\u00a0${query}\u00a0», ${plural(found, 'paragraphe trouvé', 'paragraphes trouvés')}`,
};
