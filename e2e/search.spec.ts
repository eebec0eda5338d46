import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The few browser globals the page.evaluate callbacks below use: the e2e code is
// type-checked with the server's Node settings, without the DOM library.
interface BrowserElement {
  closest(selector: string): BrowserElement | null;
  getAttribute(name: string): string | null;
}
interface BrowserImage {
  decode(): Promise<void>;
}
interface Canvas2D {
  drawImage(image: BrowserImage, x: number, y: number, width: number, height: number): void;
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<BrowserImage>;
  elementFromPoint(x: number, y: number): BrowserElement | null;
  createElement(tag: 'canvas'): {
    width: number;
    height: number;
    getContext(kind: '2d'): Canvas2D | null;
  };
};
declare const window: { innerWidth: number; innerHeight: number; scrollY: number };

const cards = (page: Page) => page.getByTestId('image-card');
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search images' });
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' });

async function search(page: Page, query: string) {
  await searchBox(page).fill(query);
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(
    new RegExp(`query=${encodeURIComponent(query).replace(/%20/g, '\\+')}`),
  );
  await expect(cards(page).first()).toBeVisible();
}

/** Mean red minus mean blue over the centre of the first few thumbnails, read back from the page. */
async function redness(page: Page, count = 8): Promise<number> {
  await expect(
    cards(page)
      .nth(count - 1)
      .locator('img'),
  ).toHaveJSProperty('complete', true);
  return page.evaluate(async (n) => {
    const images = Array.from(document.querySelectorAll('[data-testid=image-card] img')).slice(
      0,
      n,
    );
    let total = 0;
    for (const image of images) {
      await image.decode().catch(() => undefined);
      const canvas = document.createElement('canvas');
      canvas.width = 24;
      canvas.height = 24;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, 24, 24);
      const pixels = context.getImageData(0, 0, 24, 24).data;
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) sum += pixels[i]! - pixels[i + 2]!;
      total += sum / (pixels.length / 4);
    }
    return total / images.length;
  }, count);
}

test('searches from the header and shows a justified grid with a result count', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Popular images');
  await search(page, 'mountain');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('mountain');
  await expect(page.getByTestId('result-count')).toHaveText(/^[\d,]+ images?$/);

  // Rows are filled edge to edge: the first row's cards span the grid's width.
  const grid = await page.getByTestId('justified-grid').boundingBox();
  const row = page.locator('[data-row="0"] [data-testid=image-card]');
  const first = await row.first().boundingBox();
  const last = await row.last().boundingBox();
  expect(Math.abs(first!.x - grid!.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(last!.x + last!.width - (grid!.x + grid!.width))).toBeLessThanOrEqual(1);
  // With a mouse, a card's actions show on hover: no touch-screen actions menu.
  await cards(page).first().hover();
  await expect(page.getByTestId('image-tile').first().getByTestId('license-button')).toBeVisible();
  await expect(page.getByTestId('card-actions').first()).toBeHidden();
});

