// "Sign in with Shutterstock" end to end against the sandbox's OAuth operations: the
// authorize redirect, the consent page, the code exchange, the session cookie, per-user
// data through the gateway, sign out; and each refusal (state, reused or expired code,
// wrong secret, unregistered redirect URI, wrong password, a cross-site post).
import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app';
import { hash } from '../sandbox/oauth/store';
import { expectMatchesContract } from '../test/openapi';

interface CredentialsFile {
  users: { username: string; password?: string; access_token: string }[];
  client: { client_id: string; client_secret: string };
  oauth?: { client_id: string; redirect_hosts: string[] };
}

function credentials(app: FastifyInstance): CredentialsFile {
  return JSON.parse(fs.readFileSync(app.sandbox.credentialsFile, 'utf8')) as CredentialsFile;
}

function password(app: FastifyInstance, username: string): string {
  const value = credentials(app).users.find((user) => user.username === username)?.password;
  if (!value) throw new Error(`no password for ${username} in sandbox-credentials.json`);
  return value;
}

/** name=value of a Set-Cookie, with its attributes. */
function cookieOf(response: LightMyRequestResponse, name: string) {
  return response.cookies.find((cookie) => cookie.name === name);
}

const location = (response: LightMyRequestResponse) => String(response.headers.location ?? '');

/** Follows the flow up to the sandbox's redirect back: returns the callback URL and the state cookie. */
async function approve(
  app: FastifyInstance,
  username: string,
  options: { secret?: string; decision?: string; returnTo?: string } = {},
) {
  const signin = await app.inject({
    url: `/auth/signin?return_to=${options.returnTo ?? '/collections'}`,
  });
  expect(signin.statusCode).toBe(302);
  const stateCookie = cookieOf(signin, 'stockroom_oauth');
  if (!stateCookie) throw new Error('no state cookie');
  const authorize = new URL(location(signin));
  expect(authorize.pathname).toBe('/v2/oauth/authorize');
  const toLogin = await app.inject({ url: `${authorize.pathname}${authorize.search}` });
  expect(toLogin.statusCode).toBe(302);
  const loginUrl = location(toLogin);
  const page = await app.inject({ url: loginUrl });
  expect(page.statusCode).toBe(200);
  expect(page.headers['content-type']).toMatch(/text\/html/);
  const form = new URLSearchParams(new URL(loginUrl, 'http://localhost').search);
  form.set('username', username);
  form.set('password', options.secret ?? password(app, username));
  form.set('decision', options.decision ?? 'allow');
  const posted = await app.inject({
    method: 'POST',
    url: '/v2/oauth/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80' },
    payload: form.toString(),
  });
  return { posted, stateCookie: `stockroom_oauth=${stateCookie.value}` };
}

/** Signs in through the whole flow; returns the session cookie header. */
async function signIn(app: FastifyInstance, username: string): Promise<string> {
  const { posted, stateCookie } = await approve(app, username);
  expect(posted.statusCode).toBe(302);
  const callback = new URL(location(posted));
  expect(callback.pathname).toBe('/auth/callback');
  const done = await app.inject({
    url: `${callback.pathname}${callback.search}`,
    headers: { cookie: stateCookie },
  });
  expect(done.statusCode).toBe(302);
  expect(location(done)).toBe('/collections');
  const session = cookieOf(done, 'stockroom_session');
  if (!session) throw new Error('no session cookie');
  return `stockroom_session=${session.value}`;
}

