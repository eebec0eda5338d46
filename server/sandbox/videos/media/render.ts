// Renders a video's media from one generated still (the image renderer's scene for the
// video's category and colours): a slow pan or zoom over it ("Ken Burns"), so previews
// visibly move. Clips are encoded by ffmpeg (H.264 MP4, VP8 WebM) with the stock
// watermark on top; the thumbnail and the frame strip are crops of the same motion.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { runFfmpeg } from '../../lib/ffmpeg';
import { seededRandom } from '../../media/random';
import { sceneSvg, watermarkOverlays } from '../../media/render';
import type { ImagePreviewSpec } from '../../media/types';
import { FRAME_COUNT } from './paths';

/** Bumped when the media change, so stale cached files are not served. */
export const VIDEO_RENDER_VERSION = 'v2';

export interface VideoMediaSpec {
  /** Seeds the picture and the motion: 'video:123' or 'editorial-video:9000123a'. */
  key: string;
  /** Shown in the watermark's id strip. */
  label: string;
  width: number;
  height: number;
  /** Image category names: they pick the picture's motif. */
  categories: string[];
  colors: string[];
  description: string;
}

export const CLIP_FPS = 24;
export const CLIP_SECONDS = 4;
const FRAMES = CLIP_FPS * CLIP_SECONDS;
const FFMPEG_TIMEOUT_MS = 30_000;

export type ClipSize = 'preview' | 'thumb';
/** Long side in pixels: the vendor's previews are small, web-sized clips. */
const LONG_SIDE: Record<ClipSize, number> = { preview: 480, thumb: 240 };

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

/** Pixel size of a clip or picture with this long side, even on both sides (yuv420p needs it). */
export function mediaDimensions(spec: { width: number; height: number }, longSide: number) {
  const aspect = spec.width > 0 && spec.height > 0 ? spec.width / spec.height : 16 / 9;
  return aspect >= 1
    ? { width: even(longSide), height: even(longSide / aspect) }
    : { width: even(longSide * aspect), height: even(longSide) };
}

export function clipDimensions(spec: { width: number; height: number }, size: ClipSize) {
  return mediaDimensions(spec, LONG_SIDE[size]);
}

