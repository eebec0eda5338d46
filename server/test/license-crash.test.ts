// A license, once answered, survives a crash: the real server (a child process) takes a
// stream of license requests, is killed with SIGKILL in the middle of it, and after a
// restart every answered license is in the history, the allotment agrees with the
// licenses charged, and retrying each request with its Idempotency-Key licenses nothing twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_DIR } from './app';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOGS = ['sandbox.sqlite', 'videos.sqlite', 'editorial.sqlite', 'audio.sqlite'];
const SUBSCRIPTION = 's8906100'; // alex's annual images subscription (750, 38 used when seeded)
const SEEDED_USED = 38;
const REQUESTS = 40;
const KILL_AFTER = 12;

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

/** Starts server/main.ts on a free port over `dataDir`; resolves once it listens. */
function startServer(dataDir: string, distDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STOCKROOM_DATA_DIR: dataDir,
      STOCKROOM_DIST_DIR: distDir,
      PORT: '0',
      HOST: '127.0.0.1',
      // Every license in the history is one this test made (no seeded past).
      STOCKROOM_SEED_HISTORY: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}) before listening:\n${output}`));
    });
  });
}

describe('licenses survive SIGKILL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-crash-'));
  const dataDir = path.join(dir, 'data');
  const distDir = path.join(dir, 'dist');
  const servers: Server[] = [];

  beforeAll(() => {
    // The generated catalogs are copied from the shared test data; the state starts fresh.
    fs.mkdirSync(dataDir, { recursive: true });
    for (const file of CATALOGS)
      fs.copyFileSync(path.join(TEST_DATA_DIR, file), path.join(dataDir, file));
    fs.mkdirSync(distDir, { recursive: true });
    fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Stockroom</title>');
  });

  afterAll(async () => {
    for (const server of servers) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every answered license and a consistent allotment; retries with the same keys charge nothing', async () => {
    const first = await startServer(dataDir, distDir);
    servers.push(first);
    const credentials = JSON.parse(
      fs.readFileSync(path.join(dataDir, 'sandbox-credentials.json'), 'utf8'),
    ) as {
      users: { username: string; access_token: string }[];
    };
    const token = credentials.users.find((user) => user.username === 'alex')?.access_token ?? '';
    const headers = (key: string) => ({
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    });
    const search = (await (
      await fetch(`${first.url}/v2/images/search?per_page=${REQUESTS}&sort=newest`, {
        headers: headers('x'),
      })
    ).json()) as { data: { id: string }[] };
    const requests = search.data.map((image) => ({
      key: randomUUID(),
      body: JSON.stringify({
        images: [{ image_id: image.id, subscription_id: SUBSCRIPTION, size: 'small' }],
      }),
    }));
    expect(requests).toHaveLength(REQUESTS);

    // The stream: four requests in flight at a time; SIGKILL once KILL_AFTER are answered.
    const answered = new Map<string, string>();
    const license = async (url: string, request: (typeof requests)[number]) => {
      const response = await fetch(`${url}/v2/images/licenses`, {
        method: 'POST',
        headers: headers(request.key),
        body: request.body,
      });
      const body = (await response.json()) as { data: { license_id: string }[] };
      return { status: response.status, licenseId: body.data[0]?.license_id ?? '' };
    };
    let nextRequest = 0;
    const worker = async () => {
      while (nextRequest < requests.length) {
        const request = requests[nextRequest++] as (typeof requests)[number];
        try {
          const { status, licenseId } = await license(first.url, request);
          if (status === 200) answered.set(request.key, licenseId);
          if (answered.size === KILL_AFTER) first.child.kill('SIGKILL');
        } catch {
          return; // the server is gone
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(answered.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(answered.size).toBeLessThan(REQUESTS);

    const second = await startServer(dataDir, distDir);
    servers.push(second);
    const history = (await (
      await fetch(`${second.url}/v2/images/licenses?per_page=200`, { headers: headers('x') })
    ).json()) as { data: { id: string }[]; total_count: number };
    const kept = new Set(history.data.map((row) => row.id));
    for (const licenseId of answered.values()) expect(kept).toContain(licenseId);

    const allotment = async () => {
      const subscriptions = (await (
        await fetch(`${second.url}/v2/user/subscriptions`, { headers: headers('x') })
      ).json()) as {
        data: { id: string; allotment: { downloads_left: number; downloads_limit: number } }[];
      };
      const annual = subscriptions.data.find((s) => s.id === SUBSCRIPTION);
      return (annual?.allotment.downloads_limit ?? 0) - (annual?.allotment.downloads_left ?? 0);
    };
    expect(await allotment()).toBe(SEEDED_USED + history.total_count);

    // A client that did not hear back retries with the same key: answered ones come back as
    // they were, the rest are licensed now; every request ends with exactly one license.
    for (const request of requests) {
      const { status, licenseId } = await license(second.url, request);
      expect(status).toBe(200);
      const before = answered.get(request.key);
      if (before) expect(licenseId).toBe(before);
    }
    const after = (await (
      await fetch(`${second.url}/v2/images/licenses?per_page=1`, { headers: headers('x') })
    ).json()) as { total_count: number };
    expect(after.total_count).toBe(REQUESTS);
    expect(await allotment()).toBe(SEEDED_USED + REQUESTS);
  }, 240_000);
});
