// The vendor's test operations: echo and input validation. Public, as in the vendor document.
import type { FastifyPluginAsync } from 'fastify';

export const testRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { text: string } }>(
    '/test',
    {
      config: { auth: { kind: 'public' } },
      schema: {
        querystring: { type: 'object', properties: { text: { type: 'string', default: 'ok' } } },
      },
    },
    async (request) => ({ text: request.query.text }),
  );

  app.get<{ Querystring: { id: number; tag?: string[] } }>(
    '/test/validate',
    {
      config: { auth: { kind: 'public' } },
      schema: {
        querystring: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'integer' },
            tag: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
    async (request) => ({
      header: { 'user-agent': request.headers['user-agent'] ?? '' },
      query: { id: request.query.id, ...(request.query.tag ? { tag: request.query.tag } : {}) },
    }),
  );
};
