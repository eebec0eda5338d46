import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Collections end to end, against the real server and its SQLite database: create,
// save from search (card button and multi-select) and from an asset page, see the saved
// state, rename, remove an item, delete with undo — by mouse and by keyboard only.

const tiles = (page: Page) => page.getByTestId('image-tile');
const saveMenu = (page: Page) => page.getByTestId('save-menu');
const assetSave = (page: Page) => page.getByTestId('asset-save');
/** A card's save button: "Save to collection", or "Saved — …" when another collection has it. */
const cardSave = (tile: Locator) =>
  tile.getByRole('button', { name: /^(Save to collection|Saved — change collections)$/ });
const created: string[] = [];
/** A name no other run uses; whatever a test leaves under it is deleted after the test. */
const uniqueName = (label: string) => {
  const name = `${label} ${Date.now().toString(36)}`;
  created.push(name);
  return name;
};

interface CollectionList {
  data: { id: string; name: string }[];
}

test.afterEach(async ({ request }) => {
  const names = created.splice(0);
  if (names.length === 0) return;
  const list = (await (
    await request.get('/api/v2/images/collections?per_page=150')
  ).json()) as CollectionList;
  for (const collection of list.data)
    if (names.some((name) => collection.name.startsWith(name)))
      await request.delete(`/api/v2/images/collections/${collection.id}`);
});

async function createCollection(page: Page, name: string) {
  await page.goto('/collections');
  await page.getByRole('button', { name: 'New collection' }).click();
  await page.getByRole('textbox', { name: 'Name of the new collection' }).fill(name);
  await page.getByRole('textbox', { name: 'Name of the new collection' }).press('Enter');
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  // Wait until it has its real id (the optimistic tile links to the list itself).
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
    'href',
    /\/collections\/\d+$/,
  );
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  return href!.split('/').pop()!;
}

