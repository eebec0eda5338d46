// GET /sandbox/media/audio/:id/:file and /sandbox/media/sfx/:id/:file — music and sound
// effect previews (MP3, OGG), waveform PNG and peaks JSON. Public, generated on first
// request and kept on disk, immutable for a year, byte ranges for seeking.
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { versionedCache } from '../../lib/disk-cache';
import { createLimit } from '../../lib/limit';
import { IMMUTABLE, refuseMedia, sendMedia } from '../../lib/send-media';
import type { SfxSoundSpec } from '../sfx';
import type { TrackSoundSpec } from '../tracks';
import { synthesizeEffect } from './effects';
import { encodeAudio } from './encode';
import { synthesizeTrack } from './music';
import {
  isAudioMediaFile,
  PREVIEW_SECONDS,
  soundTitle,
  type AudioMediaFile,
  type AudioMediaKind,
} from './paths';
import { waveformJson, waveformPng } from './waveform';

/** Bump when the synthesis changes: previews are then generated afresh. */
export const AUDIO_RENDER_VERSION = 'a4';

export interface AudioMediaOptions {
  cacheDir: string;
  track: (id: string) => TrackSoundSpec | undefined;
  sfx: (id: string) => SfxSoundSpec | undefined;
}

const CONTENT_TYPES: Record<AudioMediaFile, string> = {
  'preview.mp3': 'audio/mpeg',
  'preview.ogg': 'audio/ogg',
  'waveform.png': 'image/png',
  'waveform.json': 'application/json',
};

const ID = /^[1-9]\d{0,14}$/;
const WAVEFORM_FILES = ['waveform.png', 'waveform.json'] as const;

/** Samples of an asset's preview: at most PREVIEW_SECONDS. */
export function previewSamples(
  kind: AudioMediaKind,
  spec: TrackSoundSpec | SfxSoundSpec,
): Promise<Float32Array> {
  const seconds = Math.min(PREVIEW_SECONDS, spec.duration);
  return kind === 'audio'
    ? synthesizeTrack(spec as TrackSoundSpec, seconds)
    : Promise.resolve(synthesizeEffect(spec as SfxSoundSpec, seconds));
}

/** One of an asset's media files, from its preview samples. */
export function renderFromSamples(
  kind: AudioMediaKind,
  id: string,
  pcm: Float32Array,
  file: AudioMediaFile,
): Promise<Buffer> {
  const title = soundTitle(kind, id);
  switch (file) {
    case 'preview.mp3':
      return encodeAudio(pcm, 'mp3', title);
    case 'preview.ogg':
      return encodeAudio(pcm, 'ogg', title);
    case 'waveform.png':
      return waveformPng(pcm);
    case 'waveform.json':
      return Promise.resolve(waveformJson(pcm));
  }
}

export async function renderAudioMedia(
  kind: AudioMediaKind,
  spec: TrackSoundSpec | SfxSoundSpec,
  file: AudioMediaFile,
): Promise<Buffer> {
  return renderFromSamples(kind, spec.id, await previewSamples(kind, spec), file);
}

export const audioMediaPlugin: FastifyPluginAsync<AudioMediaOptions> = async (app, options) => {
  const cache = versionedCache(path.join(options.cacheDir, 'audio'), AUDIO_RENDER_VERSION);
  // Synthesis and encoding are CPU-bound: two at a time (this machine has two cores).
  const limit = createLimit(2);

  const serve =
    (kind: AudioMediaKind) =>
    async (
      request: FastifyRequest<{ Params: { id: string; file: string } }>,
      reply: FastifyReply,
    ) => {
      const { id, file } = request.params;
      if (!ID.test(id))
        return sendError(
          reply,
          400,
          'VALIDATION_INVALID_PARAMETER',
          `The id must be a positive integer: ${id}`,
        );
      if (!isAudioMediaFile(file) || (kind === 'sfx' && file === 'preview.ogg'))
        return sendError(reply, 404, 'NOT_FOUND', `No such file: ${file}`);
      const spec = kind === 'audio' ? options.track(id) : options.sfx(id);
      if (!spec)
        return sendError(
          reply,
          404,
          'NOT_FOUND',
          `${kind === 'audio' ? 'Track' : 'Sound effect'} not found: ${id}`,
        );

      let body: Buffer;
      try {
        ({ body } = await cache.get(`${kind}-${id}-${file}`, () =>
          limit(async () => {
            const pcm = await previewSamples(kind, spec);
            // The waveform comes from the same samples: keep it too, it is cheap once they exist.
            for (const other of WAVEFORM_FILES) {
              if (other !== file)
                void cache
                  .get(`${kind}-${id}-${other}`, () => renderFromSamples(kind, id, pcm, other))
                  .catch(() => undefined);
            }
            return renderFromSamples(kind, id, pcm, file);
          }),
        ));
      } catch (error) {
        request.log.error({ err: error, kind, id, file }, 'audio preview unavailable');
        return sendError(
          reply,
          503,
          'PREVIEW_UNAVAILABLE',
          'The preview could not be made; try again',
        );
      }
      return sendMedia(request, reply, body, {
        type: CONTENT_TYPES[file],
        cacheControl: IMMUTABLE,
      });
    };

  app.get('/sandbox/media/audio/:id/:file', serve('audio'));
  app.get('/sandbox/media/sfx/:id/:file', serve('sfx'));
};

/** The refusals of these routes say "Not found" or "Invalid request". */
function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return refuseMedia(
    reply,
    status,
    status === 404 ? 'Not found' : 'Invalid request',
    code,
    message,
  );
}
