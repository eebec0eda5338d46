// The vendor's editorial video operations: search (country required, cursor paging),
// details (with country) and categories.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { SandboxError } from '../errors';
import { requestOrigin } from '../origin';
import { countrySchema as country, editorialSearchProperties } from '../schemas';
import type { VideoCatalog } from '../videos';
import { EDITORIAL_VIDEO_CATEGORIES } from '../videos/categories';
import { encodeCursor, toEditorialVideo } from '../videos/editorial';

export const editorialVideosRoutes: FastifyPluginAsync<{ catalog: VideoCatalog }> = async (
  app,
  { catalog },
) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const { editorial } = catalog;

  api.get(
    '/editorial/videos/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['country'],
          properties: {
            ...editorialSearchProperties,
            resolution: { type: 'string', enum: ['4k', 'high_definition', 'standard_definition'] },
            fps: { type: 'number', exclusiveMinimum: 0 },
            per_page: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
            cursor: { type: 'string' },
          },
        },
      },
    },
    async (request) => {
      const params = request.query;
      const { rows, total, offset } = editorial.search(params);
      const origin = requestOrigin(request);
      const next = offset + params.per_page < total ? encodeCursor(offset + params.per_page) : '';
      const prev = offset > 0 ? encodeCursor(Math.max(0, offset - params.per_page)) : '';
      return {
        data: rows.map((row) => toEditorialVideo(row, origin)),
        per_page: params.per_page,
        total_count: total,
        search_id: randomUUID(),
        next,
        prev,
      };
    },
  );

  app.get('/editorial/videos/categories', async () => ({
    data: EDITORIAL_VIDEO_CATEGORIES.map((name) => ({ name })),
  }));

  api.get(
    '/editorial/videos/:id',
    {
      schema: {
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', pattern: '^[1-9]\\d{0,14}[a-zA-Z]?$' } },
        },
        querystring: {
          type: 'object',
          required: ['country'],
          properties: { country, search_id: { type: 'string' } },
        },
      },
    },
    async (request) => {
      const row = editorial.find(request.params.id, request.query.country);
      if (!row) {
        const exists = editorial.findAny(request.params.id) !== undefined;
        throw SandboxError.notFound(
          exists
            ? `Editorial video ${request.params.id} is not available in ${request.query.country.toUpperCase()}`
            : `Editorial video ${request.params.id} not found`,
          '$.path.id',
        );
      }
      return toEditorialVideo(row, requestOrigin(request));
    },
  );
};
