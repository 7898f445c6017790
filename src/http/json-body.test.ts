import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { entityTag, sendJson, toJsonBody, utf8Bytes } from './json-body.js';

describe('utf8Bytes', () => {
  it('are the UTF-8 of the text, whatever its characters, and tag as the text does', () => {
    for (const text of ['', 'abc', '偷运移民 <p>&amp;</p>', 'مهربين é 😀 \u{10FFFF}', 'x'.repeat(70_000)]) {
      const bytes = utf8Bytes(text);
      expect(Buffer.compare(bytes, Buffer.from(text, 'utf8')), text.slice(0, 20)).toBe(0);
      expect(entityTag(bytes)).toBe(entityTag(text));
    }
  });
});

describe('entityTag', () => {
  it('is the quoted SHA-1 of the UTF-8 body, in hex', () => {
    expect(entityTag('abc')).toBe('"a9993e364706816aba3e25717850c26c9cd0d89d"');
    expect(entityTag('偷运移民')).toBe(entityTag(new TextEncoder().encode('偷运移民')));
    expect(entityTag('偷运移民')).not.toBe(entityTag('偷运移民。'));
  });
});

describe('JSON bodies', () => {
  it('are answered as JSON with their entity tag', async () => {
    const body = toJsonBody({ symbol: 'CTOC/COP/WG.7/2015/4', paragraphs: [20, 21] });
    expect(body.etag).toBe(entityTag(body.text));
    const app = new Hono().get('/', (c) => sendJson(c, body));
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('etag')).toBe(body.etag);
    expect(await response.json()).toEqual({ symbol: 'CTOC/COP/WG.7/2015/4', paragraphs: [20, 21] });
  });
});
