// The JavaScript each page loads first, gzip at level 9 as sent: measured in headless
// Chromium over a private fresh build, or estimated from the build without a browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, chromiumLaunchOptions } from '../test/chromium';
import { serveBuild } from './browser';
import { DIST, ROOT, tempDirs } from './server';

export interface BundleResult {
  gzipBytes: number;
  files: { name: string; gzipBytes: number }[];
  method: string;
}

/**
 * The built app to measure. dist/ is built first when missing (the server serves it, as
 * `npm start` would); the measurement itself uses a private fresh build of the current
 * sources, so a rebuild of dist/ by someone else mid-run cannot skew it.
 */
export async function prepareBuild(): Promise<string> {
  const { build } = await import('vite');
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.log('Building the app (dist/ is missing)…');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-bench-dist-'));
  tempDirs.add(dir);
  console.log('Building the current sources for the bundle measurement…');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return dir;
}

/** Loads the search page in Debian's headless Chromium and gzips every JS response. */
async function bundleInBrowser(
  url: string,
  distDir: string,
  pagePath = '/',
): Promise<BundleResult> {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    // The server answers the API; the app's own files come from the private build.
    await serveBuild(page, url, distDir);
    const pending: Promise<{ name: string; gzipBytes: number } | undefined>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      const isScript =
        response.request().resourceType() === 'script' || type.includes('javascript');
      if (!isScript || !response.ok()) return;
      pending.push(
        response.body().then(
          (body) => ({
            name: new URL(response.url()).pathname,
            gzipBytes: gzipSync(body, { level: 9 }).length,
          }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${url}${pagePath}`, { waitUntil: 'networkidle' });
    const files = (await Promise.all(pending)).filter((f) => f !== undefined);
    return {
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      files,
      method: `headless ${CHROMIUM}`,
    };
  } finally {
    await browser.close();
  }
}

/** Without a browser: index.html's scripts and preloads, the search route chunk, and their static imports. */
function bundleFromDist(distDir: string): BundleResult {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const queue = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g,
    ),
  ]
    .map((m) => m[1] ?? '')
    .filter(Boolean);
  const assets = fs.readdirSync(path.join(distDir, 'assets'));
  queue.push(...assets.filter((f) => /^search-.*\.js$/.test(f)).map((f) => `assets/${f}`));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file) || !fs.existsSync(path.join(distDir, file))) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(distDir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), m[1] ?? ''));
    }
  }
  const files = [...seen].map((name) => ({
    name: `/${name}`,
    gzipBytes: gzipSync(fs.readFileSync(path.join(distDir, name)), { level: 9 }).length,
  }));
  return {
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    files,
    method: 'estimated from the build (no browser)',
  };
}

/** The first asset id a search of this path returns, for the detail pages. */
export async function firstId(url: string, token: string, searchPath: string): Promise<string> {
  const response = await fetch(`${url}${searchPath}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { data?: { id?: string }[] };
  return body.data?.[0]?.id ?? '0';
}

/** Every page's first JavaScript, each loaded in a fresh browser (Chromium only). */
export async function measurePages(
  url: string,
  token: string,
  distDir: string,
): Promise<{ page: string; gzipBytes: number }[]> {
  if (!fs.existsSync(CHROMIUM)) return [];
  const [image, video, track, sfx] = await Promise.all([
    firstId(url, token, '/v2/images/search?per_page=1'),
    firstId(url, token, '/v2/videos/search?per_page=1'),
    firstId(url, token, '/v2/audio/search?per_page=1'),
    firstId(url, token, '/v2/sfx/search?per_page=1'),
  ]);
  const pages = [
    '/videos',
    '/music',
    '/sfx',
    '/editorial',
    '/editorial/videos',
    '/editorial/livefeeds',
    '/all?query=city',
    '/collections',
    '/downloads',
    '/keywords',
    `/images/${image}`,
    `/videos/${video}`,
    `/music/${track}`,
    `/sfx/${sfx}`,
  ];
  const results: { page: string; gzipBytes: number }[] = [];
  for (const page of pages) {
    const { gzipBytes } = await bundleInBrowser(url, distDir, page);
    results.push({ page, gzipBytes });
  }
  return results;
}

export async function measureBundle(url: string, distDir: string): Promise<BundleResult> {
  if (fs.existsSync(CHROMIUM)) {
    try {
      return await bundleInBrowser(url, distDir);
    } catch (error) {
      console.warn(
        `Chromium measurement failed, estimating from the build: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return bundleFromDist(distDir);
}
