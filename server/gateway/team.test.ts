// A team deployment, for real: a standalone sandbox (`npm run sandbox`) standing in for
// Shutterstock, Debian's redis-server, and two gateway instances in real-API mode sharing
// it, each a process of its own on a loopback port. Sign-in is required there; sessions,
// sign-in states, rate limits and the catalog cache live in Redis, so a user may be served
// by either instance, survive one crashing, and meet a clear 503 (never a 500, never a lost
// or doubled license) while Redis is down, until it is back.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_DIR } from '../test/app';
import { chromiumLaunchOptions } from '../test/chromium';
import { expectVendorError } from '../test/http';
import {
  REDIS_SERVER,
  startRedis,
  startServer,
  waitFor,
  type RedisServer,
  type Started,
} from '../test/processes';
import { approveAtSandbox, sandboxPassword } from '../test/signin-flow';

const CATALOGS = ['sandbox.sqlite', 'videos.sqlite', 'editorial.sqlite', 'audio.sqlite'];
const CLIENT = { id: `team-test-${randomUUID()}`, secret: randomBytes(16).toString('hex') };
/** Gateway calls a user may make a minute, on both instances together. */
const RATE = 20;
const SUBSCRIPTION = 's8906100'; // alex's annual images subscription

const redisMissing = !fs.existsSync(REDIS_SERVER);
if (redisMissing) {
  console.warn(
    `\n${'!'.repeat(78)}\n! SKIPPED: the team-deployment suite needs Debian's redis-server at ${REDIS_SERVER}.\n` +
      `! Install it (apt-get install redis-server; .ci/run does) to run it.\n${'!'.repeat(78)}\n`,
  );
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: <T = Record<string, unknown>>() => T;
}

async function call(
  base: string,
  url: string,
  options: {
    method?: string;
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${url}`, {
    method: options.method ?? 'GET',
    redirect: 'manual',
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      'x-requested-with': 'stockroom',
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}

const cookieValue = (headers: Headers, name: string) =>
  headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${name}=`));

