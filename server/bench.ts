// `npm run bench`: starts a fresh server on a temporary data directory and prints how long
// seeding took, the server's memory, sandbox search latency over HTTP, and the gzip size of
// the JavaScript the search page loads first — each against its aim — and the first
// download of each kind of licensed file (server/bench-files.ts), and the speed a designer
// feels beside its references measured in the same run (server/bench-paint.ts: first paint
// against the framework floor, Enter → results painted, the sandbox against Prism).
// Numbers live here, never in tests. The child server is always stopped, whatever happens.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { copyCatalogs, downloadsPageTimes } from './bench-downloads';
import { benchDownloads, downloadRows, formatTable } from './bench-files';
import { CHROMIUM, chromiumLaunchOptions } from './test/chromium';
import {
  buildFloor,
  loadTest,
  measurePaint,
  RESULT_WORDS,
  resultsLatency,
  serveFloor,
  SPEED_GOALS,
  speedRows,
  startPrism,
  type LoadResult,
  type SpeedFigures,
} from './bench-paint';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const START_TIMEOUT_MS = 300_000;
const WARMUP_ROUNDS = 2;
const ROUNDS = 25;
const SEARCH_BUDGET_MS = 90_000;

const AIM = {
  seedingMs: 20_000,
  rssBytes: 300 * 1024 * 1024,
  p95Ms: 30,
  jsGzipBytes: 150 * 1000,
  searchJsGzipBytes: 140 * 1000,
  /** A license is a durable write (synchronous=FULL): it may take longer than a search. */
  licenseP95Ms: 50,
};
/** Licenses (one image each, then a re-download of each) for the licensing latencies. */
const LICENSES = 200;
/** The default user's annual image subscription (712 downloads left when seeded). */
const LICENSE_SUBSCRIPTION = 's8906100';

/** Representative searches: queries, every kind of filter, sorts, deep pages, the full view. */
const QUERIES: string[] = [
  'query=beach',
  'query=business%20meeting&sort=relevance',
  'query=city%20skyline%20night&orientation=horizontal',
  'query=icon&image_type=vector',
  'query=mountian', // misspelled: spellcheck
  'category=Nature&sort=newest',
  'color=1E90FF',
  'people_number=2&people_age=30s&people_gender=both',
  'sort=popular',
  'sort=random&per_page=50',
  'query=food&view=full&per_page=100',
  'query=family&added_date_start=2018-01-01&aspect_ratio_min=1.2&aspect_ratio_max=1.8',
  'query=dog&page=20',
  'license=editorial&sort=newest&image_type=photo',
];

/**
 * Searches never asked twice (words × filters), so no result cache can answer them: the
 * latency of a first search.
 */
const WORDS = [
  'office',
  'sunset',
  'coffee',
  'doctor',
  'forest',
  'winter',
  'wedding',
  'laptop',
  'river',
  'team',
  'garden',
  'bread',
  'bicycle',
  'ocean',
  'student',
  'skyline',
  'horse',
  'kitchen',
  'concert',
  'desert',
];
const VARIANTS = [
  '',
  '&sort=newest',
  '&orientation=vertical',
  '&image_type=photo&people_number=1',
  '&color=E0A040',
  '&category=People&sort=relevance',
  '&per_page=100&view=full',
];
const DISTINCT_QUERIES = WORDS.flatMap((word) =>
  VARIANTS.map((variant) => `query=${word}${variant}`),
);

