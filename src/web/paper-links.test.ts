import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from '../domain/index.js';
import { describeCatalog } from '../knowledge/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { bundledKnowledge } from '../../test/support/knowledge.js';
import { pageContext } from './page-layout.js';
import { buildPortalModel } from './portal-model.js';
import { renderPaperPage } from './render-paper.js';

describe('the link of a paper page to the official document', () => {
  const catalog = makeSampleCatalog();
  const model = buildPortalModel(catalog, describeCatalog(catalog, bundledKnowledge()));
  const paper = catalog.papers[0];
  if (paper === undefined) throw new Error('the sample catalog has papers');

  it.each(UN_LANGUAGES)('opens the paper in the reader’s language (%s)', (lang) => {
    const page = String(renderPaperPage(pageContext(lang, '/papers/x', '1.0'), model, paper));
    const href = /<a class="official-link" href="([^"]+)"/.exec(page)?.[1];
    expect(href).toBe(`https://undocs.org/${lang}/${paper.symbol}`);
  });
});
