// First contentful paint and main-thread task time (Chromium's Performance.getMetrics
// TaskDuration) of cold loads, and the Lighthouse desktop performance score.
import type { Browser } from 'playwright';
import { chromiumLaunchOptions } from '../test/chromium';
import { median } from './report';

/** A fixed port for Lighthouse to reach the browser (the servers take any free port). */
const DEBUGGING_PORT = 4791;
export const VIEWPORT = { width: 1440, height: 900 };

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

/**
 * Lighthouse runs per page, the median score kept: on 2 shared cores one run of the same
 * build scores anywhere from 83 to 94.
 */
const LIGHTHOUSE_ROUNDS = 3;

/**
 * Each page: `rounds` cold loads (medians), then Lighthouse desktop runs (median score), but
 * for pages that are only a reference for task time (`lighthouse: false`).
 */
export async function measurePaint(
  pages: { name: string; url: string; lighthouse?: boolean }[],
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
    // Interleaved too, for the same reason.
    const scores = new Map(pages.map((page) => [page.name, [] as number[]]));
    for (let round = 0; round < LIGHTHOUSE_ROUNDS; round++) {
      for (const { name, url, lighthouse = true } of pages) {
        if (!lighthouse) continue;
        try {
          scores.get(name)?.push(await lighthouseScore(url));
        } catch (error) {
          console.warn(
            `Lighthouse failed on ${url}: ${error instanceof Error ? error.message : error}`,
          );
        }
      }
    }
    const results: PaintResult[] = [];
    for (const { name, url } of pages) {
      const list = loads.get(name) ?? [];
      const runs = scores.get(name) ?? [];
      const lighthouse = runs.length > 0 ? median(runs) : NaN;
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
