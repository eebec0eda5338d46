// The built SPA, for the tests that serve it and for the end-to-end run: built once and
// reused while nothing it is built from has changed, instead of a build per test file and
// another for Playwright. The build happens with a server's secrets in its environment, so
// the security test can check that none of them reaches the bundle.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir } from '../spa';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What the build reads: a build older than any of these is made again. */
const SOURCES = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'tsconfig.app.json',
  'tsconfig.base.json',
  'package-lock.json',
  // How this helper builds (the mode, the environment) is part of what is built.
  'server/test/dist.ts',
];

/** Left in the build by this helper (a dotfile, never served): its time is the build's. */
const MARKER = '.stockroom-test-build';

/** Secrets a server holds, set in the environment of the build: none may reach the bundle. */
export const BUILD_SECRETS = {
  SHUTTERSTOCK_API_TOKEN: 'v2/sentinel-api-token-9f1c2e',
  SHUTTERSTOCK_CLIENT_SECRET: 'sentinel-client-secret-77ab',
  SANDBOX_ACCESS_TOKEN: 'v2/sentinel-sandbox-token-41d0',
};

function newestSourceTime(): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return newest;
}

/** True when the build in `outDir` was made by this helper after the last change to its sources. */
export function isBuildFresh(outDir: string = distDir()): boolean {
  const marker = fs.statSync(path.join(outDir, MARKER), { throwIfNoEntry: false });
  return (
    marker !== undefined &&
    fs.existsSync(path.join(outDir, 'index.html')) &&
    marker.mtimeMs >= newestSourceTime()
  );
}

async function build(outDir: string): Promise<void> {
  const saved = { ...process.env };
  Object.assign(process.env, BUILD_SECRETS);
  // The bundle that ships, whoever asks: Vitest runs with NODE_ENV=test, which would
  // otherwise put React's development build in it.
  process.env.NODE_ENV = 'production';
  try {
    const { build: viteBuild } = await import('vite');
    await viteBuild({
      root: ROOT,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const name of [...Object.keys(BUILD_SECRETS), 'NODE_ENV']) delete process.env[name];
    Object.assign(process.env, saved);
  }
  fs.writeFileSync(
    path.join(outDir, MARKER),
    JSON.stringify({ builtAt: new Date().toISOString() }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The directory of a build that is up to date with the sources: the existing one, or one made
 * now. Test files that call this at the same time build once: the first takes a lock, the
 * others wait for it and reuse its build.
 */
export async function ensureBuilt(outDir: string = distDir()): Promise<string> {
  const lock = path.join(
    os.tmpdir(),
    `stockroom-build-${Buffer.from(outDir).toString('base64url').slice(-48)}.lock`,
  );
  for (;;) {
    if (isBuildFresh(outDir)) return outDir;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another process is building; a lock older than ten minutes was left by one that died.
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) fs.rmSync(lock, { recursive: true });
      await sleep(500);
      continue;
    }
    try {
      if (!isBuildFresh(outDir)) await build(outDir);
      return outDir;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