/** Focuses the collection in an open save menu with the keyboard only. */
async function focusInMenu(page: Page, name: string) {
  const menu = saveMenu(page);
  await expect(menu).toBeVisible();
  const filter = menu.getByRole('searchbox', { name: 'Filter collections' });
  if (await filter.isVisible()) {
    await expect(filter).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('ArrowDown');
  }
  const item = menu.getByRole('menuitemcheckbox', { name: new RegExp(escape(name)) });
  for (let i = 0; i < 40; i++) {
    const focused =
      (await menu
        .locator(':focus')
        .textContent()
        .catch(() => '')) ?? '';
    if (focused.includes(name)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(item).toBeFocused();
  return item;
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function chooseInMenu(page: Page, name: string) {
  const item = saveMenu(page).getByRole('menuitemcheckbox', { name: new RegExp(escape(name)) });
  const filter = saveMenu(page).getByRole('searchbox', { name: 'Filter collections' });
  if (await filter.isVisible()) await filter.fill(name);
  await item.click();
  return item;
}

async function deleteForGood(page: Page, id: string) {
  await page.goto(`/collections/${id}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete collection' }).click();
  await expect(page).toHaveURL(/\/collections$/);
}

async function savedIds(page: Page, name: string): Promise<number> {
  const tile = page.getByTestId('collection-tile').filter({ hasText: name });
  const text = (await tile.locator('p').first().textContent()) ?? '';
  return Number(/^(\d+) images?/.exec(text)?.[1] ?? NaN);
}

async function idOf(tile: Locator) {
  return (await tile.getAttribute('data-tile-id'))!;
}

test('create, save from search and an asset page, rename, remove, delete with undo', async ({
  page,
}) => {
  const name = uniqueName('E2E Client');
  const id = await createCollection(page, name);

  // From a card's button (visible on hover).
  await page.goto('/?query=mountain');
  await expect(tiles(page).first()).toBeVisible();
  const first = tiles(page).nth(0);
  const firstId = await idOf(first);
  await first.hover();
  await cardSave(first).click();
  const item = await chooseInMenu(page, name);
  await expect(item).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(saveMenu(page)).toBeHidden();
  // The card shows it is saved, from the cached collections.
  await expect(first.getByRole('button', { name: 'Saved — change collections' })).toBeVisible();

  // Multi-select: a checkbox, then shift-click for the range.
  const ids = [await idOf(tiles(page).nth(1)), await idOf(tiles(page).nth(3))];
  await tiles(page).nth(1).hover();
  await tiles(page).nth(1).getByTestId('select-image').click();
  await tiles(page)
    .nth(3)
    .getByTestId('select-image')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-bar')).toContainText('3 images selected');
  await page.getByRole('button', { name: 'Save 3 to collection' }).click();
  await chooseInMenu(page, name);
  await expect(
    page.getByTestId('toast').filter({ hasText: `Saved 3 images to “${name}”` }),
  ).toBeVisible();
  await expect(page.getByTestId('selection-bar')).toBeHidden();
  for (const saved of ids)
    await expect(
      page.locator(`[data-testid=image-tile][data-tile-id="${saved}"] [data-saved]`),
    ).toBeVisible();

  // From an asset page.
  const fifth = tiles(page).nth(5);
  const fifthId = await idOf(fifth);
  await fifth.getByTestId('image-card').click();
  await expect(page).toHaveURL(`/images/${fifthId}`);
  await assetSave(page)
    .getByRole('button', { name: /^(Save to collection|Saved)$/ })
    .click();
  await chooseInMenu(page, name);
  await page.keyboard.press('Escape');
  await expect(assetSave(page).getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
  await expect(page.getByTestId('saved-in')).toHaveText(/^In \d+ collections?$/);

  // The collection page: the five, in the grid; they open.
  await page.goto('/collections');
  expect(await savedIds(page, name)).toBe(5);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(`/collections/${id}`);
  await expect(page.getByTestId('collection-count')).toContainText('5 images');
  await expect(page.getByTestId('image-card')).toHaveCount(5);
  await expect(
    page.locator(`[data-testid=image-card][data-image-id="${firstId}"]`),
  ).toHaveAttribute('href', `/images/${firstId}`);

  // Rename in place; it lasts.
  const renamed = `${name} (final)`;
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Collection name' }).fill(renamed);
  await page.getByRole('textbox', { name: 'Collection name' }).press('Enter');
  await expect(page.getByTestId('collection-name')).toHaveText(renamed);
  await page.reload();
  await expect(page.getByTestId('collection-name')).toHaveText(renamed);

  // Remove one item; it lasts.
  const removed = tiles(page).first();
  const removedId = await idOf(removed);
  await removed.hover();
  await removed.getByTestId('select-image').click();
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator(`[data-testid=image-tile][data-tile-id="${removedId}"]`)).toHaveCount(
    0,
  );
  await expect(page.getByTestId('collection-count')).toContainText('4 images');
  await page.reload();
  await expect(page.getByTestId('image-card')).toHaveCount(4);

  // Delete, confirmed; then undo brings it back with its items.
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${renamed}”?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete collection' }).click();
  await expect(page).toHaveURL(/\/collections$/);
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveCount(0);
  const toast = page.getByTestId('toast').filter({ hasText: `Deleted “${renamed}”` });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: renamed, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveAttribute(
    'href',
    /\/collections\/\d+$/,
  );
  await page.reload();
  expect(await savedIds(page, renamed)).toBe(4);

  // Clean up: delete it for good.
  const restored = (await page
    .getByRole('link', { name: renamed, exact: true })
    .getAttribute('href'))!;
  await deleteForGood(page, restored.split('/').pop()!);
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveCount(0);
});

test('the same flow by keyboard only', async ({ page }) => {
  const name = uniqueName('Keyboard');
  // Create: the "New collection" button, a name, Enter.
  await page.goto('/collections');
  await page.getByRole('button', { name: 'New collection' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of the new collection' })).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
    'href',
    /\/collections\/\d+$/,
  );

  // Search: Tab from a card's link reaches its checkbox, then its save button.
  await page.goto('/?query=city');
  await expect(tiles(page).first()).toBeVisible();
  const first = tiles(page).nth(0);
  await first.getByTestId('image-card').focus();
  await page.keyboard.press('Tab');
  await expect(first.getByTestId('select-image')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cardSave(first)).toBeFocused();
  await page.keyboard.press('Enter');
  const item = await focusInMenu(page, name);
  await page.keyboard.press('Enter');
  await expect(item).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(saveMenu(page)).toBeHidden();
  await expect(first.getByRole('button', { name: 'Saved — change collections' })).toBeFocused();

  // Multi-select with Space on two checkboxes, then the selection bar's button.
  await tiles(page).nth(1).getByTestId('select-image').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // its save button
  await page.keyboard.press('Tab'); // the next card's link
  await page.keyboard.press('Tab'); // its checkbox
  await expect(tiles(page).nth(2).getByTestId('select-image')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-bar')).toContainText('2 images selected');
  await page.getByRole('button', { name: 'Save 2 to collection' }).focus();
  await page.keyboard.press('Enter');
  await focusInMenu(page, name);
  await page.keyboard.press('Enter');
  await expect(
    page.getByTestId('toast').filter({ hasText: `Saved 2 images to “${name}”` }),
  ).toBeVisible();

  // An asset page, opened with Enter; its save button; inline "New collection" too.
  const fourth = tiles(page).nth(4);
  const fourthId = await idOf(fourth);
  await fourth.getByTestId('image-card').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/images/${fourthId}`);
  await assetSave(page)
    .getByRole('button', { name: /^(Save to collection|Saved)$/ })
    .focus();
  await page.keyboard.press('Enter');
  await focusInMenu(page, name);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(assetSave(page).getByRole('button', { name: 'Saved', exact: true })).toBeFocused();

  // The collection page, by keyboard: rename, remove one, delete, undo.
  await page.goto('/collections');
  const link = page.getByRole('link', { name, exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('collection-count')).toContainText('4 images');
  await page.getByRole('button', { name: 'Rename' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Collection name' })).toBeFocused();
  const renamed = `${name} renamed`;
  await page.keyboard.type(renamed); // the old name is selected, so typing replaces it
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('collection-name')).toHaveText(renamed);

  await tiles(page).first().getByTestId('select-image').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('collection-count')).toContainText('3 images');

  await page.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Delete “${renamed}”?` });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete collection' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/collections$/);
  const undo = page
    .getByTestId('toast')
    .filter({ hasText: `Deleted “${renamed}”` })
    .getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveAttribute(
    'href',
    /\/collections\/\d+$/,
  );
  await page.reload();
  expect(await savedIds(page, renamed)).toBe(3);

  const restored = (await page
    .getByRole('link', { name: renamed, exact: true })
    .getAttribute('href'))!;
  await deleteForGood(page, restored.split('/').pop()!);
});

test('a refused save rolls back and says why, next to the action', async ({ page }) => {
  const name = uniqueName('Vanishing');
  const id = await createCollection(page, name);
  await page.goto('/?query=flower');
  await expect(tiles(page).first()).toBeVisible();
  // Load the menu's collections first, then delete the collection behind the app's back.
  const first = tiles(page).first();
  await first.hover();
  await cardSave(first).click();
  await expect(saveMenu(page).getByRole('menuitemcheckbox').first()).toBeVisible();
  const gone = await page.request.delete(`/api/v2/images/collections/${id}`);
  expect(gone.status()).toBe(204);
  const item = await chooseInMenu(page, name);
  const alert = saveMenu(page).getByRole('alert');
  await expect(alert).toContainText('That collection no longer exists.');
  await expect(alert).toContainText(`Collection ${id} not found`);
  // Rolled back: the card is not marked saved, and the refreshed list no longer offers it.
  await expect(item).toHaveCount(0);
  await expect(first.locator('[data-saved]')).toHaveCount(0);
});

test('collections pages have no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  const name = uniqueName('Axe');
  const id = await createCollection(page, name);
  await page.goto('/?query=ocean');
  const first = tiles(page).first();
  await first.hover();
  await cardSave(first).click();
  await chooseInMenu(page, name);
  await page.keyboard.press('Escape');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/collections');
    await expect(page.getByTestId('collection-tile').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(
      (await new AxeBuilder({ page }).analyze()).violations,
      `collections (${scheme})`,
    ).toEqual([]);

    await page.goto(`/collections/${id}`);
    await expect(page.getByTestId('image-card').first()).toBeVisible();
    await tiles(page).first().hover();
    await tiles(page).first().getByTestId('select-image').click();
    await expect(page.getByTestId('selection-bar')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `collection (${scheme})`).toEqual(
      [],
    );

    await page.getByRole('button', { name: 'Save to…' }).click();
    await expect(saveMenu(page).getByRole('menuitemcheckbox').first()).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).include('[data-testid=save-menu]').analyze()).violations,
      `save menu (${scheme})`,
    ).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto('/collections/featured');
    await expect(page.getByTestId('featured-tile').first()).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `featured (${scheme})`).toEqual(
      [],
    );
    await page.getByTestId('featured-tile').first().getByRole('link').click();
    await expect(page.getByTestId('image-card').first()).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).analyze()).violations,
      `featured collection (${scheme})`,
    ).toEqual([]);
  }
  await deleteForGood(page, id);
});

test('the header links to collections, and a shared API link opens the collection', async ({
  page,
}) => {
  const name = uniqueName('Shared');
  const id = await createCollection(page, name);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('link', { name: 'Collections' })
    .click();
  await expect(page).toHaveURL('/collections');
  await page.goto(`/collections/images/${id}?share_code=abc`);
  await expect(page).toHaveURL(`/collections/${id}`);
  await expect(page.getByTestId('collection-name')).toHaveText(name);
  await page.goto('/collections/999999999');
  await expect(
    page.getByRole('heading', { name: 'That collection no longer exists' }),
  ).toBeVisible();
  await deleteForGood(page, id);
});
