import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** What the tests read of a <video> (the e2e project has no DOM types). */
interface MediaLike {
  currentTime: number;
  paused: boolean;
  muted: boolean;
  loop: boolean;
  controls: boolean;
  play(): Promise<void>;
}

// Editorial end to end: a country is always chosen (from the browser's region, remembered),
// changing it asks again; cursor paging; the detail page's usage restrictions; live feeds;
// editorial video previews; axe in light and dark.

test.use({ locale: 'en-GB' });

const cards = (page: Page) => page.getByTestId('editorial-card');
const country = (page: Page) => page.getByRole('combobox', { name: 'Country of use' });

test('the country defaults to the browser’s region, and changing it searches again', async ({
  page,
}) => {
  const searches: URL[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v2/editorial/images/search')) searches.push(new URL(r.url()));
  });
  await page.goto('/editorial?query=football');
  await expect(cards(page).first()).toBeVisible();
  await expect(country(page)).toHaveValue('GBR');
  // An editorial search without a country can't be made: every request carried one.
  expect(searches.length).toBeGreaterThan(0);
  for (const url of searches) expect(url.searchParams.get('country')).toBe('GBR');

  searches.length = 0;
  await country(page).selectOption('DEU');
  await expect(page).toHaveURL(/country=DEU/);
  await expect.poll(() => searches.map((u) => u.searchParams.get('country'))).toContain('DEU');
  await expect(cards(page).first()).toBeVisible();

  // Remembered: a fresh visit without a country in the URL uses it.
  await page.goto('/editorial');
  await expect(country(page)).toHaveValue('DEU');
});

test('filters and sort live in the URL; scrolling follows the next cursor', async ({ page }) => {
  const searches: URL[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v2/editorial/images/search')) searches.push(new URL(r.url()));
  });
  await page.goto('/editorial?country=USA');
  await expect(cards(page).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('newest');
  await expect(page).toHaveURL(/sort=newest/);
  await expect(cards(page).first()).toBeVisible();
  const before = await cards(page).count();
  await page.mouse.wheel(0, 20_000);
  await expect.poll(() => searches.some((u) => u.searchParams.get('cursor'))).toBe(true);
  await page.mouse.wheel(0, 20_000);
  expect(await cards(page).count()).toBeGreaterThan(0);
  expect(before).toBeGreaterThan(0);
});

test('the detail page shows caption, facts and usage restrictions prominently', async ({
  page,
}) => {
  await page.goto('/editorial?query=football&country=GBR');
  const first = cards(page).first();
  await first.hover();
  await first.click();
  await expect(page).toHaveURL(/\/editorial\/[^/?]+\?country=GBR/);
  await expect(page.getByTestId('usage-restrictions')).toBeVisible();
  await expect(page.getByTestId('special-instructions')).not.toBeEmpty();
  await expect(page.getByTestId('caption')).toBeVisible();
  for (const term of ['Date taken', 'Byline', 'Supplier', 'Category'])
    await expect(page.getByText(term, { exact: true })).toBeVisible();
  await expect(page.getByTestId('editorial-image')).toBeVisible();
});

test('editorial video: previews play on hover, the detail page has a player', async ({ page }) => {
  await page.goto('/editorial/videos?country=USA');
  const first = page.getByTestId('video-card').first();
  await expect(first).toBeVisible();
  await first.hover();
  const preview = first.getByTestId('video-preview');
  await expect
    .poll(() => preview.evaluate((el) => (el as unknown as MediaLike).currentTime), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0.2);
  await first.click();
  await expect(page).toHaveURL(/\/editorial\/videos\/[^/?]+/);
  await expect(page.getByTestId('video-player')).toBeVisible();
  await expect(page.getByTestId('usage-restrictions')).toBeVisible();
});

test('live feeds: the current feeds, and a feed’s items linking to editorial pages', async ({
  page,
}) => {
  await page.goto('/editorial/livefeeds');
  const feed = page.getByTestId('livefeed-card').first();
  await expect(feed).toBeVisible();
  const name = (await feed.getByRole('heading').textContent()) ?? '';
  await feed.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const item = cards(page).first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByTestId('usage-restrictions')).toBeVisible();
});

test('editorial pages have no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [url, ready] of [
      ['/editorial?query=football&country=GBR', 'editorial-card'],
      ['/editorial/9013488e?country=GBR', 'usage-restrictions'],
      ['/editorial/videos?country=USA', 'video-card'],
      ['/editorial/livefeeds?country=USA', 'livefeed-card'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByTestId(ready).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect((await new AxeBuilder({ page }).analyze()).violations, `${url} (${scheme})`).toEqual(
        [],
      );
    }
  }
});