/** Representative searches of the other media types: path → queries. */
const MEDIA_SEARCHES: { type: string; path: string; queries: string[] }[] = [
  {
    type: 'videos',
    path: '/v2/videos/search',
    queries: [
      'query=ocean',
      'query=city%20traffic&resolution=4k',
      'duration_from=10&duration_to=30&sort=newest',
      'query=people&fps_from=50&aspect_ratio=16_9',
      'category=Nature&sort=relevance&per_page=100',
      'query=drone&page=5',
    ],
  },
  {
    type: 'music',
    path: '/v2/audio/search',
    queries: [
      'query=upbeat',
      'genre=Corporate&bpm_from=100&bpm_to=130',
      'moods=Happy&is_instrumental=true&sort=bpm',
      'query=piano&duration_from=60',
      'instruments=Acoustic%20Guitar&per_page=100',
      'sort=freshness&sort_order=desc',
    ],
  },
  {
    type: 'sound effects',
    path: '/v2/sfx/search',
    queries: ['query=whoosh', 'query=door', 'query=rain&sort=newest', 'per_page=50'],
  },
  {
    type: 'editorial images',
    path: '/v2/editorial/images/search',
    queries: [
      'country=USA&query=football',
      'country=GBR&query=royal&sort=newest',
      'country=DEU&date_start=2025-01-01',
      'country=FRA&per_page=50',
    ],
  },
  {
    type: 'editorial videos',
    path: '/v2/editorial/videos/search',
    queries: ['country=USA&query=concert', 'country=GBR&sort=newest', 'country=JPN&per_page=50'],
  },
];
const MEDIA_ROUNDS = 15;
/** Loads of the Downloads page, each in a new browser context. */
const DOWNLOADS_ROUNDS = 5;

// ---------------------------------------------------------------------------------------
// The child server
// ---------------------------------------------------------------------------------------

interface Server {
  child: ChildProcess;
  url: string;
  startMs: number;
}

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

function startServer(
  dataDir: string,
  token: string,
  env: Record<string, string> = {},
): Promise<Server> {
  const started = performance.now();
  // `node --import tsx` (not the tsx CLI) so that the pid is the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STOCKROOM_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX_ACCESS_TOKEN: token,
      SHUTTERSTOCK_API_TOKEN: '',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`the server did not listen within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(new Error(`${error.message}\n--- server output (tail) ---\n${output.slice(-2000)}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Stockroom is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], startMs: performance.now() - started });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      fail(new Error(`the server exited early (code ${code}, signal ${signal})`)),
    );
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), 10_000).unref(),
  );
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Resident memory (VmRSS, or its peak VmHWM) of a process and its descendants, from /proc. */
function rssBytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? 0);
  let total = kb * 1024;
  const taskDir = `/proc/${pid}/task`;
  for (const tid of fs.existsSync(taskDir) ? fs.readdirSync(taskDir) : []) {
    const file = path.join(taskDir, tid, 'children');
    const kids = fs.existsSync(file)
      ? fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean)
      : [];
    for (const kid of kids) total += rssBytes(Number(kid), field);
  }
  return total;
}

// ---------------------------------------------------------------------------------------
// Search latency
// ---------------------------------------------------------------------------------------

interface LatencyResult {
  all: number[];
  byQuery: Map<string, number[]>;
  /** One request each of DISTINCT_QUERIES. */
  distinct: number[];
  failures: string[];
}

async function timedSearch(
  url: string,
  token: string,
  query: string,
  path = '/v2/images/search',
): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${url}${path}?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

async function benchSearch(url: string, token: string): Promise<LatencyResult> {
  const result: LatencyResult = {
    all: [],
    byQuery: new Map(QUERIES.map((q) => [q, []])),
    distinct: [],
    failures: [],
  };
  const measure = async (query: string) => {
    const { ms, status } = await timedSearch(url, token, query);
    if (status !== 200) result.failures.push(`${query} → ${status}`);
    return ms;
  };
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const query of QUERIES) await timedSearch(url, token, query);
  }
  const deadline = performance.now() + SEARCH_BUDGET_MS;
  for (let round = 0; round < ROUNDS && performance.now() < deadline; round++) {
    for (const query of QUERIES) {
      const ms = await measure(query);
      result.all.push(ms);
      result.byQuery.get(query)?.push(ms);
    }
  }
  for (const query of DISTINCT_QUERIES) result.distinct.push(await measure(query));
  return result;
}

interface MediaLatency {
  type: string;
  latencies: number[];
  failures: string[];
}

