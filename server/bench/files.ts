// First downloads of licensed files, per media type and size, on a fresh file cache: the
// time from the request of a signed link to its last byte (the file is made on that first
// request), with the file's size beside what the API announced. References measured in the
// same run: for video, the previous way of making a licensed clip (every frame through
// ffmpeg's zoompan, x264 veryfast CRF 23) for the same HD clip at its full length; for
// images, the previous huge-image path (the whole picture blurred and grained at full size,
// progressive JPEG). Run by `npm run bench`, or alone: `npx tsx server/bench/files.ts`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import { buildApp } from '../app';
import { readConfig } from '../config';
import { toImage } from '../sandbox/catalog/images';
import { resolveDownload } from '../sandbox/downloads/files';
import type { DownloadTarget } from '../sandbox/downloads/signing';
import { renderPicture, sceneSvg } from '../sandbox/media/render';
import { sizeDetails } from '../sandbox/videos/videos';
import { videoMediaSpec } from '../sandbox/videos/media/spec';
import { table } from './report';

/** The aims: an HD clip and a full-size image ready this fast on a 2-core machine. */
export const DOWNLOAD_AIM_MS = { hd: 10_000, hugeImage: 3_000 };

export interface DownloadTiming {
  what: string;
  ms: number;
  bytes: number;
  announced: number | undefined;
  aimMs?: number;
}

export interface DownloadBench {
  timings: DownloadTiming[];
  references: { what: string; ms: number }[];
}

type Target = Omit<DownloadTarget, 'licenseId'>;

function one<T>(db: { prepare: (sql: string) => { get: () => unknown } }, sql: string): T {
  return db.prepare(sql).get() as T;
}

