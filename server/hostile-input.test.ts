// Hostile input found by a fuzzing pass, one regression each: deep JSON bodies (a 500 on
// every license POST and on bulk search), dot segments at the gateway, vendor headers the
// gateway dropped, and refusals that came in the framework's own body instead of the
// vendor's. (return_to after sign-in is in gateway/signin.test.ts, with the OAuth flow.)
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_MAX_DEPTH, jsonDepthExceeds, parseJsonBody } from './sandbox/body';
import { SandboxError } from './sandbox/errors';
import { createIsolatedTestApp } from './test/app';
import { expectVendorError, rawGet, rawRequest, rawWithBody } from './test/http';

let app: FastifyInstance;
let port: number;
let token: string;

beforeAll(async () => {
  app = await createIsolatedTestApp();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(address).port);
  token = app.sandbox.defaultUser().accessToken;
});
afterAll(async () => app.close());

/** What a refused request must leave alone: allotments, licenses, collections. */
function stateDigest(): string {
  const state = app.sandbox.state;
  return JSON.stringify([
    state.prepare('SELECT id, downloads_left FROM subscriptions ORDER BY id').all(),
    state.prepare('SELECT count(*) FROM licenses').pluck().get(),
    state.prepare('SELECT count(*) FROM collections').pluck().get(),
    state.prepare('SELECT count(*) FROM collection_items').pluck().get(),
  ]);
}

const nested = (levels: number, leaf = '1') => '['.repeat(levels) + leaf + ']'.repeat(levels);
const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('the JSON body depth limit', () => {
  it('counts only brackets outside strings, and stops at the limit', () => {
    expect(jsonDepthExceeds(nested(JSON_MAX_DEPTH))).toBe(false);
    expect(jsonDepthExceeds(nested(JSON_MAX_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ text: '[[[[{{{{'.repeat(100) }))).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ text: '"\\[[[['.repeat(100) }))).toBe(false);
    expect(parseJsonBody(deepObject(JSON_MAX_DEPTH))).toBeTruthy();
    expect(() => parseJsonBody(deepObject(JSON_MAX_DEPTH + 1))).toThrow(SandboxError);
    expect(() => parseJsonBody('{"__proto__":{"admin":true}}')).toThrow(SandboxError);
    expect(parseJsonBody('  ')).toBeUndefined();
  });
});

describe('a body nested 5,000 levels deep is a 400, charging nothing', () => {
  const deep = deepObject(5000);
  const licenseBodies: [path: string, body: string][] = [
    ['/images/licenses', `{"images":[{"image_id":"1","metadata":${deep}}]}`],
    ['/videos/licenses', `{"videos":[{"video_id":"1","metadata":${deep}}]}`],
    ['/audio/licenses', `{"audio":[{"audio_id":"1","license":${deep}}]}`],
    ['/sfx/licenses', `{"sound_effects":[{"sfx_id":"1","subscription_id":${deep}}]}`],
    [
      '/editorial/images/licenses',
      `{"country":"USA","editorial":[{"editorial_id":"1","metadata":${deep}}]}`,
    ],
    [
      '/editorial/licenses',
      `{"country":"USA","editorial":[{"editorial_id":"1","metadata":${deep}}]}`,
    ],
    [
      '/editorial/videos/licenses',
      `{"country":"USA","editorial":[{"editorial_id":"1","metadata":${deep}}]}`,
    ],
    ['/bulk_search/images', `[{"query":${deep}}]`],
    ['/images/collections', `{"name":${nested(5000, '"x"')}}`],
  ];
  for (const prefix of ['/v2', '/api/v2']) {
    it.each(licenseBodies)(`POST ${prefix}%s`, async (path, body) => {
      const before = stateDigest();
      const response = await app.inject({
        method: 'POST',
        url: `${prefix}${path}`,
        headers: {
          'content-type': 'application/json',
          ...(prefix === '/v2' ? { authorization: `Bearer ${token}` } : {}),
        },
        payload: body,
      });
      expect(response.statusCode).toBe(400);
      const error = expectVendorError(response.headers['content-type'], response.body, path);
      expect(error.errors[0]?.code).toBe('VALIDATION_BODY_TOO_DEEP');
      expect(stateDigest()).toBe(before);
    });
  }

  it('refuses __proto__ in a body with a 400 in the vendor shape', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v2/images/collections',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: '{"name":"x","__proto__":{"admin":true}}',
    });
    expect(response.statusCode).toBe(400);
    expectVendorError(response.headers['content-type'], response.body);
  });
});

