import type { BriefingHeadings } from './briefing-headings.js';
import { citeParagraph } from './citation-words.js';
import { MESSAGES_ES } from './messages-es.js';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The headings and labels of a briefing pack in Spanish. */
export const BRIEFING_HEADINGS_ES: BriefingHeadings = {
  defaultTitle: 'Carpeta informativa',
  kind: 'Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes · carpeta informativa',
  date: 'Fecha',
  selection: 'Selección',
  wholeCatalog: 'El resumen temático completo',
  themes: 'Temas',
  topics: 'Cuestiones',
  papers: 'Documentos de antecedentes',
  query: 'Búsqueda',
  paragraphs: 'Párrafos',
  source: 'Fuente',
  holds: 'Contenido de la carpeta',
  contents: 'Índice',
  keyTopics: 'Cuestiones clave',
  officialDocument: 'Documento oficial',
  provisions: 'Disposiciones citadas',
  instruments: 'Instrumentos mencionados sin artículo',
  citedIn: 'citado en',
  colon: ': ',
  paperFacts: (year, meeting) => ` (${year}, ${MESSAGES_ES.meetingName(meeting)})`,
  citation: (paper, paragraph) => citeParagraph(paper, paragraph, 'es'),
  counts: (themes, papers, paragraphs) =>
    [
      plural(themes, 'tema', 'temas'),
      plural(papers, 'documento', 'documentos'),
      plural(paragraphs, 'párrafo', 'párrafos'),
    ].join(', '),
  writtenDate: (year, month, day) => `${day} de ${MONTHS[month - 1] ?? String(month)} de ${year}`,
  queryResult: (query, found) => `«${query}», ${plural(found, 'párrafo encontrado', 'párrafos encontrados')}`,
};
