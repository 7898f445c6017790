import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { SomkbError } from '../errors/index.js';

/** The limits of the HTTP server, in milliseconds and connections. */
export interface ServerLimits {
  /** The most time a client may take to send a request's headers; then it is answered 408 and cut off. */
  readonly headersTimeoutMs: number;
  /** The most time a client may take to send a whole request (headers and body). */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open for the next request. */
  readonly keepAliveTimeoutMs: number;
  /** The most connections open at once; a connection over it is closed as soon as it is accepted. */
  readonly maxConnections: number;
}

/**
 * The default limits: 10 s to send the headers and 30 s for the whole request (Node's own are 60 s
 * and 300 s, which let slow clients hold connections for minutes), 5 s of keep-alive, and 1,024
 * connections at once (Node has no cap).
 */
export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1024,
};

/** The environment variable of each limit, as `somkb serve` reads them. */
export const SERVER_LIMIT_VARIABLES: Readonly<Record<keyof ServerLimits, string>> = {
  headersTimeoutMs: 'SOMKB_HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'SOMKB_REQUEST_TIMEOUT_MS',
  keepAliveTimeoutMs: 'SOMKB_KEEP_ALIVE_TIMEOUT_MS',
  maxConnections: 'SOMKB_MAX_CONNECTIONS',
};

/**
 * The server limits from the environment ({@link SERVER_LIMIT_VARIABLES}), each a whole number from
 * 1, else its default ({@link DEFAULT_SERVER_LIMITS}). A value that is not one, or a headers timeout
 * longer than the request timeout, is a USAGE error naming the variable.
 */
export function serverLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): ServerLimits {
  const read = (key: keyof ServerLimits): number => {
    const name = SERVER_LIMIT_VARIABLES[key];
    const text = env[name]?.trim();
    if (text === undefined || text === '') return DEFAULT_SERVER_LIMITS[key];
    if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
      throw new SomkbError('USAGE', `${name} must be a whole number from 1, not '${text}'`, { where: name });
    }
    return Number(text);
  };
  const limits: ServerLimits = {
    headersTimeoutMs: read('headersTimeoutMs'),
    requestTimeoutMs: read('requestTimeoutMs'),
    keepAliveTimeoutMs: read('keepAliveTimeoutMs'),
    maxConnections: read('maxConnections'),
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new SomkbError(
      'USAGE',
      `${SERVER_LIMIT_VARIABLES.headersTimeoutMs} (${limits.headersTimeoutMs}) must not be over ${SERVER_LIMIT_VARIABLES.requestTimeoutMs} (${limits.requestTimeoutMs})`,
      { where: SERVER_LIMIT_VARIABLES.headersTimeoutMs },
    );
  }
  return limits;
}

/** A listening server: its URL, the Node server, and how to close it. */
export interface RunningServer {
  /** `http://<host>:<port>/`, with `localhost` for a wildcard host. */
  readonly url: string;
  /** The port it listens on (the one chosen by the system when 0 was asked). */
  readonly port: number;
  readonly server: Server;
  /** Stops accepting connections and resolves when the open ones are closed. */
  readonly close: () => Promise<void>;
}

/** What {@link startServer} serves and where. */
export interface StartServerOptions {
  readonly fetch: (request: Request) => Response | Promise<Response>;
  readonly port: number;
  readonly host: string;
  /** Default {@link DEFAULT_SERVER_LIMITS}. */
  readonly limits?: ServerLimits;
}

/**
 * Serves `fetch` on Node's HTTP server with `limits` set on it. Node checks the headers and request
 * timeouts every `connectionsCheckingInterval`, here half the headers timeout (at most 1 s), so that
 * a slow client is cut off close to the time set. A port in use or not allowed is a USAGE error.
 */
export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const limits = options.limits ?? DEFAULT_SERVER_LIMITS;
  const { host } = options;
  return new Promise((resolveServer, rejectServer) => {
    const server = serve(
      {
        fetch: options.fetch,
        port: options.port,
        hostname: host,
        serverOptions: {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersTimeoutMs / 2))),
        },
      },
      (info: AddressInfo) => {
        const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
        resolveServer({
          url: `http://${shown}:${info.port}/`,
          port: info.port,
          server,
          close: () =>
            new Promise<void>((closed) => {
              server.close(() => {
                closed();
              });
            }),
        });
      },
    ) as Server;
    server.maxConnections = limits.maxConnections;
    server.keepAliveTimeout = limits.keepAliveTimeoutMs;
    server.once('error', (error: NodeJS.ErrnoException) => {
      rejectServer(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new SomkbError(
              'USAGE',
              `cannot listen on ${host}:${options.port} (${error.code}); choose another --port`,
              {
                cause: error,
              },
            )
          : error,
      );
    });
  });
}
