import type { Language } from '../domain/index.js';
import { trusted } from './html-template.js';
import type { Html } from './html-template.js';
import { draftPreviewPath } from './editor-urls.js';

/** The links of a page that lead to the pages a preview shows: home, themes, papers. */
const PREVIEWED_LINK = /href="(\/(?:themes|papers)\/[^"?#]*|\/)(\?[^"#]*)?(#[^"]*)?"/g;

/**
 * A page rendered from a draft's preview with its links to the home, theme and paper pages leading
 * to the same pages of the preview (in `language`, when given), so that a reviewer who follows them
 * stays in the preview. The page was rendered by somkb's own renderers, escaped; only the paths of
 * its own links change (the draft id is URL-encoded).
 */
export function inPreview(page: Html, draftId: string, language?: Language): Html {
  const rewritten = String(page).replace(
    PREVIEWED_LINK,
    (_match, path: string, query?: string, hash?: string) => {
      const params = new URLSearchParams((query ?? '').slice(1).replaceAll('&amp;', '&'));
      params.delete('version');
      if (language !== undefined) params.set('language', language);
      const rest = params.toString();
      return `href="${draftPreviewPath(draftId, path)}${rest === '' ? '' : `?${rest.replaceAll('&', '&amp;')}`}${hash ?? ''}"`;
    },
  );
  return trusted(rewritten);
}
