// The licensed-file cache: a file is made once however many requests ask for it at once,
// then served from disk; a failed attempt leaves nothing behind and the next one retries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileCache } from './cache';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-file-cache-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('FileCache', () => {
  it('makes a file once for concurrent requests, then reads it from disk', async () => {
    const cache = new FileCache(root);
    let made = 0;
    const produce = async (file: string) => {
      made++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      fs.writeFileSync(file, 'clip');
    };
    const paths = await Promise.all([1, 2, 3].map(() => cache.get('video/1-hd.mp4', produce)));
    expect(made).toBe(1);
    expect(new Set(paths).size).toBe(1);
    expect(fs.readFileSync(paths[0] as string, 'utf8')).toBe('clip');
    await new FileCache(root).get('video/1-hd.mp4', produce);
    expect(made).toBe(1);
  });

  it('keeps nothing of a failed attempt, and tries again on the next request', async () => {
    const cache = new FileCache(root);
    await expect(
      cache.get('image/2-huge.jpg', async (file) => {
        fs.writeFileSync(file, 'half');
        throw new Error('renderer failed');
      }),
    ).rejects.toThrow('renderer failed');
    expect(fs.readdirSync(path.join(root, 'image'))).toEqual([]);
    const file = await cache.get('image/2-huge.jpg', async (out) => fs.writeFileSync(out, 'whole'));
    expect(fs.readFileSync(file, 'utf8')).toBe('whole');
  });
});
