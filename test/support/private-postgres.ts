/**
 * A private PostgreSQL 15 cluster for the tests and benchmarks: `initdb` in a temporary folder, the
 * server on a free loopback port with its unix socket in that folder, removed when stopped. Debian's
 * `postgresql-15` (installed by `scripts/ensure-test-tools.sh`) provides the programs. initdb refuses
 * to run as root, so as root the programs run as the `postgres` user (`runuser`), which owns the
 * folder; as any other user they run as that user.
 *
 * The superuser is `postgres` with a random password over TCP (scram-sha-256), so that a wrong
 * password is refused as on a real server.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where Debian's postgresql-15 puts its programs. */
export const POSTGRES_BIN = process.env['SOMKB_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/** A running private cluster. */
export interface PrivateCluster {
  /** `postgres://postgres:<password>@127.0.0.1:<port>/postgres`: the superuser's URL. */
  readonly url: string;
  readonly port: number;
  /** The temporary folder (data in `data/`, the unix socket, the server's log). */
  readonly folder: string;
  /** Stops the server (`pg_ctl stop -m fast`), keeping its data: {@link PrivateCluster.start} again. */
  stop(): Promise<void>;
  /** Starts the stopped server again on the same port. */
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  remove(): Promise<void>;
}

/** Runs a PostgreSQL program as the user that owns the cluster's folder. */
async function asOwner(program: string, args: readonly string[]): Promise<void> {
  const path = join(POSTGRES_BIN, program);
  const [command, commandArgs] =
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, [...args]];
  try {
    await run(command, commandArgs, { timeout: 120_000 });
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`${program} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`, {
      cause: error,
    });
  }
}

/** A TCP port free on 127.0.0.1 now (the system's choice). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** The uid and gid of the `postgres` user, read from `id`. */
async function postgresOwner(): Promise<{ uid: number; gid: number }> {
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

/** Options of {@link startPrivateCluster}. */
export interface PrivateClusterOptions {
  /**
   * Whether the server flushes its writes to disk (default `false`: the tests' data is thrown
   * away, and fsync only slows them down; a benchmark that compares with SQLite turns it on).
   */
  readonly fsync?: boolean;
}

/**
 * Creates and starts a private cluster. Fails, naming what to install, when PostgreSQL 15 is not
 * on the machine.
 */
export async function startPrivateCluster(options: PrivateClusterOptions = {}): Promise<PrivateCluster> {
  if (!existsSync(join(POSTGRES_BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL 15 is not installed (no ${join(POSTGRES_BIN, 'initdb')}): run scripts/ensure-test-tools.sh, ` +
        'or set SOMKB_TEST_PG_URL to a server of yours',
    );
  }
  const folder = mkdtempSync(join(tmpdir(), 'somkb-pg-'));
  const data = join(folder, 'data');
  const password = randomBytes(12).toString('hex');
  const passwordFile = join(folder, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const { uid, gid } = await postgresOwner();
    chownSync(folder, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  chmodSync(folder, 0o700);
  const port = await freePort();
  await asOwner('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    `--pwfile=${passwordFile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  rmSync(passwordFile, { force: true });
  const serverOptions = [
    `-p ${port}`,
    `-k ${folder}`,
    '-c listen_addresses=127.0.0.1',
    `-c fsync=${options.fsync === true ? 'on' : 'off'}`,
    '-c max_connections=200',
    '-c shared_buffers=64MB',
  ].join(' ');
  const start = (): Promise<void> =>
    asOwner('pg_ctl', [
      '-D',
      data,
      '-l',
      join(folder, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      serverOptions,
      'start',
    ]);
  const stop = (): Promise<void> => asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  try {
    await start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  let removed = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    folder,
    stop,
    start,
    async remove() {
      if (removed) return;
      removed = true;
      try {
        if (existsSync(join(data, 'postmaster.pid'))) await stop();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** The URL of database `name` on the server of `serverUrl` (same user, password, host and port). */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Creates a new, empty database named `somkb_<label>_<random>` on the server of `serverUrl` and
 * returns its URL; {@link dropDatabase} removes it.
 */
export async function createDatabase(serverUrl: string, label: string): Promise<string> {
  const name = `somkb_${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}

/** Drops the database of `url` (made by {@link createDatabase}), closing its connections first. */
export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
