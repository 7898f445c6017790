import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_PATH, readCorpusText, replaceOnce } from './support/corpus.js';
import { runCli, serveCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'somkb-accounts-cli-'));
const db = join(work, 'somkb.db');
const cli = `cli:${userInfo().username}`;
const PASSWORD = 'grey heron over the Rhône 7';

/** `somkb <args> --db <db>`, with `input` on standard input. */
const somkb = (args: readonly string[], input?: string) => runCli([...args, '--db', db], {}, input);

interface AuditJson {
  entries: {
    id: number;
    at: string;
    actor: string;
    ip: string;
    action: string;
    target: string;
    before: string | null;
    after: string | null;
    detail: Record<string, unknown>;
  }[];
}

const auditJson = async (...args: string[]): Promise<AuditJson> => {
  const run = await somkb(['audit', '--json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as AuditJson;
};

beforeAll(async () => {
  const run = await somkb(
    ['users', 'add', 'Ana@UNODC.org', '--role', 'editor', '--password-stdin'],
    `${PASSWORD}\n`,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('somkb users', { timeout: 120_000 }, () => {
  it('add --password-stdin adds a user with that password, and says so', async () => {
    const run = await somkb(
      ['users', 'add', 'ben@unodc.org', '--role', 'reviewer', '--password-stdin'],
      `${PASSWORD}\r\n`,
    );
    expect(run.stdout).toBe('added ben@unodc.org as reviewer\n');
    expect(run.code).toBe(0);
  });

  it('add without a password prints a generated one once, alone on stdout', async () => {
    const run = await somkb(['users', 'add', 'cleo@unodc.org', '--role', 'admin']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[A-Za-z0-9_-]{24}\n$/);
    expect(run.stderr).toBe('added cleo@unodc.org as admin; their password follows, shown this once\n');
  });

  it('refuses a weak password, a taken email and an unknown role, on one line of stderr', async () => {
    const weak = await somkb(
      ['users', 'add', 'dan@unodc.org', '--role', 'editor', '--password-stdin'],
      '!!Dragon2024!!\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toBe(
      'somkb: password: this password is a common password with digits or symbols added; choose another\n',
    );
    const taken = await somkb(
      ['users', 'add', 'ANA@unodc.org', '--role', 'editor', '--password-stdin'],
      PASSWORD,
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/^somkb: a user with the email 'ana@unodc.org' exists already\n$/);
    const role = await somkb(['users', 'add', 'dan@unodc.org', '--role', 'owner']);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('--role is one of editor, reviewer, admin');
    const empty = await somkb(['users', 'add', 'dan@unodc.org', '--role', 'editor', '--password-stdin'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--password-stdin read no password');
  });

  it('role, disable and enable change a user; list shows them, --json too', async () => {
    expect((await somkb(['users', 'role', 'ben@unodc.org', 'admin'])).stdout).toBe(
      'ben@unodc.org is admin\n',
    );
    expect((await somkb(['users', 'disable', 'ben@unodc.org'])).stdout).toMatch(/^disabled ben@unodc\.org/);
    const list = await somkb(['users', 'list']);
    expect(list.stdout).toMatch(/^email +role +status +one-time codes +created \(UTC\)\n/);
    expect(list.stdout).toMatch(/\nben@unodc\.org +admin +disabled +no +\d{4}-\d{2}-\d{2} /);
    expect((await somkb(['users', 'enable', 'ben@unodc.org'])).stdout).toBe('enabled ben@unodc.org\n');
    const json = JSON.parse((await somkb(['users', 'list', '--json'])).stdout) as {
      users: { email: string; role: string; disabled: boolean; totp: boolean }[];
    };
    expect(json.users.map((user) => user.email)).toEqual([
      'ana@unodc.org',
      'ben@unodc.org',
      'cleo@unodc.org',
    ]);
    expect(json.users[1]).toMatchObject({ role: 'admin', disabled: false, totp: false });
    expect(JSON.stringify(json)).not.toMatch(/argon2|passwordHash/);
    const unknown = await somkb(['users', 'disable', 'nobody@unodc.org']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("somkb: no user has the email 'nobody@unodc.org'\n");
  });

  it('has --help for each command', async () => {
    const help = await runCli(['users', '--help']);
    expect(help.code).toBe(0);
    for (const command of ['add', 'list', 'disable', 'enable', 'role'])
      expect(help.stdout).toContain(command);
  });
});

describe('somkb tokens', { timeout: 120_000 }, () => {
  it('create prints the token once on one line; list shows it without the token; revoke revokes it', async () => {
    const created = await somkb(['tokens', 'create', 'ana@unodc.org', '--name', 'nightly import']);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^somkb_[A-Za-z0-9_-]{43}\n$/);
    const token = created.stdout.trim();
    const list = await somkb(['tokens', 'list', '--email', 'ana@unodc.org', '--json']);
    const { tokens } = JSON.parse(list.stdout) as {
      tokens: {
        id: string;
        email: string;
        name: string;
        lastUsedAt: string | null;
        revokedAt: string | null;
      }[];
    };
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({
      email: 'ana@unodc.org',
      name: 'nightly import',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(list.stdout).not.toContain(token.slice(6));
    const id = tokens[0]?.id ?? '';
    expect(created.stderr).toContain(`created token ${id} 'nightly import' for ana@unodc.org`);
    expect((await somkb(['tokens', 'revoke', id])).stdout).toBe(`revoked token ${id}\n`);
    const text = await somkb(['tokens', 'list']);
    expect(text.stdout).toMatch(/^id +email +created \(UTC\) +last used \(UTC\) +revoked \(UTC\) +name\n/);
    expect(text.stdout).toMatch(
      new RegExp(`\\n${id} +ana@unodc\\.org +\\S+ \\S+ +- +\\d{4}-\\d{2}-\\d{2} \\S+ +nightly import\\n`),
    );
    const again = await somkb(['tokens', 'revoke', 'no-such-token']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("somkb: no token has the id 'no-such-token'\n");
  });
});

describe('somkb audit', { timeout: 120_000 }, () => {
  it('lists what the command line did, newest first, by cli:<os user> from cli, with no secret', async () => {
    const { entries } = await auditJson();
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.map((entry) => entry.id)).toEqual(
      [...entries.map((entry) => entry.id)].sort((a, b) => b - a),
    );
    const added = entries.filter((entry) => entry.action === 'user-added').map((entry) => entry.target);
    expect(added).toEqual(
      expect.arrayContaining(['user:ana@unodc.org', 'user:ben@unodc.org', 'user:cleo@unodc.org']),
    );
    expect(entries.every((entry) => entry.actor === cli && entry.ip === 'cli')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    const roles = await auditJson('--action', 'user-role-changed');
    expect(roles.entries.map((entry) => [entry.target, entry.before, entry.after])).toEqual([
      ['user:ben@unodc.org', 'reviewer', 'admin'],
    ]);
  });

  it('filters by user, time and number, and names a bad filter', async () => {
    expect((await auditJson('--user', 'nobody@unodc.org')).entries).toEqual([]);
    expect((await auditJson('--user', cli.toUpperCase(), '--limit', '2')).entries).toHaveLength(2);
    expect((await auditJson('--since', '2999-01-01')).entries).toEqual([]);
    expect((await auditJson('--until', '2000-01-01T00:00:00Z')).entries).toEqual([]);
    const text = await somkb(['audit', '--action', 'user-added', '--limit', '1']);
    expect(text.stdout).toMatch(
      /^at \(UTC\) +actor +ip +action +target +change\n\S+ \S+ +cli:\S+ +cli +user-added +user:\S+ +- → editor|admin|reviewer/,
    );
    const since = await somkb(['audit', '--since', 'yesterday']);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain(
      "--since is a date (2026-12-01) or a time with its zone (2026-12-01T08:00:00Z) (got 'yesterday')",
    );
    const action = await somkb(['audit', '--action', 'delete']);
    expect(action.code).toBe(2);
  });

  it('has the publishes of ingest and rollback, with their versions before and after', async () => {
    expect((await somkb(['ingest', BUNDLED_CORPUS_PATH, '--lang', 'zh'])).code).toBe(0);
    const ingested = await auditJson('--action', 'catalog-ingested');
    expect(ingested.entries).toHaveLength(1);
    expect(ingested.entries[0]).toMatchObject({
      actor: cli,
      ip: 'cli',
      target: 'document:thematic-summary-2021',
      before: null,
      after: '1',
      detail: { language: 'zh', file: 'thematic-summary-2021.txt' },
    });
    // The same text again publishes nothing, and nothing is audited.
    expect((await somkb(['ingest', BUNDLED_CORPUS_PATH, '--lang', 'zh'])).stdout).toMatch(/^unchanged/);
    expect((await auditJson('--action', 'catalog-ingested')).entries).toHaveLength(1);
    const edited = join(work, 'edited.txt');
    writeFileSync(
      edited,
      replaceOnce(readCorpusText(), '文件建议对非法所得进行金融调查', '文件建议对非法所得进行财务调查'),
    );
    expect((await somkb(['ingest', edited, '--lang', 'zh', '--message', 'wording'])).code).toBe(0);
    expect((await auditJson('--action', 'catalog-ingested')).entries[0]).toMatchObject({
      before: '1',
      after: '2',
      detail: { file: 'edited.txt', message: 'wording' },
    });
    expect((await somkb(['rollback', '1', '--message', 'back'])).code).toBe(0);
    const rolledBack = await auditJson('--action', 'catalog-rolled-back');
    expect(
      rolledBack.entries.map((entry) => [entry.actor, entry.target, entry.before, entry.after, entry.detail]),
    ).toEqual([
      [cli, 'document:thematic-summary-2021', '2', '3', { language: 'zh', rollbackOf: 1, message: 'back' }],
    ]);
  }, 120_000);

  it('has the publish of somkb start', async () => {
    const startDb = join(work, 'start.db');
    const served = await serveCli(startDb, 'start');
    await served.stop();
    const run = await runCli(['audit', '--json', '--action', 'catalog-ingested', '--db', startDb]);
    const { entries } = JSON.parse(run.stdout) as AuditJson;
    expect(entries.map((entry) => [entry.actor, entry.after, entry.detail['message']])).toEqual([
      [cli, '1', 'somkb start: the bundled corpus'],
    ]);
  }, 60_000);
});
