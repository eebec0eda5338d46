// `npm run bench`: starts a fresh server on a temporary data directory and prints how long
// seeding took, the server's memory, sandbox search latency over HTTP, and the gzip size of
// the JavaScript the search page loads first — each against its aim — and the first
// download of each kind of licensed file (server/bench/files.ts), and the speed a designer
// feels beside its references measured in the same run (server/bench/speed.ts: first paint
// against the framework floor, Enter → results painted, the sandbox against Prism).
// Each measure is a module of server/bench/; this file runs them in order and prints.
// Numbers live here, never in tests. The child server is always stopped, whatever happens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstId, measureBundle, measurePages, prepareBuild } from './bench/bundle';
import { copyCatalogs, downloadsPageTimes } from './bench/downloads';
import { benchDownloads, downloadRows } from './bench/files';
import { buildDrawnFloor } from './bench/drawn-floor';
import { buildFloor, serveFloor } from './bench/floor';
import { benchLicensing, LICENSES } from './bench/licensing';
import { loadTest, startPrism, type LoadResult } from './bench/load';
import { measurePaint } from './bench/paint';
import { aimRow, infoRow, kb, mb, ms, percentile, seconds, table, type Row } from './bench/report';
import { RESULT_WORDS, resultsLatency } from './bench/results';
import {
  benchMediaSearch,
  benchSearch,
  DISTINCT_QUERIES,
  QUERIES,
  ROUNDS,
  WARMUP_ROUNDS,
} from './bench/search';
import { children, rssBytes, startServer, stopServer, tempDirs } from './bench/server';
import { SPEED_GOALS, speedRows, type SpeedFigures } from './bench/speed';
import { CHROMIUM } from './test/chromium';

const AIM = {
  seedingMs: 20_000,
  rssBytes: 300 * 1024 * 1024,
  p95Ms: 30,
  jsGzipBytes: 150 * 1000,
  searchJsGzipBytes: 140 * 1000,
  /** A license is a durable write (synchronous=FULL): it may take longer than a search. */
  licenseP95Ms: 50,
};
/** Loads of the Downloads page, each in a new browser context. */
const DOWNLOADS_ROUNDS = 5;
/** Paint measures: cold loads per page (medians), interleaved. */
const PAINT_ROUNDS = 5;
/** The reference page that draws the search page's DOM with the floor's app (bench/drawn-floor). */
const DRAWN = 'search page drawn by the floor';
/** Seconds of each load test. */
const LOAD_SECONDS = 10;

const formatLoad = (load: number[]) => load.map((value) => value.toFixed(2)).join(' ');

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
    let drawn: { taskMs: number; elements: number } | undefined;
    if (fs.existsSync(CHROMIUM)) {
      const image = await firstId(fresh.url, token, '/v2/images/search?per_page=1');
      const searchUrl = `${fresh.url}/?query=mountain`;
      let drawnServer: Awaited<ReturnType<typeof serveFloor>> | undefined;
      try {
        const drawnBuild = await buildDrawnFloor(searchUrl, built);
        drawnServer = await serveFloor(drawnBuild.dist);
        paint = await measurePaint(
          [
            { name: 'floor', url: `${floorServer.url}/` },
            { name: DRAWN, url: `${drawnServer.url}/`, lighthouse: false },
            { name: 'search page', url: searchUrl },
            { name: 'image page', url: `${fresh.url}/images/${image}` },
            { name: 'Downloads', url: `${fresh.url}/downloads` },
          ],
          PAINT_ROUNDS,
        );
        const drawnPaint = paint.find((result) => result.name === DRAWN);
        if (drawnPaint) drawn = { taskMs: drawnPaint.taskMs, elements: drawnBuild.elements };
        paint = paint.filter((result) => result.name !== DRAWN);
      } finally {
        await Promise.all([floorServer.close(), drawnServer?.close()]);
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
            ...(drawn ? { drawn } : {}),
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
    console.log(`\n${table(downloadRows(firstDownloads), { rule: false })}`);
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
