import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { SomkbError } from '../errors/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { search } from '../search/index.js';
import type { BriefingFileRequest, CatalogFiles } from '../services/index.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { publishedOf } from '../../test/support/published.js';
import { corpusSearchIndex } from '../../test/support/search-fixture.js';
import { createPortalContext } from './portal-context.js';
import { addPortalRoutes } from './portal-routes.js';

const { catalog, index } = corpusSearchIndex();
const knowledge = describeCatalog(catalog, bundledKnowledge());

/** The portal's routes alone, on an app with no API mounted, over briefing use cases that record their requests. */
function portalWithoutApi(briefingFile: CatalogFiles['briefingFile']) {
  const requests: BriefingFileRequest[] = [];
  const files: CatalogFiles = {
    select: () => Promise.reject(new Error('not used')),
    exportFile: () => Promise.reject(new Error('not used')),
    briefingFile: (request) => {
      requests.push(request);
      return briefingFile(request);
    },
  };
  const app = new Hono();
  addPortalRoutes(
    app,
    createPortalContext({
      loadPublished: () => Promise.resolve(publishedOf(catalog)),
      loadKnowledge: () => Promise.resolve(knowledge),
      search: (request) => Promise.resolve(search(index, request)),
      files,
      version: 'test',
    }),
  );
  return { app, requests };
}

describe('/brief/download', () => {
  it('makes the pack through the briefing use case, with no API to call', async () => {
    const { app, requests } = portalWithoutApi(() =>
      Promise.resolve({
        body: '# pack',
        mediaType: 'text/markdown; charset=utf-8',
        extension: 'md',
        countsText: '',
        fileStem: 'somkb-brief-刑事司法对策-zh',
      }),
    );
    expect((await app.request('/api/v1/brief?format=md')).status).toBe(404);
    const response = await app.request(
      '/brief/download?theme=theme-3&paper=CTOC-COP-WG.7-2015-4&format=md&lang=zh&title=T',
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('# pack');
    // The pack's own name, in ASCII for every client and whole in filename* (issue 12.14).
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="somkb-brief-zh.md"; filename*=UTF-8''${encodeURIComponent('somkb-brief-刑事司法对策-zh.md')}`,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ format: 'md', headingsLanguage: 'zh', title: 'T' });
    expect(requests[0]?.selection).toMatchObject({ themeIds: ['theme-3'], papers: ['CTOC-COP-WG.7-2015-4'] });
  });

  it('brings the brief page back with the use case’s refusal, and refuses bad parameters as the API does', async () => {
    const { app, requests } = portalWithoutApi(() =>
      Promise.reject(new SomkbError('NOT_FOUND', "no paragraph matches the query 'zzz'", { where: 'q' })),
    );
    const refused = await app.request('/brief/download?q=zzz', { headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain('No paragraph matches the query');
    const bad = await app.request('/brief/download?format=pdf', { headers: { 'accept-language': 'en' } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The value of “Format” is not accepted.');
    expect(requests).toHaveLength(1);
  });
});