/** Each other media type's searches: a warm-up round, then MEDIA_ROUNDS rounds. */
async function benchMediaSearch(url: string, token: string): Promise<MediaLatency[]> {
  const results: MediaLatency[] = [];
  for (const { type, path, queries } of MEDIA_SEARCHES) {
    const result: MediaLatency = { type, latencies: [], failures: [] };
    for (const query of queries) await timedSearch(url, token, query, path);
    for (let round = 0; round < MEDIA_ROUNDS; round++) {
      for (const query of queries) {
        const { ms, status } = await timedSearch(url, token, query, path);
        if (status === 200) result.latencies.push(ms);
        else result.failures.push(`${path}?${query} → ${status}`);
      }
    }
    results.push(result);
  }
  return results;
}

// ---------------------------------------------------------------------------------------
// Licensing latency
// ---------------------------------------------------------------------------------------

interface LicensingLatency {
  license: number[];
  redownload: number[];
  failures: string[];
}

/** LICENSES single-image licenses (each with an Idempotency-Key), then a re-download of each. */
async function benchLicensing(url: string, token: string): Promise<LicensingLatency> {
  const result: LicensingLatency = { license: [], redownload: [], failures: [] };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const search = await fetch(`${url}/v2/images/search?per_page=${LICENSES}&sort=newest`, {
    headers,
  });
  const ids = ((await search.json()) as { data: { id: string }[] }).data.map((image) => image.id);
  const timed = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { ...headers, ...extra },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: { license_id?: string }[] };
    return { ms: performance.now() - started, status: response.status, json };
  };
  const licenseIds: string[] = [];
  for (const [index, id] of ids.entries()) {
    const { ms, status, json } = await timed(
      '/v2/images/licenses',
      { images: [{ image_id: id, subscription_id: LICENSE_SUBSCRIPTION, size: 'small' }] },
      { 'idempotency-key': `bench-${process.pid}-${index}` },
    );
    const licenseId = json.data?.[0]?.license_id;
    if (status !== 200 || !licenseId) result.failures.push(`license ${id} → ${status}`);
    else {
      result.license.push(ms);
      licenseIds.push(licenseId);
    }
  }
  for (const licenseId of licenseIds) {
    const { ms, status } = await timed(`/v2/images/licenses/${licenseId}/downloads`, {
      size: 'medium',
    });
    if (status !== 200) result.failures.push(`re-download ${licenseId} → ${status}`);
    else result.redownload.push(ms);
  }
  return result;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

// ---------------------------------------------------------------------------------------
// JavaScript the search page loads first
// ---------------------------------------------------------------------------------------

interface BundleResult {
  gzipBytes: number;
  files: { name: string; gzipBytes: number }[];
  method: string;
}

/**
 * The built app to measure. dist/ is built first when missing (the server serves it, as
 * `npm start` would); the measurement itself uses a private fresh build of the current
 * sources, so a rebuild of dist/ by someone else mid-run cannot skew it.
 */
