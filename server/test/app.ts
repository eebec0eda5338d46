// Builds the real server (sandbox + gateway, no SPA) over the real SQLite test database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app';
import { readConfig } from '../config';
import { DEFAULT_CATALOG } from '../sandbox/seed';
import type { GeneratorOptions } from '../sandbox/seed/generate';

// STOCKROOM_TEST_DATA_DIR lets several checkouts' test runs share a machine without sharing a database.
/** The product's catalogs (100,000 images), for the tests that depend on their size. */
export const TEST_DATA_DIR = path.resolve(process.env.STOCKROOM_TEST_DATA_DIR || '.data-test');

/**
 * A small image catalog for behaviour tests: the same generator, seed and contributors, 5,000
 * images instead of 100,000, so a test server opens in a fraction of the time. Its video,
 * editorial and audio catalogs are copies of the full test directory's (global-setup.ts).
 */
export const SMALL_CATALOG: GeneratorOptions = { ...DEFAULT_CATALOG, imageCount: 5_000 };
export const SMALL_TEST_DATA_DIR = `${TEST_DATA_DIR}-small`;

/** Which test catalog a server opens: the small one (the default) or the product's. */
export type TestCatalog = 'small' | 'full';

const catalogOf = (catalog: TestCatalog) =>
  catalog === 'full'
    ? { dataDir: TEST_DATA_DIR, catalog: DEFAULT_CATALOG }
    : { dataDir: SMALL_TEST_DATA_DIR, catalog: SMALL_CATALOG };

export async function createTestApp(
  env: Record<string, string> = {},
  { catalog = 'small' }: { catalog?: TestCatalog } = {},
): Promise<FastifyInstance> {
  const { dataDir, catalog: generated } = catalogOf(catalog);
  const app = await buildApp({
    // Server tests start from an empty history unless they ask for the seeded one.
    config: readConfig({ STOCKROOM_DATA_DIR: dataDir, STOCKROOM_SEED_HISTORY: '0', ...env }),
    spa: 'none',
    catalog: generated,
  });
  await app.ready();
  return app;
}

/** A started server on a random loopback port, for clients that need a real socket (the SDK). */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { catalog?: TestCatalog } = {},
) {
  const app = await createTestApp(env, options);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl: address };
}

/** The generated catalogs, shared read-only by every test server. */
const CATALOGS = ['sandbox.sqlite', 'videos.sqlite', 'editorial.sqlite', 'audio.sqlite'];
/** The catalogs whose size the tests do not choose: the small directory has copies of them. */
export const SHARED_CATALOGS = CATALOGS.filter((file) => file !== 'sandbox.sqlite');

/**
 * A server over copies of the test catalogs and a fresh state database of its own, for a
 * test that counts what changed in the state (other test files write to the shared one).
 * The copy is removed when the app closes.
 */
export async function createIsolatedTestApp(
  env: Record<string, string> = {},
  { catalog = 'small', ...options }: Pick<AppOptions, 'onRoute'> & { catalog?: TestCatalog } = {},
): Promise<FastifyInstance> {
  const { dataDir: from, catalog: generated } = catalogOf(catalog);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-isolated-'));
  for (const file of CATALOGS) {
    fs.copyFileSync(path.join(from, file), path.join(dataDir, file));
  }
  const app = await buildApp({
    config: readConfig({ STOCKROOM_DATA_DIR: dataDir, ...env }),
    spa: 'none',
    catalog: generated,
    ...options,
  });
  app.addHook('onClose', async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  await app.ready();
  return app;
}