describe('sign in with the sandbox OAuth application', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('writes the OAuth application and each user’s password to sandbox-credentials.json', () => {
    const file = credentials(app);
    expect(file.oauth?.client_id).toBe(file.client.client_id);
    expect(file.oauth?.redirect_hosts).toContain('localhost');
    for (const user of file.users) expect(user.password).toMatch(/^\S{8,}$/);
  });

  it('signs sam in: an httpOnly SameSite=Lax session cookie, and the gateway acts as sam', async () => {
    const { posted, stateCookie } = await approve(app, 'sam');
    const callback = new URL(location(posted));
    expect(callback.searchParams.get('code')).toBeTruthy();
    const done = await app.inject({
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: stateCookie },
    });
    const session = cookieOf(done, 'stockroom_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(session?.secure).toBeFalsy(); // plain HTTP here
    expect(session?.path).toBe('/');
    const cookie = `stockroom_session=${session?.value}`;

    const me = await app.inject({ url: '/api/session', headers: { cookie } });
    expect(me.json()).toEqual({ signed_in: true, user: { username: 'sam', name: 'Sam Rivera' } });
    const user = await app.inject({ url: '/api/v2/user', headers: { cookie } });
    expect(user.json<{ username: string }>().username).toBe('sam');

    const token = await app.inject({ url: '/api/v2/user/access_token', headers: { cookie } });
    const details = token.json<{ username: string; scopes: string[]; expires_in: number }>();
    expect(details.username).toBe('sam');
    expect(details.scopes).toEqual(expect.arrayContaining(['user.view', 'licenses.create']));
    expect(details.expires_in).toBeGreaterThan(3000);
    expectMatchesContract('GET', '/v2/user/access_token', 200, details);

    // Neither the token nor the session id is in anything the browser gets.
    const stored = (await app.gatewayStore.sessions.get(session?.value))?.accessToken ?? '';
    expect(stored).toMatch(/\S{16,}/);
    for (const response of [done, me, user, token]) {
      expect(response.body).not.toContain(stored);
      expect(JSON.stringify(response.headers)).not.toContain(stored);
    }
    expect(me.body).not.toContain(String(session?.value));
  });

  it('without a session the app is the sandbox’s default user', async () => {
    expect((await app.inject({ url: '/api/session' })).json()).toEqual({ signed_in: false });
    const user = await app.inject({ url: '/api/v2/user' });
    expect(user.json<{ username: string }>().username).toBe(app.sandbox.defaultUser().username);
  });

  it('each signed-in user sees their own collections, and cannot reach another’s', async () => {
    const sam = await signIn(app, 'sam');
    const jordan = await signIn(app, 'jordan');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v2/images/collections',
      headers: { cookie: sam, 'content-type': 'application/json', 'x-requested-with': 'stockroom' },
      payload: { name: 'Sam’s moodboard' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    const names = async (cookie?: string) =>
      (
        await app.inject({
          url: '/api/v2/images/collections?per_page=150',
          headers: cookie ? { cookie } : {},
        })
      )
        .json<{ data: { id: string }[] }>()
        .data.map((collection) => collection.id);
    expect(await names(sam)).toContain(id);
    expect(await names(jordan)).not.toContain(id);
    expect(await names()).not.toContain(id);
    const stolen = await app.inject({
      url: `/api/v2/images/collections/${id}`,
      headers: { cookie: jordan },
    });
    expect(stolen.statusCode).toBe(404);
  });

  it('signing out ends the session on the server', async () => {
    const cookie = await signIn(app, 'sam');
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-requested-with': 'stockroom' },
    });
    expect(out.statusCode).toBe(204);
    expect(cookieOf(out, 'stockroom_session')?.value).toBe('');
    // The old cookie, replayed, is nobody.
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).json()).toEqual({
      signed_in: false,
    });
    const user = await app.inject({ url: '/api/v2/user', headers: { cookie } });
    expect(user.json<{ username: string }>().username).toBe(app.sandbox.defaultUser().username);
  });

  it('ends the session when the API refuses its token (revoked)', async () => {
    const cookie = await signIn(app, 'jordan');
    app.sandbox.state
      .prepare(
        "DELETE FROM oauth_tokens WHERE user_id = (SELECT id FROM users WHERE username = 'jordan')",
      )
      .run();
    const refused = await app.inject({ url: '/api/v2/user', headers: { cookie } });
    expect(refused.statusCode).toBe(401);
    expect(cookieOf(refused, 'stockroom_session')?.value).toBe('');
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).json()).toEqual({
      signed_in: false,
    });
  });

  // return_to as sent in the query (already percent-encoded) → where the callback sends the
  // browser. A TAB, CR or LF is dropped by browsers (`/<TAB>/evil.example` is `//evil.example`)
  // or breaks the header; none of these may leave the site or fail the sign-in.
  it.each([
    ['%2F%09%2Fevil.example', '/'],
    ['%2F%0A%2Fevil.example', '/'],
    ['%2F%0D%2Fevil.example', '/'],
    ['%2F%0D%0ASet-Cookie:%20x=1', '/'],
    ['%2F%2Fevil.example', '/'],
    ['%2F%5Cevil.example', '/'],
    ['%5C%5Cevil.example', '/'],
    ['https%3A%2F%2Fevil.example%2F', '/'],
    ['%2Fa%2F..%2F%2Fevil.example', '/'],
    ['%2F%2E%2E%2F%2Fevil.example', '/'],
    ['javascript%3Aalert(1)', '/'],
    ['%2F%00', '/'],
    ['', '/'],
    ['%2Fcollections%3Fshare%3Dab%23top', '/collections?share=ab#top'],
    ['%2Fsearch%2F..%2Fdownloads', '/downloads'],
    ['%2Fimages%2F%E2%98%95', '/images/%E2%98%95'],
  ])('return_to=%s comes back to %s after the OAuth round trip', async (returnTo, expected) => {
    const { posted, stateCookie } = await approve(app, 'sam', { returnTo });
    expect(posted.statusCode).toBe(302);
    const callback = new URL(location(posted));
    const done = await app.inject({
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: stateCookie },
    });
    expect(done.statusCode).toBe(302);
    expect(location(done)).toBe(expected);
    expect(cookieOf(done, 'stockroom_session')?.value).toBeTruthy();
  });

  it('refuses a callback whose state is not the one this browser was given', async () => {
    const { posted, stateCookie } = await approve(app, 'sam');
    const callback = new URL(location(posted));
    callback.searchParams.set('state', 'forged-state');
    for (const cookie of [stateCookie, '']) {
      const done = await app.inject({
        url: `${callback.pathname}${callback.search}`,
        headers: cookie ? { cookie } : {},
      });
      expect(done.statusCode).toBe(302);
      expect(location(done)).toBe('/account?signin_error=state');
      expect(cookieOf(done, 'stockroom_session')).toBeUndefined();
    }
  });

  it('sends the user back with access_denied when they cancel', async () => {
    const { posted, stateCookie } = await approve(app, 'sam', { decision: 'deny' });
    const callback = new URL(location(posted));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('code')).toBeNull();
    const done = await app.inject({
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: stateCookie },
    });
    expect(location(done)).toBe('/account?signin_error=denied');
  });

  it('shows the consent page again, with an error, for a wrong password', async () => {
    const { posted } = await approve(app, 'sam', { secret: 'not-the-password' });
    expect(posted.statusCode).toBe(401);
    expect(posted.body).toContain('do not match');
    expect(posted.headers.location).toBeUndefined();
  });

  it('refuses the consent form posted from another site', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v2/oauth/login',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      payload: 'username=sam&password=x&decision=allow',
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('behind an HTTPS proxy (STOCKROOM_TRUST_PROXY=1)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp({ STOCKROOM_TRUST_PROXY: '1' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('marks the sign-in cookies Secure and sends https redirect URIs', async () => {
    const signin = await app.inject({
      url: '/auth/signin',
      headers: { 'x-forwarded-proto': 'https', host: 'localhost' },
    });
    expect(cookieOf(signin, 'stockroom_oauth')?.secure).toBe(true);
    const authorize = new URL(location(signin));
    expect(authorize.origin).toBe('https://localhost');
    expect(authorize.searchParams.get('redirect_uri')).toBe('https://localhost/auth/callback');
  });
});