async function prepareBuild(): Promise<string> {
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

const API_PREFIXES = ['/api/', '/v2/', '/sandbox/'];

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
    await page.route(`${url}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return route.continue();
      const file = path.join(distDir, pathname);
      const found = file.startsWith(distDir) && fs.existsSync(file) && fs.statSync(file).isFile();
      return route.fulfill({ path: found ? file : path.join(distDir, 'index.html') });
    });
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
async function firstId(url: string, token: string, searchPath: string): Promise<string> {
  const response = await fetch(`${url}${searchPath}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { data?: { id?: string }[] };
  return body.data?.[0]?.id ?? '0';
}

/** Every page's first JavaScript, each loaded in a fresh browser (Chromium only). */
async function measurePages(
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

async function measureBundle(url: string, distDir: string): Promise<BundleResult> {
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

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

/** Paint measures: cold loads per page (medians), interleaved. */
const PAINT_ROUNDS = 5;
/** Seconds of each load test. */
const LOAD_SECONDS = 10;

const formatLoad = (load: number[]) => load.map((value) => value.toFixed(2)).join(' ');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

type Row = [measure: string, value: string, aim: string, verdict: string];

/** A row measured against its aim. */
const aimRow = (measure: string, value: string, aim: string, ok: boolean): Row => [
  measure,
  value,
  aim,
  mark(ok),
];
const infoRow = (measure: string, value: string): Row => [measure, value, '', ''];

async function main(): Promise<void> {
  const built = await prepareBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-bench-'));
  tempDirs.add(dataDir);
  const token = `bench-${process.pid}-${Date.now()}`;
  try {
    const loadAtStart = os.loadavg();
    console.log(`Starting a fresh server in ${dataDir} (seeding the catalog)…`);
    // It serves the private build, as `npm start` serves dist/ (precompressed, cached).
    const fresh = await startServer(dataDir, token, { STOCKROOM_DIST_DIR: built });
    const pid = fresh.child.pid ?? 0;
    const rssAfterSeed = rssBytes(pid);

    // Before anything else asks for previews: Enter → first 8 images on a fresh data dir.
    const results: SpeedFigures['results'] = [];
    if (fs.existsSync(CHROMIUM)) {
      console.log('Enter → first 8 images painted, 20 new queries each on a fresh data dir…');
      const freshImages = await resultsLatency(fresh.url, 'images', RESULT_WORDS.images);
      const freshAll = await resultsLatency(fresh.url, 'all', RESULT_WORDS.all);
      console.log('… and the same queries again, their previews cached…');
      results.push(
        {
          name: 'image search, previews cached',
          times: await resultsLatency(fresh.url, 'images', RESULT_WORDS.images),
          goalMs: SPEED_GOALS.resultsCachedMs,
        },
        {
          name: 'image search, fresh data dir',
          times: freshImages,
          goalMs: SPEED_GOALS.resultsFreshMs,
        },
        {
          name: 'All page, previews cached',
          times: await resultsLatency(fresh.url, 'all', RESULT_WORDS.all),
          goalMs: SPEED_GOALS.resultsCachedMs,
        },
        { name: 'All page, fresh data dir', times: freshAll, goalMs: SPEED_GOALS.resultsFreshMs },
      );
    }

    console.log(
      `Searching: ${QUERIES.length} queries × (${WARMUP_ROUNDS} warm-up + ${ROUNDS} rounds), then ${DISTINCT_QUERIES.length} distinct ones…`,
    );
    const latency = await benchSearch(fresh.url, token);
    console.log('Searching the other media types…');
    const media = await benchMediaSearch(fresh.url, token);
    console.log(`Licensing ${LICENSES} images, then re-downloading each…`);
    const licensing = await benchLicensing(fresh.url, token);
    console.log(
      `  license p50 ${ms(percentile(licensing.license, 50))}, p95 ${ms(percentile(licensing.license, 95))}; ` +
        `re-download p50 ${ms(percentile(licensing.redownload, 50))}, p95 ${ms(percentile(licensing.redownload, 95))}` +
        (licensing.failures.length ? `; ${licensing.failures.length} failed` : ''),
    );
    const rssAfterSearch = rssBytes(pid);
    const rssPeak = rssBytes(pid, 'VmHWM');

    console.log('Loading the search page…');
    const bundle = await measureBundle(fresh.url, built);
    console.log('Loading every other page…');
    const pages = await measurePages(fresh.url, token, built);
    console.log('Loading the Downloads page over the team’s history…');
    const downloadsPage = await downloadsPageTimes(fresh.url, built, DOWNLOADS_ROUNDS);

    console.log(
      'First paint: the framework floor and Stockroom’s pages, cold loads and Lighthouse…',
    );
    const floorBuild = await buildFloor();
    const floorServer = await serveFloor(floorBuild.dist);
    let paint: Awaited<ReturnType<typeof measurePaint>> = [];
    if (fs.existsSync(CHROMIUM)) {
      const image = await firstId(fresh.url, token, '/v2/images/search?per_page=1');
      try {
        paint = await measurePaint(
          [
            { name: 'floor', url: `${floorServer.url}/` },
            { name: 'search page', url: `${fresh.url}/?query=mountain` },
            { name: 'image page', url: `${fresh.url}/images/${image}` },
            { name: 'Downloads', url: `${fresh.url}/downloads` },
          ],
          PAINT_ROUNDS,
        );
      } finally {
        await floorServer.close();
      }
    } else await floorServer.close();

    console.log('The sandbox under load (50 connections, varied image searches), then Prism…');
    const sandboxLoad = await loadTest(fresh.url, token, LOAD_SECONDS);
    await stopServer(fresh.child);
    let prismLoad: LoadResult | undefined;
    const prism = await startPrism();
    if (prism) {
      try {
        prismLoad = await loadTest(prism.url, token, LOAD_SECONDS);
      } finally {
        prism.stop();
      }
    }

    console.log('Loading the Downloads page over an empty history (the reference)…');
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-bench-empty-'));
    tempDirs.add(emptyDir);
    copyCatalogs(dataDir, emptyDir);
    const empty = await startServer(emptyDir, token, { STOCKROOM_SEED_HISTORY: '0' });
    const emptyDownloads = await downloadsPageTimes(empty.url, built, DOWNLOADS_ROUNDS);
    await stopServer(empty.child);

    console.log('Restarting on the same data (no seeding)…');
    const warm = await startServer(dataDir, token);
    await stopServer(warm.child);

    console.log('First downloads of licensed files (fresh file cache), with references…');
    const firstDownloads = await benchDownloads(dataDir);

    const p95 = percentile(latency.all, 95);
    const rssAim = `< ${AIM.rssBytes / 1024 / 1024} MB`;
    const rows: Row[] = [
      ['measure', 'value', 'aim', ''],
      aimRow(
        'seeding: fresh start until listening',
        seconds(fresh.startMs),
        `< ${AIM.seedingMs / 1000} s`,
        fresh.startMs < AIM.seedingMs,
      ),
      infoRow('  start on existing data until listening', seconds(warm.startMs)),
      aimRow('server RSS after seeding', mb(rssAfterSeed), rssAim, rssAfterSeed < AIM.rssBytes),
      aimRow(
        'server RSS after search benchmark',
        mb(rssAfterSearch),
        rssAim,
        rssAfterSearch < AIM.rssBytes,
      ),
      infoRow('  server peak RSS so far (VmHWM)', mb(rssPeak)),
      infoRow(`search p50 (${latency.all.length} requests)`, ms(percentile(latency.all, 50))),
      aimRow('search p95', ms(p95), `< ${AIM.p95Ms} ms`, p95 < AIM.p95Ms),
      infoRow('search max', ms(Math.max(...latency.all))),
      infoRow(
        `first-time searches p50 (${latency.distinct.length} distinct, uncached)`,
        ms(percentile(latency.distinct, 50)),
      ),
      aimRow(
        'first-time searches p95',
        ms(percentile(latency.distinct, 95)),
        `< ${AIM.p95Ms} ms`,
        percentile(latency.distinct, 95) < AIM.p95Ms,
      ),
      infoRow('first-time searches max', ms(Math.max(...latency.distinct))),
      aimRow(
        'searches not answering 200',
        String(latency.failures.length),
        '0',
        latency.failures.length === 0,
      ),
      ...media.map((result) =>
        aimRow(
          `${result.type} search p95 (p50 ${ms(percentile(result.latencies, 50))}${result.failures.length ? `, ${result.failures.length} failed` : ''})`,
          ms(percentile(result.latencies, 95)),
          `< ${AIM.p95Ms} ms`,
          result.failures.length === 0 && percentile(result.latencies, 95) < AIM.p95Ms,
        ),
      ),
      aimRow(
        `license p95, one image (p50 ${ms(percentile(licensing.license, 50))}, ${licensing.license.length} requests)`,
        ms(percentile(licensing.license, 95)),
        `< ${AIM.licenseP95Ms} ms`,
        percentile(licensing.license, 95) < AIM.licenseP95Ms,
      ),
      aimRow(
        `re-download p95 (p50 ${ms(percentile(licensing.redownload, 50))}, ${licensing.redownload.length} requests)`,
        ms(percentile(licensing.redownload, 95)),
        `< ${AIM.p95Ms} ms`,
        percentile(licensing.redownload, 95) < AIM.p95Ms,
      ),
      aimRow(
        'licenses and re-downloads not answering 200',
        String(licensing.failures.length),
        '0',
        licensing.failures.length === 0,
      ),
      aimRow(
        `search page JS, gzip (${bundle.files.length} files)`,
        kb(bundle.gzipBytes),
        `≤ ${AIM.searchJsGzipBytes / 1000} kB`,
        bundle.gzipBytes <= AIM.searchJsGzipBytes,
      ),
      infoRow(
        `Downloads page: first row, ${downloadsPage.licenses} licenses (p50 of ${DOWNLOADS_ROUNDS}, cold browser)`,
        ms(percentile(downloadsPage.firstMs, 50)),
      ),
      infoRow(
        '  every page of every type arrived (p50)',
        ms(percentile(downloadsPage.completeMs, 50)),
      ),
      infoRow(
        '  reference: same page, empty history, settled (p50)',
        ms(percentile(emptyDownloads.firstMs, 50)),
      ),
      ...pages.map(({ page, gzipBytes }) =>
        aimRow(
          `  ${page} JS, gzip`,
          kb(gzipBytes),
          `< ${AIM.jsGzipBytes / 1000} kB`,
          gzipBytes < AIM.jsGzipBytes,
        ),
      ),
    ];
    console.log(`\n${table(rows)}\n`);

    const [floorPaint, ...pagePaint] = paint;
    if (floorPaint) {
      console.log('Speed, each figure beside its reference measured in this run:');
      console.log(
        table(
          speedRows({
            floor: floorPaint,
            pages: pagePaint,
            floorJsBytes: floorBuild.jsGzipBytes,
            searchJsBytes: bundle.gzipBytes,
            otherPagesJs: pages,
            results,
            sandbox: sandboxLoad,
            ...(prismLoad ? { prism: prismLoad } : {}),
          }),
        ),
      );
      console.log(
        `(JavaScript gzip at level 9, as the build's .gz files are sent; load average ${formatLoad(loadAtStart)} at the start, ${formatLoad(os.loadavg())} at the end, ${os.cpus().length} cores)\n`,
      );
    }

    console.log(
      table([
        ['search latency by query: /v2/images/search?…', 'p50', 'p95', 'max'],
        ...[...latency.byQuery].map(([q, v]) => [
          q,
          ms(percentile(v, 50)),
          ms(percentile(v, 95)),
          ms(Math.max(...v)),
        ]),
      ]),
    );
    const mediaFailures = media.flatMap((result) => result.failures);
    if (mediaFailures.length > 0) {
      console.log(
        `\n✗ media searches that did not answer 200: ${[...new Set(mediaFailures)].join(', ')}`,
      );
    }
    if (latency.failures.length > 0) {
      console.log(
        `\n✗ searches that did not answer 200: ${[...new Set(latency.failures)].join(', ')}`,
      );
    }
    console.log(`\n${formatTable(downloadRows(firstDownloads))}`);
    console.log(`\nSearch page JavaScript (a fresh build; ${bundle.method}), gzip:`);
    for (const file of bundle.files)
      console.log(`  ${kb(file.gzipBytes).padStart(9)}  ${file.name}`);
  } finally {
    await Promise.all([...children].map(stopServer));
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGKILL');
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  for (const child of children) child.kill('SIGKILL');
  process.exitCode = 1;
});
