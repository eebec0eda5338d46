import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';

// Collections end to end, against the real server and its SQLite database: create,
// save from search (card button and multi-select) and from an asset page, see the saved
// state, rename, remove an item, delete with undo — by mouse and by keyboard only.

const tiles = (page: Page) => page.getByTestId('image-tile');
const saveMenu = (page: Page) => page.getByTestId('save-menu');
const assetSave = (page: Page) => page.getByTestId('asset-save');
/** A card's save button: "Save <title> to a collection", or "Saved — …" once in a collection. */
const cardSave = (tile: Locator) =>
  tile.getByRole('button', {
    name: /^(Save .+ to a collection|Saved — change collections of .+)$/,
  });
const cardSaved = (tile: Locator) =>
  tile.getByRole('button', { name: /^Saved — change collections of .+$/ });
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
  for (const segment of ['images', 'videos', 'audio']) {
    const list = (await (
      await request.get(`/api/v2/${segment}/collections?per_page=150`)
    ).json()) as CollectionList;
    for (const collection of list.data)
      if (names.some((name) => collection.name.startsWith(name)))
        await request.delete(`/api/v2/${segment}/collections/${collection.id}`);
  }
});

async function createCollection(page: Page, name: string, type?: 'Images' | 'Video' | 'Music') {
  await page.goto('/collections');
  await page.getByRole('button', { name: 'New collection' }).click();
  if (type)
    await page.getByRole('combobox', { name: 'Type of the new collection' }).selectOption(type);
  await page.getByRole('textbox', { name: 'Name of the new collection' }).fill(name);
  await page.getByRole('textbox', { name: 'Name of the new collection' }).press('Enter');
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  // Wait until it has its real id (the optimistic tile links to the list itself).
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
    'href',
    /\/collections\/\d+(\?type=\w+)?$/,
  );
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  return /\/collections\/(\d+)/.exec(href!)![1]!;
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

/** Tabs forward until the target has focus (cards carry other buttons, e.g. licensing). */
async function tabTo(page: Page, target: Locator, most = 6) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
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
  test.slow(); // a long flow, on a shared machine
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
  await expect(cardSaved(first)).toBeVisible();

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
  test.slow(); // a long flow, on a shared machine
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
  await tabTo(page, cardSave(first));
  await page.keyboard.press('Enter');
  const item = await focusInMenu(page, name);
  await page.keyboard.press('Enter');
  await expect(item).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(saveMenu(page)).toBeHidden();
  await expect(cardSaved(first)).toBeFocused();

  // Multi-select with Space on two checkboxes, then the selection bar's button.
  await tiles(page).nth(1).getByTestId('select-image').focus();
  await page.keyboard.press('Space');
  // On through its buttons and the next card's link, to the next card's checkbox.
  await tabTo(page, tiles(page).nth(2).getByTestId('select-image'));
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
  // The Delete button is gone with its page: focus starts at the list's heading.
  await expect(page.getByRole('heading', { name: 'Your collections' })).toBeFocused();
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
  // The older share_url form: redirected to the collection page, share code kept.
  await page.goto(`/collections/images/${id}?share_code=abc`);
  await expect(page).toHaveURL(`/collections/${id}?share_code=abc`);
  await expect(page.getByTestId('collection-name')).toHaveText(name);
  await page.goto('/collections/999999999');
  await expect(
    page.getByRole('heading', { name: 'That collection no longer exists' }),
  ).toBeVisible();
  await deleteForGood(page, id);
});

// ---- every media type ------------------------------------------------------------------

const tileOf = (page: Page, name: string) =>
  page
    .getByTestId('collection-tile')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
const videoCards = (page: Page) => page.getByTestId('video-card');

