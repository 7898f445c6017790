import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSearchIndexFolder,
  INDEX_DIR_ENV,
  openSearchIndexStoreFor,
  searchIndexFolderFor,
} from './search-index-store.js';

describe('the folder of stored search indexes', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  function freshFolder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'somkb-index-'));
    folders.push(folder);
    return folder;
  }

  it('reads nothing before a write, then the bytes written under the same key only', async () => {
    const folder = join(freshFolder(), 'made on write');
    const store = createSearchIndexFolder(folder);
    expect(await store.read('key a')).toBeUndefined();
    await store.write('key a', new Uint8Array([1, 2, 3, 4]));
    expect([...((await store.read('key a')) ?? [])]).toEqual([1, 2, 3, 4]);
    expect(await store.read('key b')).toBeUndefined();
    expect(store.where).toBe(folder);
  });

  it('replaces the bytes of a key and removes the files of superseded keys and abandoned temporaries', async () => {
    const folder = freshFolder();
    const store = createSearchIndexFolder(folder);
    await store.write('key a', new Uint8Array([1]));
    await store.write('key a', new Uint8Array([2, 2]));
    expect([...((await store.read('key a')) ?? [])]).toEqual([2, 2]);
    const abandoned = join(folder, 'index-dead.somkbidx.1-abcd.tmp');
    writeFileSync(abandoned, 'partial');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(abandoned, hourAgo, hourAgo);
    const recent = join(folder, 'index-live.somkbidx.2-abcd.tmp');
    writeFileSync(recent, 'being written');
    await store.write('key b', new Uint8Array([3]));
    expect(await store.read('key a')).toBeUndefined();
    expect([...((await store.read('key b')) ?? [])]).toEqual([3]);
    const files = readdirSync(folder);
    expect(files.filter((file) => file.endsWith('.somkbidx'))).toHaveLength(1);
    expect(files).not.toContain('index-dead.somkbidx.1-abcd.tmp');
    expect(files).toContain('index-live.somkbidx.2-abcd.tmp');
  });

  it('is beside a SQLite file, or where SOMKB_INDEX_DIR says; the database for PostgreSQL; nothing for memory', () => {
    expect(searchIndexFolderFor('data/somkb.db', {})).toBe('data/somkb.db.index');
    expect(searchIndexFolderFor('data/somkb.db', { [INDEX_DIR_ENV]: '/srv/index' })).toBe('/srv/index');
    expect(searchIndexFolderFor(':memory:', {})).toBeUndefined();
    expect(searchIndexFolderFor('postgres://u@h/db', {})).toBeUndefined();
    expect(searchIndexFolderFor('postgres://u@h/db', { [INDEX_DIR_ENV]: 'shared' })).toBe('shared');
    expect(openSearchIndexStoreFor(':memory:', {})).toBeUndefined();
    expect(openSearchIndexStoreFor('postgres://u:secret@h/db', {})?.where).toBe('postgres://u@h/db');
    expect(openSearchIndexStoreFor('x.db', {})?.where).toBe('x.db.index');
  });
});
