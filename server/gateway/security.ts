// Security for every response of the app's server (app, gateway, in-process sandbox): the
// server-wide headers, cookies and opt-in rate limits (lib/security.ts), and CSRF
// protection for changing requests to /api and /auth.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { Redis } from 'ioredis';
import { securityHeaders } from '../lib/security';
import { fromOtherSite } from '../lib/same-origin';
import { SESSION_COOKIE } from './sessions';

export interface SecurityOptions {
  /** Vite in development injects inline scripts: no CSP then. */
  csp: boolean;
  /** Real-API mode: previews, media and downloads come from the vendor's HTTPS hosts. */
  remoteMedia: boolean;
  /** The API's own origin in real-API mode (a standalone sandbox may serve media over http). */
  apiOrigin?: string | undefined;
  /** Rate-limit counters shared by the instances; in the process without it. */
  redis?: Redis | undefined;
}

/** The app sends this on every API call; a changing request with a session cookie needs it. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'stockroom';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a changing request to /api or /auth is refused, or undefined. Browsers say where a
 * request comes from (Sec-Fetch-Site, Origin): another site is refused. A request that says
 * neither (an old browser) must carry the app's header when it has a session cookie.
 */
export function csrfRefusal(request: FastifyRequest): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const url = request.raw.url ?? '';
  if (!url.startsWith('/api/') && !url.startsWith('/auth/')) return undefined;
  if (fromOtherSite(request)) return 'Requests from another site are refused';
  const told = Boolean(request.headers['sec-fetch-site'] || request.headers.origin);
  const hasSession = Boolean(request.cookies?.[SESSION_COOKIE]);
  if (!told && hasSession && request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE)
    return 'This request is missing the app’s header';
  return undefined;
}

const gatewaySecurity: FastifyPluginAsync<SecurityOptions> = async (app, options) => {
  const apiOrigin = options.apiOrigin?.startsWith('http:') ? [options.apiOrigin] : [];
  await app.register(securityHeaders, {
    csp: options.csp,
    remote: options.remoteMedia ? ['https:', ...apiOrigin] : [],
    redis: options.redis,
  });
  app.addHook('onRequest', async (request, reply) => {
    const refusal = csrfRefusal(request);
    if (refusal)
      return reply
        .code(403)
        .send({ message: refusal, errors: [{ code: 'CSRF', message: refusal }] });
  });
};

/** Not encapsulated: its headers, cookies and limits apply to every route of the server. */
export const securityPlugin = fp(gatewaySecurity, {
  fastify: '5.x',
  name: 'stockroom-gateway-security',
});
