export { INSTRUMENTS_ANCHOR, PROVISIONS_ANCHOR, buildBriefing, paperAnchor } from './build-briefing.js';
export type {
  Briefing,
  BriefingCover,
  BriefingPaper,
  BriefingParagraph,
  BriefingParallelText,
  BriefingPlace,
  BriefingProvision,
  BriefingRequest,
  BriefingSection,
  BriefingSelectionLine,
  BriefingTocEntry,
} from './build-briefing.js';
export { renderBriefingHtml } from './render-briefing-html.js';
export { renderBriefingMarkdown } from './render-briefing-markdown.js';
export { bookmarkName, renderBriefingDocx } from './render-briefing-docx.js';
export { BRIEFING_FORMATS, renderBriefing } from './briefing-file.js';
export type { BriefingFormat } from './briefing-file.js';