test('images and video side by side: save from search and a video page, rename, remove, delete', async ({
  page,
}) => {
  test.slow(); // a long flow, on a shared machine
  const imageName = uniqueName('Mixed images');
  const videoName = uniqueName('Mixed video');
  await createCollection(page, imageName);
  const videoId = await createCollection(page, videoName, 'Video');
  await expect(tileOf(page, videoName).getByTestId('collection-type')).toHaveText('Video');
  await expect(page.getByRole('link', { name: videoName, exact: true })).toHaveAttribute(
    'href',
    `/collections/${videoId}?type=video`,
  );

  // An image from the search grid, into the image collection.
  await page.goto('/?query=mountain');
  const first = tiles(page).first();
  await first.hover();
  await cardSave(first).click();
  await chooseInMenu(page, imageName);
  await page.keyboard.press('Escape');

  // A video from its page, into the video collection.
  await page.goto('/videos?query=city');
  const card = videoCards(page).first();
  const clipHref = (await card.getAttribute('href'))!;
  await card.click();
  await expect(page).toHaveURL(clipHref);
  await page.getByRole('button', { name: /^(Save to collection|Saved)$/ }).click();
  await chooseInMenu(page, videoName);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();

  // Both on the Collections page, with their counts; the type filter narrows the list.
  await page.goto('/collections');
  await expect(tileOf(page, imageName)).toContainText('1 image');
  await expect(tileOf(page, videoName)).toContainText('1 video');
  await expect(tileOf(page, videoName).locator('img')).toHaveCount(1);
  await page.locator('label', { has: page.getByRole('radio', { name: /^Video/ }) }).click();
  await expect(page).toHaveURL(/type=video/);
  await expect(tileOf(page, imageName)).toHaveCount(0);
  await expect(tileOf(page, videoName)).toBeVisible();

  // The video collection: the clip in a video grid, opening its page.
  await page.getByRole('link', { name: videoName, exact: true }).click();
  await expect(page).toHaveURL(`/collections/${videoId}?type=video`);
  await expect(page.getByTestId('collection-count')).toContainText('1 video');
  await expect(page.getByTestId('video-card')).toHaveAttribute('href', clipHref);

  const renamed = `${videoName} (cut)`;
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Collection name' }).fill(renamed);
  await page.getByRole('textbox', { name: 'Collection name' }).press('Enter');
  await expect(page.getByTestId('collection-name')).toHaveText(renamed);
  await page.reload();
  await expect(page.getByTestId('collection-name')).toHaveText(renamed);

  await page.getByTestId('video-tile').hover();
  await page.getByTestId('select-item').click();
  await expect(page.getByTestId('selection-bar')).toContainText('1 video selected');
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('collection-count')).toContainText('0 videos');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nothing saved here yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete collection' }).click();
  await expect(page).toHaveURL(/\/collections$/);
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveCount(0);
  await page.reload();
  await expect(tileOf(page, imageName)).toContainText('1 image');
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveCount(0);
});

