// Licensed downloads as a client gets them: a signed link answers with a real file at the
// licensed size and format (pixels, resolution, codec, duration), without the preview
// watermark, with the right headers; a changed, malformed or expired link is refused.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { ANALYSIS_RATE, decodeAudio } from '../audio/media/analysis';
import { synthesizeEffect } from '../audio/media/effects';
import { diagonalMarkSvg } from '../media/watermark';
import { DOWNLOAD_TTL_MS, type DownloadTarget } from './signing';
import { DOWNLOAD_RENDER_VERSION } from './index';

let app: FastifyInstance;
let token: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-downloads-'));

beforeAll(async () => {
  app = await createTestApp();
  token = app.sandbox.defaultUser().accessToken;
});
afterAll(async () => {
  await app.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The path of a freshly signed link for the target. */
function link(target: Omit<DownloadTarget, 'licenseId'>, now = Date.now()): string {
  const { url } = app.sandbox.downloads.sign(
    'http://sandbox.test',
    { ...target, licenseId: 'i1' },
    now,
  );
  return new URL(url).pathname;
}

async function download(target: Omit<DownloadTarget, 'licenseId'>) {
  const response = await app.inject({ url: link(target) });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
  return response;
}

async function api<T>(url: string): Promise<T> {
  const response = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json<T>();
}

type Sizes = Record<string, { width: number; height: number; fps?: number } | undefined>;

/** ffmpeg's reading of a file (its stderr lists the streams). */
function probe(file: Buffer, ext: string): Promise<string> {
  const input = path.join(tmp, `probe-${Math.random().toString(36).slice(2)}.${ext}`);
  fs.writeFileSync(input, file);
  return new Promise((resolve) => {
    execFile(ffmpegInstaller.path, ['-hide_banner', '-i', input], (_error, _out, stderr) =>
      resolve(String(stderr)),
    );
  });
}

function seconds(probeText: string): number {
  const [, h = '0', m = '0', s = '0'] = /Duration: (\d+):(\d+):([\d.]+)/.exec(probeText) ?? [];
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

const one = <T>(db: { prepare: (sql: string) => { get: () => unknown } }, sql: string) =>
  db.prepare(sql).get() as T;

describe('licensed images', () => {
  let id: string;
  let assets: Sizes;

  beforeAll(async () => {
    // A photo with a modest huge size keeps the test quick.
    id = String(
      one<{ id: number }>(
        app.sandbox.db,
        "SELECT id FROM images WHERE image_type = 'photo' AND width > height ORDER BY width * height LIMIT 1",
      ).id,
    );
    assets = (await api<{ assets: Sizes }>(`/v2/images/${id}?view=full`)).assets;
  });

  it('is a JPEG of exactly the pixel size the image API reports, for each size', async () => {
    for (const size of ['small', 'medium', 'huge']) {
      const response = await download({ media: 'image', assetId: id, size, format: 'jpg' });
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="shutterstock_${id}_${size}.jpg"`,
      );
      expect(response.headers['cache-control']).toMatch(/^private, max-age=\d+/);
      const meta = await sharp(response.rawPayload).metadata();
      expect(meta.format).toBe('jpeg');
      expect({ width: meta.width, height: meta.height }).toEqual({
        width: assets[`${size}_jpg`]?.width,
        height: assets[`${size}_jpg`]?.height,
      });
      expect(meta.density).toBe(size === 'huge' ? 300 : 72);
    }
  });

  it('carries no preview watermark: it differs from the preview where the mark is drawn', async () => {
    const file = (await download({ media: 'image', assetId: id, size: 'medium', format: 'jpg' }))
      .rawPayload;
    const preview = await app.inject({ url: `/sandbox/media/images/${id}/preview_1000.jpg` });
    const { onMark, offMark } = await markContrast(file, preview.rawPayload);
    // The same picture (little difference away from the mark), without the mark on it.
    expect(offMark).toBeLessThan(4);
    expect(onMark).toBeGreaterThan(3 * offMark + 4);
  });

  it('makes custom sizes from a width or a height, keeping the aspect ratio', async () => {
    const huge = assets.huge_jpg as { width: number; height: number };
    const response = await download({
      media: 'image',
      assetId: id,
      size: 'custom-800x',
      format: 'jpg',
    });
    const meta = await sharp(response.rawPayload).metadata();
    expect(meta.width).toBe(800);
    expect(meta.height).toBe(Math.round((800 * huge.height) / huge.width));
    const both = await download({
      media: 'image',
      assetId: id,
      size: 'custom-640x400',
      format: 'jpg',
    });
    expect(await sharp(both.rawPayload).metadata()).toMatchObject({ width: 640, height: 400 });
    // Both sides given: the picture fills them, cropped around its centre, not stretched.
    const tall = await download({
      media: 'image',
      assetId: id,
      size: 'custom-x400',
      format: 'jpg',
    });
    const wide = (await sharp(tall.rawPayload).metadata()).width ?? 0;
    const centre = await sharp(tall.rawPayload)
      .extract({ left: Math.floor((wide - 640) / 2), top: 0, width: 640, height: 400 })
      .toBuffer();
    // Compared at an eighth of the size, so the photo grain (tiled from the corner) averages out.
    const small = (jpeg: Buffer) => sharp(jpeg).resize(80, 50).greyscale().raw().toBuffer();
    const [cropped, expected] = await Promise.all([small(both.rawPayload), small(centre)]);
    let diff = 0;
    for (let i = 0; i < cropped.length; i++)
      diff += Math.abs((cropped[i] as number) - (expected[i] as number));
    expect(diff / cropped.length).toBeLessThan(4);
  });

  it('serves a vector as an EPS of the drawing, sized to the vector at 300 dpi', async () => {
    const vectorId = String(
      one<{ id: number }>(
        app.sandbox.db,
        "SELECT id FROM images WHERE image_type = 'vector' LIMIT 1",
      ).id,
    );
    const vector = (await api<{ assets: Sizes }>(`/v2/images/${vectorId}?view=full`)).assets
      .vector_eps as { width: number; height: number };
    const response = await download({
      media: 'image',
      assetId: vectorId,
      size: 'vector',
      format: 'eps',
    });
    expect(response.headers['content-type']).toBe('application/postscript');
    expect(response.headers['content-disposition']).toContain(
      `shutterstock_${vectorId}_vector.eps`,
    );
    const text = response.rawPayload.toString('latin1');
    expect(text.startsWith('%!PS-Adobe-3.0 EPSF-3.0\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const box = /%%HiResBoundingBox: 0 0 ([\d.]+) ([\d.]+)/.exec(text);
    expect(Number(box?.[1])).toBeCloseTo((vector.width * 72) / 300, 1);
    expect(Number(box?.[2])).toBeCloseTo((vector.height * 72) / 300, 1);
    // The image data decodes to the declared pixels, and they are a drawing, not a blank.
    const [, w, h] = /\/Width (\d+) \/Height (\d+)/.exec(text) ?? [];
    const data = /filter\n>> image\n([\s\S]*?)~>/.exec(text)?.[1] ?? '';
    const pixels = zlib.inflateSync(decodeAscii85(data));
    expect(pixels.length).toBe(Number(w) * Number(h) * 3);
    const colours = new Set<number>();
    for (let i = 0; i + 2 < pixels.length; i += 3 * 97)
      colours.add(
        ((pixels[i] as number) << 16) |
          ((pixels[i + 1] as number) << 8) |
          (pixels[i + 2] as number),
      );
    expect(colours.size).toBeGreaterThan(3);
  });

  it('serves editorial images at the sizes the editorial API reports', async () => {
    const row = one<{ id: string }>(
      app.sandbox.editorial.db,
      'SELECT id FROM editorial_images LIMIT 1',
    );
    const details = await api<{ assets: Sizes }>(`/v2/editorial/images/${row.id}?country=USA`);
    const response = await download({
      media: 'editorial-image',
      assetId: row.id,
      size: 'medium',
      format: 'jpg',
    });
    const meta = await sharp(response.rawPayload).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual({
      width: details.assets.medium_jpg?.width,
      height: details.assets.medium_jpg?.height,
    });
  });
});

describe('licensed videos', () => {
  it('is a playable H.264 MOV at the rendition’s resolution, the clip’s full length, with byte ranges', async () => {
    const row = one<{ id: number; duration: number }>(
      app.sandbox.videos.db,
      "SELECT id, duration FROM videos WHERE aspect_ratio = '4:3' ORDER BY duration LIMIT 1",
    );
    const id = String(row.id);
    const assets = (await api<{ assets: Sizes }>(`/v2/videos/${id}?view=full`)).assets;
    for (const size of ['web', 'sd']) {
      const response = await download({ media: 'video', assetId: id, size, format: 'mov' });
      expect(response.headers['content-type']).toBe('video/quicktime');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="shutterstock_${id}_${size}.mov"`,
      );
      const info = await probe(response.rawPayload, 'mov');
      expect(info).toMatch(/Video: h264/);
      expect(info).toContain(`${assets[size]?.width}x${assets[size]?.height}`);
      expect(seconds(info)).toBeCloseTo(row.duration, 1);
    }
    // The licensed clip shows the preview's picture (framed a little differently: it pans
    // over the scene where the preview zooms), without the mark: it differs from the
    // preview far more on the mark's strokes than away from them.
    const sd = await download({ media: 'video', assetId: id, size: 'sd', format: 'mov' });
    const preview = await app.inject({ url: `/sandbox/media/videos/${id}/preview.mp4` });
    const { onMark, offMark } = await markContrast(
      await firstFrame(sd.rawPayload),
      await firstFrame(preview.rawPayload),
    );
    expect(onMark).toBeGreaterThan(1.5 * offMark + 4);
    const ranged = await app.inject({
      url: link({ media: 'video', assetId: id, size: 'web', format: 'mov' }),
      headers: { range: 'bytes=100-199' },
    });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-range']).toMatch(/^bytes 100-199\/\d+$/);
    expect(ranged.rawPayload.length).toBe(100);
  });

  it('serves an editorial video at its original resolution', async () => {
    const row = one<{ id: string; width: number; height: number }>(
      app.sandbox.videos.db,
      "SELECT id, width, height FROM editorial_videos WHERE resolution = 'sd' LIMIT 1",
    );
    const response = await download({
      media: 'editorial-video',
      assetId: row.id,
      size: 'original',
      format: 'mp4',
    });
    const info = await probe(response.rawPayload, 'mov');
    expect(info).toMatch(/Video: h264/);
    expect(info).toMatch(/\b(852x480|480x852)\b/);
  });
});

describe('licensed music and sound effects', () => {
  it('is a WAV of the whole track, the size the API reports', async () => {
    const row = one<{ id: number; duration: number }>(
      app.sandbox.audio.db,
      'SELECT id, duration FROM tracks ORDER BY duration LIMIT 1',
    );
    const id = String(row.id);
    const details = await api<{ assets: Record<string, { file_size: number }> }>(`/v2/audio/${id}`);
    const response = await download({
      media: 'audio',
      assetId: id,
      size: 'original',
      format: 'wav',
    });
    expect(response.headers['content-type']).toBe('audio/wav');
    expect(response.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
    expect(response.rawPayload.length).toBe(details.assets.clean_audio?.file_size);
    const pcm = await decodeAudio(response.rawPayload);
    expect(pcm.length / ANALYSIS_RATE).toBeCloseTo(row.duration, 1);
  });

  it('is an MP3 of the whole sound effect when MP3 was licensed', async () => {
    const row = one<{ id: number; duration: number }>(
      app.sandbox.audio.db,
      'SELECT id, duration FROM sfx WHERE duration > 12 ORDER BY duration LIMIT 1',
    );
    const response = await download({
      media: 'sfx',
      assetId: String(row.id),
      size: 'stereo',
      format: 'mp3',
    });
    expect(response.headers['content-type']).toBe('audio/mpeg');
    expect(response.headers['content-disposition']).toContain(`shutterstock_${row.id}_stereo.mp3`);
    const info = await probe(response.rawPayload, 'mp3');
    expect(info).toMatch(/Audio: mp3.*stereo/);
    expect(seconds(info)).toBeCloseTo(row.duration, 0);
  });
  it('carries no preview watermark (the noise sweep every 10 s)', async () => {
    const row = one<{ id: number }>(
      app.sandbox.audio.db,
      'SELECT id FROM sfx WHERE duration > 12 ORDER BY duration LIMIT 1',
    );
    const spec = app.sandbox.audio.sfx.soundSpec(String(row.id));
    if (!spec) throw new Error('no sound effect');
    const licensed = await download({
      media: 'sfx',
      assetId: spec.id,
      size: 'stereo',
      format: 'wav',
    });
    // The WAV's left channel, sample for sample.
    const wav = licensed.rawPayload;
    const samples = Float32Array.from(
      { length: (wav.length - 44) / 4 },
      (_, i) => wav.readInt16LE(44 + i * 4) / 32767,
    );
    const largestDifference = (pcm: Float32Array) =>
      samples.reduce((most, value, i) => Math.max(most, Math.abs(value - (pcm[i] ?? 0))), 0);
    const clean = synthesizeEffect(spec, spec.duration, { watermark: false });
    const marked = synthesizeEffect(spec, spec.duration);
    expect(samples.length).toBe(clean.length);
    expect(largestDifference(clean)).toBeLessThan(1e-4);
    expect(largestDifference(marked)).toBeGreaterThan(0.01);
  });
});

describe('download links', () => {
  const target = { media: 'image', assetId: '', size: 'small', format: 'jpg' } as const;
  let assetId: string;
  beforeAll(() => {
    assetId = String(one<{ id: number }>(app.sandbox.db, 'SELECT id FROM images LIMIT 1').id);
  });

  it('answers HEAD with the headers alone, and a re-signed link with the same file', async () => {
    const first = await download({ ...target, assetId });
    const head = await app.inject({ method: 'HEAD', url: link({ ...target, assetId }) });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(first.rawPayload.length));
    expect(head.rawPayload.length).toBe(0);
    const again = await download({ ...target, assetId });
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('refuses a changed link with 403, naming what to do', async () => {
    const good = link({ ...target, assetId });
    const [body = '', mac = ''] = good.split('/').pop()?.split('.') ?? [];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as { s: string };
    payload.s = 'huge';
    const changed = `/sandbox/downloads/${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    for (const url of [changed, `${good.slice(0, -3)}abc`]) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        message: 'Forbidden',
        errors: [
          {
            code: 'INVALID_DOWNLOAD_LINK',
            message: expect.stringMatching(/changed.*re-download/i),
          },
        ],
      });
    }
  });

  it('refuses a malformed link with 403', async () => {
    for (const url of [
      '/sandbox/downloads/nonsense',
      '/sandbox/downloads/',
      '/sandbox/downloads/a.b.c',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ errors: [{ code: 'INVALID_DOWNLOAD_LINK' }] });
    }
  });

  it('refuses an expired link with 410, saying to re-download', async () => {
    const response = await app.inject({
      url: link({ ...target, assetId }, Date.now() - DOWNLOAD_TTL_MS - 1000),
    });
    expect(response.statusCode).toBe(410);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toMatchObject({
      message: 'Gone',
      errors: [
        {
          code: 'DOWNLOAD_LINK_EXPIRED',
          message: expect.stringMatching(/expired.*8 hours.*license history/),
        },
      ],
    });
  });

  it('answers 404 for an asset or a size the catalog does not have', async () => {
    const cases = [
      { ...target, assetId: '999999999999' },
      { ...target, assetId, size: 'enormous' },
      { media: 'video', assetId: '1', size: 'hd', format: 'mp4' },
    ] as const;
    for (const missing of cases) {
      const response = await app.inject({ url: link(missing) });
      expect(response.statusCode, JSON.stringify(missing)).toBe(404);
      expect(response.json()).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
    }
  });

  it('removes the files an earlier renderer made when it starts', async () => {
    const root = path.join(app.sandbox.dataDir, 'media', 'downloads');
    const stale = path.join(root, 'd0', 'image', 'stale.jpg');
    fs.mkdirSync(path.dirname(stale), { recursive: true });
    fs.writeFileSync(stale, 'an earlier file');
    const again = await createTestApp();
    try {
      await expect.poll(() => fs.existsSync(path.join(root, 'd0'))).toBe(false);
      expect(fs.existsSync(path.join(root, DOWNLOAD_RENDER_VERSION))).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('answers two requests at once with the same file, kept once on disk', async () => {
    const fresh = { ...target, assetId, size: 'custom-x321' };
    const [a, b] = await Promise.all([download(fresh), download(fresh)]);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    const dir = path.join(app.sandbox.dataDir, 'media', 'downloads');
    const files = fs.readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((file) => file.includes(`${assetId}-custom-x321`))).toHaveLength(1);
  });
});

/**
 * How much a file differs from its watermarked preview on the diagonal mark's strokes and
 * away from them (mean absolute grey difference, above the id strip). The file is scaled
 * to the preview's size first.
 */
async function markContrast(file: Buffer, preview: Buffer) {
  const theirs = await sharp(preview).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = theirs.info;
  const ours = await sharp(file)
    .resize(width, height, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer();
  const mark = await sharp(Buffer.from(diagonalMarkSvg(width, height)))
    .ensureAlpha()
    .extractChannel('alpha')
    .raw()
    .toBuffer();
  const sums = { on: 0, onCount: 0, off: 0, offCount: 0 };
  for (let i = 0; i < width * Math.floor(height * 0.9); i++) {
    const diff = Math.abs((ours[i] as number) - (theirs.data[i] as number));
    if ((mark[i] as number) > 60) {
      sums.on += diff;
      sums.onCount++;
    } else if ((mark[i] as number) === 0) {
      sums.off += diff;
      sums.offCount++;
    }
  }
  return { onMark: sums.on / sums.onCount, offMark: sums.off / sums.offCount };
}

/** The first frame of a clip, as a PNG. */
function firstFrame(clip: Buffer): Promise<Buffer> {
  const input = path.join(tmp, `frame-${Math.random().toString(36).slice(2)}.mp4`);
  fs.writeFileSync(input, clip);
  return new Promise((resolve, reject) => {
    execFile(
      ffmpegInstaller.path,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-i',
        input,
        '-frames:v',
        '1',
        '-f',
        'image2pipe',
        '-c:v',
        'png',
        'pipe:1',
      ],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/** ASCII85 (btoa) decoding, for reading the EPS back. */
function decodeAscii85(text: string): Buffer {
  const out: number[] = [];
  const chars = text.replace(/\s/g, '');
  let group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
  };
  for (const char of chars) {
    if (char === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    group.push(char.charCodeAt(0) - 33);
    if (group.length === 5) {
      flush(4);
      group = [];
    }
  }
  if (group.length > 0) flush(group.length - 1);
  return Buffer.from(out);
}
