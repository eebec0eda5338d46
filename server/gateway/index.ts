// The gateway: what the browser talks to. `/api/v2/*` goes to the upstream (the in-process
// sandbox or the real API) with credentials added here: the signed-in user's token, or the
// server's own (never when the server requires sign-in: then a 401). The browser never
// sees a token.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/rate-limit';
import { PREPARE_PREVIEWS_HEADER } from '../lib/hints';
import { jsonDepthExceeds, tooDeepError } from '../lib/json-depth';
import { CACHE_HEADER, CACHE_TTL_MS, cacheable, cacheKey, fromCached, toCached } from './cache';
import { exportRoutes } from './exports';
import { filesRoute, vendorFileHosts } from './files';
import { upstreamPath } from './path';
import { SESSION_COOKIE } from './sessions';
import {
  endSession,
  requestSession,
  sessionCredential,
  sessionUser,
  signInRequired,
  type SignInConfig,
} from './signin';
import { storeUnavailable, type GatewayStore } from './store';
import { pick, type Upstream, type UpstreamRequest } from './upstream';

export { remoteUpstream, sandboxUpstream, type Upstream } from './upstream';

/** Request headers the browser may pass on; everything else (cookies, auth) stays here. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'idempotency-key'];

/** Every body is at most the server's 1 MB, but an image upload (10 MB as base64, and some). */
const UPLOAD_BODY_LIMIT = 15 * 1024 * 1024;

export interface GatewayOptions {
  upstream: Upstream;
  /** Sessions of signed-in users (and the shared cache); without it every call goes with the server's credential. */
  store?: GatewayStore;
  signIn?: SignInConfig;
  /** No default user: /api answers 401 to anyone not signed in (but its status and session). */
  requireSignIn?: boolean;
  /** API calls allowed per signed-in user (or client address) and minute. */
  ratePerMinute?: number;
}

/** What the app asks before anyone is signed in. */
const PUBLIC_ROUTES = new Set(['/status', '/session']);

function errorBody(message: string, code: string, detail = message) {
  return { message, errors: [{ code, message: detail }] };
}

/** The API's own words from an error body, when there are any. */
function apiMessage(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : undefined;
  } catch {
    return undefined;
  }
}

