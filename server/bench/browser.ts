// The app in the bench's browsers: the server answers the API, the app's own files come from
// a given build (a private fresh one), so a rebuild of dist/ mid-run cannot skew a measure.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright';

const API_PREFIXES = ['/api/', '/v2/', '/sandbox/'];

/** Routes the page's requests to `url`: the API to the server, every other file from `distDir`. */
export async function serveBuild(page: Page, url: string, distDir: string): Promise<void> {
  await page.route(`${url}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return route.continue();
    const file = path.join(distDir, pathname);
    const found = file.startsWith(distDir) && fs.existsSync(file) && fs.statSync(file).isFile();
    return route.fulfill({ path: found ? file : path.join(distDir, 'index.html') });
  });
}
