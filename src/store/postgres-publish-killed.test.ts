import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../../test/support/postgres-test-database.js';
import { sampleCatalog } from './catalog-store.contract.js';
import { openPostgresCatalogStore } from './postgres-catalog-store.js';
import { PUBLISH_FOREVER_DOCUMENT, lastParagraphText } from './testing/publish-forever.js';

/** Paragraphs per catalog the child publishes: big enough that its transaction lasts a while. */
const CHILD_PARAGRAPHS = 200_000;
const SCRIPT = fileURLToPath(new URL('./testing/publish-forever.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The child connects under this application name, so that its transaction can be seen from outside. */
const APPLICATION = 'somkb_publish_forever';
const catalogA = sampleCatalog({ documentId: PUBLISH_FOREVER_DOCUMENT, paragraphs: 5, variant: 'A' });

const made: string[] = [];
const children = new Set<ChildProcess>();

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const url of made) await dropTestDatabase(url);
});

interface Publisher {
  /** Resolves once the child printed `line`; rejects if it exits first. */
  waitFor(line: string): Promise<void>;
  printed(line: string): boolean;
  /** SIGKILL, and resolves once the child is gone. */
  kill(): Promise<void>;
}

function startPublisher(url: string): Publisher {
  const target = new URL(url);
  target.searchParams.set('application_name', APPLICATION);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', SCRIPT, target.toString(), String(CHILD_PARAGRAPHS)],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  const lines = new Set<string>();
  let stderr = '';
  let pending = '';
  let closed = false;
  const gone = new Promise<void>((resolve) => {
    child.once('close', () => {
      closed = true;
      children.delete(child);
      resolve();
    });
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) lines.add(line);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return {
    async waitFor(line) {
      while (!lines.has(line)) {
        if (closed) throw new Error(`publish-forever exited before printing "${line}":\n${stderr}`);
        await sleep(2);
      }
    },
    printed: (line) => lines.has(line),
    async kill() {
      if (!closed) child.kill('SIGKILL');
      await gone;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A connection that watches the child from outside, through `pg_stat_activity`. */
async function watcher(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** True while a connection of the child has a transaction open. */
async function childInTransaction(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL
       AND datname = current_database()`,
    [APPLICATION],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Waits until the server has ended every connection of the killed child. */
async function childGone(client: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
      [APPLICATION],
    );
    if (rows[0]?.n === 0) return;
    await sleep(20);
  }
}

/** Waits until the child is inside the transaction of its publish; fails if the publish ends first. */
async function untilInTransaction(client: pg.Client, publisher: Publisher, line: string): Promise<void> {
  while (!(await childInTransaction(client))) {
    if (publisher.printed(line)) throw new Error(`the child's publish ended before its transaction was seen`);
  }
}

async function databaseWithA(): Promise<string> {
  const url = await createTestDatabase('killed');
  made.push(url);
  const store = await openPostgresCatalogStore(url);
  try {
    const { published } = await store.publish(catalogA, { name: 'a.txt', sha256: 'a'.repeat(64) });
    expect(published.version).toBe(1);
  } finally {
    await store.close();
  }
  return url;
}

/** The versions stored, and the document's last number, as the database holds them. */
async function stored(client: pg.Client): Promise<{ versions: number[]; last: number | undefined }> {
  const versions = await client.query<{ version: number }>(
    'SELECT version FROM catalog_versions WHERE document_id = $1 ORDER BY version',
    [PUBLISH_FOREVER_DOCUMENT],
  );
  const last = await client.query<{ last_version: number }>(
    'SELECT last_version FROM documents WHERE document_id = $1',
    [PUBLISH_FOREVER_DOCUMENT],
  );
  return { versions: versions.rows.map((row) => row.version), last: last.rows[0]?.last_version };
}

describe('PostgreSQL catalog store: publish killed with SIGKILL', () => {
  it('killed while it prepares or inside its transaction, A stays current and nothing of the publish remains', async () => {
    for (const moment of ['preparing', 'in transaction'] as const) {
      const url = await databaseWithA();
      const client = await watcher(url);
      try {
        const publisher = startPublisher(url);
        try {
          await publisher.waitFor('publishing 1');
          if (moment === 'in transaction') await untilInTransaction(client, publisher, 'published 1');
        } finally {
          await publisher.kill();
        }
        expect(publisher.printed('published 1'), `${moment}: the kill must land mid-publish`).toBe(false);
        await childGone(client);
        expect(await stored(client), moment).toEqual({ versions: [1], last: 1 });

        const store = await openPostgresCatalogStore(url);
        try {
          const current = await store.current(PUBLISH_FOREVER_DOCUMENT, 'zh');
          expect(current?.version).toBe(1);
          expect(current?.catalog).toEqual(catalogA);
          const next = await store.publish(
            sampleCatalog({ documentId: PUBLISH_FOREVER_DOCUMENT, variant: 'B' }),
            {
              name: 'b.txt',
              sha256: 'b'.repeat(64),
            },
          );
          expect(next.published.version, 'no number lost, no lock left').toBe(2);
        } finally {
          await store.close();
        }
      } finally {
        await client.end();
      }
    }
  }, 180_000);

  it('killed while replacing a complete large catalog, that catalog stays current, whole', async () => {
    const url = await databaseWithA();
    const client = await watcher(url);
    try {
      const publisher = startPublisher(url);
      try {
        await publisher.waitFor('published 1');
        await publisher.waitFor('publishing 2');
        await untilInTransaction(client, publisher, 'published 2');
      } finally {
        await publisher.kill();
      }
      expect(publisher.printed('published 2')).toBe(false);
      await childGone(client);
      expect(await stored(client)).toEqual({ versions: [1, 2], last: 2 });
      const store = await openPostgresCatalogStore(url);
      try {
        const current = await store.current(PUBLISH_FOREVER_DOCUMENT, 'zh');
        expect(current?.version).toBe(2);
        expect(current?.catalog.document.header.title).toBe('第1版');
        expect(current?.catalog.paragraphs).toHaveLength(CHILD_PARAGRAPHS);
        expect(current?.catalog.paragraphs.at(-1)?.text).toBe(lastParagraphText(1, CHILD_PARAGRAPHS));
        expect(current?.source.name).toBe('forever-1.txt');
      } finally {
        await store.close();
      }
    } finally {
      await client.end();
    }
  }, 180_000);
});
