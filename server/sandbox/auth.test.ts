// Authentication and the persisted accounts: 401 and 403 in the vendor's error body,
// basic auth with the client credentials, tokens kept across starts, SANDBOX_ACCESS_TOKEN.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app';
import { openSandbox } from '.';
import type { Credentials } from './accounts';

const SMALL_CATALOG = { seed: 7, imageCount: 500, contributorCount: 40 };

let app: FastifyInstance;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const user = (name: string) => app.sandbox.users().find((u) => u.username === name)!;

describe('authentication', () => {
  it('answers 401 with the vendor error body without credentials or with a bad token', async () => {
    for (const headers of [
      {},
      bearer('v2/not-a-token'),
      { authorization: 'Basic bm9wZTpub3Bl' },
      { authorization: 'Token abc' },
    ]) {
      const response = await app.inject({ url: '/v2/images/search', headers });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        message: 'Unauthorized',
        errors: [{ code: 'UNAUTHORIZED', message: expect.any(String) }],
      });
    }
  });

  it('answers 403 naming the missing scope', async () => {
    const response = await app.inject({
      url: '/v2/user/subscriptions',
      headers: bearer(user('casey').accessToken),
    });
    expect(response.statusCode).toBe(403);
    const body = response.json<{ message: string; errors: { code: string; message: string }[] }>();
    expect(body.message).toBe('Forbidden');
    expect(body.errors[0]?.message).toContain('purchases.view');
  });

  it('knows each user by their token', async () => {
    for (const name of ['alex', 'sam', 'jordan']) {
      const response = await app.inject({
        url: '/v2/user',
        headers: bearer(user(name).accessToken),
      });
      expect(response.json<{ username: string }>().username).toBe(name);
    }
    const teams = new Set(app.sandbox.users().map((u) => u.team));
    expect(teams.size).toBe(2);
  });

  it('accepts basic auth with the client id and secret where the vendor does', async () => {
    const { client_id, client_secret } = app.sandbox.apiClient();
    const authorization = `Basic ${Buffer.from(`${client_id}:${client_secret}`).toString('base64')}`;
    expect(
      (await app.inject({ url: '/v2/images/categories', headers: { authorization } })).statusCode,
    ).toBe(200);
    expect((await app.inject({ url: '/v2/user', headers: { authorization } })).statusCode).toBe(
      403,
    );
  });

  it('leaves media public', async () => {
    const response = await app.inject({ url: '/sandbox/media/images/1/preview.jpg' });
    expect([200, 404]).toContain(response.statusCode);
    expect(response.statusCode).not.toBe(401);
  });
});

describe('accounts on disk', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-sandbox-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps generated tokens across starts, writes the credentials file, and honours SANDBOX_ACCESS_TOKEN', async () => {
    const first = await openSandbox({
      dataDir,
      defaultAccessToken: undefined,
      showProgress: false,
      catalog: SMALL_CATALOG,
    });
    expect(first.seedMs).toBeGreaterThan(0);
    const tokens = first.users().map((u) => u.accessToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    first.close();

    const second = await openSandbox({
      dataDir,
      defaultAccessToken: undefined,
      showProgress: false,
      catalog: SMALL_CATALOG,
    });
    expect(second.seedMs).toBeUndefined();
    expect(second.users().map((u) => u.accessToken)).toEqual(tokens);
    second.close();

    const third = await openSandbox({
      dataDir,
      defaultAccessToken: 'my-own-token',
      showProgress: false,
      catalog: SMALL_CATALOG,
    });
    expect(third.defaultUser().accessToken).toBe('my-own-token');
    const credentials = JSON.parse(fs.readFileSync(third.credentialsFile, 'utf8')) as Credentials;
    expect(credentials.users.find((u) => u.default)?.access_token).toBe('my-own-token');
    expect(credentials.users.length).toBeGreaterThanOrEqual(3);
    expect(credentials.client.client_id).toBe(third.apiClient().client_id);
    third.close();
  });

  it('re-seeds when the catalog changes, keeping the tokens', async () => {
    const before = await openSandbox({
      dataDir,
      defaultAccessToken: undefined,
      showProgress: false,
      catalog: SMALL_CATALOG,
    });
    const tokens = before.users().map((u) => u.accessToken);
    before.close();
    const after = await openSandbox({
      dataDir,
      defaultAccessToken: undefined,
      showProgress: false,
      catalog: { ...SMALL_CATALOG, seed: 8 },
    });
    expect(after.seedMs).toBeGreaterThan(0);
    expect(after.users().map((u) => u.accessToken)).toEqual(tokens);
    after.close();
  });
});
