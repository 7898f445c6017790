import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createBundledApp, startBundledServices } from '../../test/support/bundled-app.js';

let app: Hono;

beforeAll(async () => {
  app = createBundledApp(await startBundledServices());
});

const QUERY = encodeURIComponent('合作');

/** The papers (by their link) each grouped page of the portal shows, and its summary. */
async function portalPage(page: number) {
  const text = await (await app.request(`/search?q=${QUERY}&group=1&page=${page}&lang=en`)).text();
  const papers = [...text.matchAll(/<section class="hit-group"><h3>(?:<a href="([^"]+)">)?/g)].map(
    (match) => match[1] ?? 'introduction',
  );
  const summary = /<h2 id="results-heading"[^>]*>([^<]*)<\/h2>/.exec(text)?.[1] ?? '';
  return { papers, summary, text };
}

describe('search grouped by paper, through the portal and the API', () => {
  it('shows each paper once across the portal’s pages, ten papers a page', async () => {
    const first = await portalPage(1);
    const second = await portalPage(2);
    expect(first.papers.length).toBe(10);
    expect(second.papers.length).toBeGreaterThan(0);
    expect(new Set([...first.papers, ...second.papers]).size).toBe(
      first.papers.length + second.papers.length,
    );
    expect(first.summary).toMatch(/^Papers 1–10 of \d+ \(\d+ results\)$/);
    expect(first.text).toContain(`href="/search?q=${QUERY}&amp;group=1&amp;page=2"`);
  });

  it('pages through papers in the API with group=paper: limit and offset count papers', async () => {
    const page = async (offset: number) =>
      (await (
        await app.request(`/api/v1/search?q=${QUERY}&group=paper&limit=4&offset=${offset}`)
      ).json()) as {
        groups: { paper: string | null; hits: unknown[]; total: number }[];
        groupCount: number;
        total: number;
        related: number;
      };
    const first = await page(0);
    const papers: (string | null)[] = [];
    let listed = 0;
    for (let offset = 0; offset < first.groupCount; offset += 4) {
      const { groups } = await page(offset);
      listed += groups.reduce((sum, group) => sum + group.total, 0);
      for (const group of groups) {
        expect(group.hits.length).toBeLessThanOrEqual(3);
        expect(group.total).toBeGreaterThanOrEqual(group.hits.length);
      }
      papers.push(...groups.map((group) => group.paper));
    }
    expect(papers.length).toBe(first.groupCount);
    expect(new Set(papers).size).toBe(papers.length);
    // Every result, and every paragraph listed after them, is in one paper's count.
    expect(listed).toBe(first.total + first.related);
  });
});
