import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache.js';
import type { CachedPage } from './page-cache.js';

function page(body: string): CachedPage {
  return { body, status: 200, etag: `"${body.length}"` };
}

describe('PageCache', () => {
  it('keeps pages per generation of data', () => {
    const cache = new PageCache(10_000);
    const first = {};
    const second = {};
    cache.set(first, 'zh /', page('one'));
    expect(cache.get(first, 'zh /')?.body).toBe('one');
    expect(cache.get(first, 'en /')).toBeUndefined();
    expect(cache.get(second, 'zh /')).toBeUndefined();
  });

  it('forgets the previous generation when new data comes', () => {
    const cache = new PageCache(10_000);
    const first = {};
    cache.set(first, 'zh /', page('one'));
    cache.set({}, 'zh /', page('two'));
    expect(cache.get(first, 'zh /')).toBeUndefined();
  });

  it('drops the least recently used pages beyond its size', () => {
    const body = 'x'.repeat(1000);
    const cache = new PageCache(3 * (2 * body.length + 64));
    const data = {};
    cache.set(data, 'a', page(body));
    cache.set(data, 'b', page(body));
    cache.set(data, 'c', page(body));
    expect(cache.get(data, 'a')).toBeDefined();
    cache.set(data, 'd', page(body));
    expect(cache.get(data, 'b')).toBeUndefined();
    expect(cache.get(data, 'a')).toBeDefined();
    expect(cache.get(data, 'c')).toBeDefined();
    expect(cache.get(data, 'd')).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(3 * (2 * body.length + 64));
  });

  it('keeps nothing with size 0, and no page larger than its size', () => {
    const off = new PageCache(0);
    const data = {};
    off.set(data, 'a', page('one'));
    expect(off.get(data, 'a')).toBeUndefined();
    const small = new PageCache(100);
    small.set(data, 'big', page('y'.repeat(200)));
    expect(small.get(data, 'big')).toBeUndefined();
  });
});
