// GET /sandbox/media/images/:id/:size.jpg — generated, watermarked image previews.
// Public (no auth), cached on disk, immutable for a year.
import os from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import { versionedCache } from '../lib/disk-cache';
import { createLimit } from '../lib/limit';
import { IMMUTABLE, previewUnavailable, refuseMedia, sendMedia } from '../lib/send-media';
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

/**
 * The image previews on disk: each made once, on its first request, or ahead of it
 * (`prepare`) for the results a search has just answered with.
 */
export interface ImagePreviewStore {
  /** The preview's JPEG bytes, or undefined when there is no such image. */
  get(id: string, size: ImagePreviewSize, log?: FastifyBaseLogger): Promise<Buffer | undefined>;
  /** Renders the previews not on disk yet, in the background (errors are only logged). */
  prepare(ids: readonly string[], size: ImagePreviewSize, log?: FastifyBaseLogger): void;
}

export function createImagePreviewStore(options: ImageMediaOptions): ImagePreviewStore {
  const cache = versionedCache(path.join(options.cacheDir, 'images'), RENDER_VERSION);
  const limit = createLimit(Math.max(2, os.availableParallelism()));
  const lookup = (id: string, log?: FastifyBaseLogger) => {
    try {
      return options.lookup(id);
    } catch (error) {
      log?.error({ err: error, id }, 'image preview lookup failed');
      return undefined;
    }
  };
  const render = (spec: ImagePreviewSpec, size: ImagePreviewSize, log?: FastifyBaseLogger) => () =>
    limit(() =>
      renderPreview(spec, size).catch((error: unknown) => {
        log?.error(
          { err: error, id: spec.id, size },
          'image preview rendering failed; serving a plain one',
        );
        return renderPlain(spec, size);
      }),
    );
  return {
    async get(id, size, log) {
      const spec = lookup(id, log);
      if (!spec) return undefined;
      return (await cache.get(`${id}-${size}.jpg`, render(spec, size, log))).body;
    },
    prepare(ids, size, log) {
      for (const id of ids) {
        const spec = lookup(id, log);
        if (!spec) continue;
        cache.prepare(`${id}-${size}.jpg`, render(spec, size, log)).catch((error: unknown) => {
          log?.warn({ err: error, id, size }, 'image preview could not be prepared');
        });
      }
    },
  };
}

export const imageMediaPlugin: FastifyPluginAsync<
  ImageMediaOptions & { store?: ImagePreviewStore }
> = async (app, options) => {
  const store = options.store ?? createImagePreviewStore(options);

  app.get<{ Params: { id: string; file: string } }>(
    `${ROUTE_PREFIX}/:id/:file`,
    async (request, reply) => {
      const { id, file } = request.params;
      if (!IMAGE_ID.test(id)) {
        return refuseMedia(
          reply,
          400,
          'Invalid image id',
          'VALIDATION_INVALID_PARAMETER',
          `Image id must be a positive integer: ${id}`,
        );
      }
      const size = file.endsWith('.jpg') ? file.slice(0, -4) : '';
      if (!isImagePreviewSize(size)) {
        return refuseMedia(reply, 404, 'Not found', 'NOT_FOUND', `No preview size ${file}`);
      }
      let body: Buffer | undefined;
      try {
        body = await store.get(id, size, request.log);
      } catch (error) {
        request.log.error({ err: error, id, size }, 'image preview unavailable');
        return previewUnavailable(reply);
      }
      if (!body) return refuseMedia(reply, 404, 'Not found', 'NOT_FOUND', `Image not found: ${id}`);
      return sendMedia(request, reply, body, {
        type: 'image/jpeg',
        cacheControl: IMMUTABLE,
        ranges: false,
      });
    },
  );
};
