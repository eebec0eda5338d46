import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiskCache, versionedCache } from './disk-cache';

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

describe('DiskCache.file (unsharded, for files written in place)', () => {
  it('makes a file once for concurrent requests, then finds it on disk', async () => {
    const root = await tempDir();
    const cache = new DiskCache(root, { sharded: false });
    let made = 0;
    const produce = async (file: string) => {
      made++;
      expect(path.extname(file)).toBe('.mp4');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await fs.writeFile(file, 'clip');
    };
    const paths = await Promise.all([1, 2, 3].map(() => cache.file('video/1-hd.mp4', produce)));
    expect(made).toBe(1);
    expect(new Set(paths)).toEqual(new Set([path.join(root, 'video', '1-hd.mp4')]));
    expect(await fs.readFile(paths[0] as string, 'utf8')).toBe('clip');
    await new DiskCache(root, { sharded: false }).file('video/1-hd.mp4', produce);
    expect(made).toBe(1);
  });

  it('keeps nothing of a failed attempt, and tries again on the next request', async () => {
    const root = await tempDir();
    const cache = new DiskCache(root, { sharded: false });
    await expect(
      cache.file('image/2-huge.jpg', async (file) => {
        await fs.writeFile(file, 'half');
        throw new Error('renderer failed');
      }),
    ).rejects.toThrow('renderer failed');
    expect(await fs.readdir(path.join(root, 'image'))).toEqual([]);
    const file = await cache.file('image/2-huge.jpg', (out) => fs.writeFile(out, 'whole'));
    expect(await fs.readFile(file, 'utf8')).toBe('whole');
  });
});

describe('versionedCache', () => {
  it('serves its own version and removes the folders earlier versions left', async () => {
    const root = await tempDir();
    await fs.mkdir(path.join(root, 'v1', 'ab'), { recursive: true });
    await fs.writeFile(path.join(root, 'v1', 'ab', '1-huge_thumb.jpg'), 'old picture');
    const cache = versionedCache(root, 'v2');
    const made = await cache.get('1-huge_thumb.jpg', async () => Buffer.from('new picture'));
    expect(made).toEqual({ body: Buffer.from('new picture'), fromDisk: false });
    await expect.poll(() => fs.readdir(root)).toEqual(['v2']);
    // A second start of the same version keeps what it made.
    const again = versionedCache(root, 'v2');
    expect((await again.get('1-huge_thumb.jpg', async () => Buffer.from('x'))).fromDisk).toBe(true);
  });
});