test('suggests as you type and picks a suggestion with the keyboard', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).pressSequentially('mou', { delay: 40 });
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = (await options.nth(1).textContent())!.trim();
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/?query=${encodeURIComponent(chosen).replace(/%20/g, '+')}`);
  await expect(searchBox(page)).toHaveValue(chosen);
  await expect(cards(page).first()).toBeVisible();
});

test('filters by image type: every card is a vector', async ({ page }) => {
  await page.goto('/?query=flower');
  await expect(cards(page).first()).toBeVisible();
  await filters(page).getByRole('checkbox', { name: 'Vectors' }).check();
  await expect(page).toHaveURL(/image_type=vector/);
  await expect(page.getByRole('button', { name: 'Remove filter: Vectors' })).toBeVisible();
  await expect(cards(page).first()).toHaveAttribute('data-image-type', 'vector');
  const types = await cards(page).evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-image-type')),
  );
  expect(types.length).toBeGreaterThan(5);
  expect(new Set(types)).toEqual(new Set(['vector']));

  // The chip removes the filter again.
  await page.getByRole('button', { name: 'Remove filter: Vectors' }).click();
  await expect(page).not.toHaveURL(/image_type/);
});

test('filters by colour: red results are redder than blue ones', async ({ page }) => {
  await page.goto('/?query=background');
  await filters(page).getByRole('button', { name: 'Red', exact: true }).click();
  await expect(page).toHaveURL(/color=E53935/);
  await expect(page.getByRole('button', { name: 'Remove filter: #E53935' })).toBeVisible();
  const red = await redness(page);
  const firstRed = await cards(page).first().getAttribute('data-image-id');

  await filters(page).getByRole('button', { name: 'Blue', exact: true }).click();
  await expect(page).toHaveURL(/color=1E40AF/);
  await expect(page.getByRole('button', { name: 'Remove filter: #1E40AF' })).toBeVisible();
  // The chip shows at once; the grid changes when the blue results arrive.
  await expect(page.locator('#results')).toHaveAttribute('aria-busy', 'false');
  await expect(cards(page).first()).not.toHaveAttribute('data-image-id', firstRed ?? '');
  const blue = await redness(page);
  expect(red).toBeGreaterThan(blue + 20);
});

test('sorts: the choice is in the URL and sent to the API', async ({ page }) => {
  await page.goto('/?query=city');
  await expect(cards(page).first()).toBeVisible();
  const request = page.waitForRequest(
    (r) => r.url().includes('/api/v2/images/search') && r.url().includes('sort=newest'),
  );
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('newest');
  await request;
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('newest');
  await expect(cards(page).first()).toBeVisible();
});

test('opens an asset, and Back restores the grid and scroll position without a new search', async ({
  page,
}) => {
  const nextPages: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v2/images/search') && /[?&]page=2(&|$)/.test(r.url()))
      nextPages.push(r.url());
  });
  await page.goto('/?query=nature');
  await expect(cards(page).first()).toBeVisible();

  // Scroll well down the grid (past the first page, into infinite scroll).
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(250);
  }
  await page.waitForLoadState('networkidle');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  expect(scrollBefore).toBeGreaterThan(3000);
  expect(nextPages.length, 'infinite scroll asked for the second page').toBe(1);

  // The card in the middle of the viewport.
  const id = await page.evaluate(() => {
    const element = document.elementFromPoint(window.innerWidth * 0.6, window.innerHeight / 2);
    return element?.closest('[data-testid=image-card]')?.getAttribute('data-image-id') ?? null;
  });
  expect(id).toBeTruthy();
  const target = page.locator(`[data-image-id="${id}"]`);
  const description = await target.locator('img').getAttribute('alt');
  const prefetched = page.waitForResponse((r) => r.url().includes(`/api/v2/images/${id}?`), {
    timeout: 5000,
  });
  await target.hover(); // prefetch on intent
  await prefetched;
  const detailRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/api/v2/images/${id}?`)) detailRequests.push(r.url());
  });
  await target.click();

  await expect(page).toHaveURL(`/images/${id}`);
  await expect(page.getByTestId('asset-description')).toHaveText(description!);
  await expect(page.getByTestId('keywords').getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Similar images' })).toBeVisible();
  expect(detailRequests, 'the detail was prefetched on hover').toEqual([]);

  const searchRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v2/images/search')) searchRequests.push(r.url());
  });
  await page.goBack();
  await expect(page).toHaveURL(/\?query=nature$/);
  await expect(page.locator(`[data-image-id="${id}"]`)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore - 5);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThanOrEqual(
    5,
  );
  await page.waitForTimeout(500);
  expect(searchRequests).toEqual([]);
});

test('an asset page links keywords to searches', async ({ page }) => {
  await page.goto('/?query=coffee');
  await cards(page).first().click();
  const keyword = page.getByTestId('keywords').getByRole('link').first();
  const text = (await keyword.textContent())!.trim();
  await keyword.click();
  await expect(page).toHaveURL(`/?query=${encodeURIComponent(text).replace(/%20/g, '+')}`);
  await expect(cards(page).first()).toBeVisible();
});

