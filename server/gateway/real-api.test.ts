// The gateway in real-API mode. A small stand-in API answers what a test needs (503s, 429s
// with Retry-After, records the Authorization it got); a second sandbox stands in for
// Shutterstock for the whole app: token injection and "Sign in with Shutterstock" through
// the remote API's OAuth operations.
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, startTestServer } from '../test/app';
import { approveAtSandbox, sandboxPassword } from '../test/signin-flow';
import { gatewayPlugin, remoteUpstream } from '.';
import { retryAfterMs } from './upstream';

/** A stand-in API: each path answers from a script of statuses, and every request is recorded. */
async function standIn(
  script: Record<string, { status: number; headers?: Record<string, string> }[]>,
) {
  const seen: { method: string; path: string; authorization?: string }[] = [];
  const api = Fastify();
  api.removeAllContentTypeParsers();
  api.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  api.all('/*', async (request, reply) => {
    const path = (request.raw.url ?? '').split('?')[0] ?? '';
    seen.push({ method: request.method, path, authorization: request.headers.authorization });
    const count = seen.filter((entry) => entry.path === path).length;
    const steps = script[path] ?? [{ status: 200 }];
    const step = steps[Math.min(count, steps.length) - 1] ?? { status: 200 };
    return reply
      .code(step.status)
      .headers(step.headers ?? {})
      .send(
        step.status < 300 ? { data: [], attempt: count } : { message: `Status ${step.status}` },
      );
  });
  const baseUrl = await api.listen({ port: 0, host: '127.0.0.1' });
  return {
    api,
    baseUrl,
    seen,
    calls: (path: string) => seen.filter((entry) => entry.path === path).length,
  };
}

