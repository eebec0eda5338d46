// Makes the licensed files: the same pictures, clips and sounds as the previews, at the
// licensed size and without the preview watermark.
import fs from 'node:fs/promises';
import sharp from 'sharp';
import { renderPicture, sceneSvg } from '../media/render';
import { renderLicensedClip } from '../videos/media/render';
import { synthesizeTrack } from '../audio/media/music';
import { synthesizeEffect } from '../audio/media/effects';
import { runFfmpeg } from '../audio/media/encode';
import { SAMPLE_RATE } from '../audio/media/dsp';
import { epsDocument } from './eps';
import { wavFile } from './wav';
import type { DownloadFile } from './files';

/** The scene is drawn at most this big and scaled up: huge pictures stay quick to make. */
const MAX_DRAW_SIDE = 2400;
/** The raster inside an EPS: enough for print proofs, small enough to stay quick. */
const EPS_RASTER_SIDE = 1600;

/** A whole track (up to 7 minutes) takes longer to encode than a preview. */
const ENCODE_TIMEOUT_MS = 120_000;

/** Writes the file to `outFile`. */
export async function renderDownload(file: DownloadFile, outFile: string): Promise<void> {
  switch (file.kind) {
    case 'jpg': {
      const drawn = file.drawn ?? file;
      const options = {
        watermark: false,
        quality: 90,
        maxDrawSide: MAX_DRAW_SIDE,
        density: file.dpi,
      };
      const jpeg = await renderPicture(file.spec, drawn.width, drawn.height, options);
      if (!file.drawn) return fs.writeFile(outFile, jpeg);
      const left = Math.floor((drawn.width - file.width) / 2);
      const top = Math.floor((drawn.height - file.height) / 2);
      return void (await sharp(jpeg)
        .extract({ left, top, width: file.width, height: file.height })
        .withMetadata({ density: file.dpi })
        .jpeg({ quality: 90 })
        .toFile(outFile));
    }
    case 'svg':
      return fs.writeFile(outFile, sceneSvg(file.spec, file.width, file.height));
    case 'eps': {
      const scale = Math.min(1, EPS_RASTER_SIDE / Math.max(file.width, file.height));
      const width = Math.max(1, Math.round(file.width * scale));
      const height = Math.max(1, Math.round(file.height * scale));
      const { data } = await sharp(Buffer.from(sceneSvg(file.spec, width, height)))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const title = `shutterstock_${file.spec.id}_vector.eps`;
      return fs.writeFile(outFile, epsDocument(data, width, height, file, title));
    }
    case 'mp4':
      return renderLicensedClip(
        file.spec,
        { width: file.width, height: file.height },
        file.seconds,
        file.fps,
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
      ...['-hide_banner', '-loglevel', 'error', '-nostdin'],
      ...['-f', 'f32le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', 'pipe:0'],
      ...['-map_metadata', '-1', '-metadata', `title=${title}`],
      ...['-ac', '2', '-c:a', 'libmp3lame', '-b:a', '320k', '-f', 'mp3', 'pipe:1'],
    ],
    Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength),
    ENCODE_TIMEOUT_MS,
  );
}
