import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from '@hono/zod-openapi';
import { makeEditedSampleCatalog, publishTwoSampleVersions } from '../../test/support/published.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { createHistoryService } from '../services/index.js';
import type { CatalogStore } from '../store/index.js';
import { openSqliteCatalogStore } from '../store/index.js';
import { API_ROUTE_DEFINITIONS, createApi } from './create-api.js';

let store: CatalogStore;
let app: Hono;
let empty: Hono;
let emptyStore: CatalogStore;

function mount(history: ReturnType<typeof createHistoryService> | undefined, over?: CatalogStore): Hono {
  const api = createApi({
    loadPublished: () => over?.current('thematic-summary-2021', 'zh') ?? Promise.resolve(undefined),
    search: () => Promise.reject(new Error('not searched here')),
    version: '9.9.9',
    ...(history === undefined ? {} : { history }),
  });
  const root = new Hono();
  root.route('/api/v1', api);
  return root;
}

beforeAll(async () => {
  store = await openSqliteCatalogStore(':memory:');
  await publishTwoSampleVersions(store);
  app = mount(createHistoryService(store), store);
  emptyStore = await openSqliteCatalogStore(':memory:');
  empty = mount(createHistoryService(emptyStore));
});

afterAll(async () => {
  await store.close();
  await emptyStore.close();
});

const get = async (root: Hono, path: string): Promise<{ status: number; body: unknown }> => {
  const response = await root.request(path);
  return { status: response.status, body: await response.json() };
};

/** Asserts that `body` is what the 200 schema of route `name` says. */
function expectSchema(name: 'versions' | 'version' | 'diff', body: unknown): void {
  const content = API_ROUTE_DEFINITIONS[name].responses[200].content as Record<string, { schema: z.ZodType }>;
  const parsed = content['application/json']?.schema.safeParse(body);
  expect(parsed?.error?.issues ?? []).toEqual([]);
}

