// The Downloads page in headless Chromium: how long until its first row shows, and until
// every page of every media type has arrived, over a team history of 2,000+ licenses;
// beside the same page over an empty history (same build, same machine, same run), which
// is the page's floor: its code, the subscriptions and six empty first pages.
import fs from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../test/chromium';
import { serveBuild } from './browser';

export interface DownloadsPageTimes {
  /** Since navigation start: the first row (or the empty state), ms. */
  firstMs: number[];
  /** Since navigation start: every page of history arrived (the count is final), ms. */
  completeMs: number[];
  licenses: number;
}

/** Catalog files a second server can reuse (the state database is left behind). */
export const CATALOG_FILES = [
  'sandbox.sqlite',
  'videos.sqlite',
  'audio.sqlite',
  'editorial.sqlite',
];

export function copyCatalogs(from: string, to: string): void {
  for (const file of CATALOG_FILES) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

/** Loads /downloads `rounds` times, each in a new browser context (nothing cached). */
export async function downloadsPageTimes(
  url: string,
  distDir: string,
  rounds: number,
): Promise<DownloadsPageTimes> {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions());
  const times: DownloadsPageTimes = { firstMs: [], completeMs: [], licenses: 0 };
  try {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await serveBuild(page, url, distDir);
      await page.goto(`${url}/downloads`, { waitUntil: 'commit' });
      // Read in the page, on the frame where it first holds (polled every animation frame).
      const when = async (selector: string) =>
        Number(
          await (
            await page.waitForFunction(
              `document.querySelector(${JSON.stringify(selector)}) ? performance.now() : false`,
              undefined,
              { polling: 'raf', timeout: 60_000 },
            )
          ).jsonValue(),
        );
      const empty = '[data-testid=downloads-empty]';
      times.firstMs.push(await when(`[data-testid=download-row], ${empty}`));
      times.completeMs.push(await when(`[data-testid=result-count][data-complete=true], ${empty}`));
      const count = await page
        .getByTestId('result-count')
        .textContent()
        .catch(() => null);
      times.licenses = Number(/(\d+) licen/.exec(count ?? '')?.[1] ?? 0);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}
