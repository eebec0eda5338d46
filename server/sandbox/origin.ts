import type { FastifyRequest } from 'fastify';

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

/**
 * The origin clients reach the sandbox at, for absolute media URLs: the gateway's
 * x-forwarded-proto/host when present, else the request's own protocol and host.
 */
export function requestOrigin(request: FastifyRequest): string {
  const host = first(request.headers['x-forwarded-host']) || request.host || 'localhost';
  const proto = first(request.headers['x-forwarded-proto']) || request.protocol;
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
