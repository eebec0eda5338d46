// POST …/licenses for every media type: the request's items as licensing takes them,
// licensed once per Idempotency-Key (a repeat answers with the first answer, charges nothing).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestUser } from '../../auth';
import type { DownloadMedia } from '../../downloads/signing';
import { SandboxError } from '../../errors';
import type { LicenseKind, LicenseRequestItem } from '../../licenses/kinds';
import type { Caller, Licensing } from '../../licenses/licensing';
import { requestOrigin } from '../../origin';
import {
  IDEMPOTENCY_KEY_MAX,
  LICENSE_ROUTES,
  list,
  type Fields,
  type LicenseRoute,
} from './schemas';

export const callerOf = (request: FastifyRequest): Caller => ({
  user: requestUser(request),
  origin: requestOrigin(request),
  now: new Date(),
});

/**
 * The request's items as licensing takes them: each field the route declares, from the
 * item or else from the query; sizes default to original, metadata to none.
 */
function requestItems(
  route: LicenseRoute,
  idField: string,
  request: FastifyRequest<{ Querystring: Fields; Body: Fields }>,
): LicenseRequestItem[] {
  const { body, query } = request;
  const raws = body[route.list] as Fields[];
  raws.forEach((raw, index) => {
    if (route.item.checked && raw[route.item.checked] === undefined) {
      throw SandboxError.badRequest(
        `Missing required property: ${route.item.checked}`,
        `$.body.${route.list}[${index}].${route.item.checked}`,
        'VALIDATION_OBJECT_REQUIRED',
      );
    }
  });
  const country = route.body?.country ? (body.country as string) : undefined;
  return raws.map((raw, index) => {
    const given = <T>(name: string) =>
      ((name in route.item.properties ? raw[name] : undefined) ??
        (route.query && name in route.query ? query[name] : undefined)) as T | undefined;
    return {
      path: `$.body.${route.list}[${index}]`,
      assetId: raw[idField] as string,
      subscriptionId: given<string>('subscription_id'),
      license: given<string>('license'),
      size: given<string>('size') ?? 'original',
      format: given<string>('format'),
      customDimensions: given<LicenseRequestItem['customDimensions']>('custom_dimensions'),
      metadata: given<Fields>('metadata') ?? {},
      editorialAcknowledgement: given<boolean>('editorial_acknowledgement'),
      price: given<number>('price'),
      searchId: given<string>('search_id'),
      country: country?.toUpperCase(),
    };
  });
}

export function licenseEndpoints(
  app: FastifyInstance,
  licensing: Licensing,
  kinds: Record<DownloadMedia, LicenseKind>,
): void {
  /** Licenses the items once per Idempotency-Key and answers (status and body as first answered). */
  const answer = (
    request: FastifyRequest,
    reply: FastifyReply,
    media: DownloadMedia,
    items: LicenseRequestItem[],
  ) => {
    const key = idempotencyKey(request);
    const caller = callerOf(request);
    const fingerprint = JSON.stringify([request.method, request.url, request.body]);
    const result = licensing.once(caller, key, fingerprint, () =>
      licensing.license(media, items, caller),
    );
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(result.status).send(result.body);
  };

  for (const route of LICENSE_ROUTES) {
    const { idField } = kinds[route.media];
    const itemSchema = {
      type: 'object',
      required: [idField, ...(route.item.required ?? [])],
      properties: { [idField]: { type: 'string' }, ...route.item.properties },
    };
    // The body's fields are the route table's, read by name (see requestItems).
    app.post<{ Querystring: Fields; Body: Fields }>(
      route.path,
      {
        config: { auth: route.auth },
        schema: {
          ...(route.query && {
            querystring: { type: 'object', properties: route.query },
          }),
          body: {
            type: 'object',
            required: [...Object.keys(route.body ?? {}), route.list],
            properties: { ...route.body, [route.list]: list(itemSchema) },
          },
        },
      },
      async (request, reply) =>
        answer(request, reply, route.media, requestItems(route, idField, request)),
    );
  }
}

/** The Idempotency-Key header, when sent (1–255 characters). */
function idempotencyKey(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  const key = Array.isArray(value) ? value[0] : value;
  if (!key || key.length > IDEMPOTENCY_KEY_MAX) {
    throw SandboxError.badRequest(
      `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`,
      '$.header.idempotency-key',
    );
  }
  return key;
}