/** Runs the first downloads on a fresh sandbox over `dataDir` (a catalog is seeded if none). */
export async function benchDownloads(dataDir: string): Promise<DownloadBench> {
  // A fresh file cache: nothing licensed has been made in this data directory yet.
  fs.rmSync(path.join(dataDir, 'media', 'downloads'), { recursive: true, force: true });
  const app = await buildApp({
    config: readConfig({ STOCKROOM_DATA_DIR: dataDir, PORT: '0' }),
    spa: 'none',
  });
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const { sandbox } = app;
    const timed = async (what: string, target: Target, announced?: number, aimMs?: number) => {
      const { url } = sandbox.downloads.sign(base, { ...target, licenseId: 'bench' }, Date.now());
      const started = performance.now();
      const response = await fetch(url);
      const body = Buffer.from(await response.arrayBuffer());
      const ms = performance.now() - started;
      if (!response.ok)
        throw new Error(`${what}: ${response.status} ${body.toString().slice(0, 200)}`);
      const timing: DownloadTiming = { what, ms, bytes: body.length, announced };
      if (aimMs !== undefined) timing.aimMs = aimMs;
      return timing;
    };
    const timings: DownloadTiming[] = [];

    // Images: a large photo (the huge size is the full size), a vector, editorial.
    const photo = one<{ id: number; width: number; height: number }>(
      sandbox.db,
      "SELECT id, width, height FROM images WHERE image_type = 'photo' AND width * height BETWEEN 20000000 AND 26000000 LIMIT 1",
    );
    const photoRow = sandbox.catalog.images.find(String(photo.id));
    if (!photoRow) throw new Error('no photo to download');
    const photoAssets = toImage(photoRow, 'full', '').assets as Record<
      string,
      { file_size?: number; width?: number; height?: number } | undefined
    >;
    for (const size of ['small', 'medium', 'huge']) {
      const details = photoAssets[`${size}_jpg`];
      timings.push(
        await timed(
          `image ${size} (photo ${details?.width} × ${details?.height})`,
          { media: 'image', assetId: String(photo.id), size, format: 'jpg' },
          details?.file_size,
          size === 'huge' ? DOWNLOAD_AIM_MS.hugeImage : undefined,
        ),
      );
    }
    const vector = one<{ id: number }>(
      sandbox.db,
      "SELECT id FROM images WHERE image_type = 'vector' LIMIT 1",
    );
    const vectorRow = sandbox.catalog.images.find(String(vector.id));
    const vectorAssets = vectorRow
      ? (toImage(vectorRow, 'full', '').assets as Record<
          string,
          { file_size?: number; width?: number; height?: number } | undefined
        >)
      : {};
    timings.push(
      await timed(
        `image vector EPS (${vectorAssets.vector_eps?.width} × ${vectorAssets.vector_eps?.height})`,
        { media: 'image', assetId: String(vector.id), size: 'vector', format: 'eps' },
        vectorAssets.vector_eps?.file_size,
      ),
      await timed(
        `image huge (vector ${vectorAssets.huge_jpg?.width} × ${vectorAssets.huge_jpg?.height})`,
        { media: 'image', assetId: String(vector.id), size: 'huge', format: 'jpg' },
        vectorAssets.huge_jpg?.file_size,
        DOWNLOAD_AIM_MS.hugeImage,
      ),
    );
    const editorial = one<{ id: string; width: number; height: number }>(
      sandbox.editorial.db,
      'SELECT id, width, height FROM editorial_images ORDER BY width * height DESC LIMIT 1',
    );
    timings.push(
      await timed(
        `editorial image original (${editorial.width} × ${editorial.height})`,
        { media: 'editorial-image', assetId: editorial.id, size: 'original', format: 'jpg' },
        undefined,
        DOWNLOAD_AIM_MS.hugeImage,
      ),
    );

    // Video: every rendition of one typical 4K clip (16:9, 29.97 fps, about 20 s).
    const clip = one<{ id: number; duration: number; fps: number }>(
      sandbox.videos.db,
      "SELECT id, duration, fps FROM videos WHERE resolution = '4k' AND aspect_ratio = '16:9' AND fps = 29.97 ORDER BY abs(duration - 20) LIMIT 1",
    );
    const clipRow = sandbox.videos.videos.find(String(clip.id));
    if (!clipRow) throw new Error('no clip to download');
    const renditions = sizeDetails(clipRow);
    for (const size of ['web', 'sd', 'hd', '4k']) {
      const details = renditions[size];
      timings.push(
        await timed(
          `video ${size} (${details?.width} × ${details?.height}, ${clip.duration} s at ${clip.fps} fps)`,
          { media: 'video', assetId: String(clip.id), size, format: 'mov' },
          details?.file_size,
          size === 'hd' ? DOWNLOAD_AIM_MS.hd : undefined,
        ),
      );
    }
    // The longest 60 fps HD clip: the most frames a licensed HD file has.
    const long = one<{ id: number; duration: number; fps: number }>(
      sandbox.videos.db,
      "SELECT id, duration, fps FROM videos WHERE resolution IN ('hd', '4k') AND fps >= 59 ORDER BY duration DESC LIMIT 1",
    );
    const longRow = sandbox.videos.videos.find(String(long.id));
    timings.push(
      await timed(
        `video hd (longest 60 fps clip: ${long.duration} s at ${long.fps} fps)`,
        { media: 'video', assetId: String(long.id), size: 'hd', format: 'mov' },
        longRow ? sizeDetails(longRow).hd?.file_size : undefined,
        DOWNLOAD_AIM_MS.hd,
      ),
    );

    // Music and sound effects: a typical track, a long effect.
    const track = one<{ id: number; duration: number }>(
      sandbox.audio.db,
      'SELECT id, duration FROM tracks ORDER BY abs(duration - 150) LIMIT 1',
    );
    // The size the API announces for the track's WAV (its header included).
    const trackAnswer = await app.inject({
      url: `/v2/audio/${track.id}?view=full`,
      headers: { authorization: `Bearer ${sandbox.defaultUser().accessToken}` },
    });
    const trackAssets = (trackAnswer.json() as { assets?: Record<string, { file_size?: number }> })
      .assets;
    timings.push(
      await timed(
        `music WAV (${track.duration} s)`,
        { media: 'audio', assetId: String(track.id), size: 'original', format: 'wav' },
        trackAssets?.original_audio?.file_size,
      ),
    );
    const sfx = one<{ id: number; duration: number }>(
      sandbox.audio.db,
      'SELECT id, duration FROM sfx ORDER BY duration DESC LIMIT 1',
    );
    timings.push(
      await timed(`sound effect MP3 (${sfx.duration} s)`, {
        media: 'sfx',
        assetId: String(sfx.id),
        size: 'mp3',
        format: 'mp3',
      }),
    );

    // References, measured now on the same machine.
    const references: { what: string; ms: number }[] = [];
    const hdFile = resolveDownload(sandbox, {
      media: 'video',
      assetId: String(clip.id),
      size: 'hd',
      format: 'mov',
      licenseId: '',
    });
    const spec = videoMediaSpec(sandbox.videos, 'videos', String(clip.id));
    if (spec && hdFile.kind === 'mov') {
      references.push({
        what: `previous clip encoder: zoompan every frame, x264 veryfast CRF 23, the same HD clip (${clip.duration} s)`,
        ms: await previousClipEncode(spec, hdFile.width, hdFile.height, clip.duration, clip.fps),
      });
    }
    const photoSpec = sandbox.catalog.images.previewSpec(String(photo.id));
    if (photoSpec) {
      const started = performance.now();
      await renderPicture(photoSpec, photo.width, photo.height, {
        watermark: false,
        quality: 90,
        maxDrawSide: 2400,
        density: 300,
      });
      references.push({
        what: `previous huge-image path: blur and grain over the full ${photo.width} × ${photo.height}, progressive JPEG`,
        ms: performance.now() - started,
      });
    }
    return { timings, references };
  } finally {
    await app.close();
  }
}

