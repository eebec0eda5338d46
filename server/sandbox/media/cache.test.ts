import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiskCache } from './cache';

const dirs: string[] = [];
async function tempDir() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-media-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

describe('DiskCache', () => {
  it('produces a file once however many callers ask at the same time', async () => {
    const cache = new DiskCache(await tempDir());
    let produced = 0;
    const produce = async () => {
      produced++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Buffer.from('picture');
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => cache.get('1-preview.jpg', produce)),
    );
    expect(produced).toBe(1);
    expect(results.every((result) => result.body.toString() === 'picture')).toBe(true);
  });

  it('writes into sharded folders, leaves no temp files, and reads back from disk', async () => {
    const root = await tempDir();
    const cache = new DiskCache(root);
    const first = await cache.get('42-small_thumb.jpg', async () => Buffer.from('bytes'));
    expect(first.fromDisk).toBe(false);
    const file = cache.pathFor('42-small_thumb.jpg');
    expect(path.relative(root, file).split(path.sep)).toHaveLength(2);
    expect(await fs.readdir(path.dirname(file))).toEqual(['42-small_thumb.jpg']);
    const second = await new DiskCache(root).get('42-small_thumb.jpg', async () =>
      Buffer.from('other'),
    );
    expect(second).toEqual({ body: Buffer.from('bytes'), fromDisk: true });
  });
});
