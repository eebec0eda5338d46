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

// Video end to end, against the real server, its SQLite catalog and its real media files:
// the media switcher, search and filters in the URL, previews that play on hover and on
// keyboard focus, the detail page with its player, and axe in light and dark.

const cards = (page: Page) => page.getByTestId('video-card');
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Filters' });

test('the media switcher keeps the query when switching to video and back', async ({ page }) => {
  await page.goto('/?query=city');
  const tabs = page.getByRole('navigation', { name: 'Media type' });
  await tabs.getByRole('link', { name: 'Video', exact: true }).click();
  await expect(page).toHaveURL(/\/videos\?query=city$/);
  await expect(tabs.getByRole('link', { name: 'Video', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Videos for city');
  await expect(page.getByTestId('result-count')).toContainText(/\d+ videos?/);
  // The header's search box says what it searches, to a screen reader too.
  await expect(page.getByRole('combobox', { name: 'Search video' })).toHaveValue('city');
  await tabs.getByRole('link', { name: 'Images', exact: true }).click();
  await expect(page).toHaveURL(/\/\?query=city$/);
  await expect(page.getByRole('combobox', { name: 'Search images' })).toHaveValue('city');
});

test('search, filter by 4K: every card shows the 4K badge; Back restores from cache', async ({
  page,
}) => {
  await page.goto('/videos?query=city');
  await expect(cards(page).first()).toBeVisible();
  const allCount = await page.getByTestId('result-count').textContent();
  await sidebar(page).getByText('4K', { exact: true }).click();
  await expect(page).toHaveURL(/resolution=4k/);
  await expect(page.getByTestId('result-count')).not.toHaveText(allCount ?? '');
  await expect(cards(page).first()).toBeVisible();
  const badges = await cards(page).getByTestId('resolution-badge').allTextContents();
  expect(badges.length).toBeGreaterThan(3);
  expect(new Set(badges)).toEqual(new Set(['4K']));
  for (const card of await cards(page).all())
    await expect(card).toHaveAttribute('data-resolution', '4K');

  // Duration range: paired inputs, committed on Enter.
  const fourKCount = await page.getByTestId('result-count').textContent();
  await sidebar(page).getByLabel('Duration to').fill('15');
  await sidebar(page).getByLabel('Duration to').press('Enter');
  await expect(page).toHaveURL(/duration_to=15/);
  // The new results, not the 4K ones still shown while they load.
  await expect(page.getByTestId('result-count')).not.toHaveText(fourKCount ?? '');
  await expect(cards(page).first()).toBeVisible();
  const durations = await cards(page).getByTestId('duration-badge').allTextContents();
  for (const text of durations) {
    const [m, s] = text.split(':').map(Number);
    expect(m! * 60 + s!).toBeLessThanOrEqual(15);
  }

  // Back: the 4K results again, straight from cache (no search request).
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v2/videos/search')) requests.push(r.url());
  });
  await page.goBack();
  await expect(page).toHaveURL(/resolution=4k$/);
  await expect(cards(page).first()).toBeVisible();
  expect(requests).toEqual([]);
});

test('a preview plays on hover and on keyboard focus, and stops on leave', async ({ page }) => {
  await page.goto('/videos?query=ocean');
  const first = cards(page).first();
  await expect(first).toBeVisible();
  await first.hover();
  const preview = first.getByTestId('video-preview');
  await expect
    .poll(() => preview.evaluate((el) => (el as unknown as MediaLike).currentTime), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0.2);
  expect(
    await preview.evaluate(
      (el) => (el as unknown as MediaLike).muted && (el as unknown as MediaLike).loop,
    ),
  ).toBe(true);
  await page.mouse.move(0, 0);
  await expect.poll(() => preview.evaluate((el) => (el as unknown as MediaLike).paused)).toBe(true);

  // Keyboard: focus the second card.
  const second = cards(page).nth(1);
  await second.focus();
  const secondPreview = second.getByTestId('video-preview');
  await expect
    .poll(() => secondPreview.evaluate((el) => (el as unknown as MediaLike).currentTime), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0.2);
  await page.keyboard.press('Tab');
  await expect
    .poll(() => secondPreview.evaluate((el) => (el as unknown as MediaLike).paused))
    .toBe(true);
});

test('the detail page: player, facts, keywords to search, similar videos', async ({ page }) => {
  await page.goto('/videos?query=city');
  const first = cards(page).first();
  await first.hover();
  await first.click();
  await expect(page).toHaveURL(/\/videos\/\d+/);
  const player = page.getByTestId('video-player');
  await expect(player).toBeVisible();
  expect(await player.getAttribute('poster')).toMatch(/preview\.jpg$/);
  expect(await player.evaluate((el) => (el as unknown as MediaLike).controls)).toBe(true);
  await expect(page.getByText('Duration')).toBeVisible();
  await expect(page.getByTestId('video-resolution')).toHaveText(/^(4K|HD|SD)/);
  await expect(page.getByRole('button', { name: /Save to collection|Saved/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Similar videos' })).toBeVisible();
  await expect(page.getByTestId('video-card').first()).toBeVisible();
  // A screen reader meets the title before the keywords, which are on the page once.
  const headings = await page
    .getByRole('heading')
    .evaluateAll((all) => all.map((h) => `${h.tagName}:${h.textContent}`));
  const keywords = headings.indexOf('H2:Keywords');
  expect(headings.findIndex((h) => h.startsWith('H1:'))).toBeLessThan(keywords);
  expect(headings.lastIndexOf('H2:Keywords')).toBe(keywords);
  // The player plays the real preview.
  await player.evaluate((el) => {
    (el as unknown as MediaLike).muted = true;
    return (el as unknown as MediaLike).play();
  });
  await expect
    .poll(() => player.evaluate((el) => (el as unknown as MediaLike).currentTime), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0.2);
  const keyword = page.getByRole('region', { name: 'Keywords' }).getByRole('link').first();
  const word = (await keyword.textContent()) ?? '';
  await keyword.click();
  await expect(page).toHaveURL(`/videos?query=${encodeURIComponent(word).replace(/%20/g, '+')}`);
  await expect(cards(page).first()).toBeVisible();
});

test('video pages have no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/videos?query=city');
    await expect(cards(page).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect((await new AxeBuilder({ page }).analyze()).violations, `search (${scheme})`).toEqual([]);
    await cards(page).first().click();
    await expect(page.getByTestId('video-player')).toBeVisible();
    await expect(page.getByTestId('video-card').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect((await new AxeBuilder({ page }).analyze()).violations, `detail (${scheme})`).toEqual([]);
  }
});
