// POST …/licenses/{id}/downloads: a fresh link to a licensed file, at the licensed size or
// another the subscription allows; nothing is charged.
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Licensing } from '../../licenses/licensing';
import { Refusal } from '../../licenses/refusal';
import { callerOf } from './license';
import { REDOWNLOADS, redownloadBody, redownloadParams, VIEW } from './schemas';

/**
 * The size asked for, from the body when it has one. The routes with sizes validate it (a
 * string of their list); the others take it as sent.
 */
const sizeOf = (body: unknown): string | undefined =>
  body !== null && typeof body === 'object' && 'size' in body
    ? (body.size as string | undefined)
    : undefined;

export function redownloadEndpoints(app: FastifyInstance, licensing: Licensing): void {
  // Request types come from the route schemas.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  for (const { path, media, sizes } of REDOWNLOADS) {
    api.post(
      path,
      {
        config: { auth: VIEW },
        schema: { params: redownloadParams, ...(sizes ? { body: redownloadBody(sizes) } : {}) },
      },
      async (request, reply) => {
        const outcome = licensing.redownload(
          media,
          request.params.id,
          sizeOf(request.body),
          callerOf(request),
        );
        if (outcome instanceof Refusal) {
          return reply
            .code(outcome.status)
            .send({ message: outcome.message, errors: [outcome.item()] });
        }
        return outcome;
      },
    );
  }
}
