// A user can never read or change another user's collections, whatever ids they send: every
// collections endpoint that takes an id answers 404 to anyone but the owner (same team or
// not), through the sandbox with Bearer tokens and through the gateway with sessions, and
// the owner's collection is unchanged afterwards.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app';
import { SESSION_COOKIE } from './sessions';

type Send = (
  method: string,
  url: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown }>;

describe('cross-user access to collections is refused', () => {
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await createTestApp();
    for (const user of app.sandbox.users()) tokens[user.username] = user.accessToken;
  });
  afterAll(async () => {
    await app.close();
  });

  async function call(
    url: string,
    method: string,
    headers: Record<string, string>,
    body?: unknown,
  ) {
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return {
      status: response.statusCode,
      body: response.body ? (JSON.parse(response.body) as unknown) : undefined,
    };
  }

  /** Calls the sandbox at /v2 with a user's Bearer token. */
  const bearer =
    (username: string): Send =>
    (method, url, body) =>
      call(url, method, { authorization: `Bearer ${tokens[username]}` }, body);

  /** Calls the gateway at /api as a signed-in user (a session holding their token). */
  function session(username: string): Send {
    const user = app.sandbox.users().find((candidate) => candidate.username === username);
    const started = app.gatewayStore.sessions.create({
      username,
      name: user?.name ?? username,
      accessToken: tokens[username] ?? '',
      refreshToken: null,
      tokenExpiresAt: null,
    });
    return async (method, url, body) =>
      call(
        `/api${url}`,
        method,
        {
          cookie: `${SESSION_COOKIE}=${await started}`,
          'x-requested-with': 'stockroom',
          // A token the browser sends is never used: the session's is.
          authorization: `Bearer ${tokens.sam}`,
        },
        body,
      );
  }

  async function firstId(send: Send, searchPath: string): Promise<string> {
    const found = await send('GET', `${searchPath}?per_page=2`);
    const data = (found.body as { data: { id: string }[] }).data;
    if (!data[1]) throw new Error(`${searchPath} found nothing`);
    return data[0]?.id ?? '';
  }

  const listIds = async (send: Send, url: string) =>
    ((await send('GET', `${url}?per_page=50`)).body as { data: { id: string }[] }).data.map(
      (item) => String(item.id),
    );

  const media = [
    { kind: 'images', search: '/v2/images/search' },
    { kind: 'videos', search: '/v2/videos/search' },
    { kind: 'audio', search: '/v2/audio/search' },
  ];

  for (const via of ['sandbox', 'gateway'] as const) {
    for (const { kind, search } of media) {
      it(`${kind} collections, through the ${via}: every id endpoint is 404 to others`, async () => {
        const as = via === 'sandbox' ? bearer : session;
        const owner = as('sam');
        const item = await firstId(owner, search);
        const created = await owner('POST', `/v2/${kind}/collections`, { name: `Sam’s ${kind}` });
        expect(created.status).toBe(201);
        const id = (created.body as { id: string }).id;
        expect(
          (await owner('POST', `/v2/${kind}/collections/${id}/items`, { items: [{ id: item }] }))
            .status,
        ).toBe(204);

        for (const intruder of ['alex', 'jordan'].map(as)) {
          const base = `/v2/${kind}/collections/${id}`;
          const attempts: [string, string, unknown?][] = [
            ['GET', base],
            ['GET', `${base}/items`],
            ['POST', base, { name: 'Taken over' }],
            ['POST', `${base}/items`, { items: [{ id: item }] }],
            ['DELETE', `${base}/items?item_id=${item}`],
            ['DELETE', base],
          ];
          for (const [method, url, body] of attempts) {
            const response = await intruder(method, url, body);
            expect(response.status, `${method} ${url}`).toBe(404);
            expect(JSON.stringify(response.body ?? '')).not.toContain('Sam’s');
          }
          expect(await listIds(intruder, `/v2/${kind}/collections`)).not.toContain(String(id));
        }

        const after = await owner('GET', `/v2/${kind}/collections/${id}`);
        expect(after.status).toBe(200);
        expect(after.body).toMatchObject({ name: `Sam’s ${kind}`, total_item_count: 1 });
      });
    }

    it(`catalog collections, through the ${via}: every id endpoint is 404 to others`, async () => {
      const as = via === 'sandbox' ? bearer : session;
      const owner = as('sam');
      const item = await firstId(owner, '/v2/images/search');
      const created = await owner('POST', '/v2/catalog/collections', {
        name: 'Sam’s catalog',
        items: [{ asset: { id: item, type: 'image' } }],
      });
      expect(created.status).toBe(201);
      const id = String((created.body as { id: string }).id);

      for (const intruder of ['alex', 'jordan'].map(as)) {
        const base = `/v2/catalog/collections/${id}`;
        const attempts: [string, string, unknown?][] = [
          ['PATCH', base, { name: 'Taken over' }],
          ['POST', `${base}/items`, { items: [{ asset: { id: item, type: 'image' } }] }],
          ['DELETE', `${base}/items`, { items: [{ id: item }] }],
          ['DELETE', base],
        ];
        for (const [method, url, body] of attempts) {
          const response = await intruder(method, url, body);
          expect(response.status, `${method} ${url}`).toBe(404);
        }
        expect(await listIds(intruder, '/v2/catalog/collections')).not.toContain(id);
        const searched = await intruder('GET', `/v2/catalog/search?collection_id=${id}`);
        expect((searched.body as { total_count: number }).total_count).toBe(0);
      }

      const owned = await owner('GET', `/v2/catalog/search?collection_id=${id}`);
      expect((owned.body as { total_count: number }).total_count).toBe(1);
      expect(await listIds(owner, '/v2/catalog/collections')).toContain(id);
    });
  }
});