test('images and video by keyboard only', async ({ page }) => {
  test.slow(); // a long flow, on a shared machine
  const imageName = uniqueName('Keys images');
  const videoName = uniqueName('Keys video');

  // Create both: "New collection", the type, a name, Enter.
  for (const [name, type] of [
    [imageName, 'image'],
    [videoName, 'video'],
  ] as const) {
    await page.goto('/collections');
    await page.getByRole('button', { name: 'New collection' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Name of the new collection' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    const typeField = page.getByRole('combobox', { name: 'Type of the new collection' });
    await expect(typeField).toBeFocused();
    if (type === 'video') await page.keyboard.press('ArrowDown');
    await expect(typeField).toHaveValue(type);
    await page.keyboard.press('Tab');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      type === 'video' ? /\/collections\/\d+\?type=video$/ : /\/collections\/\d+$/,
    );
  }

  // An image from the search grid.
  await page.goto('/?query=city');
  const first = tiles(page).first();
  await first.getByTestId('image-card').focus();
  await tabTo(page, cardSave(first));
  await page.keyboard.press('Enter');
  await focusInMenu(page, imageName);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(cardSaved(first)).toBeFocused();

  // A video, opened with Enter, saved from its page.
  await page.goto('/videos?query=ocean');
  const card = videoCards(page).first();
  const clipHref = (await card.getAttribute('href'))!;
  await card.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(clipHref);
  const save = page.getByRole('button', { name: /^(Save to collection|Saved)$/ });
  await save.focus();
  await page.keyboard.press('Enter');
  await focusInMenu(page, videoName);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeFocused();

  // The list, filtered to video with the arrow keys; the collection opened with Enter.
  await page.goto('/collections');
  await expect(tileOf(page, imageName)).toContainText('1 image');
  await expect(tileOf(page, videoName)).toContainText('1 video');
  await page.getByRole('radio', { name: /^All/ }).focus();
  await page.keyboard.press('ArrowRight'); // Images
  await page.keyboard.press('ArrowRight'); // Video
  await expect(page.getByRole('radio', { name: /^Video/ })).toBeChecked();
  await expect(tileOf(page, imageName)).toHaveCount(0);
  await page.getByRole('link', { name: videoName, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('collection-count')).toContainText('1 video');

  // Rename, remove the clip, delete — then undo brings it back with its clip.
  await page.getByRole('button', { name: 'Rename' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Collection name' })).toBeFocused();
  const renamed = `${videoName} renamed`;
  await page.keyboard.type(renamed);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('collection-name')).toHaveText(renamed);

  await page.getByTestId('video-card').focus();
  await tabTo(page, page.getByTestId('select-item'));
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('collection-count')).toContainText('0 videos');
  const putBack = page
    .getByTestId('toast')
    .filter({ hasText: 'Removed 1 video' })
    .getByRole('button', { name: 'Undo' });
  await putBack.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('collection-count')).toContainText('1 video');
  await expect(page.getByTestId('video-card')).toHaveAttribute('href', clipHref);

  await page.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Delete “${renamed}”?` });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
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
    /\/collections\/\d+\?type=video$/,
  );
  await page.reload();
  await expect(tileOf(page, renamed)).toContainText('1 video');
});

test('a shared link keeps its code and opens the collection; music collections list tracks', async ({
  page,
  request,
}) => {
  const name = uniqueName('Shared music');
  const id = await createCollection(page, name, 'Music');
  const track = (
    (await (await request.get('/api/v2/audio/search?query=calm&per_page=1')).json()) as {
      data: { id: string; title: string }[];
    }
  ).data[0]!;
  const added = await request.post(`/api/v2/audio/collections/${id}/items`, {
    data: { items: [{ id: track.id, media_type: 'audio' }] },
  });
  expect(added.status()).toBe(204);
  const { share_url, share_code } = (await (
    await request.get(`/api/v2/audio/collections/${id}?embed=share_url&embed=share_code`)
  ).json()) as { share_url: string; share_code: string };
  const shared = new URL(share_url);
  expect(shared.searchParams.get('share_code')).toBe(share_code);

  await page.goto(`${shared.pathname}${shared.search}`);
  await expect(page).toHaveURL(`${shared.pathname}${shared.search}`);
  await expect(page.getByTestId('collection-name')).toHaveText(name);
  await expect(page.getByTestId('collection-count')).toContainText('1 track');
  await expect(page.getByTestId('track-title')).toHaveText(track.title);
  await expect(page.getByTestId('track-title')).toHaveAttribute('href', `/music/${track.id}`);
  await page.getByRole('button', { name: `Play ${track.title}` }).click();
  await expect(page.getByRole('button', { name: `Pause ${track.title}` })).toBeVisible();

  // "Copy link" gives the same kind of link: the page, its type and its share code, and
  // who shares it (the vendor's collections carry no owner).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('shared_by')).toBe('Alex Morgan');
  copied.searchParams.delete('shared_by');
  expect(`${copied.pathname}${copied.search}`).toBe(`${shared.pathname}${shared.search}`);

  // The music cover on the Collections page.
  await page.goto('/collections?type=audio');
  await expect(tileOf(page, name)).toContainText('1 track');
  await expect(tileOf(page, name).getByTestId('collection-type')).toHaveText('Music');
});

/** A contributor of city images who has collections, and their collections. */
async function contributorWithCollections(request: APIRequestContext) {
  const search = (await (
    await request.get('/api/v2/images/search?query=city&per_page=30')
  ).json()) as { data: { contributor: { id: string } }[] };
  for (const id of new Set(search.data.map((image) => image.contributor.id))) {
    const list = (await (await request.get(`/api/v2/contributors/${id}/collections`)).json()) as {
      data: { id: string; name: string }[];
    };
    if (list.data.length > 0) {
      const profile = (await (await request.get(`/api/v2/contributors/${id}`)).json()) as {
        display_name: string;
      };
      return { id, name: profile.display_name, collections: list.data };
    }
  }
  throw new Error('no contributor with collections');
}

test('a contributor’s collections open as collection pages', async ({ page, request }) => {
  const contributor = await contributorWithCollections(request);
  const target = contributor.collections[0]!;
  await page.goto(`/contributors/${contributor.id}`);
  const link = page
    .getByTestId('contributor-collection')
    .getByRole('link', { name: new RegExp(escape(target.name)) });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/contributors/${contributor.id}/collections/${target.id}`);
  await expect(page.getByTestId('collection-name')).toHaveText(target.name);
  await expect(page.getByTestId('image-card').first()).toBeVisible();
  // The way back names the contributor (their name, not their id).
  await page.getByRole('link', { name: contributor.name, exact: true }).click();
  await expect(page).toHaveURL(`/contributors/${contributor.id}`);
});

