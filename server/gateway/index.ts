// The gateway: what the browser talks to. `/api/v2/*` goes to the upstream (the in-process
// sandbox or the real API) with credentials added here: the signed-in user's token, or the
// server's own. The browser never sees a token.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/rate-limit';
import { jsonDepthExceeds, tooDeepError } from '../sandbox/body';
import { PREPARE_PREVIEWS_HEADER } from '../sandbox/routes/images';
import { exportRoutes } from './exports';
import { filesRoute, vendorFileHosts } from './files';
import { upstreamPath } from './path';
import { SESSION_COOKIE, type SessionStore } from './sessions';
import { endSession, sessionCredential, sessionUser, type SignInConfig } from './signin';
import { pick, type Upstream } from './upstream';

export { remoteUpstream, sandboxUpstream, type Upstream } from './upstream';

/** Request headers the browser may pass on; everything else (cookies, auth) stays here. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'idempotency-key'];

/** Every body is at most the server's 1 MB, but an image upload (10 MB as base64, and some). */
const UPLOAD_BODY_LIMIT = 15 * 1024 * 1024;

export interface GatewayOptions {
  upstream: Upstream;
  /** Sessions of signed-in users; without them every call goes with the server's credential. */
  sessions?: SessionStore;
  signIn?: SignInConfig;
  /** API calls allowed per client address and minute. */
  ratePerMinute?: number;
}

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
  const { upstream, sessions } = options;
  const rateLimit = { max: options.ratePerMinute ?? 3000, timeWindow: '1 minute' };

  // Forward bodies untouched, whatever their type; a JSON body nested deeper than any vendor
  // operation takes is refused here, as the sandbox refuses it, whichever the upstream.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    const json = /^application\/(?:[\w.-]+\+)?json\b/i.test(request.headers['content-type'] ?? '');
    const buffer = body as Buffer;
    if (json && jsonDepthExceeds(buffer.toString('utf8'))) done(tooDeepError(), undefined);
    else done(null, buffer);
  });

  app.get('/status', async (request) => ({
    upstream: upstream.kind,
    api_url: upstream.baseUrl ?? `${request.protocol}://${request.host}/v2`,
    sign_in: Boolean(options.signIn && sessions),
  }));

  app.get('/session', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const user = sessionUser(request, sessions);
    return user ? { signed_in: true, user } : { signed_in: false };
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
    try {
      const credential = await sessionCredential(request, reply, options);
      const response = await upstream.send(
        {
          method: request.method,
          path,
          headers,
          ...(Buffer.isBuffer(request.body) ? { body: request.body } : {}),
        },
        credential,
      );
      if (response.status === 401 && typeof credential === 'object' && sessions) {
        // The signed-in user's token was revoked or has expired: the session is over.
        sessions.delete(request.cookies?.[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
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
  await app.register(exportRoutes, { ...options, prefix: '' });
  // Licensed files on the real API's file host, which the browser may not read itself.
  await app.register(filesRoute, {
    allowed: vendorFileHosts(upstream.kind === 'shutterstock' ? upstream.baseUrl : undefined),
    rateLimit,
  });
  // Reverse image search uploads a picture (up to the vendor's 10 MB) as base64 JSON.
  app.post('/v2/cv/images', { bodyLimit: UPLOAD_BODY_LIMIT, config: { rateLimit } }, forward);
};
