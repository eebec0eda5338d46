// The speed a designer feels, for `npm run bench` (server/bench.ts), each figure beside a
// reference measured in the same run:
// - first paint: observed first contentful paint, main-thread task time (Chromium's
//   Performance.getMetrics TaskDuration) and the Lighthouse desktop performance score of
//   the search page, an image page and Downloads, against the framework floor — a minimal
//   React + React Router + TanStack Query app built here from the installed packages and
//   served the same way (precompressed, immutable assets);
// - results: Enter in the header search → the first 8 result images painted, over 20
//   different queries, on the image search and on the All page;
// - the sandbox under load: 50 connections of varied image searches, against a Prism mock
//   of the vendor's document (when ../shared has it).
// Numbers live here, never in tests.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { chromiumLaunchOptions } from './test/chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Fixed ports of what this bench starts besides its servers (those take any free port). */
const DEBUGGING_PORT = 4791;
const PRISM_PORT = 4792;
const OPENAPI = path.resolve(ROOT, '../shared/shutterstock-openapi/openapi.yaml');
const VIEWPORT = { width: 1440, height: 900 };

export const SPEED_GOALS = {
  fcpRatio: 1.3,
  taskRatio: 2,
  lighthousePoints: 10,
  resultsCachedMs: 250,
  resultsFreshMs: 400,
  searchJsBytes: 140_000,
  pageJsBytes: 150_000,
  sandboxRatio: 3,
};

export function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const median = (values: number[]) => percentile(values, 50);

// ---------------------------------------------------------------------------------------
// The framework floor
// ---------------------------------------------------------------------------------------

const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Floor</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`;

const FLOOR_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';

const queryClient = new QueryClient();
const items = Array.from({ length: 20 }, (_, i) => 'Item ' + (i + 1));

function Home() {
  const { data } = useQuery({ queryKey: ['items'], queryFn: async () => items });
  return (
    <main>
      <h1>The framework floor</h1>
      <nav><Link to="/other">Another page</Link></nav>
      <ul>{data?.map((item) => <li key={item}>{item}</li>)}</ul>
    </main>
  );
}

const router = createBrowserRouter([{ path: '*', Component: Home }]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
`;

/** Builds the floor app (under node_modules/.cache, so it resolves the installed packages). */
export async function buildFloor(): Promise<{ dist: string; jsGzipBytes: number }> {
  const dir = path.join(ROOT, 'node_modules', '.cache', 'stockroom-floor');
  const dist = path.join(dir, 'dist');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), FLOOR_HTML);
  fs.writeFileSync(path.join(dir, 'main.tsx'), FLOOR_MAIN);
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const production = (file: string) =>
    path.join(ROOT, 'node_modules/react-router/dist/production', file);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    // The same production build of React Router as Stockroom's (vite.config.ts).
    resolve: {
      alias: [
        { find: /^react-router$/, replacement: production('index.mjs') },
        { find: /^react-router\/dom$/, replacement: production('dom-export.mjs') },
      ],
    },
    build: { outDir: dist, emptyOutDir: true, target: 'es2022' },
  });
  let jsGzipBytes = 0;
  for (const name of fs.readdirSync(path.join(dist, 'assets'))) {
    const file = path.join(dist, 'assets', name);
    const body = fs.readFileSync(file);
    if (name.endsWith('.js')) jsGzipBytes += gzipSync(body, { level: 9 }).length;
    if (/\.(js|css)$/.test(name)) {
      fs.writeFileSync(`${file}.br`, brotliCompressSync(body));
      fs.writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    }
  }
  return { dist, jsGzipBytes };
}

