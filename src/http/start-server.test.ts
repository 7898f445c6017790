import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { publishedOf } from '../../test/support/published.js';
import { SomkbError } from '../errors/index.js';
import type { ApiLogEntry } from './index.js';
import { DEFAULT_SERVER_LIMITS, createApp, serverLimitsFromEnv, startServer } from './index.js';
import type { RunningServer, ServerLimits } from './index.js';

const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.server.closeAllConnections();
    await server.close();
  }
});

/** Serves a portal over the sample catalog on a free port of 127.0.0.1, with `limits`. */
async function serveSample(limits: ServerLimits = DEFAULT_SERVER_LIMITS) {
  const entries: ApiLogEntry[] = [];
  const reported: unknown[] = [];
  const logged: ((entry: ApiLogEntry) => void)[] = [];
  const app = createApp({
    loadPublished: () => Promise.resolve(publishedOf(makeSampleCatalog())),
    search: () => Promise.reject(new SomkbError('CATALOG_EMPTY', 'no search in this test')),
    version: '9.9.9',
    logRequest: (entry) => {
      entries.push(entry);
      for (const listener of logged.splice(0)) listener(entry);
    },
    reportError: (error) => reported.push(error),
  });
  const server = await startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1', limits });
  running.push(server);
  const nextEntry = () => new Promise<ApiLogEntry>((resolve) => logged.push(resolve));
  return { server, entries, reported, nextEntry };
}

/** Opens a connection to `port`, collecting what the server sends until it closes the connection. */
function open(port: number): { socket: Socket; received: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  const received = new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      resolve(text);
    });
  });
  return { socket, received };
}

const connected = (socket: Socket) =>
  new Promise<void>((resolve) =>
    socket.once('connect', () => {
      resolve();
    }),
  );

describe('startServer', () => {
  it('sets the limits on the Node server', async () => {
    const limits: ServerLimits = {
      headersTimeoutMs: 1234,
      requestTimeoutMs: 5678,
      keepAliveTimeoutMs: 910,
      maxConnections: 11,
    };
    const { server } = await serveSample(limits);
    expect(server.server.headersTimeout).toBe(1234);
    expect(server.server.requestTimeout).toBe(5678);
    expect(server.server.keepAliveTimeout).toBe(910);
    expect(server.server.maxConnections).toBe(11);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('cuts off a client that sends its headers too slowly, with 408', async () => {
    const { server } = await serveSample({
      ...DEFAULT_SERVER_LIMITS,
      headersTimeoutMs: 200,
      requestTimeoutMs: 400,
    });
    const { socket, received } = open(server.port);
    await connected(socket);
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    // The headers never end: Node's own 60 s would hold the connection past the test's timeout.
    expect(await received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection over the cap at once, and serves the ones under it', async () => {
    const { server } = await serveSample({ ...DEFAULT_SERVER_LIMITS, maxConnections: 1 });
    const first = open(server.port);
    await connected(first.socket);
    first.socket.write('GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const second = open(server.port);
    await connected(second.socket);
    second.socket.write('GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(await second.received).toBe('');
    first.socket.end();
    expect(await first.received).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('logs a client that hangs up in the middle of a body as a client error, not a server error', async () => {
    const { server, reported, nextEntry } = await serveSample();
    const { socket, received } = open(server.port);
    await connected(socket);
    const entry = nextEntry();
    socket.write(
      'POST /api/v1/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"q":"haw',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await received;
    expect((await entry).status).toBe(400);
    expect(reported).toEqual([]);
  });
});

describe('serverLimitsFromEnv', () => {
  it('gives the defaults when nothing is set, and reads each variable', () => {
    expect(serverLimitsFromEnv({})).toEqual(DEFAULT_SERVER_LIMITS);
    expect(
      serverLimitsFromEnv({
        SOMKB_HEADERS_TIMEOUT_MS: '2000',
        SOMKB_REQUEST_TIMEOUT_MS: '4000',
        SOMKB_KEEP_ALIVE_TIMEOUT_MS: '1000',
        SOMKB_MAX_CONNECTIONS: '64',
      }),
    ).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 1000,
      maxConnections: 64,
    });
  });

  it('refuses a value that is not a whole number from 1, or headers allowed longer than the request', () => {
    for (const value of ['abc', '0', '-5', '1.5']) {
      expect(() => serverLimitsFromEnv({ SOMKB_MAX_CONNECTIONS: value })).toThrow(/SOMKB_MAX_CONNECTIONS/);
    }
    expect(() =>
      serverLimitsFromEnv({ SOMKB_HEADERS_TIMEOUT_MS: '9000', SOMKB_REQUEST_TIMEOUT_MS: '3000' }),
    ).toThrow(/SOMKB_HEADERS_TIMEOUT_MS \(9000\) must not be over SOMKB_REQUEST_TIMEOUT_MS/);
  });
});