describe('the gateway forwards only what stays under /api/v2/ (over a real socket: no client resolves dot segments first)', () => {
  it.each([
    '/api/v2/../api/v2/user',
    '/api/v2/%2e%2e/api/v2/user',
    '/api/v2/.%2E/api/v2/user',
    '/api/v2/%2E./api/v2/user',
    '/api/v2/../api/v2/test',
    '/api/v2/%2e%2e/auth/signin',
    '/api/v2/../sandbox/downloads/x',
    '/api/v2/images/../../../sandbox/media/images/1/x.jpg',
    '/api/v2/images/..%2f..%2fuser',
    '/api/v2/images/..%5c..%5cuser',
    '/api/v2/images/..\\..\\user',
  ])('%s is refused with a 400', async (target) => {
    const response = await rawRequest(port, rawGet(target));
    expect(response.status).toBe(400);
    const body = expectVendorError(response.headers['content-type'], response.body, target);
    expect(body.errors[0]?.code).toBe('INVALID_PATH');
  });

  it('a signed-in user’s dot-segment request is not answered as the default user', async () => {
    const response = await rawRequest(
      port,
      rawGet('/api/v2/%2e%2e/api/v2/user', { cookie: 'stockroom_session=whatever' }),
    );
    expect(response.status).toBe(400);
    expect(response.body).not.toContain(app.sandbox.defaultUser().username);
  });

  it('an id holding an encoded slash (an editorial live feed’s) is forwarded as it is', async () => {
    const feeds = await rawRequest(port, rawGet('/api/v2/editorial/images/livefeeds?country=USA'));
    const feed = (JSON.parse(feeds.body) as { data: { id: string }[] }).data[0];
    expect(feed?.id).toMatch(/%2F/);
    const target = `/api/v2/editorial/images/livefeeds/${encodeURIComponent(decodeURIComponent(feed!.id))}?country=USA`;
    expect(target).toMatch(/%2F/);
    const response = await rawRequest(port, rawGet(target));
    expect(response.status).toBe(200);
    expect((JSON.parse(response.body) as { id: string }).id).toBe(feed!.id);
  });

  it('a path that resolves to another /api/v2/ path is forwarded as resolved', async () => {
    const response = await rawRequest(port, rawGet('/api/v2/images/../videos/search?per_page=1'));
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { data: { media_type: string }[] };
    expect(body.data[0]?.media_type).toBe('video');
  });
});

describe('vendor response headers reach the browser', () => {
  it('Idempotent-Replayed comes through /api on a replayed license, and the license is charged once', async () => {
    const imageId = String(
      app.sandbox.db
        .prepare(
          "SELECT id FROM images WHERE image_type = 'photo' AND is_editorial = 0 AND is_adult = 0 ORDER BY id LIMIT 1",
        )
        .pluck()
        .get(),
    );
    const subscription = app.sandbox.state
      .prepare("SELECT id FROM subscriptions WHERE user_id = ? AND id LIKE 's%' ORDER BY id")
      .pluck()
      .get(app.sandbox.defaultUser().id) as string;
    const licenses = () =>
      app.sandbox.state.prepare('SELECT count(*) FROM licenses').pluck().get() as number;
    const before = licenses();
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/v2/images/licenses',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'replay-check-1' },
        payload: { images: [{ image_id: imageId, subscription_id: subscription, size: 'small' }] },
      });
    const first = await send();
    expect(first.statusCode).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await send();
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(licenses()).toBe(before + 1);
  });

  it('hop-by-hop headers, cookies and the server’s own security headers are not taken from upstream', async () => {
    const { forwardedResponseHeaders } = await import('./gateway/upstream');
    const forwarded = forwardedResponseHeaders(
      Object.entries({
        'Idempotent-Replayed': 'true',
        'x-vendor-new-header': 'kept',
        'content-type': 'application/json',
        connection: 'keep-alive',
        'transfer-encoding': 'chunked',
        'set-cookie': ['a=b'],
        'content-security-policy': 'default-src *',
        'access-control-allow-origin': '*',
        'content-encoding': 'gzip',
      }),
    );
    expect(forwarded).toEqual({
      'idempotent-replayed': 'true',
      'x-vendor-new-header': 'kept',
      'content-type': 'application/json',
    });
  });
});

