// What the API announces is what is delivered: for every media type and each size, the
// licensed file's bytes are read back (sharp for pictures, ffmpeg for clips and sounds) and
// compared with the asset's details — pixel size, format (container and codec), duration,
// and exactly the announced file size. One asset per size; the shortest clip
// that has HD, so the full-length HD file stays quick to make.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { proportionalSide } from '../media/sizes';
import type { DownloadTarget } from './signing';

let app: FastifyInstance;
let token: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-promised-'));

beforeAll(async () => {
  app = await createTestApp();
  token = app.sandbox.defaultUser().accessToken;
});
afterAll(async () => {
  await app.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Announced {
  width?: number;
  height?: number;
  file_size?: number;
  format?: string;
  fps?: number;
}

async function details<T = { assets: Record<string, Announced | undefined> }>(url: string) {
  const response = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json<T>();
}

async function download(target: Omit<DownloadTarget, 'licenseId'>): Promise<Buffer> {
  const { url } = app.sandbox.downloads.sign(
    'http://sandbox.test',
    { ...target, licenseId: 'i1' },
    Date.now(),
  );
  const response = await app.inject({ url: new URL(url).pathname });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.rawPayload;
}

interface Probe {
  container: string;
  codec: string;
  codecTag: string;
  width?: number;
  height?: number;
  seconds: number;
  fps?: number;
  frames?: number;
}

/** ffmpeg's reading of a file: container, first stream's codec and tag, size, duration. */
function probe(file: Buffer): Promise<Probe> {
  const input = path.join(tmp, `probe-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(input, file);
  return new Promise((resolve) => {
    execFile(ffmpegInstaller.path, ['-hide_banner', '-i', input], (_error, _out, stderr) => {
      const text = String(stderr);
      const [, container = ''] = /Input #0, ([^ ]+), from/.exec(text) ?? [];
      const [, h = '0', m = '0', s = '0'] = /Duration: (\d+):(\d+):([\d.]+)/.exec(text) ?? [];
      const stream =
        /Stream #0:0.*?: (?:Video|Audio): (\w+)[^(]*(?:\([^)]*\) )?(?:\((\w+) \/ 0x[0-9a-f]+\))?(.*)/.exec(
          text,
        );
      const size = /, (\d{2,5})x(\d{2,5})\b/.exec(stream?.[0] ?? '');
      const fps = /, ([\d.]+) fps/.exec(stream?.[0] ?? '');
      resolve({
        container,
        codec: stream?.[1] ?? '',
        codecTag: stream?.[2] ?? '',
        width: size ? Number(size[1]) : undefined,
        height: size ? Number(size[2]) : undefined,
        seconds: Number(h) * 3600 + Number(m) * 60 + Number(s),
        fps: fps ? Number(fps[1]) : undefined,
      });
    });
  });
}

/** The file has exactly the size the API announced. */
function announcedSize(actual: number, announced: number | undefined) {
  expect(announced, 'an announced file size').toBeGreaterThan(0);
  expect(actual, `${actual} bytes delivered for ${announced} announced`).toBe(announced);
}

const one = <T>(db: { prepare: (sql: string) => { get: () => unknown } }, sql: string) =>
  db.prepare(sql).get() as T;

describe('sizes are rounded once, the same way everywhere', () => {
  it('rounds exact halves up, whatever the aspect ratio’s floating form', () => {
    // 5824 × 3276 at a long side of 1000: 562.5, which 1000 / (5824 / 3276) puts below.
    expect(proportionalSide(1000, 5824, 3276)).toBe(563);
    expect(proportionalSide(500, 5824, 3276)).toBe(281);
  });

  it('reports and renders every image’s medium size alike (details, preview_1000, file)', async () => {
    const rows = app.sandbox.db.prepare('SELECT id FROM images ORDER BY id LIMIT 300').all() as {
      id: number;
    }[];
    for (const { id } of rows) {
      const { assets } = await details(`/v2/images/${id}?view=full`);
      const medium = assets.medium_jpg as Announced;
      const preview = assets.preview_1000 as Announced;
      expect({ width: preview.width, height: preview.height }, `image ${id}`).toEqual({
        width: medium.width,
        height: medium.height,
      });
    }
  });
});

describe('images deliver what their details announce', () => {
  for (const type of ['photo', 'illustration'] as const) {
    it(`${type}: small, medium and huge JPEGs`, async () => {
      const { id } = one<{ id: number }>(
        app.sandbox.db,
        `SELECT id FROM images WHERE image_type = '${type}' ORDER BY width * height LIMIT 1`,
      );
      const { assets } = await details(`/v2/images/${id}?view=full`);
      for (const size of ['small', 'medium', 'huge']) {
        const announced = assets[`${size}_jpg`] as Announced;
        const file = await download({ media: 'image', assetId: String(id), size, format: 'jpg' });
        const meta = await sharp(file).metadata();
        expect(meta.format).toBe(announced.format === 'jpg' ? 'jpeg' : announced.format);
        expect([meta.width, meta.height], `${type} ${id} ${size}`).toEqual([
          announced.width,
          announced.height,
        ]);
        announcedSize(file.length, announced.file_size);
      }
    });
  }

  it('vector: the EPS at the vector size, and its JPEG sizes', async () => {
    const { id } = one<{ id: number }>(
      app.sandbox.db,
      "SELECT id FROM images WHERE image_type = 'vector' ORDER BY width * height LIMIT 1",
    );
    const { assets } = await details(`/v2/images/${id}?view=full`);
    const vector = assets.vector_eps as Announced;
    const eps = await download({
      media: 'image',
      assetId: String(id),
      size: 'vector',
      format: 'eps',
    });
    const text = eps.toString('latin1');
    const box = /%%HiResBoundingBox: 0 0 ([\d.]+) ([\d.]+)/.exec(text);
    expect(Number(box?.[1])).toBeCloseTo(((vector.width ?? 0) * 72) / 300, 1);
    expect(vector.format).toBe('eps');
    announcedSize(eps.length, vector.file_size);
    const medium = assets.medium_jpg as Announced;
    const jpeg = await download({
      media: 'image',
      assetId: String(id),
      size: 'medium',
      format: 'jpg',
    });
    expect(await sharp(jpeg).metadata()).toMatchObject({
      width: medium.width,
      height: medium.height,
    });
    announcedSize(jpeg.length, medium.file_size);
  });

  it('custom sizes: the pixels asked for, the other side rounded like the details', async () => {
    const { id, width, height } = one<{ id: number; width: number; height: number }>(
      app.sandbox.db,
      "SELECT id, width, height FROM images WHERE image_type = 'photo' ORDER BY width * height LIMIT 1",
    );
    const file = await download({
      media: 'image',
      assetId: String(id),
      size: 'custom-700x',
      format: 'jpg',
    });
    expect(await sharp(file).metadata()).toMatchObject({
      width: 700,
      height: proportionalSide(700, width, height),
    });
  });

  it('editorial images: small, medium and original', async () => {
    const { id } = one<{ id: string }>(
      app.sandbox.editorial.db,
      'SELECT id FROM editorial_images ORDER BY width * height LIMIT 1',
    );
    const { assets } = await details(`/v2/editorial/images/${id}?country=USA`);
    for (const size of ['small', 'medium', 'original']) {
      const announced = assets[size === 'original' ? 'original' : `${size}_jpg`] as Announced;
      const file = await download({ media: 'editorial-image', assetId: id, size, format: 'jpg' });
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.width, meta.height], `${id} ${size}`).toEqual([
        announced.width,
        announced.height,
      ]);
    }
  });
});

describe('videos deliver what their details announce, for the whole clip', () => {
  it('web, sd and hd of a clip: pixels, MOV with avc1, frame rate, duration, file size', async () => {
    const row = one<{ id: number; duration: number }>(
      app.sandbox.videos.db,
      "SELECT id, duration FROM videos WHERE resolution IN ('hd', '4k') AND aspect_ratio = '16:9' ORDER BY duration LIMIT 1",
    );
    const video = await details<{ duration: number; assets: Record<string, Announced> }>(
      `/v2/videos/${row.id}?view=full`,
    );
    for (const size of ['web', 'sd', 'hd']) {
      const announced = video.assets[size] as Announced;
      const file = await download({ media: 'video', assetId: String(row.id), size, format: 'mov' });
      const info = await probe(file);
      // The vendor names web and sd "mov" and hd/4k "avc1": a QuickTime file of H.264 (avc1).
      expect(info.container).toContain('mov');
      expect(info.codec).toBe('h264');
      expect(info.codecTag).toBe('avc1');
      expect(['mov', 'avc1']).toContain(announced.format);
      expect([info.width, info.height], size).toEqual([announced.width, announced.height]);
      expect(((announced.width ?? 1) % 2) + ((announced.height ?? 1) % 2)).toBe(0);
      expect(info.fps).toBeCloseTo(announced.fps ?? 0, 1);
      expect(Math.abs(info.seconds - video.duration), size).toBeLessThan(0.1);
      announcedSize(file.length, announced.file_size);
    }
  });

  it('reports even sizes for every aspect ratio (17:9 web is 454 × 240, as encoded)', async () => {
    const row = one<{ id: number } | undefined>(
      app.sandbox.videos.db,
      "SELECT id FROM videos WHERE aspect_ratio = '17:9' LIMIT 1",
    );
    if (!row) return;
    const video = await details(`/v2/videos/${row.id}?view=full`);
    expect(video.assets.web).toMatchObject({ width: 454, height: 240 });
  });

  it('editorial video: the original at its resolution and full duration', async () => {
    const row = one<{ id: string; duration: number }>(
      app.sandbox.videos.db,
      "SELECT id, duration FROM editorial_videos WHERE resolution = 'sd' ORDER BY duration LIMIT 1",
    );
    const video = await details<{ assets: Record<string, Announced> }>(
      `/v2/editorial/videos/${row.id}?country=USA`,
    );
    const announced = video.assets.original as Announced;
    const file = await download({
      media: 'editorial-video',
      assetId: row.id,
      size: 'original',
      format: 'mov',
    });
    const info = await probe(file);
    expect(info.container).toContain('mov');
    expect(info.codec).toBe('h264');
    expect([info.width, info.height]).toEqual([announced.width, announced.height]);
    expect(Math.abs(info.seconds - row.duration)).toBeLessThan(0.1);
    announcedSize(file.length, announced.file_size);
  });
});

describe('music and sound effects deliver what their details announce', () => {
  it('a track: a WAV of the whole track, the announced size', async () => {
    const row = one<{ id: number; duration: number }>(
      app.sandbox.audio.db,
      'SELECT id, duration FROM tracks ORDER BY duration LIMIT 1',
    );
    const track = await details<{ assets: Record<string, Announced> }>(`/v2/audio/${row.id}`);
    const file = await download({
      media: 'audio',
      assetId: String(row.id),
      size: 'original',
      format: 'wav',
    });
    const info = await probe(file);
    expect(info.container).toBe('wav');
    expect(info.seconds).toBeCloseTo(row.duration, 1);
    announcedSize(file.length, track.assets.original_audio?.file_size);
  });

  it('a sound effect: WAV and MP3 of the whole effect', async () => {
    const row = one<{ id: number; duration: number }>(
      app.sandbox.audio.db,
      'SELECT id, duration FROM sfx ORDER BY duration LIMIT 1',
    );
    for (const format of ['wav', 'mp3'] as const) {
      const file = await download({ media: 'sfx', assetId: String(row.id), size: format, format });
      const info = await probe(file);
      expect(info.container).toBe(format);
      expect(info.seconds).toBeCloseTo(row.duration, 0);
    }
  });
});
