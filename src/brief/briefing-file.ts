import type { ExportFile } from '../export/index.js';
import { DOCX_MEDIA_TYPE } from '../export/index.js';
import type { Briefing } from './build-briefing.js';
import { renderBriefingDocx } from './render-briefing-docx.js';
import { renderBriefingHtml } from './render-briefing-html.js';
import { renderBriefingMarkdown } from './render-briefing-markdown.js';

/** The formats of a briefing pack: Word, HTML for print, Markdown. */
export type BriefingFormat = 'docx' | 'html' | 'md';

/** Every {@link BriefingFormat}, in the order the CLI and the portal list them. */
export const BRIEFING_FORMATS: readonly BriefingFormat[] = ['docx', 'html', 'md'];

/**
 * A briefing pack rendered as a file in one format: its content (bytes for Word, text otherwise),
 * media type and extension. What `somkb brief`, the API and the portal call.
 */
export async function renderBriefing(briefing: Briefing, format: BriefingFormat): Promise<ExportFile> {
  switch (format) {
    case 'docx':
      return { body: await renderBriefingDocx(briefing), mediaType: DOCX_MEDIA_TYPE, extension: 'docx' };
    case 'html':
      return { body: renderBriefingHtml(briefing), mediaType: 'text/html; charset=utf-8', extension: 'html' };
    case 'md':
      return {
        body: renderBriefingMarkdown(briefing),
        mediaType: 'text/markdown; charset=utf-8',
        extension: 'md',
      };
  }
}
