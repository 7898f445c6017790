import { createHash } from 'node:crypto';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/**
 * The strong entity tag of a body: its SHA-1 in hex, quoted (what `hono/etag` computes). Computed
 * here, synchronously, so that a response that carries it is never cloned and read again to hash it
 * — which cost the API more than answering.
 */
export function entityTag(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('hex')}"`;
}

/**
 * `text` as UTF-8 bytes, written once into a buffer of the most bytes it can take (three per UTF-16
 * unit) without measuring it first: a page that is hashed for its ETag and then sent is encoded
 * once, where hashing the text, measuring it for `Content-Length` and writing it to the socket
 * each encoded it again. The buffer lives only while the response is written.
 */
export function utf8Bytes(text: string): Buffer<ArrayBuffer> {
  const bytes = Buffer.allocUnsafeSlow(text.length * 3);
  return bytes.subarray(0, bytes.write(text, 'utf8'));
}

declare const valueType: unique symbol;

/**
 * A JSON response body serialized once, with its entity tag, kept to answer the same read again
 * without serializing or hashing. `T` is the type of the value it was made from, so that a route
 * answering it is checked against its schema as `c.json(value)` would be.
 */
export interface JsonBody<T> {
  readonly text: string;
  readonly etag: string;
  readonly [valueType]?: T;
}

/** Serializes `value` as JSON and tags it. */
export function toJsonBody<T>(value: T): JsonBody<T> {
  const text = JSON.stringify(value);
  return { text, etag: entityTag(text) };
}

/** Answers `body` with status 200, `application/json` and its ETag. */
export function sendJson<T>(
  c: Context,
  body: JsonBody<T>,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  return c.body(body.text, 200, {
    'Content-Type': 'application/json',
    ETag: body.etag,
  }) as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
