// Picking assets for licensing specs: the e2e data directory outlives a run and the team
// has a seeded history, so each spec takes assets nobody in the team has licensed yet,
// read from their cards' license buttons.
import { expect, type Locator, type Page } from '@playwright/test';

/** The cards (or rows) of a results page that nobody in the team has licensed yet. */
export async function unlicensed(
  page: Page,
  url: string,
  cards: (page: Page) => Locator,
  count: number,
): Promise<Locator[]> {
  await page.goto(url);
  // A cold search on a busy machine can take a while.
  await expect(cards(page).first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const found: Locator[] = [];
  for (const card of await cards(page).all()) {
    const licensed = await card.getByTestId('license-button').getAttribute('data-licensed');
    if (!licensed) found.push(card);
    if (found.length === count) break;
  }
  expect(found).toHaveLength(count);
  return found;
}

/** Images of an image search that nobody in the team has licensed yet, by id. */
export async function unlicensedImageIds(
  page: Page,
  query: string,
  count: number,
): Promise<string[]> {
  const cards = await unlicensed(
    page,
    `/?query=${encodeURIComponent(query)}`,
    (p) => p.getByTestId('image-tile'),
    count,
  );
  return Promise.all(cards.map(async (card) => (await card.getAttribute('data-tile-id')) ?? ''));
}