describe('gateway retries against a stand-in API', () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
  });

  async function setup(script: Parameters<typeof standIn>[0]) {
    const remote = await standIn(script);
    const gateway = Fastify();
    await gateway.register(gatewayPlugin, {
      prefix: '/api',
      upstream: remoteUpstream({
        baseUrl: remote.baseUrl,
        token: 'server-token',
        retry: { attempts: 3, baseDelayMs: 5, maxRetryAfterMs: 2000 },
      }),
    });
    closers.push(
      () => gateway.close(),
      () => remote.api.close(),
    );
    return { remote, gateway };
  }

  it('sends the server token, and retries a GET through 503 and 502 until it succeeds', async () => {
    const { remote, gateway } = await setup({
      '/v2/images/search': [{ status: 503 }, { status: 502 }, { status: 200 }],
    });
    const response = await gateway.inject({ url: '/api/v2/images/search?query=a' });
    expect(response.statusCode).toBe(200);
    expect(remote.calls('/v2/images/search')).toBe(3);
    expect(remote.seen.every((entry) => entry.authorization === 'Bearer server-token')).toBe(true);
  });

  it('gives up after the last try and passes the failure on', async () => {
    const { remote, gateway } = await setup({ '/v2/images/search': [{ status: 503 }] });
    const response = await gateway.inject({ url: '/api/v2/images/search' });
    expect(response.statusCode).toBe(503);
    expect(remote.calls('/v2/images/search')).toBe(3);
  });

  it('never repeats a change: a collection POST that failed is tried once', async () => {
    const { remote, gateway } = await setup({ '/v2/images/collections': [{ status: 503 }] });
    const response = await gateway.inject({
      method: 'POST',
      url: '/api/v2/images/collections',
      headers: { 'content-type': 'application/json' },
      payload: { name: 'x' },
    });
    expect(response.statusCode).toBe(503);
    expect(remote.calls('/v2/images/collections')).toBe(1);
  });

  it('repeats a license request only when it carries an Idempotency-Key', async () => {
    const { remote, gateway } = await setup({
      '/v2/images/licenses': [{ status: 503 }, { status: 200 }, { status: 503 }, { status: 200 }],
    });
    const license = (headers: Record<string, string>) =>
      gateway.inject({
        method: 'POST',
        url: '/api/v2/images/licenses?subscription_id=s1',
        headers: { 'content-type': 'application/json', ...headers },
        payload: { images: [{ image_id: '1' }] },
      });
    const keyed = await license({ 'idempotency-key': 'k-1' });
    expect(keyed.statusCode).toBe(200);
    expect(remote.calls('/v2/images/licenses')).toBe(2);
    const unkeyed = await license({});
    expect(unkeyed.statusCode).toBe(503);
    expect(remote.calls('/v2/images/licenses')).toBe(3);
  });

  it('honours a short Retry-After on a 429, then answers', async () => {
    const { remote, gateway } = await setup({
      '/v2/images/search': [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }],
    });
    const response = await gateway.inject({ url: '/api/v2/images/search' });
    expect(response.statusCode).toBe(200);
    expect(remote.calls('/v2/images/search')).toBe(2);
  });

  it('passes a long 429 back at once with Retry-After and a clear message', async () => {
    const { remote, gateway } = await setup({
      '/v2/images/search': [{ status: 429, headers: { 'retry-after': '120' } }],
    });
    const response = await gateway.inject({ url: '/api/v2/images/search' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('120');
    expect(response.json<{ message: string }>().message).toBe(
      'The Shutterstock API is receiving too many requests. Try again in 120 seconds.',
    );
    expect(remote.calls('/v2/images/search')).toBe(1);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Fri, 27 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('the whole app in real-API mode, a second sandbox standing in for Shutterstock', () => {
  let remote: { app: FastifyInstance; baseUrl: string };
  let app: FastifyInstance;
  let signInApp: FastifyInstance;
  beforeAll(async () => {
    remote = await startTestServer();
    const jordan = remote.app.sandbox.users().find((user) => user.username === 'jordan');
    app = await createTestApp({
      SHUTTERSTOCK_API_URL: remote.baseUrl,
      SHUTTERSTOCK_API_TOKEN: jordan?.accessToken ?? '',
    });
    const client = remote.app.sandbox.apiClient();
    signInApp = await createTestApp({
      // Opted out of required sign-in, to search anonymously with the application's basic auth.
      STOCKROOM_REQUIRE_SIGNIN: '0',
      SHUTTERSTOCK_API_URL: remote.baseUrl,
      SHUTTERSTOCK_CLIENT_ID: client.client_id,
      SHUTTERSTOCK_CLIENT_SECRET: client.client_secret,
    });
  });
  afterAll(async () => {
    await Promise.all([app.close(), signInApp.close()]);
    await remote.app.close();
  });

  it('sends SHUTTERSTOCK_API_TOKEN and says which API it uses', async () => {
    const user = await app.inject({ url: '/api/v2/user' });
    expect(user.json<{ username: string }>().username).toBe('jordan');
    expect((await app.inject({ url: '/api/status' })).json()).toEqual({
      upstream: 'shutterstock',
      api_url: remote.baseUrl,
      sign_in: false,
    });
  });

  it('with only an application id and secret, searches with basic auth and signs users in', async () => {
    const search = await signInApp.inject({ url: '/api/v2/images/search?query=city&per_page=1' });
    expect(search.statusCode).toBe(200);

    const location = (response: LightMyRequestResponse) => String(response.headers.location);
    const signin = await signInApp.inject({ url: '/auth/signin' });
    const authorize = location(signin);
    expect(authorize.startsWith(`${remote.baseUrl}/v2/oauth/authorize?`)).toBe(true);
    const stateCookie = signin.cookies.find((cookie) => cookie.name === 'stockroom_oauth');
    // The browser, at the remote API: the authorize redirect, then the consent form.
    const callback = await approveAtSandbox(
      authorize,
      'sam',
      sandboxPassword(remote.app.sandbox.credentialsFile, 'sam'),
    );
    expect(callback.pathname).toBe('/auth/callback');
    const done = await signInApp.inject({
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: `stockroom_oauth=${stateCookie?.value}` },
    });
    const session = done.cookies.find((cookie) => cookie.name === 'stockroom_session');
    expect(session?.value).toBeTruthy();
    const me = await signInApp.inject({
      url: '/api/v2/user',
      headers: { cookie: `stockroom_session=${session?.value}` },
    });
    expect(me.json<{ username: string }>().username).toBe('sam');
  });
});

describe('health in real-API mode', () => {
  it('is live but not ready while the API cannot be reached, and ready when it can', async () => {
    const remote = await startTestServer();
    const app = await createTestApp({
      SHUTTERSTOCK_API_URL: remote.baseUrl,
      SHUTTERSTOCK_API_TOKEN: 'server-token',
    });
    try {
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      await remote.app.close();
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json<{ message: string }>().message).toBe(
        'Not ready: the Shutterstock API cannot be reached',
      );
    } finally {
      await app.close();
    }
  });
});
