import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

// Every page of the app, at a phone's width and a desktop's, light and dark: no axe
// violations once the page has drawn its content, nothing wider than the window, and
// nothing the Content-Security-Policy refuses.

async function firstId(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(`/api/v2/${path}`);
  expect(response.ok(), path).toBe(true);
  const body = (await response.json()) as { data: { id: string }[] };
  return body.data[0]!.id;
}

async function pages(request: APIRequestContext): Promise<string[]> {
  const [image, video, track, effect, editorial, editorialVideo, collection] = await Promise.all([
    firstId(request, 'images/search?per_page=1&query=lake'),
    firstId(request, 'videos/search?per_page=1'),
    firstId(request, 'audio/search?per_page=1'),
    firstId(request, 'sfx/search?per_page=1'),
    firstId(request, 'editorial/images/search?per_page=1&country=USA'),
    firstId(request, 'editorial/videos/search?per_page=1&country=USA'),
    firstId(request, 'images/collections/featured?per_page=1'),
  ]);
  const details = (await (await request.get(`/api/v2/images/${image}`)).json()) as {
    contributor: { id: string };
  };
  return [
    '/',
    '/?query=lake',
    `/images/${image}`,
    '/videos?query=ocean',
    `/videos/${video}`,
    '/music?query=calm',
    `/music/${track}`,
    '/sfx',
    `/sfx/${effect}`,
    '/all?query=lake',
    '/editorial',
    `/editorial/${editorial}?country=USA`,
    '/editorial/videos',
    `/editorial/videos/${editorialVideo}?country=USA`,
    '/editorial/livefeeds',
    '/collections',
    '/collections/featured',
    `/collections/featured/${collection}`,
    '/downloads',
    '/keywords',
    '/custom-music',
    '/reverse-search',
    '/account',
    '/settings',
    `/contributors/${details.contributor.id}`,
    '/no-such-page',
  ];
}

/** The page has drawn what it loads: no placeholders left, nothing busy. */
async function settled(page: Page) {
  await expect(page.locator('main').first()).toBeVisible();
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0, { timeout: 15_000 });
}

for (const width of [390, 1440]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page at ${width} px, ${scheme}: no axe violations, nothing wider than the window`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) refused.push(message.text());
      });
      for (const path of await pages(page.request)) {
        await page.goto(path);
        await settled(page);
        const scan = await new AxeBuilder({ page }).analyze();
        expect(scan.violations, `${path} at ${width} px, ${scheme}`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        expect(refused, `${path}: refused by the Content-Security-Policy`).toEqual([]);
      }
    });
  }
}