/** Zoom and pan over the clip: at progress p (0..1), zoom z and the crop's position (0..1 of the slack). */
interface Motion {
  z0: number;
  z1: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function motionOf(spec: VideoMediaSpec): Motion {
  const rnd = seededRandom(`motion:${spec.key}`);
  const zoom = 1.12 + rnd.next() * 0.12;
  switch (rnd.int(0, 3)) {
    case 0: // zoom in towards a point
      return { z0: 1, z1: zoom + 0.1, x0: 0.5, x1: rnd.next(), y0: 0.5, y1: rnd.next() };
    case 1: // zoom out
      return { z0: zoom + 0.1, z1: 1, x0: rnd.next(), x1: 0.5, y0: rnd.next(), y1: 0.5 };
    case 2: // pan left to right
      return { z0: zoom, z1: zoom, x0: 0, x1: 1, y0: 0.3 + rnd.next() * 0.4, y1: 0.5 };
    default: // pan right to left
      return { z0: zoom, z1: zoom, x0: 1, x1: 0, y0: 0.5, y1: 0.3 + rnd.next() * 0.4 };
  }
}

const lerp = (a: number, b: number, p: number) => a + (b - a) * p;

/** The still as raw RGB pixels: each frame cut from it reads them, never a PNG to decode. */
interface Still {
  pixels: Buffer;
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/** The last few stills: a video's files are usually asked for together (grid, hover, strip). */
const stills = new Map<string, Promise<Still>>();

/**
 * The still the motion runs over, twice the long side of what is made from it (smooth
 * sub-pixel motion, a sharp crop when zoomed in): a 240 px thumbnail is cut from a 480 px
 * still, not from the preview's 960 px one, which takes four times the pixels to draw.
 */
function still(spec: VideoMediaSpec, outputLongSide: number): Promise<Still> {
  const longSide = 2 * outputLongSide;
  const key = `${spec.key}@${longSide}`;
  let made = stills.get(key);
  if (!made) {
    if (stills.size >= 16) stills.delete(stills.keys().next().value ?? key);
    made = renderStill(spec, longSide);
    made.catch(() => stills.delete(key));
    stills.set(key, made);
  }
  return made;
}

/** The image renderer's picture of a video: its scene, category and colours. */
export function pictureOf(spec: VideoMediaSpec): ImagePreviewSpec {
  return {
    id: spec.key,
    width: spec.width,
    height: spec.height,
    imageType: 'photo',
    categories: spec.categories,
    colors: spec.colors,
    description: spec.description,
  };
}

async function renderStill(spec: VideoMediaSpec, longSide: number): Promise<Still> {
  const { width, height } = mediaDimensions(spec, longSide);
  const picture = pictureOf(spec);
  const { data, info } = await sharp(Buffer.from(sceneSvg(picture, width, height)))
    .blur(0.8)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, raw: { width: info.width, height: info.height, channels: info.channels } };
}

const stillImage = (source: Still) => sharp(source.pixels, { raw: source.raw });

/** The preview watermark as one transparent PNG of the clip's size, for ffmpeg to overlay. */
async function watermark(spec: VideoMediaSpec, width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite(await watermarkOverlays(width, height, spec.label))
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** A frame of the motion at progress p, as a JPEG of the given long side (watermarked or not). */
export async function renderFrame(
  spec: VideoMediaSpec,
  p: number,
  longSide: number,
  watermarked: boolean,
): Promise<Buffer> {
  const source = await still(spec, longSide);
  const m = motionOf(spec);
  const z = lerp(m.z0, m.z1, p);
  const { width, height } = source.raw;
  const w = Math.round(width / z);
  const h = Math.round(height / z);
  const left = Math.round((width - w) * lerp(m.x0, m.x1, p));
  const top = Math.round((height - h) * lerp(m.y0, m.y1, p));
  const size = mediaDimensions(spec, longSide);
  let image = stillImage(source)
    .extract({ left, top, width: w, height: h })
    .resize(size.width, size.height, { fit: 'fill' });
  if (watermarked)
    image = image.composite(await watermarkOverlays(size.width, size.height, spec.label));
  return image.jpeg({ quality: 82 }).toBuffer();
}

/** Progress of frame n (1-based) of the thumb_jpgs strip. */
export const stripProgress = (n: number) => (n - 0.5) / FRAME_COUNT;

export type ClipFormat = 'mp4' | 'webm';

const CODEC_ARGS: Record<ClipFormat, (size: ClipSize) => string[]> = {
  mp4: () => [
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '27',
    '-profile:v',
    'main',
    '-movflags',
    '+faststart',
  ],
  webm: (size) => [
    '-c:v',
    'libvpx',
    '-deadline',
    'realtime',
    '-cpu-used',
    '8',
    '-crf',
    '34',
    '-b:v',
    size === 'preview' ? '450k' : '160k',
    '-auto-alt-ref',
    '0',
  ],
};

/** A watermarked preview clip: CLIP_SECONDS of the motion at CLIP_FPS. */
export async function renderClip(
  spec: VideoMediaSpec,
  size: ClipSize,
  format: ClipFormat,
): Promise<Buffer> {
  const { width, height } = clipDimensions(spec, size);
  const [source, mark] = await Promise.all([
    still(spec, LONG_SIDE[size]),
    watermark(spec, width, height),
  ]);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-clip-'));
  try {
    const outFile = path.join(dir, `clip.${format}`);
    await encodeMotion(spec, source, mark, {
      width,
      height,
      frames: FRAMES,
      fps: CLIP_FPS,
      codec: CODEC_ARGS[format](size),
      outFile,
    });
    return await fs.readFile(outFile);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

interface EncodeOptions {
  width: number;
  height: number;
  frames: number;
  fps: number;
  codec: string[];
  outFile: string;
  /** How long ffmpeg may take (default FFMPEG_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Encodes the motion over a still (and an overlay, when given) with ffmpeg. */
async function encodeMotion(
  spec: VideoMediaSpec,
  source: Still,
  overlay: Buffer | undefined,
  { width, height, frames, fps, codec, outFile, timeoutMs }: EncodeOptions,
): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-motion-'));
  try {
    const stillFile = path.join(dir, 'still.png');
    const markFile = path.join(dir, 'mark.png');
    await Promise.all([
      stillImage(source).png({ compressionLevel: 1 }).toFile(stillFile),
      overlay ? fs.writeFile(markFile, overlay) : undefined,
    ]);
    const m = motionOf(spec);
    const p = `(on/${Math.max(1, frames - 1)})`;
    const zoom = `${m.z0}+(${m.z1 - m.z0})*${p}`;
    const x = `(iw-iw/zoom)*(${m.x0}+(${m.x1 - m.x0})*${p})`;
    const y = `(ih-ih/zoom)*(${m.y0}+(${m.y1 - m.y0})*${p})`;
    const motion = `[0:v]zoompan=z='${zoom}':x='${x}':y='${y}':d=1:s=${width}x${height}:fps=${fps},setsar=1`;
    const filter = overlay
      ? `${motion}[v];[v][1:v]overlay=0:0,format=yuv420p[out]`
      : `${motion},format=yuv420p[out]`;
    await run(
      [
        ...['-hide_banner', '-loglevel', 'error', '-y'],
        ...['-loop', '1', '-framerate', String(fps), '-i', stillFile],
        ...(overlay ? ['-i', markFile] : []),
        ...['-filter_complex', filter, '-map', '[out]'],
        ...['-frames:v', String(frames), '-r', String(fps), '-an'],
        ...codec,
        outFile,
      ],
      timeoutMs,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Runs ffmpeg for a file it writes itself (the output file is in `args`). */
export async function run(args: string[], timeoutMs = FFMPEG_TIMEOUT_MS): Promise<void> {
  await runFfmpeg(args, undefined, timeoutMs);
}
