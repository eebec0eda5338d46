// GET /sandbox/media/editorial/:id/:size.jpg — editorial previews drawn by the image
// renderer (its People, Sports, … motifs), watermarked on the watermark_* sizes like the
// image previews. Public, cached on disk, immutable for a year.
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import sharp from 'sharp';
import { versionedCache } from '../lib/disk-cache';
import { createLimit } from '../lib/limit';
import { IMMUTABLE, refuseMedia, sendMedia } from '../lib/send-media';
import { RENDER_VERSION, sceneSvg, watermarkOverlays } from '../media/render';
import type { ImagePreviewSpec } from '../media/types';
import type { EditorialCatalog, EditorialRow } from './catalog';
import {
  EDITORIAL_PREVIEW_SIZES,
  isEditorialPreviewSize,
  scaledSize,
  type EditorialPreviewSize,
} from './shapes';

export function editorialPreviewSpec(row: EditorialRow): ImagePreviewSpec {
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    imageType: 'photo',
    categories: [row.motif],
    colors: row.colors.split(','),
    description: row.description,
  };
}

export async function renderEditorialPreview(
  row: EditorialRow,
  size: EditorialPreviewSize,
): Promise<Buffer> {
  const { width, height } = scaledSize(row, EDITORIAL_PREVIEW_SIZES[size]);
  const spec = editorialPreviewSpec(row);
  // Drawn at half size and scaled up for the big ones: faster, and softer like a photo.
  const scale = Math.max(width, height) > 500 ? 0.5 : 1;
  let image = sharp(
    Buffer.from(sceneSvg(spec, Math.round(width * scale), Math.round(height * scale))),
  );
  if (scale !== 1) image = image.resize(width, height, { fit: 'fill' }).blur(0.5);
  if (size.startsWith('watermark'))
    image = image.composite(await watermarkOverlays(width, height, row.id));
  return image.jpeg({ quality: 82, progressive: width >= 1000 }).toBuffer();
}

export const editorialMediaPlugin: FastifyPluginAsync<{
  cacheDir: string;
  catalog: EditorialCatalog;
}> = async (app, { cacheDir, catalog }) => {
  const cache = versionedCache(path.join(cacheDir, 'editorial'), RENDER_VERSION);
  const limit = createLimit(2);
  const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
    refuseMedia(reply, status, message, code);

  app.get<{ Params: { id: string; file: string } }>(
    '/sandbox/media/editorial/:id/:file',
    async (request, reply) => {
      const { id, file } = request.params;
      const size = file.endsWith('.jpg') ? file.slice(0, -4) : '';
      if (!isEditorialPreviewSize(size))
        return fail(reply, 404, 'NOT_FOUND', `No preview size ${file}`);
      const row = catalog.find(id);
      if (!row) return fail(reply, 404, 'NOT_FOUND', `Editorial image not found: ${id}`);
      let body: Buffer;
      try {
        ({ body } = await cache.get(`${row.id}-${size}.jpg`, () =>
          limit(() => renderEditorialPreview(row, size)),
        ));
      } catch (error) {
        request.log.error({ err: error, id, size }, 'editorial preview unavailable');
        return fail(reply, 503, 'PREVIEW_UNAVAILABLE', 'The preview could not be made; try again');
      }
      return sendMedia(request, reply, body, {
        type: 'image/jpeg',
        cacheControl: IMMUTABLE,
        ranges: false,
      });
    },
  );
};
