// "Sign in with Shutterstock": the OAuth authorization-code flow, run on the server.
//   GET  /auth/signin    → the API's /v2/oauth/authorize, with a fresh `state` bound to this browser
//   GET  /auth/callback  → `state` checked, the code exchanged for a token (POST /v2/oauth/access_token),
//                          a session started: an httpOnly, SameSite=Lax cookie (Secure over HTTPS)
//   DELETE /api/session  → signed out: the session ended on the server (see index.ts)
// The token stays in the session table; the browser only ever holds the session's id.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type {} from '@fastify/rate-limit';
import { SESSION_COOKIE, SESSION_TTL_MS, type Session, type SessionStore } from './sessions';
import type { Credential, Upstream } from './upstream';

export interface SignInConfig {
  clientId: string;
  clientSecret: string;
  /** The authorize page: '/v2/oauth/authorize' on this server (sandbox) or the API's. */
  authorizeUrl: string;
}

export const SIGN_IN_SCOPES = [
  'user.view',
  'collections.view',
  'collections.edit',
  'licenses.view',
  'licenses.create',
  'purchases.view',
];

const STATE_COOKIE = 'stockroom_oauth';
const STATE_TTL_S = 600;
/** Sign-in requests allowed per client address and minute. */
export const SIGN_IN_RATE = { max: 30, timeWindow: '1 minute' };

interface TokenAnswer {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
}

const isHttps = (request: FastifyRequest) => request.protocol === 'https';

function cookieOptions(request: FastifyRequest, path: string, maxAgeS: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: isHttps(request),
    path,
    maxAge: maxAgeS,
  };
}

/** A fixed origin to parse return paths against: only a result on it is accepted. */
const RETURN_BASE = new URL('http://stockroom.invalid');

/**
 * A path on this site to come back to after signing in, or '/'. It must be a path as sent
 * (one leading slash, no backslash, no control character: a browser drops TABs and
 * newlines, so `/\t/evil.example` would mean `//evil.example`), and still be a path on
 * this origin once a URL parser has resolved it; the parsed form is what is used, so the
 * Location header only ever holds what the parser wrote.
 */