test('video, music and contributor collection pages have no axe violations, light and dark', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const videoName = uniqueName('Axe video');
  const musicName = uniqueName('Axe music');
  const videoId = await createCollection(page, videoName, 'Video');
  const musicId = await createCollection(page, musicName, 'Music');
  const first = async (path: string) =>
    ((await (await request.get(path)).json()) as { data: { id: string }[] }).data[0]!.id;
  await request.post(`/api/v2/videos/collections/${videoId}/items`, {
    data: { items: [{ id: await first('/api/v2/videos/search?query=city&per_page=1') }] },
  });
  await request.post(`/api/v2/audio/collections/${musicId}/items`, {
    data: { items: [{ id: await first('/api/v2/audio/search?query=calm&per_page=1') }] },
  });
  const contributor = await contributorWithCollections(request);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/collections');
    await expect(tileOf(page, musicName)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect((await new AxeBuilder({ page }).analyze()).violations, `list (${scheme})`).toEqual([]);

    await page.goto(`/collections/${videoId}?type=video`);
    await expect(page.getByTestId('video-card')).toBeVisible();
    await page.getByTestId('video-tile').hover();
    await page.getByTestId('select-item').click();
    await expect(page.getByTestId('selection-bar')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `video (${scheme})`).toEqual([]);

    await page.goto(`/collections/${musicId}?type=audio`);
    await expect(page.getByTestId('track-row')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect((await new AxeBuilder({ page }).analyze()).violations, `music (${scheme})`).toEqual([]);

    await page.goto(`/contributors/${contributor.id}`);
    await expect(page.getByTestId('contributor-collection').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(
      (await new AxeBuilder({ page }).include('[data-testid=all-section-collections]').analyze())
        .violations,
      `contributor's collections (${scheme})`,
    ).toEqual([]);
    await page.goto(
      `/contributors/${contributor.id}/collections/${contributor.collections[0]!.id}`,
    );
    await expect(page.getByTestId('image-card').first()).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).analyze()).violations,
      `contributor collection (${scheme})`,
    ).toEqual([]);
  }
});
