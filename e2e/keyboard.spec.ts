import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { fileOf } from './support/files';
import { unlicensedImageIds } from './support/licensing';

// Keyboard paths, counted: from the search box to the first result in at most five keys,
// arrow keys through the grid, skip links to the results and the filters (a sheet's button
// on a phone), and search → open → license → Downloads → re-download with keys alone.

const cards = (page: Page) => page.getByTestId('image-card');
/** The skip link right after the search box (the page's first stops have their own). */
const skipAfterSearch = (page: Page) =>
  page.getByRole('banner').getByRole('link', { name: 'Skip to results' });
const skipLinks = (page: Page) => page.getByRole('navigation', { name: 'Skip links' });

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab until `target` has focus; returns how many presses it took (or fails at `max`). */
async function tabTo(page: Page, target: Locator, max: number, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return presses;
  }
  throw new Error(`not reached in ${max} presses of Tab`);
}

async function top(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.y ?? Number.NaN;
}

for (const width of [1440, 390]) {
  test(`at ${width} px the first result is at most five keys from the search box, and arrows move through the grid`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search images' });
    await box.focus();
    await page.keyboard.type('lake');
    const answer = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/v2/images/search' &&
        response.url().includes('query=lake'),
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/query=lake/);
    // The cards are this search's, not the popular images the page showed before it (those
    // leave the page when its answer comes, and focus with them).
    const { data } = (await (await answer).json()) as { data: { id: string }[] };
    await expect(cards(page).first()).toHaveAttribute('data-image-id', data[0]!.id);

    // Past "Clear search" and "Search" to "Skip to results", which lands on the first result.
    await expect(box).toBeFocused();
    const skip = skipAfterSearch(page);
    const tabs = await tabTo(page, skip, 4);
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    expect(tabs + 1).toBeLessThanOrEqual(5);
    const first = cards(page).first();
    await expect(first).toBeFocused();

    // Right: the next result; Down: one in the row below; Up: back to the first row.
    await page.keyboard.press('ArrowRight');
    await expect(cards(page).nth(1)).toBeFocused();
    const firstRow = await top(first);
    await page.keyboard.press('ArrowDown');
    // The moves are made as the keys arrive: wait for focus to land.
    const focused = page.locator('[data-testid=image-card]:focus');
    await expect.poll(() => top(focused)).toBeGreaterThan(firstRow);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => top(focused)).toBe(firstRow);
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();

    // Enter opens it.
    const id = await first.getAttribute('data-image-id');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/images/${id}`));
  });

  test(`at ${width} px the skip links reach the results and the filters`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/videos?query=ocean');
    const firstVideo = page.getByTestId('video-card').first();
    await expect(firstVideo).toBeVisible();
    await page.keyboard.press('Tab');
    const toResults = skipLinks(page).getByRole('link', { name: 'Skip to results' });
    await expect(toResults).toBeFocused();
    await expect(toResults).toBeVisible();
    await page.keyboard.press('Tab');
    const toFilters = skipLinks(page).getByRole('link', { name: 'Skip to filters' });
    await expect(toFilters).toBeFocused();
    await page.keyboard.press('Enter');
    if (width >= 1024) {
      // The first control of the filter column.
      const focusedInFilters = page
        .getByRole('complementary', { name: 'Filters' })
        .locator(':focus');
      await expect(focusedInFilters).toHaveCount(1);
    } else {
      // The filters live in a sheet: the button that opens it.
      const button = page.getByRole('button', { name: 'Filters' });
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      const sheet = page.getByRole('dialog', { name: 'Filters' });
      await expect(sheet).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect(button).toBeFocused();
    }
    await page.keyboard.press('Shift+Tab');
    await page.goto('/videos?query=ocean');
    await expect(firstVideo).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(firstVideo).toBeFocused();
  });
}

test('a result with focus, replaced by other results (Back), hands focus to the one in its place', async ({
  page,
}) => {
  const answerFor = (query: string) =>
    page
      .waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/v2/images/search' &&
          response.url().includes(`query=${query}`),
      )
      .then(async (response) => ((await response.json()) as { data: { id: string }[] }).data);
  const oceanAnswer = answerFor('ocean');
  await page.goto('/?query=ocean');
  const ocean = await oceanAnswer;
  await expect(cards(page).first()).toHaveAttribute('data-image-id', ocean[0]!.id);
  const box = page.getByRole('combobox', { name: 'Search images' });
  await box.fill('lake');
  const lakeAnswer = answerFor('lake');
  await box.press('Enter');
  const lake = await lakeAnswer;
  await expect(cards(page).first()).toHaveAttribute('data-image-id', lake[0]!.id);
  await cards(page).nth(1).focus();

  await page.goBack();
  await expect(cards(page).first()).toHaveAttribute('data-image-id', ocean[0]!.id);
  // Not the page's body: the keyboard goes on from the results.
  await expect(cards(page).nth(1)).toBeFocused();
  await expect(cards(page).nth(1)).toHaveAttribute('data-image-id', ocean[1]!.id);
});

/** Which row of image cards (0: the first) holds the focused element. */
function focusedRow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const top = (element: Element) => Math.round(element.getBoundingClientRect().top);
    const rows = [...document.querySelectorAll('[data-testid=image-card]')].map(top);
    return [...new Set(rows)].sort((a, b) => a - b).indexOf(top(document.activeElement!));
  });
}

test('arrow presses made while the grid’s key code loads each move on one row', async ({
  page,
}) => {
  // On a slow network: the code arrives a moment after the presses.
  await page.route('**/assets/grid-keys-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto('/?query=ocean');
  await expect(cards(page).first()).toBeVisible();
  // Focus in the results asks for the code; the presses go in at once, before it is there.
  await cards(page).first().focus();
  for (let row = 0; row < 2; row++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedRow(page)).toBe(2);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedRow(page)).toBe(1);
});

test('Back to a page gives focus to the link followed from it: a result, where the page was left, or any other', async ({
  page,
}) => {
  await page.goto('/?query=ocean');
  await expect(cards(page).first()).toBeVisible();
  // Down the grid by keys to a result out of the first screen (each row rendered as focus
  // nears it), and open it.
  await cards(page).first().focus();
  for (let row = 1; row <= 4; row++) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedRow(page)).toBe(row);
  }
  const id = (await page.locator(':focus').getAttribute('data-image-id'))!;
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/images/${id}$`));

  await page.goBack();
  const card = page.locator(`[data-testid=image-card][data-image-id="${id}"]`);
  await expect(card).toBeFocused();
  // The router put the page back where it was; focusing did not move it.
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  // And the keyboard goes on from there.
  await page.keyboard.press('ArrowRight');
  await expect(card).not.toBeFocused();
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'image-card');

  // Opened with the mouse from the All page, the same.
  await page.goto('/all?query=ocean');
  const tileLink = page.getByTestId('image-tiles').locator('[data-nav-item]').nth(2);
  const href = (await tileLink.getAttribute('href'))!;
  await tileLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goBack();
  await expect(page.locator(`[data-nav-item][href="${href}"]`)).toBeFocused();

  // Not only search pages: an image's similar images, opened by keys.
  await page.goto(`/images/${id}`);
  const similar = page.getByTestId('image-card').nth(1);
  const similarHref = (await similar.getAttribute('href'))!;
  await similar.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${similarHref}$`));
  await page.goBack();
  await expect(page.locator(`[data-nav-item][href="${similarHref}"]`)).toBeFocused();

  // Any link followed: the header's Downloads.
  const downloads = page.getByRole('navigation', { name: 'Library' }).getByRole('link', {
    name: 'Downloads',
  });
  await downloads.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/downloads$/);
  await page.goBack();
  await expect(downloads).toBeFocused();
});

test('search, open, license, find it in Downloads and download it again, with keys alone', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [id] = await unlicensedImageIds(page, 'harbour', 1);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search images' }).focus();
  await page.keyboard.type('harbour');
  await page.keyboard.press('Enter');
  await expect(cards(page).first()).toBeVisible();
  await tabTo(page, skipAfterSearch(page), 4);
  await page.keyboard.press('Enter');
  // Along the grid to the unlicensed image, and open it.
  const card = page.locator(`[data-testid=image-card][data-image-id="${id}"]`);
  for (let i = 0; i < 60 && !(await isFocused(card)); i++) await page.keyboard.press('ArrowRight');
  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/images/${id}`));

  // License it at Small under the subscription that needs no details.
  const license = page.getByRole('button', { name: /^License$/ });
  await tabTo(page, license, 40);
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('license-dialog');
  await expect(page.getByRole('dialog', { name: 'License image' })).toBeVisible();
  // The page under the dialog holds still: the scroll lock's own style carries the page's
  // nonce, so the Content-Security-Policy lets it apply.
  await expect(page.locator('body')).toHaveCSS('overflow', 'hidden');
  await tabTo(page, dialog.getByRole('radio', { name: /Annual Subscription/ }), 10);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('radio', { name: /Small/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'License and download' })).toBeFocused();
  const first = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const firstFile = await fileOf(await first);
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // Focus comes back to the page's main action, which now re-downloads.
  await expect(page.getByRole('button', { name: /^Re-download$/ })).toBeFocused();

  // To Downloads from the header, then to this license's row and its download.
  await tabTo(page, page.getByRole('link', { name: 'Downloads' }), 40, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/downloads/);
  const row = page.locator(`[data-testid=download-row][data-asset-id="${id}"]`).first();
  await expect(row).toBeVisible();
  const again = page.waitForEvent('download');
  await tabTo(page, row.getByTestId('row-redownload'), 60);
  await page.keyboard.press('Enter');
  const secondFile = await fileOf(await again);
  const [a, b] = await Promise.all([sharp(firstFile).metadata(), sharp(secondFile).metadata()]);
  expect(b).toMatchObject({ format: 'jpeg', width: a.width, height: a.height });
});
