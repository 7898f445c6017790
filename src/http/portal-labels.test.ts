import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Language } from '../domain/index.js';
import type { CatalogKnowledge } from '../knowledge/index.js';
import { messagesFor } from '../messages/index.js';
import { INSTRUMENTS } from '../references/index.js';
import { startBundledServices } from '../../test/support/bundled-app.js';
import { publishedOf } from '../../test/support/published.js';
import { createApp } from './index.js';

let catalog: Catalog;
let knowledge: CatalogKnowledge;

beforeAll(async () => {
  ({ catalog, knowledge } = await startBundledServices());
});

async function page(path: string, lang: Language): Promise<string> {
  const app = createApp({
    loadPublished: () => Promise.resolve(publishedOf(catalog)),
    loadKnowledge: () => Promise.resolve(knowledge),
    search: () => Promise.reject(new Error('no search in these tests')),
    version: '0.1.0-test',
    reportError: () => undefined,
  });
  const response = await app.request(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The text of the first element `<tag …>` of a page, without its markup. */
function textOf(html: string, tag: string): string {
  const match = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '');
}

function concept(id: string) {
  const entry = knowledge.concepts.find((candidate) => candidate.concept.id === id);
  if (entry === undefined) throw new Error(`no concept ${id}`);
  return entry.concept;
}

describe('labels in the reader’s language (issue 12.10)', () => {
  it('names a theme in the reader’s language on its page, with the own-rendering mark explained', async () => {
    const html = await page('/themes/theme-1', 'fr');
    expect(textOf(html, 'h1')).toBe('Thème 1 Réponses de la justice pénale*');
    expect(textOf(html, 'title')).toContain('Réponses de la justice pénale');
    expect(html).toContain(`<sup class="own-rendering" title="${messagesFor('fr').ownRendering}">*</sup>`);
    expect(html).toContain(`<sup aria-hidden="true">*</sup> ${messagesFor('fr').ownRendering}</p>`);
    // The heading as printed stays for the Chinese reader.
    expect(textOf(await page('/themes/theme-1', 'zh'), 'h1')).toContain(catalog.themes[0]?.name);
  });

  it.each(['ar', 'en', 'es', 'fr', 'ru'] as const)(
    'names every theme on the home page in %s, never by its Chinese heading',
    async (lang) => {
      const html = await page('/', lang);
      const headings = [...html.matchAll(/<li class="card theme-card">\s*<h3>([\s\S]*?)<\/h3>/g)].map(
        (match) => (match[1] ?? '').replace(/<[^>]+>/g, ''),
      );
      expect(headings).toHaveLength(catalog.themes.length);
      for (const heading of headings) expect(heading).not.toMatch(/\p{Script=Han}/u);
      expect(html).toContain(concept('impact-of-crises').prefLabel[lang]?.slice(1) ?? '?');
    },
  );

  it('shows a paper’s theme in French, and its Chinese subject marked as Chinese text', async () => {
    const paper = catalog.papers[0];
    if (paper === undefined) throw new Error('the corpus has papers');
    const html = await page(`/papers/${paper.symbol.replaceAll('/', '-')}`, 'fr');
    expect(html).toContain('Réponses de la justice pénale');
    expect(html).not.toContain(`>${catalog.themes[0]?.name ?? '?'}<`);
    expect(html).toContain(
      `<p class="subject"><span lang="zh">${paper.subject}</span> <span class="content-note">(texte chinois)</span></p>`,
    );
  });

  it('gives instruments their official title and provisions their article title in French', async () => {
    const html = await page('/references', 'fr');
    const protocol = INSTRUMENTS.find((info) => info.id === 'protocol');
    expect(html).toContain(`<p class="instrument-title">${protocol?.titles.fr ?? '?'}</p>`);
    const provisions = [...html.matchAll(/<p class="provision">([\s\S]*?)<\/p>/g)].map((m) => m[1] ?? '');
    expect(provisions.length).toBeGreaterThan(0);
    expect(provisions).toContain(
      'Protocole relatif au trafic illicite de migrants, art. 16 (Mesures de protection et d’assistance)',
    );
    expect(provisions).toContain(
      'Convention contre la criminalité organisée, art. 8 (Incrimination de la corruption)',
    );
    expect(html).not.toContain('Smuggling of Migrants Protocol');
    expect(html).not.toContain('Organized Crime Convention');
    expect(html).not.toContain('<span lang="en"');
  });

  it('gives mechanisms their names, regions and “belongs to” lines in French', async () => {
    const html = await page('/mechanisms', 'fr');
    expect(html).toContain('Office des Nations Unies contre la drogue et le crime');
    expect(html).toContain('Afrique de l’Ouest');
    expect(html).not.toContain('>West Africa<');
    expect(html).not.toContain('European Union Agency for Law Enforcement Cooperation');
    expect(html).not.toContain('<span lang="en"');
    // EMSC belongs to Europol, named in French (an own rendering is marked).
    expect(html).toMatch(
      /Relève de[^]*?Agence de l’Union européenne pour la coopération des services répressifs/,
    );
  });

  it('shows every concept’s own label in French on the topics index, an own rendering marked', async () => {
    const html = await page('/topics', 'fr');
    expect(html).toContain(`Entretiens<sup class="own-rendering"`);
    expect(html).toContain('Blanchiment d’argent</a>');
    expect(html).not.toMatch(/<a href="\/topics\/[^"]+"><span lang="(?:zh|en)"/);
  });
});
