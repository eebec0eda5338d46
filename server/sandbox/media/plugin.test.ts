import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageMediaPlugin, imagePreviewAssets, imagePreviewPath } from './plugin';
import { renderPreview } from './render';
import { IMAGE_PREVIEW_SIZE_NAMES, previewDimensions } from './sizes';
import { TEST_SPECS, testLookup } from './test-specs';

let app: FastifyInstance;
let cacheDir: string;

beforeAll(async () => {
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-media-'));
  app = Fastify();
  await app.register(imageMediaPlugin, {
    cacheDir,
    lookup: (id) => {
      if (id === '999') throw new Error('catalog unavailable');
      return testLookup(id);
    },
  });
});

afterAll(async () => {
  await app.close();
  await fs.rm(cacheDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

function hexToRgb(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

describe('GET /sandbox/media/images/:id/:size.jpg', () => {
  it('serves a JPEG at the pixel size of every preview size', async () => {
    const spec = TEST_SPECS[1]!;
    for (const size of IMAGE_PREVIEW_SIZE_NAMES) {
      const response = await get(imagePreviewPath(spec.id, size));
      expect(response.statusCode, size).toBe(200);
      const meta = await sharp(response.rawPayload).metadata();
      expect(meta.format).toBe('jpeg');
      expect({ width: meta.width, height: meta.height }, size).toEqual(
        previewDimensions(spec, size),
      );
    }
  });

  it("paints the image's first colour as its dominant colour", async () => {
    for (const spec of TEST_SPECS) {
      for (const size of ['large_thumb', 'preview'] as const) {
        const response = await get(imagePreviewPath(spec.id, size));
        const { dominant } = await sharp(response.rawPayload).stats();
        const expected = hexToRgb(spec.colors[0]!);
        const distance = Math.hypot(
          dominant.r - expected.r,
          dominant.g - expected.g,
          dominant.b - expected.b,
        );
        expect(
          distance,
          `${spec.id} ${size}: ${JSON.stringify(dominant)} vs ${spec.colors[0]}`,
        ).toBeLessThan(45);
      }
    }
  });

  it('draws a different picture for each image', async () => {
    const pictures = await Promise.all(
      TEST_SPECS.map(async (spec) => {
        const response = await get(imagePreviewPath(spec.id, 'huge_thumb'));
        // Compare the pictures at one common size, so aspect ratios do not decide it.
        return sharp(response.rawPayload).resize(32, 32, { fit: 'fill' }).raw().toBuffer();
      }),
    );
    for (let i = 0; i < pictures.length; i++) {
      for (let j = i + 1; j < pictures.length; j++) {
        const a = pictures[i]!;
        const b = pictures[j]!;
        let diff = 0;
        for (let k = 0; k < a.length; k++) diff += Math.abs(a[k]! - b[k]!);
        expect(diff / a.length, `${TEST_SPECS[i]!.id} vs ${TEST_SPECS[j]!.id}`).toBeGreaterThan(10);
      }
    }
  });

  it('draws two images with the same metadata but different ids differently', async () => {
    const base = TEST_SPECS[0]!;
    const twin = { ...base, id: '7101' };
    const other = Fastify();
    await other.register(imageMediaPlugin, {
      cacheDir,
      lookup: (id) => (id === twin.id ? twin : undefined),
    });
    const a = (await get(imagePreviewPath(base.id, 'huge_thumb'))).rawPayload;
    const b = (await other.inject({ method: 'GET', url: imagePreviewPath(twin.id, 'huge_thumb') }))
      .rawPayload;
    await other.close();
    expect(a.equals(b)).toBe(false);
  });

  it('caches on disk: generated once, then the same bytes from the file', async () => {
    const spec = TEST_SPECS[2]!;
    const url = imagePreviewPath(spec.id, 'preview_1000');
    const concurrent = await Promise.all(Array.from({ length: 6 }, () => get(url)));
    const first = concurrent[0]!.rawPayload;
    expect(concurrent.every((response) => response.rawPayload.equals(first))).toBe(true);
    const files = await fs.readdir(cacheDir, { recursive: true });
    const mine = files.filter((file) => file.endsWith(`${spec.id}-preview_1000.jpg`));
    expect(mine).toHaveLength(1);
    expect(files.some((file) => file.endsWith('.tmp'))).toBe(false);
    const onDisk = await fs.readFile(path.join(cacheDir, mine[0]!));
    expect(onDisk.equals(first)).toBe(true);
    const again = await get(url);
    expect(again.rawPayload.equals(first)).toBe(true);
  });

  it('is deterministic: a fresh cache renders the same bytes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-media-'));
    const fresh = Fastify();
    await fresh.register(imageMediaPlugin, { cacheDir: dir, lookup: testLookup });
    const url = imagePreviewPath('104', 'preview');
    const a = (await fresh.inject({ method: 'GET', url })).rawPayload;
    const b = (await get(url)).rawPayload;
    await fresh.close();
    await fs.rm(dir, { recursive: true, force: true });
    expect(a.equals(b)).toBe(true);
    // …and it is the full picture, not the plain fallback for a failed render.
    expect(a.equals(await renderPreview(testLookup('104')!, 'preview'))).toBe(true);
  });

  it('lists the Thumbnail assets of an image with their URLs and sizes', () => {
    const assets = imagePreviewAssets(
      { id: '101', width: 6000, height: 4000 },
      'http://localhost:3000/',
    );
    expect(assets.huge_thumb).toEqual({
      url: 'http://localhost:3000/sandbox/media/images/101/huge_thumb.jpg',
      width: 390,
      height: 260,
    });
    expect(Object.keys(assets)).toEqual(IMAGE_PREVIEW_SIZE_NAMES);
  });

  it('sends long-lived cache headers and an ETag, and 304 for a matching If-None-Match', async () => {
    const response = await get(imagePreviewPath('101', 'small_thumb'));
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const etag = response.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await get(imagePreviewPath('101', 'small_thumb'), {
      'if-none-match': String(etag),
    });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.rawPayload).toHaveLength(0);
    const listed = await get(imagePreviewPath('101', 'small_thumb'), {
      'if-none-match': `"other", W/${etag}`,
    });
    expect(listed.statusCode).toBe(304);
    const changed = await get(imagePreviewPath('101', 'small_thumb'), {
      'if-none-match': '"other"',
    });
    expect(changed.statusCode).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await app.inject({
      method: 'HEAD',
      url: imagePreviewPath('103', 'large_thumb'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.rawPayload).toHaveLength(0);
  });

  it.each([
    ['an unknown image', '/sandbox/media/images/424242/preview.jpg', 404],
    ['an unknown size', '/sandbox/media/images/101/huge_jpg.jpg', 404],
    ['another extension', '/sandbox/media/images/101/preview.png', 404],
    ['a failing lookup', '/sandbox/media/images/999/preview.jpg', 404],
    ['a malformed id', '/sandbox/media/images/abc/preview.jpg', 400],
    ['a zero-led id', '/sandbox/media/images/0101/preview.jpg', 400],
    ['an overlong id', `/sandbox/media/images/${'9'.repeat(40)}/preview.jpg`, 400],
  ])('answers %s with the vendor error body', async (_name, url, status) => {
    const response = await get(url);
    expect(response.statusCode).toBe(status);
    const body = response.json<{
      message: string;
      errors: Array<{ code: string; message: string }>;
    }>();
    expect(body.message).toEqual(expect.any(String));
    expect(body.errors).toEqual([{ code: expect.any(String), message: expect.any(String) }]);
  });
});