export const gatewayPlugin: FastifyPluginAsync<GatewayOptions> = async (app, options) => {
  const { upstream, store } = options;
  const sessions = store?.sessions;
  const rateLimit = {
    max: options.ratePerMinute ?? 3000,
    timeWindow: '1 minute',
    // Counted per user (on every instance, with Redis); per address for no one signed in.
    keyGenerator: async (request: FastifyRequest) => {
      const session = await requestSession(request, sessions);
      return session ? `user:${session.username}` : `ip:${request.ip}`;
    },
  };

  app.addHook('onRequest', async (request) => {
    if (store && !store.available()) throw storeUnavailable();
    if (!options.requireSignIn) return;
    const route = request.routeOptions.url?.slice(app.prefix.length) ?? '';
    if (!PUBLIC_ROUTES.has(route) && !(await requestSession(request, sessions)))
      throw signInRequired();
  });

  // Forward bodies untouched, whatever their type; a JSON body nested deeper than any vendor
  // operation takes is refused here, as the sandbox refuses it, whichever the upstream.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    const json = /^application\/(?:[\w.-]+\+)?json\b/i.test(request.headers['content-type'] ?? '');
    const buffer = body as Buffer;
    if (json && jsonDepthExceeds(buffer.toString('utf8'))) done(tooDeepError(), undefined);
    else done(null, buffer);
  });

  // Said only when it is so: the single-user answers stay as they were.
  const required = options.requireSignIn ? { sign_in_required: true } : {};

  app.get('/status', async (request) => ({
    upstream: upstream.kind,
    api_url: upstream.baseUrl ?? `${request.protocol}://${request.host}/v2`,
    sign_in: Boolean(options.signIn && sessions),
    ...required,
  }));

  app.get('/session', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const user = await sessionUser(request, sessions);
    return user ? { signed_in: true, user, ...required } : { signed_in: false, ...required };
  });

  app.delete('/session', async (request, reply) =>
    sessions ? endSession(request, reply, sessions) : reply.code(204).send(),
  );

  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = upstreamPath(request.raw.url ?? '', app.prefix);
    if (!path) {
      const message = 'The path must stay under /api/v2/ once its dot segments are resolved';
      return reply.code(400).send({
        message: 'Invalid path',
        errors: [{ code: 'INVALID_PATH', message, path: '$.path' }],
      });
    }
    const headers = pick(request.headers, FORWARDED_REQUEST_HEADERS);
    headers['x-request-id'] = request.id;
    if (upstream.kind === 'sandbox') {
      // The in-process sandbox builds media and download URLs for the host the browser
      // used; a remote API serves its files from its own hosts.
      const host = request.headers['x-forwarded-host'] ?? request.headers.host;
      if (typeof host === 'string') headers['x-forwarded-host'] = host;
      headers['x-forwarded-proto'] = request.protocol;
      // The page shows an image search's first results at once: have their thumbnails made.
      if (path.startsWith('/v2/images/search?') || path === '/v2/images/search')
        headers[PREPARE_PREVIEWS_HEADER] = '12';
    }
    const credential = await sessionCredential(request, reply, { ...options, sessions });
    const outgoing: UpstreamRequest = {
      method: request.method,
      path,
      headers,
      ...(Buffer.isBuffer(request.body) ? { body: request.body } : {}),
    };
    const cache = store?.cache;
    const key = cache
      ? cacheKey(outgoing, {
          upstream: upstream.baseUrl ?? 'sandbox',
          user: (await requestSession(request, sessions))?.username ?? 'server',
        })
      : undefined;
    if (cache && key) {
      const cached = await cache.get(key);
      if (cached) {
        const { status, headers: cachedHeaders, body } = fromCached(cached);
        return reply.code(status).headers(cachedHeaders).header(CACHE_HEADER, 'hit').send(body);
      }
      reply.header(CACHE_HEADER, 'miss');
    }
    try {
      const response = await upstream.send(outgoing, credential);
      if (response.status === 401 && typeof credential === 'object' && sessions) {
        // The signed-in user's token was revoked or has expired: the session is over.
        await sessions.delete(request.cookies?.[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
      if (cache && key && cacheable(response))
        await cache.set(key, toCached(response), CACHE_TTL_MS);
      if (response.status === 429) {
        const seconds = response.headers['retry-after'];
        const wait = seconds && /^\d+$/.test(seconds) ? ` in ${seconds} seconds` : ' in a moment';
        return reply
          .code(429)
          .headers(response.headers)
          .type('application/json')
          .send(
            errorBody(
              `The Shutterstock API is receiving too many requests. Try again${wait}.`,
              'RATE_LIMITED',
              apiMessage(response.body) ?? 'Too many requests',
            ),
          );
      }
      return reply.code(response.status).headers(response.headers).send(response.body);
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      request.log.warn({ err: error }, 'upstream request failed');
      return reply
        .code(timedOut ? 504 : 502)
        .send(
          timedOut
            ? errorBody('The Shutterstock API did not answer in time.', 'UPSTREAM_TIMEOUT')
            : errorBody('The Shutterstock API could not be reached.', 'UPSTREAM_UNREACHABLE'),
        );
    }
  };
  app.all('/v2/*', { config: { rateLimit } }, forward);
  await app.register(exportRoutes, { ...options, sessions, rateLimit, prefix: '' });
  // Licensed files on the real API's file host, which the browser may not read itself.
  await app.register(filesRoute, {
    allowed: vendorFileHosts(upstream.kind === 'shutterstock' ? upstream.baseUrl : undefined),
    rateLimit,
  });
  // Reverse image search uploads a picture (up to the vendor's 10 MB) as base64 JSON.
  app.post('/v2/cv/images', { bodyLimit: UPLOAD_BODY_LIMIT, config: { rateLimit } }, forward);
};
