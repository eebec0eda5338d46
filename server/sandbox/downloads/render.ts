// Makes the licensed files: the same pictures, clips and sounds as the previews, at the
// licensed size and without the preview watermark.
import fs from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { grainOverlay, renderPicture, sceneSvg } from '../media/render';
import { epsRasterSize, fitLongSide } from '../media/sizes';
import { renderLicensedClip } from '../videos/media/licensed-clip';
import { RENDITION_BITS_PER_SECOND } from '../videos/formats';
import { synthesizeTrack } from '../audio/media/music';
import { synthesizeEffect } from '../audio/media/effects';
import { PCM_INPUT, pcmBytes } from '../audio/media/encode';
import { runFfmpeg } from '../lib/ffmpeg';
import { epsDocument } from './eps';
import { wavFile } from './wav';
import type { DownloadFile } from './files';

/** The scene is drawn at most this big and scaled up: huge pictures stay quick to make. */
const MAX_DRAW_SIDE = 2400;

/** A whole track (up to 7 minutes) takes longer to encode than a preview. */
const ENCODE_TIMEOUT_MS = 120_000;

/** JPEG quality of licensed pictures (baseline, 4:2:0, no mozjpeg: quick to make). */
export const LICENSED_JPEG_QUALITY = 90;

/**
 * A licensed JPEG: the picture without the watermark, with the photo grain on every kind
 * of picture (so its file size follows its pixel count; see imageFileSize). Up to
 * MAX_DRAW_SIDE it is the preview renderer's picture; larger ones are that picture at
 * MAX_DRAW_SIDE scaled up, with the grain added at full size — a huge picture in a few
 * seconds, not a blur and composite over tens of megapixels of drawing.
 */
async function licensedJpeg(file: Extract<DownloadFile, { kind: 'jpg' }>): Promise<Buffer> {
  const drawn = file.drawn ?? file;
  const long = Math.max(drawn.width, drawn.height);
  let image: Sharp;
  if (long <= MAX_DRAW_SIDE) {
    const jpeg = await renderPicture(file.spec, drawn.width, drawn.height, {
      watermark: false,
      grain: true,
      quality: file.drawn ? 95 : LICENSED_JPEG_QUALITY,
      progressive: false,
      density: file.dpi,
    });
    if (!file.drawn) return jpeg;
    image = sharp(jpeg);
  } else {
    // One libvips pipeline (resize, grain, crop, encode run in strips, never the whole
    // picture in memory as raw pixels); a linear kernel, as the drawing is soft already.
    const base = fitLongSide(drawn, MAX_DRAW_SIDE);
    const jpeg = await renderPicture(file.spec, base.width, base.height, {
      watermark: false,
      quality: 95,
      progressive: false,
    });
    image = sharp(jpeg)
      .resize(drawn.width, drawn.height, { fit: 'fill', kernel: 'linear' })
      .composite([await grainOverlay(drawn.width, drawn.height)]);
    if (file.drawn) image = sharp(await image.png({ compressionLevel: 0 }).toBuffer());
  }
  if (file.drawn) {
    const left = Math.floor((drawn.width - file.width) / 2);
    const top = Math.floor((drawn.height - file.height) / 2);
    image = image.extract({ left, top, width: file.width, height: file.height });
  }
  return image
    .withMetadata({ density: file.dpi })
    .jpeg({
      quality: LICENSED_JPEG_QUALITY,
      progressive: false,
      chromaSubsampling: '4:2:0',
      optimiseCoding: false,
    })
    .toBuffer();
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
      return fs.writeFile(outFile, epsDocument(data, width, height, file, title));
    }
    case 'mov':
      return renderLicensedClip(
        file.spec,
        {
          width: file.width,
          height: file.height,
          seconds: file.seconds,
          fps: file.fps,
          bitsPerSecond: RENDITION_BITS_PER_SECOND[file.rendition],
        },
        outFile,
      );
    case 'wav':
    case 'mp3': {
      const pcm =
        file.sound === 'track'
          ? await synthesizeTrack(file.spec, file.seconds, { watermark: false })
          : synthesizeEffect(file.spec, file.seconds, { watermark: false });
      const title = `Stockroom sandbox ${file.sound === 'track' ? 'track' : 'sound effect'} ${file.spec.id}`;
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
