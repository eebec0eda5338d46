// Builds the real server (sandbox + gateway, no SPA) over the real SQLite test database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app';
import { readConfig } from '../config';

// STOCKROOM_TEST_DATA_DIR lets several checkouts' test runs share a machine without sharing a database.
export const TEST_DATA_DIR = path.resolve(process.env.STOCKROOM_TEST_DATA_DIR || '.data-test');

export async function createTestApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    // Server tests start from an empty history unless they ask for the seeded one.
    config: readConfig({ STOCKROOM_DATA_DIR: TEST_DATA_DIR, STOCKROOM_SEED_HISTORY: '0', ...env }),
    spa: 'none',
  });
  await app.ready();
  return app;
}

/** A started server on a random loopback port, for clients that need a real socket (the SDK). */
export async function startTestServer(env: Record<string, string> = {}) {
  const app = await createTestApp(env);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl: address };
}

/** The generated catalogs, shared read-only by every test server. */
const CATALOGS = ['sandbox.sqlite', 'videos.sqlite', 'editorial.sqlite', 'audio.sqlite'];

/**
 * A server over copies of the test catalogs and a fresh state database of its own, for a
 * test that counts what changed in the state (other test files write to the shared one).
 * The copy is removed when the app closes.
 */
export async function createIsolatedTestApp(
  env: Record<string, string> = {},
  options: Pick<AppOptions, 'onRoute'> = {},
): Promise<FastifyInstance> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-isolated-'));
  for (const file of CATALOGS) {
    fs.copyFileSync(path.join(TEST_DATA_DIR, file), path.join(dataDir, file));
  }
  const app = await buildApp({
    config: readConfig({ STOCKROOM_DATA_DIR: dataDir, ...env }),
    spa: 'none',
    ...options,
  });
  app.addHook('onClose', async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  await app.ready();
  return app;
}
