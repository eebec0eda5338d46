// Video media as a browser uses them: real JPEGs and playable MP4 (H.264) and WebM (VP8)
// clips of the stated size and a few seconds, that move, cached for long, with byte
// ranges for seeking.
import { execFile } from 'node:child_process';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app';
import { CLIP_SECONDS, clipDimensions } from './render';

let app: FastifyInstance;
let video: {
  id: string;
  aspect_ratio: string;
  assets: Record<string, { url?: string; urls?: string[] }>;
};
let path = (url: string) => new URL(url).pathname;

beforeAll(async () => {
  app = await createTestApp();
  const token = app.sandbox.defaultUser().accessToken;
  const response = await app.inject({
    url: '/v2/videos/search?aspect_ratio=nonstandard&view=full&per_page=1&sort=newest',
    headers: { authorization: `Bearer ${token}` },
  });
  video = response.json<{ data: (typeof video)[] }>().data[0]!;
  path = (url: string) => new URL(url).pathname;
});
afterAll(async () => {
  await app.close();
});

/** ffmpeg's own reading of a clip: codec, size, duration. */
function probe(file: Buffer, ext: string): Promise<string> {
  return new Promise((resolve) => {
    const child = execFile(
      ffmpegInstaller.path,
      ['-hide_banner', '-f', ext === 'mp4' ? 'mp4' : 'webm', '-i', 'pipe:0'],
      (_e, _o, stderr) => resolve(String(stderr)),
    );
    child.stdin?.on('error', () => {});
    child.stdin?.end(file);
  });
}

/** The mean absolute difference between the first and last frames of a clip. */
function motion(file: Buffer, ext: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      ffmpegInstaller.path,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        ext === 'mp4' ? 'mp4' : 'webm',
        '-i',
        'pipe:0',
        '-vf',
        'select=eq(n\\,0)+eq(n\\,90),scale=32:18',
        '-vsync',
        '0',
        '-f',
        'rawvideo',
        '-pix_fmt',
        'gray',
        'pipe:1',
      ],
      { encoding: 'buffer' },
      (error, stdout) => {
        if (error) return reject(error);
        const frame = 32 * 18;
        let sum = 0;
        for (let i = 0; i < frame; i++)
          sum += Math.abs((stdout[i] as number) - (stdout[frame + i] as number));
        resolve(sum / frame);
      },
    );
    child.stdin?.on('error', () => {});
    child.stdin?.end(file);
  });
}

describe('video media', () => {
  it('serves preview and thumb clips: H.264 MP4 and VP8 WebM, stated size, a few seconds, moving', async () => {
    for (const [asset, size, codec] of [
      ['preview_mp4', 'preview', 'h264'],
      ['preview_webm', 'preview', 'vp8'],
      ['thumb_mp4', 'thumb', 'h264'],
      ['thumb_webm', 'thumb', 'vp8'],
    ] as const) {
      const url = video.assets[asset]?.url ?? '';
      const response = await app.inject({ url: path(url) });
      expect(response.statusCode, asset).toBe(200);
      const ext = url.endsWith('.mp4') ? 'mp4' : 'webm';
      expect(response.headers['content-type']).toBe(`video/${ext}`);
      expect(response.headers['cache-control']).toContain('max-age=31536000');
      expect(response.headers['accept-ranges']).toBe('bytes');
      const info = await probe(response.rawPayload, ext);
      const dims = clipDimensions(app.sandbox.videos.videos.find(video.id)!, size);
      expect(info, asset).toContain(`Video: ${codec}`);
      expect(info, asset).toContain(`${dims.width}x${dims.height}`);
      expect(info, asset).toContain(`Duration: 00:00:0${CLIP_SECONDS}.0`);
      expect(await motion(response.rawPayload, ext), asset).toBeGreaterThan(2);
    }
  }, 30_000);

  it('serves the thumbnail, the watermarked preview still and the frame strip as JPEGs', async () => {
    const urls = [
      video.assets.thumb_jpg?.url,
      video.assets.preview_jpg?.url,
      ...(video.assets.thumb_jpgs?.urls ?? []),
    ];
    expect(urls).toHaveLength(14);
    const frames: Buffer[] = [];
    for (const url of urls) {
      const response = await app.inject({ url: path(url ?? '') });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
      const meta = await sharp(response.rawPayload).metadata();
      expect(meta.format).toBe('jpeg');
      frames.push(response.rawPayload);
    }
    const first = await sharp(frames[2]).raw().toBuffer();
    const last = await sharp(frames[13]).raw().toBuffer();
    expect(first.equals(last)).toBe(false);
  });

  it('draws the thumbnail as the same moment of the same picture as the preview still', async () => {
    // The thumbnail is cut from a smaller still than the preview: it must still show what the
    // preview (and the clip's middle) shows. Compared as 32×18 grey, above the id strip.
    const grey = async (url: string | undefined) => {
      const response = await app.inject({ url: path(url ?? '') });
      return sharp(response.rawPayload)
        .resize(32, 18, { fit: 'fill' })
        .grayscale()
        .raw()
        .toBuffer();
    };
    const difference = (a: Buffer, b: Buffer) => {
      let sum = 0;
      for (let i = 0; i < 32 * 12; i++) sum += Math.abs((a[i] as number) - (b[i] as number));
      return sum / (32 * 12);
    };
    const thumb = await grey(video.assets.thumb_jpg?.url);
    const preview = await grey(video.assets.preview_jpg?.url);
    const firstFrame = await grey(video.assets.thumb_jpgs?.urls?.[0]);
    expect(difference(thumb, preview)).toBeLessThan(3);
    expect(difference(thumb, preview)).toBeLessThan(difference(thumb, firstFrame) / 2);
  });

  it('answers byte ranges with 206, out-of-range with 416, and ETag revalidation with 304', async () => {
    const url = path(video.assets.preview_mp4?.url ?? '');
    const full = await app.inject({ url });
    const part = await app.inject({ url, headers: { range: 'bytes=10-19' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${full.rawPayload.length}`);
    expect(part.rawPayload.equals(full.rawPayload.subarray(10, 20))).toBe(true);
    expect((await app.inject({ url, headers: { range: 'bytes=999999999-' } })).statusCode).toBe(
      416,
    );
    const etag = String(full.headers.etag);
    expect((await app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
  });

  it('serves editorial video media too; unknown videos and files are 404, malformed ids 400', async () => {
    const id = app.sandbox.videos.db
      .prepare('SELECT id FROM editorial_videos LIMIT 1')
      .pluck()
      .get() as string;
    const clip = await app.inject({ url: `/sandbox/media/editorial-videos/${id}/thumb.jpg` });
    expect(clip.statusCode).toBe(200);
    expect(clip.headers['content-type']).toBe('image/jpeg');
    expect((await app.inject({ url: '/sandbox/media/videos/1/preview.mp4' })).statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/sandbox/media/videos/${video.id}/preview.avi` })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ url: `/sandbox/media/videos/${video.id}/frames-13.jpg` })).statusCode,
    ).toBe(404);
    expect((await app.inject({ url: '/sandbox/media/videos/abc/preview.mp4' })).statusCode).toBe(
      400,
    );
  });
});