describe('every framework refusal in the vendor’s shape, on /v2 and /api', () => {
  const bearer = () => ({ authorization: `Bearer ${token}` });
  const cases: [name: string, status: number, code: string, request: () => string][] = [
    ['bad percent-encoding on /v2', 400, 'INVALID_URL', () => rawGet('/v2/images/%zz', bearer())],
    ['bad percent-encoding on /api', 400, 'INVALID_URL', () => rawGet('/api/v2/images/%zz')],
    ['bad percent-encoding elsewhere', 400, 'INVALID_URL', () => rawGet('/%zz')],
    ['an unknown /v2 route', 404, 'NOT_FOUND', () => rawGet('/v2/no/such/route', bearer())],
    ['an unknown /api route', 404, 'NOT_FOUND', () => rawGet('/api/nowhere')],
    ['an unknown method', 404, 'NOT_FOUND', () => rawGet('/v2/images/search', bearer(), 'PATCH')],
    [
      'a body over 1 MB on /v2',
      413,
      'BODY_TOO_LARGE',
      () =>
        rawWithBody('POST', '/v2/images/collections', `{"name":"${'x'.repeat(1_100_000)}"}`, {
          ...bearer(),
          'content-type': 'application/json',
        }),
    ],
    [
      'a body over 1 MB on /api',
      413,
      'BODY_TOO_LARGE',
      () =>
        rawWithBody('POST', '/api/v2/images/collections', `{"name":"${'x'.repeat(1_100_000)}"}`, {
          'content-type': 'application/json',
        }),
    ],
    [
      'a too-long path parameter on /v2',
      414,
      'URI_TOO_LONG',
      () => rawGet(`/v2/images/${'1'.repeat(300)}`, bearer()),
    ],
    [
      'a too-long path parameter on /api',
      414,
      'URI_TOO_LONG',
      () => rawGet(`/api/v2/images/${'1'.repeat(300)}`),
    ],
    [
      'an unsupported media type on /v2',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () =>
        rawWithBody('POST', '/v2/images/collections', '<name/>', {
          ...bearer(),
          'content-type': 'application/xml',
        }),
    ],
    [
      'a body without a content type on /api',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () => rawWithBody('POST', '/api/v2/images/collections', '{"name":"x"}'),
    ],
    [
      'oversized headers on /api',
      431,
      'HEADERS_TOO_LARGE',
      () => rawGet('/api/v2/test', { 'x-big': 'a'.repeat(20_000) }),
    ],
    [
      'oversized headers on /v2',
      431,
      'HEADERS_TOO_LARGE',
      () => rawGet('/v2/test', { 'x-big': 'a'.repeat(20_000) }),
    ],
    ['a malformed request line', 400, 'BAD_REQUEST', () => rawGet('/api/v2/te st')],
    ['an unknown method token', 400, 'BAD_REQUEST', () => rawGet('/api/v2/test', {}, 'FOO')],
  ];

  it.each(cases)('%s: %i %s', async (name, status, code, request) => {
    const response = await rawRequest(port, request());
    expect(response.status, name).toBe(status);
    const body = expectVendorError(response.headers['content-type'], response.body, name);
    expect(body.errors[0]?.code).toBe(code);
    // Nothing of the framework's own body.
    expect(response.body).not.toMatch(/"statusCode"|FST_ERR/);
  });

  it('a rate-limited client gets a 429 in the vendor shape', async () => {
    const limited = await createIsolatedTestApp({ STOCKROOM_RATE_LIMIT: '2' });
    try {
      let response = await limited.inject({ url: '/api/v2/test', remoteAddress: '10.1.1.1' });
      for (let i = 0; i < 3 && response.statusCode !== 429; i++)
        response = await limited.inject({ url: '/api/v2/test', remoteAddress: '10.1.1.1' });
      expect(response.statusCode).toBe(429);
      const body = expectVendorError(response.headers['content-type'], response.body);
      expect(body.errors[0]?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('the server still answers after all of it', async () => {
    const response = await rawRequest(port, rawGet('/api/v2/images/search?per_page=1'));
    expect(response.status).toBe(200);
  });
});