describe('the sandbox OAuth operations refuse clearly', () => {
  let app: FastifyInstance;
  let client: { client_id: string; client_secret: string };
  beforeAll(async () => {
    app = await createTestApp();
    client = credentials(app).client;
  });
  afterAll(async () => {
    await app.close();
  });

  const authorizeQuery = (overrides: Record<string, string> = {}) =>
    new URLSearchParams({
      client_id: client.client_id,
      redirect_uri: 'http://localhost:5173/callback',
      response_type: 'code',
      scope: 'user.view collections.view',
      state: 'abc123',
      ...overrides,
    }).toString();

  /** A fresh code for sam, straight from the consent form. */
  async function codeFor(username: string): Promise<string> {
    const form = new URLSearchParams(authorizeQuery());
    form.set('username', username);
    form.set('password', password(app, username));
    form.set('decision', 'allow');
    const posted = await app.inject({
      method: 'POST',
      url: '/v2/oauth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
    const target = new URL(location(posted));
    expect(target.origin).toBe('http://localhost:5173');
    expect(target.searchParams.get('state')).toBe('abc123');
    return target.searchParams.get('code') ?? '';
  }

  const exchange = (body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/v2/oauth/access_token', payload: body });

  it('GET /v2/oauth/authorize redirects to the sign-in page (302), keeping the parameters', async () => {
    const response = await app.inject({ url: `/v2/oauth/authorize?${authorizeQuery()}` });
    expect(response.statusCode).toBe(302);
    expect(location(response)).toMatch(/^\/v2\/oauth\/login\?.*state=abc123/);
    expectMatchesContract('GET', '/v2/oauth/authorize', 302, response.body);
  });

  it('refuses a redirect URI on a host the application has not registered, without redirecting', async () => {
    for (const redirect of ['https://evil.example/callback', 'not a url', 'javascript:alert(1)']) {
      const response = await app.inject({
        url: `/v2/oauth/authorize?${authorizeQuery({ redirect_uri: redirect })}`,
      });
      expect(response.statusCode, redirect).toBe(400);
      expect(response.headers.location).toBeUndefined();
      expect(response.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe(
        '$.query.redirect_uri',
      );
    }
  });

  it('refuses an unknown client, an unknown scope and a response_type other than code', async () => {
    for (const [overrides, path] of [
      [{ client_id: 'nobody' }, '$.query.client_id'],
      [{ scope: 'user.view everything' }, '$.query.scope'],
      [{ response_type: 'token' }, '$.query.response_type'],
    ] as const) {
      const response = await app.inject({
        url: `/v2/oauth/authorize?${authorizeQuery(overrides)}`,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe(path);
    }
  });

  it('exchanges a code for the vendor’s token shape (JSON or form body), scopes as granted', async () => {
    const answer = await exchange({
      client_id: client.client_id,
      client_secret: client.client_secret,
      grant_type: 'authorization_code',
      code: await codeFor('casey'),
    });
    expect(answer.statusCode).toBe(200);
    const token = answer.json<{ access_token: string; token_type: string }>();
    expect(token.token_type).toBe('Bearer');
    expectMatchesContract('POST', '/v2/oauth/access_token', 200, token);
    // casey holds only user.view and collections.view: that is all the token carries.
    const details = await app.inject({
      url: '/v2/user/access_token',
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    expect(details.json<{ scopes: string[] }>().scopes).toEqual(['user.view', 'collections.view']);

    const form = new URLSearchParams({
      client_id: client.client_id,
      client_secret: client.client_secret,
      grant_type: 'authorization_code',
      code: await codeFor('sam'),
      expires: 'true',
    });
    const expiring = await app.inject({
      method: 'POST',
      url: '/v2/oauth/access_token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
    const body = expiring.json<{ expires_in: number; refresh_token: string }>();
    expect(body.expires_in).toBe(3600);
    expect(body.refresh_token).toBeTruthy();
    expectMatchesContract('POST', '/v2/oauth/access_token', 200, body);
    const refreshed = await exchange({
      client_id: client.client_id,
      client_secret: client.client_secret,
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
    });
    expect(refreshed.statusCode).toBe(200);
  });

  it('refuses a wrong client secret (401)', async () => {
    const response = await exchange({
      client_id: client.client_id,
      client_secret: 'wrong',
      grant_type: 'authorization_code',
      code: await codeFor('sam'),
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(
      /client_secret is not valid/,
    );
  });

  it('refuses a reused code (400) and revokes the token first issued for it', async () => {
    const code = await codeFor('sam');
    const body = {
      client_id: client.client_id,
      client_secret: client.client_secret,
      grant_type: 'authorization_code',
      code,
    };
    const first = await exchange(body);
    const token = first.json<{ access_token: string }>().access_token;
    const again = await exchange(body);
    expect(again.statusCode).toBe(400);
    expect(again.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(
      /already been used/,
    );
    const revoked = await app.inject({
      url: '/v2/user',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it('refuses an expired code (400) and an unknown one (400)', async () => {
    const code = await codeFor('sam');
    // Five minutes pass: the code's expiry is moved into the past.
    app.sandbox.state
      .prepare('UPDATE oauth_codes SET expires_at = ? WHERE code_hash = ?')
      .run(Date.now() - 1, hash(code));
    const base = {
      client_id: client.client_id,
      client_secret: client.client_secret,
      grant_type: 'authorization_code',
    };
    const expired = await exchange({ ...base, code });
    expect(expired.statusCode).toBe(400);
    expect(expired.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/expired/);
    const unknown = await exchange({ ...base, code: 'made-up' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(
      /not valid/,
    );
  });
});