/** The previous licensed-clip encoder: a Ken Burns zoompan over a still, every frame encoded. */
async function previousClipEncode(
  spec: NonNullable<ReturnType<typeof videoMediaSpec>>,
  width: number,
  height: number,
  seconds: number,
  fps: number,
): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-bench-clip-'));
  try {
    const stillFile = path.join(dir, 'still.png');
    const sharp = (await import('sharp')).default;
    const long = Math.min(4096, Math.round(Math.max(width, height) * 1.25));
    const stillHeight = Math.round((long * height) / width);
    const picture = {
      id: spec.key,
      width: spec.width,
      height: spec.height,
      imageType: 'photo' as const,
      categories: spec.categories,
      colors: spec.colors,
      description: spec.description,
    };
    const started = performance.now();
    await sharp(Buffer.from(sceneSvg(picture, long, stillHeight)))
      .blur(0.8)
      .png({ compressionLevel: 1 })
      .toFile(stillFile);
    const frames = Math.round(seconds * fps);
    const p = `(on/${frames - 1})`;
    await new Promise<void>((resolve, reject) => {
      execFile(
        ffmpegInstaller.path,
        [
          ...['-hide_banner', '-loglevel', 'error', '-y'],
          ...['-loop', '1', '-framerate', String(fps), '-i', stillFile],
          ...[
            '-filter_complex',
            `[0:v]zoompan=z='1+0.2*${p}':x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.5':d=1:s=${width}x${height}:fps=${fps},setsar=1,format=yuv420p[out]`,
          ],
          ...['-map', '[out]', '-frames:v', String(frames), '-r', String(fps), '-an'],
          ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-profile:v', 'high'],
          path.join(dir, 'clip.mp4'),
        ],
        { timeout: 600_000 },
        (error) => (error ? reject(error) : resolve()),
      );
    });
    return performance.now() - started;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number | undefined) =>
  bytes === undefined ? '—' : `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Whether the file has the announced size to the byte (megabytes with two decimals hide a header). */
const exactness = (t: DownloadTiming) =>
  t.announced === undefined
    ? ''
    : t.bytes === t.announced
      ? ' ✓ exact'
      : ` ✗ ${t.bytes - t.announced > 0 ? '+' : ''}${t.bytes - t.announced} bytes`;

/** The results as table rows: what, first download, aim, size delivered, announced. */
export function downloadRows(result: DownloadBench): string[][] {
  return [
    ['first download (fresh cache)', 'time', 'aim', 'delivered', 'announced'],
    ...result.timings.map((t) => [
      t.what,
      seconds(t.ms),
      t.aimMs === undefined ? '' : `< ${seconds(t.aimMs)} ${t.ms < t.aimMs ? '✓' : '✗'}`,
      mb(t.bytes) + exactness(t),
      mb(t.announced),
    ]),
    ...result.references.map((r) => [`reference: ${r.what}`, seconds(r.ms), '', '', '']),
  ];
}

// Alone: a fresh data directory (seeded), the first downloads, the table.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-bench-downloads-'));
  console.log(`Seeding a fresh sandbox in ${dataDir}, then downloading each kind of file once…`);
  benchDownloads(dataDir)
    .then((result) => console.log(`\n${table(downloadRows(result), { rule: false })}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => fs.rmSync(dataDir, { recursive: true, force: true }));
}
