// Makes the licensed files: the same pictures, clips and sounds as the previews, at the
// licensed size and without the preview watermark.
import fs from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { grainOverlay, picturePipeline, renderPicture, sceneSvg } from '../media/render';
import { epsRasterSize, fitLongSide } from '../media/sizes';
import { renderLicensedClip } from '../videos/media/licensed-clip';
import { RENDITION_BITS_PER_SECOND } from '../videos/formats';
import { synthesizeTrack } from '../audio/media/music';
import { synthesizeEffect } from '../audio/media/effects';
import { PCM_INPUT, pcmBytes } from '../audio/media/encode';
import { soundTitle } from '../audio/media/paths';
import { wavFile } from '../audio/media/wav';
import { runFfmpeg } from '../lib/ffmpeg';
import { jpegFits, padJpeg, padQuickTime } from '../lib/exact-size';
import { epsDocument } from './eps';
import type { DownloadFile } from './files';

/** The scene is drawn at most this big and scaled up: huge pictures stay quick to make. */
const MAX_DRAW_SIDE = 2400;

/** A whole track (up to 7 minutes) takes longer to encode than a preview. */
const ENCODE_TIMEOUT_MS = 120_000;

/**
 * Licensed clips are encoded at this share of their rendition's bit rate: x264's constant
 * rate lands within 2 % of it, and a `free` atom fills the file up to the announced size.
 */
const CLIP_RATE_SHARE = 0.96;

/** JPEG quality of licensed pictures (baseline, 4:2:0, no mozjpeg: quick to make). */
export const LICENSED_JPEG_QUALITY = 90;

/**
 * A licensed JPEG: the picture without the watermark, with the photo grain on every kind
 * of picture. Up to MAX_DRAW_SIDE it is the preview renderer's drawing; larger ones are
 * that drawing at MAX_DRAW_SIDE scaled up, with the grain added at full size — a huge
 * picture in a few seconds, not a blur and composite over tens of megapixels of drawing.
 * A size the API announced (`fileSize`) is met exactly (see jpegOfSize).
 */
async function licensedJpeg(file: Extract<DownloadFile, { kind: 'jpg' }>): Promise<Buffer> {
  const { encode, sample } = await jpegEncoder(file);
  if (file.fileSize === undefined) return encode(LICENSED_JPEG_QUALITY);
  return jpegOfSize(encode, file.fileSize, sample);
}

interface JpegEncoder {
  encode: (quality: number) => Promise<Buffer>;
  /** For pictures too large to encode several times: the bytes at a quality, foretold. */
  sample?: (quality: number) => Promise<number>;
}

/** Bands across a large picture whose encoding foretells the whole one's size (a twentieth). */
const SAMPLE_BANDS = 2;

/** The picture, ready to be encoded at any quality (once or a few times). */
async function jpegEncoder(file: Extract<DownloadFile, { kind: 'jpg' }>): Promise<JpegEncoder> {
  const drawn = file.drawn ?? file;
  if (Math.max(drawn.width, drawn.height) <= MAX_DRAW_SIDE) {
    // Drawn once, to pixels, and encoded as often as the size calls for.
    const picture = await picturePipeline(file.spec, drawn.width, drawn.height, {
      watermark: false,
      grain: true,
    });
    const { data, info } = await picture.raw().toBuffer({ resolveWithObject: true });
    const pixels = sharp(data, { raw: info });
    if (file.drawn) return { encode: cropped(file, pixels) };
    return { encode: jpegOf(pixels.withMetadata({ density: file.dpi })) };
  }
  // One libvips pipeline (resize, grain, crop, encode run in strips, never the whole
  // picture in memory as raw pixels); a linear kernel, as the drawing is soft already.
  const base = fitLongSide(drawn, MAX_DRAW_SIDE);
  const jpeg = await renderPicture(file.spec, base.width, base.height, {
    watermark: false,
    quality: 95,
    progressive: false,
  });
  const image = sharp(jpeg)
    .resize(drawn.width, drawn.height, { fit: 'fill', kernel: 'linear' })
    .composite([await grainOverlay(drawn.width, drawn.height)]);
  if (file.drawn)
    return { encode: cropped(file, sharp(await image.png({ compressionLevel: 0 }).toBuffer())) };
  const encode = jpegOf(image.withMetadata({ density: file.dpi }));
  // Two bands across the picture, a twentieth of its rows: their size at a quality, scaled up.
  const rows = Math.max(128, Math.round(file.height / 40));
  const bands = Array.from({ length: SAMPLE_BANDS }, (_, band) =>
    jpegOf(
      image.clone().extract({
        left: 0,
        top: Math.round(((file.height - rows) * (band + 0.5)) / SAMPLE_BANDS),
        width: file.width,
        height: rows,
      }),
    ),
  );
  const sample = async (quality: number) => {
    let bytes = 0;
    for (const band of bands) bytes += (await band(quality)).length;
    return (bytes * file.height) / (rows * SAMPLE_BANDS);
  };
  return { encode, sample };
}

/** The drawn picture cropped to the file's size around its centre, ready to encode. */
function cropped(file: Extract<DownloadFile, { kind: 'jpg' }>, image: Sharp) {
  const drawn = file.drawn ?? file;
  const left = Math.floor((drawn.width - file.width) / 2);
  const top = Math.floor((drawn.height - file.height) / 2);
  return jpegOf(
    image
      .extract({ left, top, width: file.width, height: file.height })
      .withMetadata({ density: file.dpi }),
  );
}