describe('the history API', () => {
  it('GET /versions lists the versions, oldest first, with provenance and counts', async () => {
    const { status, body } = await get(app, '/api/v1/versions');
    expect(status).toBe(200);
    expectSchema('versions', body);
    const history = body as {
      document: string;
      versions: { version: number; by: string; source: { file: string } }[];
    };
    expect(history.document).toBe('thematic-summary-2021');
    expect(history.versions.map((version) => [version.version, version.by, version.source.file])).toEqual([
      [1, 'cli:alice', 'summary.txt'],
      [2, 'cli:bob', 'edited.txt'],
    ]);
  });

  it('GET /versions/{n} gives the record, its counts and a link to its catalog', async () => {
    const { status, body } = await get(app, '/api/v1/versions/2');
    expect(status).toBe(200);
    expectSchema('version', body);
    expect(body).toMatchObject({
      document: 'thematic-summary-2021',
      version: 2,
      message: 'paragraph 6 reworded',
      counts: { paragraphs: 9, papers: 3, themes: 2 },
      links: { catalog: '/api/v1/catalog?version=2' },
    });
  });

  it("the link of a version leads to that version's catalog", async () => {
    const { body } = await get(app, '/api/v1/versions/1');
    const link = (body as { links: { catalog: string } }).links.catalog;
    const catalog = await get(app, link);
    expect(catalog.status).toBe(200);
    const paragraphs = (catalog.body as { paragraphs: { number: number; text: string }[] }).paragraphs;
    expect(paragraphs.find((paragraph) => paragraph.number === 6)?.text).toBe(
      makeSampleCatalog().paragraphs[5]?.text,
    );
    const current = await get(app, '/api/v1/catalog');
    const now = (current.body as { paragraphs: { number: number; text: string }[] }).paragraphs;
    expect(now.find((paragraph) => paragraph.number === 6)?.text).toBe(
      makeEditedSampleCatalog().paragraphs[5]?.text,
    );
  });

  it('GET /diff gives exactly the change between two versions', async () => {
    const { status, body } = await get(app, '/api/v1/diff?from=1&to=2');
    expect(status).toBe(200);
    expectSchema('diff', body);
    const diff = body as {
      from: number;
      to: number;
      changes: { kind: string; number: number; parts: unknown[] }[];
    };
    expect([diff.from, diff.to]).toEqual([1, 2]);
    expect(diff.changes.map((change) => [change.kind, change.number])).toEqual([['paragraph', 6]]);
    expect(diff.changes[0]?.parts.length).toBeGreaterThan(1);
  });

  it('answers a bad number with 400 and a missing version with 404, in the error shape', async () => {
    for (const path of [
      '/api/v1/versions/abc',
      '/api/v1/versions/0',
      '/api/v1/diff?from=1',
      '/api/v1/diff?from=x&to=2',
    ]) {
      const { status, body } = await get(app, path);
      expect(status, path).toBe(400);
      expect((body as { error: { code: string } }).error.code, path).toBe('USAGE');
    }
    for (const path of [
      '/api/v1/versions/7',
      '/api/v1/diff?from=1&to=7',
      '/api/v1/versions?document=nothing',
    ]) {
      const { status, body } = await get(app, path);
      expect(status, path).toBe(404);
      expect((body as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    const missing = await get(app, '/api/v1/versions/7');
    expect((missing.body as { error: { message: string } }).error.message).toBe(
      'version 7 of thematic-summary-2021 does not exist (versions 1–2)',
    );
  });

  it('says that nothing is published in an empty store, and that a server without history has none', async () => {
    const { status, body } = await get(empty, '/api/v1/versions');
    expect(status).toBe(404);
    expect((body as { error: { code: string } }).error.code).toBe('CATALOG_EMPTY');
    const without = await get(mount(undefined), '/api/v1/versions');
    expect(without.status).toBe(404);
  });

  it("shows an editor's publish with its draft, author and reviewer, in /versions and /versions/{n} and the OpenAPI document", async () => {
    const edited = await openSqliteCatalogStore(':memory:');
    try {
      await edited.publish(
        makeSampleCatalog(),
        { name: 'summary.txt', sha256: 'a'.repeat(64) },
        { by: 'cli:alice' },
      );
      const source = {
        name: 'draft d-7',
        sha256: 'b'.repeat(64),
        draft: 'd-7',
        author: 'editor@example.org',
        reviewer: 'reviewer@example.org',
      };
      await edited.publish(makeEditedSampleCatalog(), source, { by: 'reviewer@example.org' });
      const root = mount(createHistoryService(edited), edited);
      const list = await get(root, '/api/v1/versions');
      expectSchema('versions', list.body);
      const versions = (list.body as { versions: { source: Record<string, unknown> }[] }).versions;
      expect(versions.map((version) => version.source)).toEqual([
        { file: 'summary.txt', sha256: 'a'.repeat(64) },
        {
          file: 'draft d-7',
          sha256: 'b'.repeat(64),
          draft: 'd-7',
          author: 'editor@example.org',
          reviewer: 'reviewer@example.org',
        },
      ]);
      const one = await get(root, '/api/v1/versions/2');
      expectSchema('version', one.body);
      expect((one.body as { source: unknown }).source).toEqual(versions[1]?.source);

      const document = (await (await root.request('/api/v1/openapi.json')).json()) as {
        components: { schemas: Record<string, { properties?: Record<string, { properties?: object }> }> };
      };
      expect(
        Object.keys(document.components.schemas['Version']?.properties?.['source']?.properties ?? {}),
      ).toEqual(['file', 'sha256', 'rollbackOf', 'draft', 'author', 'reviewer']);
    } finally {
      await edited.close();
    }
  });

  it('lists the three routes in the OpenAPI document under the tag history, with a summary', async () => {
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { summary?: string; tags?: string[] }>>;
      tags: { name: string }[];
    };
    for (const path of ['/versions', '/versions/{n}', '/diff']) {
      const operation = document.paths[path]?.['get'];
      expect(operation?.tags, path).toEqual(['history']);
      expect(operation?.summary, path).toMatch(/\w/);
    }
    expect(document.tags.map((tag) => tag.name)).toContain('history');
  });
});
