import { Option } from 'commander';
import type { CliDeps } from './cli-deps.js';
import { parsePort } from './cli-options.js';

/** The options of `somkb serve` and `somkb start`. */
export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly db: string;
}

/** `--port <port>`: 8080, or `$PORT` when set. */
export function portOption(deps: CliDeps): Option {
  return new Option('--port <port>', 'port to listen on')
    .default(
      deps.env['PORT'] === undefined ? 8080 : parsePort(deps.env['PORT']),
      deps.env['PORT'] ?? '8080 or $PORT',
    )
    .argParser(parsePort);
}

/** `--host <host>`: every address (`0.0.0.0`), or `$HOST` when set. */
export function hostOption(deps: CliDeps): Option {
  return new Option('--host <host>', 'address to listen on').default(deps.env['HOST'] ?? '0.0.0.0');
}

/**
 * Serves the portal and API over the store at `options.db`, opened read-only, until the process gets SIGINT or
 * SIGTERM, then closes the server and the store.
 */
export async function serveUntilStopped(deps: CliDeps, options: ServerOptions): Promise<void> {
  const opened = await deps.openCatalog(options.db, 'serve');
  const server = await deps.serve({
    port: options.port,
    host: options.host,
    service: opened.service,
    history: opened.history,
    db: options.db,
  });
  deps.stderr(`somkb ${deps.version} serving on ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await opened.close();
}
