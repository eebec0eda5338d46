// GET /sandbox/media/images/:id/:size.jpg — generated, watermarked image previews.
// Public (no auth), cached on disk, immutable for a year.
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { DiskCache } from './cache';
import { createLimit } from './limit';
import { RENDER_VERSION, renderPlain, renderPreview } from './render';
import {
  IMAGE_PREVIEW_SIZE_NAMES,
  isImagePreviewSize,
  previewDimensions,
  type ImagePreviewSize,
} from './sizes';
import type { ImagePreviewSpec } from './types';

export interface ImageMediaOptions {
  /** Where generated previews are kept (created when missing). */
  cacheDir: string;
  /** The catalog: an image's preview spec by id, or undefined when there is no such image. */
  lookup: (id: string) => ImagePreviewSpec | undefined;
}

const ROUTE_PREFIX = '/sandbox/media/images';

/** The URL path of an image preview, as served by imageMediaPlugin. */
export function imagePreviewPath(id: string, size: ImagePreviewSize): string {
  return `${ROUTE_PREFIX}/${encodeURIComponent(id)}/${size}.jpg`;
}

/** The vendor's Thumbnail objects (url, width, height) for every preview size of an image. */
export function imagePreviewAssets(
  spec: Pick<ImagePreviewSpec, 'id' | 'width' | 'height'>,
  baseUrl: string,
): Record<ImagePreviewSize, { url: string; width: number; height: number }> {
  const base = baseUrl.replace(/\/+$/, '');
  const entries = IMAGE_PREVIEW_SIZE_NAMES.map(
    (size) =>
      [
        size,
        { url: base + imagePreviewPath(spec.id, size), ...previewDimensions(spec, size) },
      ] as const,
  );
  return Object.fromEntries(entries) as Record<
    ImagePreviewSize,
    { url: string; width: number; height: number }
  >;
}

/** Image ids as the vendor writes them (a positive integer), with a sane length. */
const IMAGE_ID = /^[1-9]\d{0,18}$/;

export const imageMediaPlugin: FastifyPluginAsync<ImageMediaOptions> = async (app, options) => {
  const cache = new DiskCache(path.join(options.cacheDir, 'images', RENDER_VERSION));
  const limit = createLimit(Math.max(2, os.availableParallelism()));

  app.get<{ Params: { id: string; file: string } }>(
    `${ROUTE_PREFIX}/:id/:file`,
    async (request, reply) => {
      const { id, file } = request.params;
      if (!IMAGE_ID.test(id)) {
        return sendError(
          reply,
          400,
          'Invalid image id',
          'VALIDATION_INVALID_PARAMETER',
          `Image id must be a positive integer: ${id}`,
        );
      }
      const size = file.endsWith('.jpg') ? file.slice(0, -4) : '';
      if (!isImagePreviewSize(size)) {
        return sendError(reply, 404, 'Not found', 'NOT_FOUND', `No preview size ${file}`);
      }
      let spec: ImagePreviewSpec | undefined;
      try {
        spec = options.lookup(id);
      } catch (error) {
        request.log.error({ err: error, id }, 'image preview lookup failed');
      }
      if (!spec) return sendError(reply, 404, 'Not found', 'NOT_FOUND', `Image not found: ${id}`);

      const found = spec;
      let body: Buffer;
      try {
        ({ body } = await cache.get(`${id}-${size}.jpg`, () =>
          limit(() =>
            renderPreview(found, size).catch((error: unknown) => {
              request.log.error(
                { err: error, id, size },
                'image preview rendering failed; serving a plain one',
              );
              return renderPlain(found, size);
            }),
          ),
        ));
      } catch (error) {
        request.log.error({ err: error, id, size }, 'image preview unavailable');
        return sendError(
          reply,
          503,
          'Service unavailable',
          'PREVIEW_UNAVAILABLE',
          'The preview could not be made; try again',
        );
      }
      const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
      reply
        .header('Cache-Control', 'public, max-age=31536000, immutable')
        .header('ETag', etag)
        .type('image/jpeg');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.send(body);
    },
  );
};

/** Whether an If-None-Match header names this ETag (lists, weak tags and * included). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
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
