import { expect, test, type Page } from '@playwright/test';

// index.html paints the app's frame before any JavaScript runs (the first paint comes with
// the stylesheet). When the app starts it replaces that frame with the real header: the
// two must have the same geometry, or the page jumps at the moment it becomes usable.

interface Geometry {
  header: { height: number; width: number };
  logo: { x: number; y: number };
}

async function geometry(page: Page, header: string): Promise<Geometry> {
  const box = async (selector: string) => {
    const found = await page.locator(selector).first().boundingBox();
    expect(found, selector).not.toBeNull();
    return found!;
  };
  const headerBox = await box(header);
  const logo = await box(`${header} svg`);
  return {
    header: { height: headerBox.height, width: headerBox.width },
    logo: { x: logo.x, y: logo.y },
  };
}

for (const width of [390, 1440]) {
  test(`the static frame has the app header's geometry at ${width} px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    try {
      const before = await context.newPage();
      // Without scripts, only what index.html itself draws.
      await before.route(/\.(js|mjs|tsx?)(\?|$)/, (route) => route.abort());
      await before.goto('/?query=lake');
      await expect(before.locator('[data-shell] header')).toBeVisible();
      const shell = await geometry(before, '[data-shell] header');

      const after = await context.newPage();
      await after.goto('/?query=lake');
      await expect(after.locator('[data-shell]')).toHaveCount(0);
      await expect(after.getByRole('combobox', { name: 'Search images' })).toBeVisible();
      const app = await geometry(after, 'header');

      expect(shell.header.height).toBeCloseTo(app.header.height, 0);
      expect(shell.header.width).toBeCloseTo(app.header.width, 0);
      expect(shell.logo.x).toBeCloseTo(app.logo.x, 0);
      expect(shell.logo.y).toBeCloseTo(app.logo.y, 0);
    } finally {
      await context.close();
    }
  });
}