describe.skipIf(redisMissing)('a team deployment: sandbox, Redis, two gateway instances', () => {
  const dirs: string[] = [];
  let sandbox: Started;
  let redis: RedisServer;
  let a: Started;
  let b: Started;
  let sandboxDir: string;
  let gatewayDir: string;

  const password = (username: string) =>
    sandboxPassword(path.join(sandboxDir, 'sandbox-credentials.json'), username);

  /** Signs in over HTTP: started on `start`, finished (the callback) on `finish`. */
  async function signIn(username: string, start: Started, finish = start): Promise<string> {
    const begun = await call(start.url, '/auth/signin?return_to=/collections');
    expect(begun.status).toBe(302);
    const state = cookieValue(begun.headers, 'stockroom_oauth');
    const callback = await approveAtSandbox(
      begun.headers.get('location') ?? '',
      username,
      password(username),
    );
    const done = await call(finish.url, `${callback.pathname}${callback.search}`, {
      cookie: state ?? '',
    });
    expect(done.status, done.text).toBe(302);
    expect(done.headers.get('location')).toBe('/collections');
    const session = cookieValue(done.headers, 'stockroom_session');
    if (!session) throw new Error(`no session cookie: ${done.text}`);
    return session;
  }

  const username = async (base: string, cookie: string) =>
    (await call(base, '/api/v2/user', { cookie })).json<{ username: string }>().username;

  beforeAll(async () => {
    sandboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-team-sandbox-'));
    gatewayDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-team-gateway-'));
    dirs.push(sandboxDir, gatewayDir);
    for (const file of CATALOGS)
      fs.copyFileSync(path.join(TEST_DATA_DIR, file), path.join(sandboxDir, file));

    redis = await startRedis();
    sandbox = await startServer('server/sandbox/main.ts', [], {
      STOCKROOM_DATA_DIR: sandboxDir,
      STOCKROOM_SEED_HISTORY: '0',
      SANDBOX_CLIENT_ID: CLIENT.id,
      SANDBOX_CLIENT_SECRET: CLIENT.secret,
    });
    const gateway = {
      STOCKROOM_DATA_DIR: gatewayDir,
      SHUTTERSTOCK_API_URL: sandbox.url,
      SHUTTERSTOCK_CLIENT_ID: CLIENT.id,
      SHUTTERSTOCK_CLIENT_SECRET: CLIENT.secret,
      STOCKROOM_REDIS_URL: redis.url,
      STOCKROOM_RATE_LIMIT: String(RATE),
      STOCKROOM_LOG: 'off',
    };
    [a, b] = await Promise.all([
      startServer('server/main.ts', ['--api-only'], gateway),
      startServer('server/main.ts', ['--api-only'], gateway),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill(), sandbox?.kill(), redis?.kill()]);
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers anonymous /api calls with 401 in the vendor’s shape on both instances', async () => {
    for (const gateway of [a, b]) {
      for (const url of [
        '/api/v2/images/search?query=city',
        '/api/v2/user',
        '/api/exports/licenses.csv',
      ]) {
        const refused = await call(gateway.url, url);
        expect(refused.status, url).toBe(401);
        const body = expectVendorError(refused.headers.get('content-type'), refused.text, url);
        expect(body.errors[0]?.code).toBe('SIGN_IN_REQUIRED');
      }
      const forged = await call(gateway.url, '/api/v2/user', {
        cookie: 'stockroom_session=forged',
      });
      expect(forged.status).toBe(401);
      expect((await call(gateway.url, '/api/session')).json()).toEqual({
        signed_in: false,
        sign_in_required: true,
      });
    }
    // The sandbox's catalogs are not the gateways' business: they open none, serve no /v2 of
    // their own, and keep nothing in their data directory (Redis has it all).
    expect((await call(a.url, '/v2/images/search')).status).toBe(404);
    expect(fs.readdirSync(gatewayDir)).toEqual([]);
  });

  it('signs in through A in Chromium, continues on B with the same cookie, signs out on B: signed out on A', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${a.url}/auth/signin?return_to=/collections`);
      // The sandbox's consent page, as Shutterstock's would be.
      expect(new URL(page.url()).origin).toBe(sandbox.url);
      await page.getByLabel('Username').fill('sam');
      await page.getByLabel('Password').fill(password('sam'));
      await page.getByRole('button', { name: 'Allow access' }).click();
      await page.waitForURL(`${a.url}/collections`);

      const session = (await context.cookies(a.url)).find(
        (cookie) => cookie.name === 'stockroom_session',
      );
      expect(session?.httpOnly).toBe(true);
      const cookie = `stockroom_session=${session?.value}`;

      // Instance B knows the session: the browser's cookie, and the same one sent by hand.
      const onB = await page.goto(`${b.url}/api/session`);
      expect(await onB?.json()).toEqual({
        signed_in: true,
        user: { username: 'sam', name: 'Sam Rivera' },
        sign_in_required: true,
      });
      expect(await username(b.url, cookie)).toBe('sam');
      expect(await username(a.url, cookie)).toBe('sam');

      const signedOut = await page.evaluate(async () => {
        const response = await fetch('/api/session', {
          method: 'DELETE',
          headers: { 'x-requested-with': 'stockroom' },
        });
        return response.status;
      });
      expect(signedOut).toBe(204);
      expect((await context.cookies(a.url)).some((c) => c.name === 'stockroom_session')).toBe(
        false,
      );

      // The old cookie, replayed on A, is nobody.
      expect((await call(a.url, '/api/session', { cookie })).json()).toEqual({
        signed_in: false,
        sign_in_required: true,
      });
      expect((await call(a.url, '/api/v2/user', { cookie })).status).toBe(401);
    } finally {
      await browser.close();
    }
  });

  it('finishes on B a sign-in started on A (the state is shared), and a state is good once', async () => {
    const begun = await call(a.url, '/auth/signin?return_to=/downloads');
    const state = cookieValue(begun.headers, 'stockroom_oauth') ?? '';
    const callback = await approveAtSandbox(
      begun.headers.get('location') ?? '',
      'alex',
      password('alex'),
    );
    const done = await call(b.url, `${callback.pathname}${callback.search}`, { cookie: state });
    expect(done.headers.get('location')).toBe('/downloads');
    const session = cookieValue(done.headers, 'stockroom_session') ?? '';
    expect(await username(a.url, session)).toBe('alex');

    const replayed = await call(a.url, `${callback.pathname}${callback.search}`, { cookie: state });
    expect(replayed.headers.get('location')).toBe('/account?signin_error=state');
    expect(cookieValue(replayed.headers, 'stockroom_session')).toBeUndefined();
  });

  it('shares catalog answers between instances for a moment, editorial ones per user only', async () => {
    const sam = await signIn('sam', a);
    const alex = await signIn('alex', b);
    const search = `/api/v2/images/search?query=harbor&per_page=3&page=${Date.now() % 1000}`;
    const first = await call(a.url, search, { cookie: sam });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-stockroom-cache')).toBe('miss');
    const second = await call(b.url, search, { cookie: alex });
    expect(second.headers.get('x-stockroom-cache')).toBe('hit');
    expect(second.json()).toEqual(first.json());

    const editorial = `/api/v2/editorial/images/search?query=city&country=USA&per_page=2&page=${Date.now() % 1000}`;
    expect((await call(a.url, editorial, { cookie: sam })).headers.get('x-stockroom-cache')).toBe(
      'miss',
    );
    expect((await call(b.url, editorial, { cookie: alex })).headers.get('x-stockroom-cache')).toBe(
      'miss',
    );
    expect((await call(b.url, editorial, { cookie: sam })).headers.get('x-stockroom-cache')).toBe(
      'hit',
    );

    // What belongs to a user is never cached.
    const mine = await call(b.url, '/api/v2/user', { cookie: alex });
    expect(mine.headers.get('x-stockroom-cache')).toBeNull();
    expect(mine.json<{ username: string }>().username).toBe('alex');
  });

  it('counts a user’s rate limit across both instances', async () => {
    const jordan = await signIn('jordan', a);
    const statuses: number[] = [];
    for (let i = 0; i < RATE + 2; i++) {
      const gateway = i % 2 === 0 ? a : b;
      statuses.push((await call(gateway.url, '/api/v2/user', { cookie: jordan })).status);
    }
    expect(statuses.slice(0, RATE).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(RATE)).toEqual([429, 429]);
    const limited = await call(b.url, '/api/v2/user', { cookie: jordan });
    expectVendorError(limited.headers.get('content-type'), limited.text, '429');
    // Another user is not held back by jordan's count.
    expect((await call(b.url, '/api/v2/user', { cookie: await signIn('casey', b) })).status).toBe(
      200,
    );
  });

  it('keeps a user working on B when A is killed mid-session', async () => {
    const sam = await signIn('sam', a);
    expect(await username(a.url, sam)).toBe('sam');
    await a.kill();
    await expect(fetch(`${a.url}/healthz`)).rejects.toThrow();
    expect(await username(b.url, sam)).toBe('sam');
    const collections = await call(b.url, '/api/v2/images/collections', { cookie: sam });
    expect(collections.status).toBe(200);
  });

  it('answers 503 (never 500) while Redis is down, loses and doubles no license, and recovers', async () => {
    const alex = await signIn('alex', b);
    const history = async () =>
      (
        await call(sandbox.url, `/v2/images/licenses?per_page=200`, {
          headers: { authorization: `Bearer ${sandboxToken('alex')}` },
        })
      ).json<{ data: { id: string; image: { id: string } }[] }>().data;
    const [first, second] = (
      await call(b.url, '/api/v2/images/search?per_page=2&sort=newest', { cookie: alex })
    ).json<{ data: { id: string }[] }>().data;
    const license = (image: string, key: string, cookie: string) =>
      call(b.url, '/api/v2/images/licenses', {
        method: 'POST',
        cookie,
        headers: { 'idempotency-key': key },
        body: { images: [{ image_id: image, subscription_id: SUBSCRIPTION, size: 'small' }] },
      });
    const keys = { first: randomUUID(), second: randomUUID() };
    expect((await license(first?.id ?? '', keys.first, alex)).status).toBe(200);
    const before = await history();

    await redis.stop();
    const attempts = [
      await call(b.url, '/api/session', { cookie: alex }),
      await call(b.url, '/api/v2/user', { cookie: alex }),
      await call(b.url, '/api/v2/images/search?query=city'),
      await license(second?.id ?? '', keys.second, alex),
      await call(b.url, '/auth/signin'),
      await call(b.url, '/readyz'),
    ];
    for (const attempt of attempts) {
      expect(attempt.status, attempt.text).toBe(503);
      expectVendorError(attempt.headers.get('content-type'), attempt.text, 'Redis down');
    }
    expect((await call(b.url, '/healthz')).status).toBe(200);
    // The refused license never reached the API.
    expect(await history()).toEqual(before);

    redis = await redis.restart();
    await waitFor(
      'instance B to be ready again',
      async () => (await call(b.url, '/readyz')).status === 200,
    );
    // This Redis keeps nothing across a restart: the old session is gone, cleanly.
    expect((await call(b.url, '/api/v2/user', { cookie: alex })).status).toBe(401);
    const again = await signIn('alex', b);
    expect((await license(second?.id ?? '', keys.second, again)).status).toBe(200);
    expect((await license(first?.id ?? '', keys.first, again)).status).toBe(200);
    const after = await history();
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((entry) => entry.image.id === first?.id)).toHaveLength(1);
    expect(after.filter((entry) => entry.image.id === second?.id)).toHaveLength(1);
  });

  function sandboxToken(name: string): string {
    const credentials = JSON.parse(
      fs.readFileSync(path.join(sandboxDir, 'sandbox-credentials.json'), 'utf8'),
    ) as { users: { username: string; access_token: string }[] };
    return credentials.users.find((user) => user.username === name)?.access_token ?? '';
  }
});