/** Encodes the pipeline as a licensed JPEG (baseline, 4:2:0) at a quality, as often as asked. */
function jpegOf(pipeline: Sharp) {
  return (quality: number) =>
    pipeline
      .clone()
      .jpeg({ quality, progressive: false, chromaSubsampling: '4:2:0', optimiseCoding: false })
      .toBuffer();
}

/**
 * The picture as a JPEG of exactly `size` bytes: the highest quality from 50 to 97 whose
 * encoding fits (see highestQuality; on a sample of the picture when it is large), padded
 * to the byte (padJpeg). The size the API announces is an estimate from the kind of
 * picture and its pixel count (imageFileSize); this makes it the truth.
 */
export async function jpegOfSize(
  encode: (quality: number) => Promise<Buffer>,
  size: number,
  sample?: (quality: number) => Promise<number>,
): Promise<Buffer> {
  const encoded = new Map<number, Promise<Buffer>>();
  const once = (quality: number) => {
    let jpeg = encoded.get(quality);
    if (!jpeg) encoded.set(quality, (jpeg = encode(quality)));
    return jpeg;
  };
  const fits = async (quality: number) =>
    sample
      ? (await sample(quality)) <= size * SAMPLE_SPARE
      : jpegFits((await once(quality)).length, size);
  let quality = await highestQuality(fits);
  // A sample can misjudge: step down until the whole picture fits.
  for (let jpeg = await once(quality); ; jpeg = await once(--quality)) {
    if (jpegFits(jpeg.length, size)) return padJpeg(jpeg, size);
    // Only a picture far busier than any measured gets here: delivered as it is.
    if (quality <= MIN_QUALITY) return jpeg;
  }
}

const [MIN_QUALITY, MAX_QUALITY] = [50, 97];
/** A sampled size is an estimate: the whole picture's must fit with this to spare. */
const SAMPLE_SPARE = 0.97;

/**
 * The highest quality that fits, or the lowest: from quality 90, steps of 2, 4, 8… up or
 * down until the answer is bracketed, then bisection (three or four tries for most).
 */
async function highestQuality(fits: (quality: number) => Promise<boolean>): Promise<number> {
  let [low, high] = [MIN_QUALITY - 1, MAX_QUALITY + 1]; // low fits, high does not
  const up = await fits(LICENSED_JPEG_QUALITY);
  if (up) low = LICENSED_JPEG_QUALITY;
  else high = LICENSED_JPEG_QUALITY;
  for (let step = 2; ; step *= 2) {
    const probe = up ? low + step : high - step;
    if (probe <= low || probe >= high) break;
    const ok = await fits(probe);
    if (ok) low = probe;
    else high = probe;
    if (ok !== up) break;
  }
  while (high - low > 1) {
    const probe = Math.floor((low + high) / 2);
    if (await fits(probe)) low = probe;
    else high = probe;
  }
  return Math.max(low, MIN_QUALITY);
}

/** Writes the file to `outFile`. */
export async function renderDownload(file: DownloadFile, outFile: string): Promise<void> {
  switch (file.kind) {
    case 'jpg':
      return fs.writeFile(outFile, await licensedJpeg(file));
    case 'svg':
      return fs.writeFile(outFile, sceneSvg(file.spec, file.width, file.height));
    case 'eps': {
      const { width, height } = epsRasterSize(file);
      const { data } = await sharp(Buffer.from(sceneSvg(file.spec, width, height)))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const title = `shutterstock_${file.spec.id}_vector.eps`;
      return fs.writeFile(outFile, epsDocument(data, width, height, file, title, file.fileSize));
    }
    case 'mov':
      // Encoded a little under the rendition's rate, then padded to the announced size.
      await renderLicensedClip(
        file.spec,
        {
          width: file.width,
          height: file.height,
          seconds: file.seconds,
          fps: file.fps,
          bitsPerSecond: Math.round(RENDITION_BITS_PER_SECOND[file.rendition] * CLIP_RATE_SHARE),
        },
        outFile,
      );
      await padQuickTime(outFile, file.fileSize);
      return;
    case 'wav':
    case 'mp3': {
      const pcm =
        file.sound === 'track'
          ? await synthesizeTrack(file.spec, file.seconds, { watermark: false })
          : synthesizeEffect(file.spec, file.seconds, { watermark: false });
      const title = soundTitle(file.sound === 'track' ? 'audio' : 'sfx', file.spec.id);
      return fs.writeFile(outFile, file.kind === 'wav' ? wavFile(pcm) : await mp3(pcm, title));
    }
  }
}

/** A stereo MP3 at 320 kbit/s, as licensed music is sold. */
function mp3(pcm: Float32Array, title: string): Promise<Buffer> {
  return runFfmpeg(
    [
      ...PCM_INPUT,
      ...['-map_metadata', '-1', '-metadata', `title=${title}`],
      ...['-ac', '2', '-c:a', 'libmp3lame', '-b:a', '320k', '-f', 'mp3', 'pipe:1'],
    ],
    pcmBytes(pcm),
    ENCODE_TIMEOUT_MS,
  );
}
