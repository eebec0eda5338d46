// "Sign in with Shutterstock": the OAuth authorization-code flow, run on the server.
//   GET  /auth/signin    → the API's /v2/oauth/authorize, with a fresh `state` bound to this browser
//   GET  /auth/callback  → `state` checked, the code exchanged for a token (POST /v2/oauth/access_token),
//                          a session started: an httpOnly, SameSite=Lax cookie (Secure over HTTPS)
//   DELETE /api/session  → signed out: the session ended on the server (see index.ts)
// The token stays in the gateway's store; the browser only ever holds the session's id. The
// `state` is kept in the store too (good once, for ten minutes) and bound to the browser by
// a cookie, so a sign-in started on one instance can finish on another.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type {} from '@fastify/rate-limit';
import { VendorError } from '../lib/vendor-error';
import {
  OAUTH_STATE_TTL_MS,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  type OAuthStateStore,
  type Session,
  type SessionStore,
} from './sessions';
import type { Credential, Upstream } from './upstream';
import { APP_SCOPES } from '../lib/scopes';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';

export interface SignInConfig {
  clientId: string;
  clientSecret: string;
  /** The authorize page: '/v2/oauth/authorize' on this server (sandbox) or the API's. */
  authorizeUrl: string;
}

export const SIGN_IN_SCOPES = APP_SCOPES;

const STATE_COOKIE = 'stockroom_oauth';
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

/** The 401 for /api without a signed-in user, when the server requires one. */
export function signInRequired(): VendorError {
  return new VendorError(401, 'Sign in with Shutterstock to use Stockroom', [
    {
      code: 'SIGN_IN_REQUIRED',
      message: 'This server requires a signed-in user: sign in at /auth/signin',
    },
  ]);
}

const sessions = new WeakMap<FastifyRequest, Promise<Session | undefined>>();

/** The request's session (looked up once per request), or undefined. */
export function requestSession(
  request: FastifyRequest,
  store: SessionStore | undefined,
): Promise<Session | undefined> {
  let session = sessions.get(request);
  if (!session) {
    session = store ? store.get(request.cookies?.[SESSION_COOKIE]) : Promise.resolve(undefined);
    sessions.set(request, session);
  }
  return session;
}

/**
 * The credential for a request: the signed-in user's token (refreshed when it is about to
 * expire), or the server's default when no one is signed in, unless the server requires
 * sign-in (then a 401).
 */
export async function sessionCredential(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    sessions?: SessionStore | undefined;
    upstream: Upstream;
    signIn?: SignInConfig | undefined;
    requireSignIn?: boolean | undefined;
  },
): Promise<Credential> {
  const anonymous = (): Credential => {
    if (options.requireSignIn) throw signInRequired();
    return 'default';
  };
  const id = request.cookies?.[SESSION_COOKIE];
  if (!id || !options.sessions) return anonymous();
  const session = await requestSession(request, options.sessions);
  if (!session) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return anonymous();
  }
  const expiring = session.tokenExpiresAt !== null && session.tokenExpiresAt - Date.now() < 60_000;
  if (!expiring || !session.refreshToken || !options.signIn) return { token: session.accessToken };
  const { status, body } = await tokenRequest(options.upstream, options.signIn, {
    grant_type: 'refresh_token',
    refresh_token: session.refreshToken,
  });
  if (status !== 200 || !body.access_token) {
    await options.sessions.delete(id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return anonymous();
  }
  const token = sessionToken(body);
  await options.sessions.updateToken(id, token);
  return { token: token.accessToken };
}

/** Who is signed in, for the app (never the token or the session id). */
export async function sessionUser(request: FastifyRequest, store: SessionStore | undefined) {
  const session = await requestSession(request, store);
  return session ? { username: session.username, name: session.name } : undefined;
}

/**
 * A query value as sent: a string, or a list when the parameter is repeated. The sign-in
 * routes take anything and check each value where it is used (a bad one fails the sign-in
 * with a redirect, never a 400).
 */
const asSent = {} as const;
const signInQuery = { type: 'object', properties: { return_to: asSent } } as const;
const callbackQuery = {
  type: 'object',
  properties: { code: asSent, state: asSent, error: asSent },
} as const;

export const signInRoutes: FastifyPluginAsync<{
  upstream: Upstream;
  sessions: SessionStore;
  oauthStates: OAuthStateStore;
  signIn: SignInConfig | undefined;
}> = async (app, { upstream, sessions, oauthStates, signIn }) => {
  const failed = (reply: FastifyReply, reason: string) =>
    reply
      .clearCookie(STATE_COOKIE, { path: '/auth' })
      .header('cache-control', 'no-store')
      .redirect(`/account?signin_error=${reason}`, 302);

  // Request types come from the route schemas.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();

  api.get(
    '/signin',
    { config: { rateLimit: SIGN_IN_RATE }, schema: { querystring: signInQuery } },
    async (request, reply) => {
      if (!signIn) return failed(reply, 'unavailable');
      const state = randomBytes(24).toString('base64url');
      await oauthStates.put(state, localPath(request.query.return_to));
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
        .setCookie(STATE_COOKIE, state, cookieOptions(request, '/auth', OAUTH_STATE_TTL_MS / 1000))
        .header('cache-control', 'no-store')
        .redirect(authorize.toString(), 302);
    },
  );

  api.get(
    '/callback',
    { config: { rateLimit: SIGN_IN_RATE }, schema: { querystring: callbackQuery } },
    async (request, reply) => {
      if (!signIn) return failed(reply, 'unavailable');
      const expected = request.cookies[STATE_COOKIE] ?? '';
      const { code, state, error } = request.query;
      if (!expected || typeof state !== 'string' || !state || !sameText(expected, state))
        return failed(reply, 'state');
      // Good once: a replayed callback finds nothing.
      const returnTo = await oauthStates.take(state);
      if (returnTo === undefined) return failed(reply, 'state');
      if (error) return failed(reply, error === 'access_denied' ? 'denied' : 'refused');
      if (!code) return failed(reply, 'refused');

      const exchanged = await tokenRequest(upstream, signIn, {
        grant_type: 'authorization_code',
        code: String(code),
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
      // Who signed in must be known: rate limits and the shared cache are kept per user.
      if (!user.username) {
        request.log.warn({ status: who.status }, 'sign-in: the API did not say who signed in');
        return failed(reply, 'exchange');
      }
      const session: Session = {
        ...token,
        username: user.username,
        name: user.full_name ?? user.username,
      };
      const id = await sessions.create(session);
      return reply
        .clearCookie(STATE_COOKIE, { path: '/auth' })
        .setCookie(SESSION_COOKIE, id, cookieOptions(request, '/', SESSION_TTL_MS / 1000))
        .header('cache-control', 'no-store')
        .redirect(localPath(returnTo), 302);
    },
  );
};

/** Signing out: the session is deleted on the server and its cookie cleared. */
export async function endSession(
  request: FastifyRequest,
  reply: FastifyReply,
  sessions: SessionStore,
) {
  await sessions.delete(request.cookies?.[SESSION_COOKIE]);
  return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
}
