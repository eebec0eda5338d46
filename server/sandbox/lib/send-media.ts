// How every media route of the sandbox answers with a file: previews, waveforms, clips,
// custom music and licensed downloads. One place for the caching headers, the ETag and its
// 304, byte ranges (206 and 416, so players can seek and downloads resume) and HEAD — and
// for the refusals of those routes, in the vendor's error shape and never cached.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../../lib/vendor-error';
import { parseRange, type RangeResult } from './range';

/** Cache-Control of media whose URL changes when its bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Bytes in memory, or a file on disk (streamed, never read whole). */
export type MediaSource = Buffer | { path: string; size: number; modified?: Date };

export interface MediaOptions {
  /** Content-Type. */
  type: string;
  cacheControl: string;
  /**
   * A strong ETag from the bytes, answered with 304 when If-None-Match names it, and
   * If-Range checked against it (default: on for bytes; files are never hashed).
   */
  etag?: boolean;
  /** Accept-Ranges and single byte ranges: 206, or 416 when unsatisfiable (default on). */
  ranges?: boolean;
  /** More headers for the file (Content-Disposition, …). */
  headers?: Record<string, string>;
  /** The JSON body of a 416 (default: none). */
  unsatisfiable?: (size: number) => ErrorBody;
}

export function sendMedia(
  request: FastifyRequest,
  reply: FastifyReply,
  source: MediaSource,
  options: MediaOptions,
): FastifyReply {
  const bytes = Buffer.isBuffer(source) ? source : undefined;
  const size = bytes ? bytes.length : (source as { size: number }).size;
  const ranges = options.ranges ?? true;
  reply.header('Cache-Control', options.cacheControl).type(options.type);
  for (const [name, value] of Object.entries(options.headers ?? {})) reply.header(name, value);
  if (ranges) reply.header('Accept-Ranges', 'bytes');
  if (!bytes && 'modified' in source && source.modified)
    reply.header('Last-Modified', source.modified.toUTCString());

  let etag: string | undefined;
  if (bytes && (options.etag ?? true)) {
    etag = `"${createHash('sha1').update(bytes).digest('base64url').slice(0, 22)}"`;
    reply.header('ETag', etag);
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  }

  const ifRange = request.headers['if-range'];
  const range: RangeResult =
    !ranges || (etag !== undefined && ifRange && ifRange !== etag)
      ? { kind: 'full' }
      : parseRange(request.headers.range, size);
  if (range.kind === 'unsatisfiable') {
    reply.removeHeader('Content-Disposition');
    reply.code(416).header('Content-Range', `bytes */${size}`);
    if (!options.unsatisfiable) return reply.send();
    return reply.type('application/json').send(options.unsatisfiable(size));
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
  if (range.kind === 'partial')
    reply.code(206).header('Content-Range', `bytes ${start}-${end}/${size}`);
  if (bytes) return reply.send(range.kind === 'partial' ? bytes.subarray(start, end + 1) : bytes);

  reply.header('Content-Length', String(end - start + 1));
  if (request.method === 'HEAD' || size === 0) return reply.send();
  return reply.send(fs.createReadStream((source as { path: string }).path, { start, end }));
}

/** Whether an If-None-Match header names this ETag (lists, weak tags and * included). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** A media route's refusal: the vendor's error body, never cached. */
export function refuseMedia(reply: FastifyReply, status: number, body: ErrorBody): FastifyReply;
export function refuseMedia(
  reply: FastifyReply,
  status: number,
  message: string,
  code: string,
  detail?: string,
): FastifyReply;
export function refuseMedia(
  reply: FastifyReply,
  status: number,
  message: string | ErrorBody,
  code = '',
  detail?: string,
): FastifyReply {
  const body =
    typeof message === 'string'
      ? { message, errors: [{ code, message: detail ?? message }] }
      : message;
  return reply.code(status).header('Cache-Control', 'no-store').send(body);
}

/** The 503 of a preview that could not be made (worth trying again). */
export function previewUnavailable(reply: FastifyReply): FastifyReply {
  return refuseMedia(
    reply,
    503,
    'Service unavailable',
    'PREVIEW_UNAVAILABLE',
    'The preview could not be made; try again',
  );
}
