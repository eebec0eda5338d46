// GET /sandbox/media/{videos|editorial-videos}/:id/:file — generated, watermarked video
// media: thumb.jpg, preview.jpg, frames-N.jpg, preview.{mp4,webm}, thumb.{mp4,webm}.
// Public (no auth), made on first request and cached on disk, immutable for a year;
// byte ranges answered (206) so browsers can seek.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { DiskCache } from '../../media/cache';
import { createLimit } from '../../media/limit';
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
  const cache = new DiskCache(path.join(options.cacheDir, 'videos', VIDEO_RENDER_VERSION));
  // ffmpeg and sharp are CPU-bound: two at a time on this kind of machine.
  const clips = createLimit(2);
  const pictures = createLimit(2);

  for (const kind of ['videos', 'editorial-videos'] as const) {
    app.get<{ Params: { id: string; file: string } }>(
      `/sandbox/media/${kind}/:id/:file`,
      async (request, reply) => {
        const { id, file } = request.params;
        if (!ID_PATTERNS[kind].test(id))
          return sendError(
            reply,
            400,
            'Invalid video id',
            'VALIDATION_INVALID_PARAMETER',
            `Not a video id: ${id}`,
          );
        const produce = producerFor(file);
        if (!produce)
          return sendError(reply, 404, 'Not found', 'NOT_FOUND', `No video media file ${file}`);
        let spec: VideoMediaSpec | undefined;
        try {
          spec = options.lookup(kind, id);
        } catch (error) {
          request.log.error({ err: error, id }, 'video media lookup failed');
        }
        if (!spec) return sendError(reply, 404, 'Not found', 'NOT_FOUND', `Video not found: ${id}`);
        const found = spec;
        const limit = file.endsWith('.jpg') ? pictures : clips;
        let body: Buffer;
        try {
          ({ body } = await cache.get(`${kind}-${id}-${file}`, () => limit(() => produce(found))));
        } catch (error) {
          request.log.error({ err: error, id, file }, 'video media unavailable');
          return sendError(
            reply,
            503,
            'Service unavailable',
            'PREVIEW_UNAVAILABLE',
            'The preview could not be made; try again',
          );
        }
        return sendBytes(
          request,
          reply,
          body,
          CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
        );
      },
    );
  }
};

/** Sends a cached file with long-lived caching, an ETag, and byte ranges (206/416). */
function sendBytes(request: FastifyRequest, reply: FastifyReply, body: Buffer, type: string) {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  reply
    .header('Cache-Control', 'public, max-age=31536000, immutable')
    .header('ETag', etag)
    .header('Accept-Ranges', 'bytes')
    .type(type);
  const ifNoneMatch = request.headers['if-none-match'];
  if (
    ifNoneMatch &&
    ifNoneMatch.split(',').some((tag) => [etag, '*'].includes(tag.trim().replace(/^W\//, '')))
  )
    return reply.code(304).send();
  const range = request.headers.range;
  const ifRange = request.headers['if-range'];
  if (!range || (ifRange !== undefined && ifRange !== etag)) return reply.send(body);
  const parsed = parseRange(range, body.length);
  if (parsed === 'unsatisfiable') {
    return reply.code(416).header('Content-Range', `bytes */${body.length}`).send();
  }
  if (!parsed) return reply.send(body);
  const [start, end] = parsed;
  return reply
    .code(206)
    .header('Content-Range', `bytes ${start}-${end}/${body.length}`)
    .send(body.subarray(start, end + 1));
}

/** A single byte range ("bytes=a-b", "bytes=a-", "bytes=-n"); undefined for what we ignore (multiple ranges). */
export function parseRange(
  header: string,
  size: number,
): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}

function sendError(
  reply: FastifyReply,
  status: number,
  message: string,
  code: string,
  detail: string,
) {
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .send({ message, errors: [{ code, message: detail }] });
}
