import type { MiddlewareHandler } from 'hono';
import { SomkbError } from '../../errors/index.js';
import { errorBody } from '../error-response.js';

/** A JSON media type: `application/json` or `application/<something>+json`, with any parameters. */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The three bytes of a UTF-8 byte order mark (U+FEFF). */
const BOM = [0xef, 0xbb, 0xbf] as const;

/** Thrown when the body grows over the limit; answered with 413 by {@link readJsonBody}. */
class BodyTooLarge extends Error {}

/**
 * The body's bytes, read up to `limit` (a declared `Content-Length` over it is refused unread).
 * A client that hangs up mid-body makes the stream fail: that is INPUT_MALFORMED, not a server error.
 */
async function readBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw new BodyTooLarge();
  if (request.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const chunk = await reader.read().catch((error: unknown) => {
      throw new SomkbError(
        'INPUT_MALFORMED',
        'the request body ended before it was complete (the connection was closed while it was sent)',
        { where: 'body', cause: error },
      );
    });
    if (chunk.done) break;
    size += chunk.value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * The JSON value of a request body, or a SomkbError naming what is wrong with it: no or another
 * media type (UNSUPPORTED_MEDIA_TYPE, 415), a byte order mark, bytes that are not UTF-8 or text that
 * is not JSON (INPUT_MALFORMED / INPUT_ENCODING, 400).
 */
async function parseJsonBody(request: Request, limit: number): Promise<unknown> {
  const contentType = request.headers.get('content-type');
  const mediaType = contentType?.split(';')[0]?.trim() ?? '';
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    throw new SomkbError(
      'UNSUPPORTED_MEDIA_TYPE',
      contentType === null
        ? 'the request body has no Content-Type; send it as application/json'
        : `the request body is ${mediaType === '' ? 'of no media type' : `'${mediaType}'`}; send it as application/json`,
      { where: 'Content-Type' },
    );
  }
  const bytes = await readBytes(request, limit);
  if (BOM.every((byte, index) => bytes[index] === byte)) {
    throw new SomkbError(
      'INPUT_MALFORMED',
      'the request body begins with a byte order mark (U+FEFF); send the JSON without it',
      { where: 'body' },
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new SomkbError('INPUT_ENCODING', 'the request body is not UTF-8 text', {
      where: 'body',
      cause: error,
    });
  }
  if (text.trim() === '') {
    throw new SomkbError('INPUT_MALFORMED', 'the request body is empty; send a JSON object', {
      where: 'body',
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SomkbError(
      'INPUT_MALFORMED',
      `the request body is not valid JSON: ${(error as Error).message}`,
      {
        where: 'body',
        cause: error,
      },
    );
  }
}

/**
 * Reads a request's JSON body once, before its route validates it: bodies over `limit` bytes get
 * 413 INPUT_TOO_LARGE, and every body the API cannot use a 4xx SomkbError (see
 * {@link parseJsonBody}) instead of the 500 that reading it in the route would give. The value is
 * handed to the route's validator through Hono's body cache.
 */
export function readJsonBody(limit: number): MiddlewareHandler {
  return async (c, next) => {
    let value: unknown;
    try {
      value = await parseJsonBody(c.req.raw, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      return c.json(errorBody('INPUT_TOO_LARGE', `the request body is over ${limit} bytes`, { limit }), 413);
    }
    c.req.bodyCache.json = Promise.resolve(value);
    await next();
    return undefined;
  };
}
