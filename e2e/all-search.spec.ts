import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The "All" search (every media type on one page), contributor pages and keywords from a
// brief, end to end against the real server.

const SECTIONS = [
  { id: 'images', path: '/' },
  { id: 'videos', path: '/videos' },
  { id: 'music', path: '/music' },
  { id: 'sfx', path: '/sfx' },
  { id: 'editorial', path: '/editorial' },
] as const;

test('All search shows every type with a count and a “See all” link', async ({ page }) => {
  await page.goto('/all?query=city');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Everything for city', {
    timeout: 15_000,
  });
  for (const { id, path } of SECTIONS) {
    const section = page.getByTestId(`all-section-${id}`);
    await expect(section.getByTestId('section-count')).toHaveText(/^[\d,]+$/, { timeout: 15_000 });
    const count = (await section.getByTestId('section-count').textContent())!;
    if (count === '0') continue;
    const seeAll = section.getByTestId('see-all');
    await expect(seeAll).toContainText(`See all ${count}`);
    const href = (await seeAll.getAttribute('href'))!;
    expect(new URL(href, 'http://x').pathname).toBe(path);
    expect(new URL(href, 'http://x').searchParams.get('query')).toBe('city');
  }
  // "See all" opens the full results with the same query.
  await page.getByTestId('all-section-music').getByTestId('see-all').click();
  await expect(page).toHaveURL(/\/music\?query=city/);
  await expect(page.getByTestId('track-row').first()).toBeVisible();
  // The media tabs keep the query; All is reachable from any type.
  await page
    .getByRole('navigation', { name: 'Media type' })
    .getByRole('link', { name: 'All' })
    .click();
  await expect(page).toHaveURL(/\/all\?query=city/);
});

test('a failing section shows its own error; the others still load', async ({ page }) => {
  await page.route('**/api/v2/sfx/search**', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ message: 'Sound effects are down' }),
    }),
  );
  await page.goto('/all?query=rain');
  const sfx = page.getByTestId('all-section-sfx');
  await expect(sfx.getByRole('alert')).toContainText('Sound effects could not be loaded', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('all-section-images').getByTestId('image-tiles')).toBeVisible();
  await expect(page.getByTestId('all-section-videos').getByTestId('section-count')).toBeVisible();
  await expect(page.getByTestId('all-section-music').getByTestId('section-count')).toBeVisible();
});

test('contributor page: profile, portfolio and collections, from an image page', async ({
  page,
}) => {
  await page.goto('/?query=city');
  await page.getByTestId('image-tile').first().click();
  await expect(page).toHaveURL(/\/images\/\d+/);
  const link = page.getByTestId('contributor-link');
  const id = /\/contributors\/(\d+)$/.exec((await link.getAttribute('href'))!)![1]!;
  // The contributor's name, not their number.
  await expect(link).not.toHaveText(/^\s*\d+\s*$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/contributors/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await expect(page.getByRole('list', { name: 'Styles' })).toBeVisible();
  const images = page.getByTestId('all-section-images');
  await expect(images.getByTestId('image-tiles')).toBeVisible();
  await expect(images.getByTestId('see-all')).toHaveAttribute('href', `/?contributor=${id}`);
  await expect(
    page.getByTestId('all-section-collections').getByTestId('section-count'),
  ).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('keywords from a brief: toggle chips and search with the selected ones', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'From a brief…' }).click();
  await expect(page).toHaveURL(/\/keywords$/);
  await page
    .getByRole('textbox', { name: 'Brief' })
    .fill('A sunny beach with a family playing volleyball at sunset, warm and joyful.');
  await page.getByRole('button', { name: 'Get keywords' }).click();
  const chips = page.getByTestId('keyword-chip');
  await expect(chips.first()).toBeVisible();
  const count = await chips.count();
  expect(count).toBeGreaterThan(1);
  // All are selected at first; deselect the first.
  const first = (await chips.first().textContent())!.trim();
  await chips.first().click();
  await expect(chips.first()).toHaveAttribute('aria-pressed', 'false');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Search all media' }).click();
  await expect(page).toHaveURL(/\/all\?query=/);
  const query = new URL(page.url()).searchParams.get('query')!;
  expect(query.split(' ')).toHaveLength(count - 1);
  expect(query.split(' ')).not.toContain(first);
});

test('All search has no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(60_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((m) => localStorage.setItem('stockroom-theme', m), scheme);
    await page.goto('/all?query=city');
    for (const { id } of SECTIONS)
      await expect(page.getByTestId(`all-section-${id}`).getByTestId('section-count')).toBeVisible({
        timeout: 15_000,
      });
    expect((await new AxeBuilder({ page }).analyze()).violations, scheme).toEqual([]);
  }
});
