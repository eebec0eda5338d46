// The vendor's computer-vision operations: upload an image (POST /v2/cv/images), then
// similar images, similar videos and suggested keywords for it (or for a catalog image).
// Uploads belong to the user who made them, so these routes take a user token.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Catalog } from '../catalog';
import type { Db } from '../db';
import type { VideoCatalog } from '../videos';
import { requestUser } from '../auth';
import { toImage, type ImageView } from '../catalog/images';
import { checkUpload, ComputerVision, UPLOAD_BODY_LIMIT, type VisualFilter } from '../cv';
import { requestOrigin } from '../origin';
import { languageSchema, pageSchema, pageSlice, stringList, viewSchema } from '../schemas';
import { toVideo, type VideoView } from '../videos/videos';

const auth = { kind: 'user' } as const;
const assetId = { type: 'string', minLength: 1, maxLength: 64 } as const;

const similarQuerySchema = {
  type: 'object',
  required: ['asset_id'],
  properties: {
    asset_id: assetId,
    license: {
      ...stringList({ type: 'string', enum: ['commercial', 'editorial'] }),
      default: ['commercial'],
    },
    safe: { type: 'boolean', default: true },
    language: languageSchema,
    page: pageSchema,
    per_page: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
    view: viewSchema('minimal'),
  },
} as const;

interface SimilarQuery {
  asset_id: string;
  license: ('commercial' | 'editorial')[];
  safe: boolean;
  page: number;
  per_page: number;
  view: ImageView & VideoView;
}

const filterOf = (query: SimilarQuery): VisualFilter => ({
  commercial: query.license.includes('commercial'),
  editorial: query.license.includes('editorial'),
  safe: query.safe,
});

export const cvRoutes: FastifyPluginAsync<{
  dataDir: string;
  catalog: Catalog;
  /** The image catalog's database. */
  db: Db;
  videos: VideoCatalog;
}> = async (app, { dataDir, catalog, db, videos }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const cv = new ComputerVision(dataDir, catalog, db, videos);
  const queryOf = (request: FastifyRequest & { query: { asset_id: string } }) =>
    cv.query(requestUser(request).id, request.query.asset_id.trim());

  api.post(
    '/cv/images',
    {
      config: { auth },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        body: {
          type: 'object',
          required: ['base64_image'],
          properties: { base64_image: { type: 'string' } },
        },
      },
    },
    async (request, reply) => {
      const upload = await checkUpload(request.body.base64_image);
      const uploadId = await cv.uploads.add(requestUser(request).id, upload);
      return reply.code(201).send({ upload_id: uploadId });
    },
  );

  api.get(
    '/cv/similar/images',
    { config: { auth }, schema: { querystring: similarQuerySchema } },
    async (request) => {
      const { query } = request;
      const similar = await cv.similarImages(await queryOf(request), filterOf(query));
      const ids = Array.from(pageSlice(similar, query), (i) => catalog.columns.ids[i] as number);
      const origin = requestOrigin(request);
      return {
        data: catalog.images.findMany(ids).map((row) => toImage(row, query.view, origin)),
        page: query.page,
        per_page: query.per_page,
        total_count: similar.length,
        search_id: randomUUID(),
      };
    },
  );

  api.get(
    '/cv/similar/videos',
    { config: { auth }, schema: { querystring: similarQuerySchema } },
    async (request) => {
      const { query } = request;
      const similar = await cv.similarVideos(await queryOf(request), filterOf(query));
      const origin = requestOrigin(request);
      return {
        data: videos.videos
          .findMany(pageSlice(similar, query))
          .map((row) => toVideo(row, query.view, origin)),
        page: query.page,
        per_page: query.per_page,
        total_count: similar.length,
        search_id: randomUUID(),
      };
    },
  );

  api.get(
    '/cv/keywords',
    {
      config: { auth },
      schema: {
        querystring: { type: 'object', required: ['asset_id'], properties: { asset_id: assetId } },
      },
    },
    async (request) => ({ data: await cv.keywords(await queryOf(request)) }),
  );
};