test('an unknown image shows a plain-words not-found page', async ({ page }) => {
  await page.goto('/images/1');
  await expect(page.getByRole('heading', { name: 'We couldn’t find that' })).toBeVisible();
});

test('search and asset pages have no axe violations, light and dark', async ({ page }) => {
  test.slow(); // four scans of whole first pages of results, on a shared machine
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?query=mountain&image_type=photo');
    await expect(cards(page).first()).toBeVisible();
    const searchScan = await new AxeBuilder({ page }).analyze();
    expect(searchScan.violations, `search page (${scheme})`).toEqual([]);

    await cards(page).first().click();
    await expect(page.getByTestId('asset-description')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Similar images' })).toBeVisible();
    const assetScan = await new AxeBuilder({ page }).analyze();
    expect(assetScan.violations, `asset page (${scheme})`).toEqual([]);
  }
});

test('on a phone, filters open in a drawer and apply to the search', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?query=flower');
  await expect(cards(page).first()).toBeVisible();
  await expect(filters(page)).toBeHidden();
  await page.getByRole('button', { name: 'Filters' }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  const scan = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(scan.violations).toEqual([]);
  await drawer.getByRole('checkbox', { name: 'Illustrations' }).check();
  await expect(page).toHaveURL(/image_type=illustration/);
  await drawer.getByRole('button', { name: /^Show [\d,]+ images?$/ }).click();
  await expect(drawer).toBeHidden();
  await expect(cards(page).first()).toHaveAttribute('data-image-type', 'illustration');
  await expect(page.getByRole('button', { name: /Filters\s*1/ })).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a card’s actions are behind one menu: license, save, select', async ({ page }) => {
    await page.goto('/?query=beach');
    const card = page.getByTestId('image-tile').first();
    await expect(card).toBeVisible();
    const title = (await card.getByRole('img').getAttribute('alt')) ?? '';
    // No hover here: License and Save are not floating invisibly over the picture.
    await expect(card.getByRole('button', { name: `License ${title}` })).toBeHidden();
    await expect(card.getByRole('button', { name: `Save ${title} to a collection` })).toBeHidden();
    const more = card.getByRole('button', { name: `Actions for ${title}` });
    await expect(more).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await more.tap();
    const sheet = page.getByRole('dialog', { name: title });
    await expect(sheet).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations,
    ).toEqual([]);
    await sheet.getByRole('button', { name: 'Save to a collection' }).tap();
    await expect(sheet).toBeHidden();
    const saveMenu = page.getByTestId('save-menu');
    await expect(saveMenu).toBeVisible();
    await expect(saveMenu.getByRole('menu', { name: 'Collections' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(saveMenu).toBeHidden();
    await expect(more).toBeFocused();

    await more.tap();
    await sheet.getByRole('button', { name: 'License', exact: true }).tap();
    const license = page.getByRole('dialog', { name: 'License image' });
    await expect(license).toContainText(title);
    await expect(license).toBeVisible();
    await license.getByRole('button', { name: 'Close' }).tap();
    await expect(license).toBeHidden();
    await expect(more).toBeFocused();

    await more.tap();
    await sheet.getByRole('button', { name: 'Select', exact: true }).tap();
    await expect(page.getByTestId('selection-bar')).toContainText('1 image selected');
    await expect(card.getByRole('checkbox', { name: `Select ${title}` })).toBeChecked();
    // Selecting: a tap on another picture adds it instead of opening it.
    await page.getByTestId('image-card').nth(1).tap();
    await expect(page.getByTestId('selection-bar')).toContainText('2 images selected');
    await expect(page).toHaveURL(/\/\?query=beach$/);
  });
});

test('the theme follows the system, and a chosen theme is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
});
