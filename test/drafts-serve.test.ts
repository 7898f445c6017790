import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_PATH } from './support/corpus.js';
import { eventually } from './support/eventually.js';
import { runCli, serveCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-drafts-serve-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Adds a user of `role` and gives them an API token (the command line's way). */
async function tokenOf(db: string, email: string, role: string): Promise<string> {
  const added = await runCli(
    ['users', 'add', email, '--role', role, '--password-stdin', '--db', db],
    {},
    'correct horse battery staple 42\n',
  );
  expect(added.code, added.stderr).toBe(0);
  const token = await runCli(['tokens', 'create', email, '--name', 'test', '--db', db]);
  expect(token.code, token.stderr).toBe(0);
  return token.stdout.trim();
}

describe('drafts through somkb serve', () => {
  it('an edit published by a reviewer through the API is served at once and found by search once its index is built (the previous one answers meanwhile)', async () => {
    const db = join(work, 'drafts.db');
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db])).code).toBe(0);
    const editor = await tokenOf(db, 'editor@example.org', 'editor');
    const reviewer = await tokenOf(db, 'reviewer@example.org', 'reviewer');
    const server = await serveCli(db);
    try {
      const call = async (token: string, method: string, path: string, body?: unknown) => {
        const response = await fetch(`${server.url}/api/v1${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return { status: response.status, json: (await response.json()) as Record<string, unknown> };
      };
      const search = async () =>
        (
          (await (await fetch(`${server.url}/api/v1/search?q=${encodeURIComponent('无人机')}`)).json()) as {
            hits: { paragraph: number }[];
          }
        ).hits.map((hit) => hit.paragraph);
      expect(await search()).toEqual([]);

      const opened = await call(editor, 'POST', '/drafts', { title: 'drones at sea' });
      expect(opened.status, JSON.stringify(opened.json)).toBe(201);
      const id = String(opened.json['id']);
      const paragraph = (await (
        await fetch(`${server.url}/api/v1/documents/thematic-summary-2021/paragraphs/20`)
      ).json()) as {
        text: string;
      };
      const text = `${paragraph.text}各国还使用无人机监视海上边境。`;
      const changed = await call(
        editor,
        'PUT',
        `/drafts/${id}/documents/thematic-summary-2021/paragraphs/20`,
        { text },
      );
      expect(changed.status, JSON.stringify(changed.json)).toBe(200);
      expect((await call(editor, 'POST', `/drafts/${id}/submit`, {})).status).toBe(200);
      expect((await call(editor, 'POST', `/drafts/${id}/approve`, {})).status).toBe(403);
      expect((await call(reviewer, 'POST', `/drafts/${id}/approve`, {})).status).toBe(200);
      const published = await call(reviewer, 'POST', `/drafts/${id}/publish`, {});
      expect(published.status, JSON.stringify(published.json)).toBe(201);
      expect(published.json['version']).toBe(2);

      await eventually(async () => (await search()).join() === '20');
      const served = (await (
        await fetch(`${server.url}/api/v1/documents/thematic-summary-2021/paragraphs/20`)
      ).json()) as { text: string };
      expect(served.text).toBe(text);
      const versions = (await (await fetch(`${server.url}/api/v1/versions`)).json()) as {
        versions: { version: number; by: string; source: { draft?: string } }[];
      };
      expect(versions.versions.at(-1)).toMatchObject({
        version: 2,
        by: 'reviewer@example.org',
        source: { draft: id, author: 'editor@example.org', reviewer: 'reviewer@example.org' },
      });
    } finally {
      await server.stop();
    }
    const history = await runCli(['history', '--json', '--db', db]);
    expect(history.code, history.stderr).toBe(0);
    expect(JSON.parse(history.stdout)).toMatchObject({
      versions: [{ version: 1 }, { version: 2, by: 'reviewer@example.org' }],
    });
  }, 120_000);

  it('a concept published through the API reaches search, the API and the command line', async () => {
    const db = join(work, 'concept.db');
    expect((await runCli(['ingest', BUNDLED_CORPUS_PATH, '--db', db])).code).toBe(0);
    const editor = await tokenOf(db, 'editor@example.org', 'editor');
    const reviewer = await tokenOf(db, 'reviewer@example.org', 'reviewer');
    const server = await serveCli(db);
    const query = `${server.url}/api/v1/search?q=${encodeURIComponent('chromatic bulletins')}`;
    try {
      const send = (token: string, method: string, path: string, body: unknown) =>
        fetch(`${server.url}/api/v1${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect(((await (await fetch(query)).json()) as { total: number }).total).toBe(0);
      const opened = (await (await send(editor, 'POST', '/drafts', { title: 'a concept' })).json()) as {
        id: string;
      };
      const changed = await send(editor, 'PUT', `/drafts/${opened.id}/concepts/colour-coded-notices`, {
        id: 'colour-coded-notices',
        kind: 'term',
        prefLabel: { zh: '彩色编码通知', en: 'colour-coded notices' },
        hiddenLabel: { en: ['chromatic bulletins'] },
      });
      expect(changed.status, await changed.clone().text()).toBe(200);
      expect((await send(editor, 'POST', `/drafts/${opened.id}/submit`, {})).status).toBe(200);
      expect((await send(reviewer, 'POST', `/drafts/${opened.id}/approve`, {})).status).toBe(200);
      expect((await send(reviewer, 'POST', `/drafts/${opened.id}/publish`, {})).status).toBe(201);
      // The index of the new knowledge builds in a worker thread; the previous one answers meanwhile.
      await eventually(
        async () => ((await (await fetch(query)).json()) as { hits: unknown[] }).hits.length > 0,
      );
    } finally {
      await server.stop();
    }
    const topics = await runCli(['topics', '--json', '--db', db]);
    expect(topics.code, topics.stderr).toBe(0);
    expect(topics.stdout).toContain('colour-coded-notices');
  }, 120_000);
});