/** Serves the floor as Stockroom is served: precompressed, hashed assets immutable. */
export async function serveFloor(
  dist: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { default: Fastify } = await import('fastify');
  const { default: fastifyStatic } = await import('@fastify/static');
  const app = Fastify();
  await app.register(fastifyStatic, {
    root: dist,
    preCompressed: true,
    cacheControl: false,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders(res, file) {
      res.setHeader(
        'Cache-Control',
        file.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  app.setNotFoundHandler((_request, reply) =>
    reply.header('Cache-Control', 'no-cache').type('text/html').send(html),
  );
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

// ---------------------------------------------------------------------------------------
// First paint and main-thread time, Lighthouse
// ---------------------------------------------------------------------------------------

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright');
  const options = chromiumLaunchOptions();
  return chromium.launch({
    ...options,
    args: [...(options.args ?? []), `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
}

export interface PaintResult {
  name: string;
  url: string;
  fcpMs: number;
  taskMs: number;
  lighthouse: number;
}

/** One cold load (new context: empty cache): first contentful paint and main-thread task time. */
async function loadOnce(browser: Browser, url: string): Promise<{ fcpMs: number; taskMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const fcpMs = await page.evaluate<number>(
      `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`,
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const task = metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
    return { fcpMs, taskMs: task * 1000 };
  } finally {
    await context.close();
  }
}

async function lighthouseScore(url: string): Promise<number> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const result = await lighthouse(
    url,
    { port: DEBUGGING_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
    desktopConfig,
  );
  const score = result?.lhr.categories.performance?.score;
  return typeof score === 'number' ? Math.round(score * 100) : NaN;
}

/** Each page: `rounds` cold loads (medians), then one Lighthouse desktop run. */
export async function measurePaint(
  pages: { name: string; url: string }[],
  rounds: number,
): Promise<PaintResult[]> {
  const browser = await launchChromium();
  try {
    // One warm-up load each: server-side caches (previews, query plans) are not the subject.
    for (const { url } of pages) await loadOnce(browser, url);
    const loads = new Map(
      pages.map((page) => [page.name, [] as { fcpMs: number; taskMs: number }[]]),
    );
    // Interleaved, so a busy moment of the machine falls on every page alike.
    for (let round = 0; round < rounds; round++) {
      for (const { name, url } of pages) loads.get(name)?.push(await loadOnce(browser, url));
    }
    const results: PaintResult[] = [];
    for (const { name, url } of pages) {
      const list = loads.get(name) ?? [];
      let lighthouse = NaN;
      try {
        lighthouse = await lighthouseScore(url);
      } catch (error) {
        console.warn(
          `Lighthouse failed on ${url}: ${error instanceof Error ? error.message : error}`,
        );
      }
      results.push({
        name,
        url,
        fcpMs: median(list.map((load) => load.fcpMs)),
        taskMs: median(list.map((load) => load.taskMs)),
        lighthouse,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------
// Enter → the first 8 result images painted
// ---------------------------------------------------------------------------------------

/** Words for the results measure: each asked once per mode (a new query every time). */
export const RESULT_WORDS = {
  images: [
    'lighthouse',
    'meadow',
    'violin',
    'glacier',
    'bakery',
    'canyon',
    'tractor',
    'lantern',
    'orchid',
    'harbour',
    'pyramid',
    'waterfall',
    'penguin',
    'umbrella',
    'volcano',
    'carousel',
    'vineyard',
    'compass',
    'dolphin',
    'bridge',
  ],
  all: [
    'cathedral',
    'sunflower',
    'airport',
    'festival',
    'cactus',
    'library',
    'island',
    'robot',
    'kayak',
    'marathon',
    'bamboo',
    'stadium',
    'tiger',
    'snowboard',
    'pottery',
    'subway',
    'coral',
    'balloon',
    'harvest',
    'telescope',
  ],
};

// In-page code (the server's type check has no DOM types: kept as source text).
/** Notes when Enter goes down, by the event's own clock. */
const ARM_ENTER_CLOCK = `(() => {
  window.benchEnterAt = undefined;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') window.benchEnterAt = event.timeStamp;
  }, { capture: true, once: true });
})()`;
/** Resolves, on the frame where every wanted image id has a loaded <img>, the ms since Enter. */
const PAINTED_AFTER_ENTER = `(wanted) => new Promise((resolve) => {
  const giveUp = performance.now() + 15000;
  const check = (now) => {
    const images = [...document.querySelectorAll('img')];
    const done = wanted.every((id) => images.some((img) =>
      img.currentSrc.includes('/images/' + id + '/') && img.complete && img.naturalWidth > 0));
    if (done) resolve(now - (window.benchEnterAt ?? now));
    else if (now > giveUp) resolve(NaN);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * From the header search on the image search (`/`) or the All page (`/all`): types each
 * query, presses Enter, and times from the key press to the frame where the first 8
 * images of the answer are loaded (the frame they are painted in).
 */
export async function resultsLatency(
  baseUrl: string,
  mode: 'images' | 'all',
  words: readonly string[],
): Promise<number[]> {
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${mode === 'all' ? '/all?query=start' : '/?query=start'}`);
    await page.waitForLoadState('networkidle');
    const box = page.getByRole('combobox').first();
    for (const word of words) {
      await box.fill(word);
      const answer = page.waitForResponse((response) => {
        const url = new URL(response.url());
        return url.pathname === '/api/v2/images/search' && url.searchParams.get('query') === word;
      });
      await page.evaluate(ARM_ENTER_CLOCK);
      await box.press('Enter');
      const body = (await (await answer).json()) as { data: { id: string }[] };
      const ids = body.data.slice(0, 8).map((image) => image.id);
      const ms = await page.evaluate<number>(`(${PAINTED_AFTER_ENTER})(${JSON.stringify(ids)})`);
      times.push(ms);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return times;
}

// ---------------------------------------------------------------------------------------
// The sandbox under load, and a Prism mock of the same document
// ---------------------------------------------------------------------------------------

/** Varied image searches: words, filters, sorts, pages, per_page 20–100. */
function variedSearches(): string[] {
  const words = [
    'beach',
    'office',
    'forest',
    'coffee',
    'city',
    'family',
    'winter',
    'dog',
    'food',
    'music',
  ];
  const extras = [
    '',
    '&sort=newest',
    '&sort=popular&orientation=horizontal',
    '&image_type=photo',
    '&image_type=vector&sort=relevance',
    '&category=Nature',
    '&people_number=2',
    '&color=1E90FF',
  ];
  const paths: string[] = [];
  for (const [i, word] of words.entries()) {
    for (const [j, extra] of extras.entries()) {
      const perPage = 20 + ((i * 7 + j * 13) % 5) * 20;
      const page = 1 + ((i + j) % 3);
      paths.push(`/v2/images/search?query=${word}${extra}&per_page=${perPage}&page=${page}`);
    }
  }
  return paths;
}

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export async function loadTest(baseUrl: string, token: string, seconds = 10): Promise<LoadResult> {
  const { default: autocannon } = await import('autocannon');
  const paths = variedSearches();
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 50,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** A Prism mock of the vendor document on PRISM_PORT, or undefined without the document. */
export async function startPrism(): Promise<{ url: string; stop: () => void } | undefined> {
  if (!fs.existsSync(OPENAPI)) return undefined;
  const bin = path.join(ROOT, 'node_modules', '.bin', 'prism');
  const child: ChildProcess = spawn(
    bin,
    ['mock', '-h', '127.0.0.1', '-p', String(PRISM_PORT), '--errors', 'false', OPENAPI],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  let output = '';
  const listening = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', () => resolve(false));
  });
  if (!listening) {
    stop();
    console.warn(`Prism did not start:\n${output.slice(-1000)}`);
    return undefined;
  }
  return { url: `http://127.0.0.1:${PRISM_PORT}`, stop };
}

// ---------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------

export interface SpeedFigures {
  floor: PaintResult;
  pages: PaintResult[];
  floorJsBytes: number;
  searchJsBytes: number;
  otherPagesJs: { page: string; gzipBytes: number }[];
  results: { name: string; times: number[]; goalMs: number }[];
  sandbox?: LoadResult;
  prism?: LoadResult;
}

const f1 = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const msText = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const kbText = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratioText = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** measure, Stockroom, reference, ratio, goal, verdict. */
export function speedRows(figures: SpeedFigures): string[][] {
  const { floor } = figures;
  const rows: string[][] = [['measure', 'Stockroom', 'reference', 'ratio', 'goal', '']];
  for (const page of figures.pages) {
    const fcp = page.fcpMs / floor.fcpMs;
    const task = page.taskMs / floor.taskMs;
    const points = floor.lighthouse - page.lighthouse;
    rows.push(
      [
        `first contentful paint: ${page.name}`,
        msText(page.fcpMs),
        `floor ${msText(floor.fcpMs)}`,
        ratioText(fcp),
        `≤ ${SPEED_GOALS.fcpRatio}×`,
        mark(fcp <= SPEED_GOALS.fcpRatio),
      ],
      [
        `main-thread task time: ${page.name}`,
        msText(page.taskMs),
        `floor ${msText(floor.taskMs)}`,
        ratioText(task),
        `≤ ${SPEED_GOALS.taskRatio}×`,
        mark(task <= SPEED_GOALS.taskRatio),
      ],
      [
        `Lighthouse desktop performance: ${page.name}`,
        f1(page.lighthouse),
        `floor ${f1(floor.lighthouse)}`,
        Number.isFinite(points) ? `${-points} points` : '—',
        `within ${SPEED_GOALS.lighthousePoints} points`,
        mark(points <= SPEED_GOALS.lighthousePoints),
      ],
    );
  }
  for (const { name, times, goalMs } of figures.results) {
    const p95 = percentile(times, 95);
    const failed = times.filter((time) => !Number.isFinite(time)).length;
    rows.push([
      `Enter → 8 images painted, p95 of ${times.length}: ${name}${failed ? ` (${failed} timed out)` : ''}`,
      msText(p95),
      `p50 ${msText(median(times))}`,
      ratioText(p95 / goalMs),
      `≤ ${goalMs} ms`,
      mark(failed === 0 && p95 <= goalMs),
    ]);
  }
  rows.push([
    'first JavaScript, gzip: search page',
    kbText(figures.searchJsBytes),
    `floor ${kbText(figures.floorJsBytes)}`,
    ratioText(figures.searchJsBytes / figures.floorJsBytes),
    `≤ ${SPEED_GOALS.searchJsBytes / 1000} kB`,
    mark(figures.searchJsBytes <= SPEED_GOALS.searchJsBytes),
  ]);
  const largest = [...figures.otherPagesJs].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  if (largest) {
    rows.push([
      `first JavaScript, gzip: largest other page (${largest.page})`,
      kbText(largest.gzipBytes),
      `floor ${kbText(figures.floorJsBytes)}`,
      ratioText(largest.gzipBytes / figures.floorJsBytes),
      `≤ ${SPEED_GOALS.pageJsBytes / 1000} kB`,
      mark(largest.gzipBytes <= SPEED_GOALS.pageJsBytes),
    ]);
  }
  const { sandbox, prism } = figures;
  if (sandbox) {
    const rps = prism ? sandbox.requestsPerSecond / prism.requestsPerSecond : NaN;
    const sandboxFailures = sandbox.non2xx + sandbox.errors;
    rows.push(
      [
        `sandbox req/s, 50 connections, varied image searches${sandboxFailures ? ` (${sandboxFailures} not 2xx)` : ''}`,
        f1(sandbox.requestsPerSecond),
        prism ? `Prism ${f1(prism.requestsPerSecond)}` : 'no Prism (no vendor document)',
        ratioText(rps),
        `≥ ${SPEED_GOALS.sandboxRatio}×`,
        mark(rps >= SPEED_GOALS.sandboxRatio && sandboxFailures === 0),
      ],
      [
        'sandbox p99 latency, same load',
        msText(sandbox.p99Ms),
        prism ? `Prism ${msText(prism.p99Ms)}` : '—',
        ratioText(prism ? sandbox.p99Ms / prism.p99Ms : NaN),
        '< Prism’s',
        mark(prism !== undefined && sandbox.p99Ms < prism.p99Ms),
      ],
    );
  }
  return rows;
}
