// The app's image searches have their first results' grid thumbnails made ahead of the
// browser's requests; other clients' searches do not (no work nobody asked for).
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp } from '../../test/app';
import { DiskCache } from '../lib/disk-cache';
import { RENDER_VERSION } from './render';

let app: FastifyInstance;
let cache: DiskCache;

beforeAll(async () => {
  app = await createIsolatedTestApp();
  cache = new DiskCache(path.join(app.sandbox.dataDir, 'media', 'images', RENDER_VERSION));
});
afterAll(async () => {
  await app.close();
});

const onDisk = (id: string) => fs.existsSync(cache.pathFor(`${id}-huge_thumb.jpg`));

async function ids(url: string, headers: Record<string, string> = {}): Promise<string[]> {
  const response = await app.inject({ url, headers });
  expect(response.statusCode).toBe(200);
  return response.json<{ data: { id: string }[] }>().data.map((image) => image.id);
}

describe('thumbnails made ahead of a search’s first results', () => {
  it('are made for the first results of a search through the gateway, and served as they are', async () => {
    const found = await ids('/api/v2/images/search?query=harbour&per_page=30');
    const first = found.slice(0, 12);
    await expect.poll(() => first.every(onDisk), { timeout: 20_000 }).toBe(true);
    expect(found.slice(12).some(onDisk)).toBe(false);
    const served = await app.inject({ url: `/sandbox/media/images/${first[0]}/huge_thumb.jpg` });
    expect(served.statusCode).toBe(200);
    expect(
      served.rawPayload.equals(fs.readFileSync(cache.pathFor(`${first[0]}-huge_thumb.jpg`))),
    ).toBe(true);
  });

  it('are not made for a search straight to /v2', async () => {
    const token = app.sandbox.defaultUser().accessToken;
    const found = await ids('/v2/images/search?query=lighthouse&per_page=12&sort=newest', {
      authorization: `Bearer ${token}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(found.some(onDisk)).toBe(false);
  });
});
