import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project's root directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** somkb as built by the tests' global setup (`build-global-setup.ts`), as `npm run build` builds it. */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** What a finished CLI run printed, and how it exited. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Starts `somkb <args>`, built from the sources by the tests' global setup, as a child process with
 * its own environment; `input`, when given, is written to its standard input (which is otherwise
 * closed).
 */
export function startCli(
  args: readonly string[],
  env: Record<string, string> = {},
  input?: string,
): ChildProcess {
  const child = spawn(process.execPath, [MAIN, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end(input);
  return child;
}

/** Runs `somkb <args>` to its end, with `input` on its standard input when given. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<CliRun> {
  const child = startCli(args, env, input);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A `somkb serve` (or `somkb start`) started by {@link serveCli}: its base URL, what it wrote on stderr so far, and a function that stops it. */
export interface ServedCli {
  readonly url: string;
  readonly stderr: () => string;
  stop(): Promise<void>;
}

/** Ports {@link serveCli} tries before it gives up: another process may hold the first it picks. */
const SERVE_ATTEMPTS = 5;

/**
 * Starts `somkb serve` (or `command`, e.g. `start`) over `db` on a random loopback port and resolves
 * once it says it is serving; on another port when that one is taken (EADDRINUSE: another test's
 * server, or a connection's port), up to {@link SERVE_ATTEMPTS} ports; rejects with what it printed
 * when it stops before that for any other reason.
 */
export async function serveCli(db: string, command: 'serve' | 'start' = 'serve'): Promise<ServedCli> {
  for (let attempt = 1; ; attempt++) {
    const port = randomPort();
    try {
      return await servedBy(
        startCli([command, '--port', String(port), '--host', '127.0.0.1', '--db', db]),
        port,
        command,
      );
    } catch (error) {
      if (attempt >= SERVE_ATTEMPTS || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

/**
 * A loopback port for a server a test starts: 20000–32767, at random, below the range the system
 * gives connections their local ports from (32768 and up on Linux).
 */
export function randomPort(): number {
  return 20000 + Math.floor(Math.random() * 12768);
}

/**
 * Waits for a somkb server started as `child` (any way: from the sources, the built JavaScript) to
 * say it is serving on `port`; rejects with what it printed when it stops before that.
 */
export async function servedBy(child: ChildProcess, port: number, command: string): Promise<ServedCli> {
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise((resolve) => child.once('close', resolve));
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await closed;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on('data', () => {
        if (stderr.includes('serving on')) resolve();
      });
      child.once('close', () => {
        reject(new Error(`${command} stopped: ${stderr}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, stderr: () => stderr, stop };
}