export function localPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, RETURN_BASE);
  } catch {
    return '/';
  }
  if (url.origin !== RETURN_BASE.origin || url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function tokenRequest(
  upstream: Upstream,
  config: SignInConfig,
  grant: Record<string, string>,
): Promise<{ status: number; body: TokenAnswer & { message?: string } }> {
  const form = new URLSearchParams({
    client_id: config.clientId,
    client_secret: config.clientSecret,
    expires: 'true',
    ...grant,
  });
  const response = await upstream.send(
    {
      method: 'POST',
      path: '/v2/oauth/access_token',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: Buffer.from(form.toString()),
    },
    'none',
  );
  let body: TokenAnswer & { message?: string } = {};
  try {
    body = JSON.parse(response.body.toString('utf8')) as typeof body;
  } catch {
    // not JSON: reported by status
  }
  return { status: response.status, body };
}

function sessionToken(answer: TokenAnswer) {
  return {
    accessToken: answer.access_token ?? '',
    refreshToken: answer.refresh_token ?? null,
    tokenExpiresAt: answer.expires_in ? Date.now() + answer.expires_in * 1000 : null,
  };
}

/**
 * The credential for a request: the signed-in user's token (refreshed when it is about to
 * expire), or the server's default when no one is signed in.
 */
export async function sessionCredential(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { sessions?: SessionStore; upstream: Upstream; signIn?: SignInConfig },
): Promise<Credential> {
  const id = request.cookies?.[SESSION_COOKIE];
  const session = options.sessions?.get(id);
  if (!id || !options.sessions) return 'default';
  if (!session) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return 'default';
  }
  const expiring = session.tokenExpiresAt !== null && session.tokenExpiresAt - Date.now() < 60_000;
  if (!expiring || !session.refreshToken || !options.signIn) return { token: session.accessToken };
  const { status, body } = await tokenRequest(options.upstream, options.signIn, {
    grant_type: 'refresh_token',
    refresh_token: session.refreshToken,
  });
  if (status !== 200 || !body.access_token) {
    options.sessions.delete(id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return 'default';
  }
  const token = sessionToken(body);
  options.sessions.updateToken(id, token);
  return { token: token.accessToken };
}

/** Who is signed in, for the app (never the token or the session id). */
export function sessionUser(request: FastifyRequest, sessions: SessionStore | undefined) {
  const session = sessions?.get(request.cookies?.[SESSION_COOKIE]);
  return session ? { username: session.username, name: session.name } : undefined;
}

export const signInRoutes: FastifyPluginAsync<{
  upstream: Upstream;
  sessions: SessionStore;
  signIn: SignInConfig | undefined;
}> = async (app, { upstream, sessions, signIn }) => {
  const failed = (reply: FastifyReply, reason: string) =>
    reply
      .clearCookie(STATE_COOKIE, { path: '/auth' })
      .header('cache-control', 'no-store')
      .redirect(`/account?signin_error=${reason}`, 302);

  app.get<{ Querystring: { return_to?: string } }>(
    '/signin',
    { config: { rateLimit: SIGN_IN_RATE } },
    async (request, reply) => {
      if (!signIn) return failed(reply, 'unavailable');
      const state = randomBytes(24).toString('base64url');
      const returnTo = Buffer.from(localPath(request.query.return_to)).toString('base64url');
      const authorize = new URL(signIn.authorizeUrl, `${request.protocol}://${request.host}`);
      authorize.search = new URLSearchParams({
        client_id: signIn.clientId,
        redirect_uri: `${request.protocol}://${request.host}/auth/callback`,
        response_type: 'code',
        scope: SIGN_IN_SCOPES.join(' '),
        state,
        realm: 'customer',
      }).toString();
      return reply
        .setCookie(
          STATE_COOKIE,
          `${state}.${returnTo}`,
          cookieOptions(request, '/auth', STATE_TTL_S),
        )
        .header('cache-control', 'no-store')
        .redirect(authorize.toString(), 302);
    },
  );

  app.get<{ Querystring: { code?: string; state?: string; error?: string } }>(
    '/callback',
    { config: { rateLimit: SIGN_IN_RATE } },
    async (request, reply) => {
      if (!signIn) return failed(reply, 'unavailable');
      const [expected = '', returnTo = ''] = (request.cookies[STATE_COOKIE] ?? '').split('.');
      const { code, state, error } = request.query;
      if (!expected || !state || !sameText(expected, state)) return failed(reply, 'state');
      if (error) return failed(reply, error === 'access_denied' ? 'denied' : 'refused');
      if (!code) return failed(reply, 'refused');

      const exchanged = await tokenRequest(upstream, signIn, {
        grant_type: 'authorization_code',
        code,
      });
      if (exchanged.status !== 200 || !exchanged.body.access_token) {
        request.log.warn(
          { status: exchanged.status, message: exchanged.body.message },
          'sign-in: the token request was refused',
        );
        return failed(reply, 'exchange');
      }
      const token = sessionToken(exchanged.body);
      const who = await upstream.send(
        { method: 'GET', path: '/v2/user', headers: { accept: 'application/json' } },
        { token: token.accessToken },
      );
      const user = (who.status === 200 ? JSON.parse(who.body.toString('utf8')) : {}) as {
        username?: string;
        full_name?: string;
      };
      const session: Session = {
        ...token,
        username: user.username ?? 'Shutterstock user',
        name: user.full_name ?? user.username ?? 'Shutterstock user',
      };
      const id = sessions.create(session);
      return reply
        .clearCookie(STATE_COOKIE, { path: '/auth' })
        .setCookie(SESSION_COOKIE, id, cookieOptions(request, '/', SESSION_TTL_MS / 1000))
        .header('cache-control', 'no-store')
        .redirect(localPath(Buffer.from(returnTo, 'base64url').toString('utf8')), 302);
    },
  );
};

/** Signing out: the session is deleted on the server and its cookie cleared. */
export function endSession(request: FastifyRequest, reply: FastifyReply, sessions: SessionStore) {
  sessions.delete(request.cookies?.[SESSION_COOKIE]);
  return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
}
