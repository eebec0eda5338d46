// GET /sandbox/media/{videos|editorial-videos}/:id/:file — generated, watermarked video
// media: thumb.jpg, preview.jpg, frames-N.jpg, preview.{mp4,webm}, thumb.{mp4,webm}.
// Public (no auth), made on first request and cached on disk, immutable for a year;
// byte ranges answered (206) so browsers can seek.
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { versionedCache } from '../../lib/disk-cache';
import { createLimit } from '../../lib/limit';
import { IMMUTABLE, previewUnavailable, refuseMedia, sendMedia } from '../../lib/send-media';
import { FRAME_COUNT, type VideoMediaKind } from './paths';
import {
  renderClip,
  renderFrame,
  stripProgress,
  VIDEO_RENDER_VERSION,
  type VideoMediaSpec,
} from './render';

export interface VideoMediaOptions {
  cacheDir: string;
  /** A video's media spec by kind and id, or undefined when there is no such video. */
  lookup: (kind: VideoMediaKind, id: string) => VideoMediaSpec | undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

type Producer = (spec: VideoMediaSpec) => Promise<Buffer>;

/** What each file name is made from. */
function producerFor(file: string): Producer | undefined {
  switch (file) {
    case 'thumb.jpg':
      return (spec) => renderFrame(spec, 0.5, 240, false);
    case 'preview.jpg':
      return (spec) => renderFrame(spec, 0.5, 480, true);
    case 'preview.mp4':
      return (spec) => renderClip(spec, 'preview', 'mp4');
    case 'preview.webm':
      return (spec) => renderClip(spec, 'preview', 'webm');
    case 'thumb.mp4':
      return (spec) => renderClip(spec, 'thumb', 'mp4');
    case 'thumb.webm':
      return (spec) => renderClip(spec, 'thumb', 'webm');
  }
  const frame = /^frames-(\d{1,2})\.jpg$/.exec(file);
  const n = Number(frame?.[1]);
  if (frame && n >= 1 && n <= FRAME_COUNT)
    return (spec) => renderFrame(spec, stripProgress(n), 240, false);
  return undefined;
}

const ID_PATTERNS: Record<VideoMediaKind, RegExp> = {
  videos: /^[1-9]\d{0,14}$/,
  'editorial-videos': /^[1-9]\d{0,14}[a-z]?$/,
};

export const videoMediaPlugin: FastifyPluginAsync<VideoMediaOptions> = async (app, options) => {
  const cache = versionedCache(path.join(options.cacheDir, 'videos'), VIDEO_RENDER_VERSION);
  // ffmpeg and sharp are CPU-bound: two at a time on this kind of machine.
  const clips = createLimit(2);
  const pictures = createLimit(2);

  for (const kind of ['videos', 'editorial-videos'] as const) {
    app.get<{ Params: { id: string; file: string } }>(
      `/sandbox/media/${kind}/:id/:file`,
      async (request, reply) => {
        const { id, file } = request.params;
        if (!ID_PATTERNS[kind].test(id))
          return refuseMedia(
            reply,
            400,
            'Invalid video id',
            'VALIDATION_INVALID_PARAMETER',
            `Not a video id: ${id}`,
          );
        const produce = producerFor(file);
        if (!produce)
          return refuseMedia(reply, 404, 'Not found', 'NOT_FOUND', `No video media file ${file}`);
        let spec: VideoMediaSpec | undefined;
        try {
          spec = options.lookup(kind, id);
        } catch (error) {
          request.log.error({ err: error, id }, 'video media lookup failed');
        }
        if (!spec)
          return refuseMedia(reply, 404, 'Not found', 'NOT_FOUND', `Video not found: ${id}`);
        const found = spec;
        const limit = file.endsWith('.jpg') ? pictures : clips;
        let body: Buffer;
        try {
          ({ body } = await cache.get(`${kind}-${id}-${file}`, () => limit(() => produce(found))));
        } catch (error) {
          request.log.error({ err: error, id, file }, 'video media unavailable');
          return previewUnavailable(reply);
        }
        return sendMedia(request, reply, body, {
          type: CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
          cacheControl: IMMUTABLE,
        });
      },
    );
  }
};
