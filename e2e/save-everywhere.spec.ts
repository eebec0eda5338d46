import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';

// Saving from every card and row, names instead of numbers, ids in their real case, a
// deleted collection asked for no more, and a shared collection seen by someone else —
// against the real server and its SQLite database.

const saveMenu = (page: Page) => page.getByTestId('save-menu');
/** A page's first content, on a machine shared with other test runs. */
const firstLoad = { timeout: 20_000 };
const created: { segment: string; id: string }[] = [];

test.afterEach(async ({ request }) => {
  for (const { segment, id } of created.splice(0))
    await request.delete(`/api/v2/${segment}/collections/${id}`);
});

async function newCollection(
  request: APIRequestContext,
  segment: 'images' | 'videos' | 'audio',
  label: string,
) {
  const name = `${label} ${Date.now().toString(36)}`;
  const response = await request.post(`/api/v2/${segment}/collections`, { data: { name } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  created.push({ segment, id });
  return { id, name };
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function chooseInMenu(page: Page, name: string) {
  const filter = saveMenu(page).getByRole('searchbox', { name: 'Filter collections' });
  if (await filter.isVisible()) await filter.fill(name);
  const item = saveMenu(page).getByRole('menuitemcheckbox', { name: new RegExp(escape(name)) });
  await item.click();
  await expect(item).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(saveMenu(page)).toBeHidden();
}

test('a video card and a music row save to their collections; sound effects have none', async ({
  page,
  request,
}) => {
  test.slow(); // three media types, on a shared machine
  const videos = await newCollection(request, 'videos', 'Saved clips');
  const music = await newCollection(request, 'audio', 'Saved tracks');

  // A video card: its buttons name the clip.
  await page.goto('/videos?query=city');
  const card = page.getByTestId('video-card').first();
  await expect(card).toBeVisible(firstLoad);
  const clipHref = (await card.getAttribute('href'))!;
  const clipTitle = (await card.getByRole('img').getAttribute('alt'))!;
  await card.hover();
  await expect(page.getByRole('button', { name: `License ${clipTitle}` }).first()).toBeVisible();
  const saveClip = page.getByRole('button', { name: `Save ${clipTitle} to a collection` }).first();
  await saveClip.click();
  await chooseInMenu(page, videos.name);
  await expect(
    page.getByRole('button', { name: `Saved — change collections of ${clipTitle}` }).first(),
  ).toBeVisible();
  // Every card's save button says which clip it saves.
  const names = await page
    .getByRole('button', { name: /^Save .+ to a collection$/ })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(3);
  expect(new Set(names).size).toBeGreaterThan(1);

  // A music row.
  await page.goto('/music?query=calm');
  const row = page.getByTestId('track-row').first();
  await expect(row).toBeVisible(firstLoad);
  const trackTitle = (await row.getByTestId('track-title').textContent())!;
  const trackHref = (await row.getByTestId('track-title').getAttribute('href'))!;
  await expect(row.getByRole('button', { name: `License ${trackTitle}` })).toBeVisible();
  await row.getByRole('button', { name: `Save ${trackTitle} to a collection` }).click();
  await chooseInMenu(page, music.name);
  await expect(
    row.getByRole('button', { name: `Saved — change collections of ${trackTitle}` }),
  ).toBeVisible();

  // Sound effects: the vendor keeps no collections of them, so their rows offer no save.
  await page.goto('/sfx?query=door');
  const effect = page.getByTestId('track-row').first();
  await expect(effect).toBeVisible(firstLoad);
  const effectTitle = (await effect.getByTestId('track-title').textContent())!;
  await expect(effect.getByRole('button', { name: `License ${effectTitle}` })).toBeVisible();
  await expect(effect.getByRole('button', { name: /to a collection/ })).toHaveCount(0);

  // Both are in their collections, as the API says and as the pages show.
  const clipId = decodeURIComponent(clipHref.split('/').pop()!);
  const trackId = decodeURIComponent(trackHref.split('/').pop()!);
  const items = async (segment: string, id: string) =>
    (
      (await (await request.get(`/api/v2/${segment}/collections/${id}/items`)).json()) as {
        data: { id: string }[];
      }
    ).data.map((item) => item.id);
  expect(await items('videos', videos.id)).toEqual([clipId]);
  expect(await items('audio', music.id)).toEqual([trackId]);
  await page.goto(`/collections/${videos.id}?type=video`);
  await expect(page.getByTestId('video-card')).toHaveAttribute('href', clipHref);
  await page.goto(`/collections/${music.id}?type=audio`);
  await expect(page.getByTestId('track-title')).toHaveText(trackTitle);
});

test('an image card saves too, and its buttons name the image', async ({ page, request }) => {
  const images = await newCollection(request, 'images', 'Saved images');
  await page.goto('/?query=mountain');
  const tile = page.getByTestId('image-tile').first();
  await expect(tile).toBeVisible(firstLoad);
  const title = (await tile.getByRole('img').getAttribute('alt'))!;
  await tile.hover();
  await expect(tile.getByRole('checkbox', { name: `Select ${title}` })).toBeVisible();
  await expect(tile.getByRole('button', { name: `License ${title}` })).toBeVisible();
  await tile.getByRole('button', { name: `Save ${title} to a collection` }).click();
  await chooseInMenu(page, images.name);
  await expect(
    tile.getByRole('button', { name: `Saved — change collections of ${title}` }),
  ).toBeVisible();
});

/** Records the contributor lookups a page makes. */
function contributorRequests(page: Page) {
  const batched: URL[] = [];
  const single: URL[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v2/contributors') batched.push(url);
    else if (/^\/api\/v2\/contributors\/\d+$/.test(url.pathname)) single.push(url);
  });
  return { batched, single };
}

test('contributors are named, looked up in batches, not numbered', async ({ page, request }) => {
  test.slow(); // three media types, on a shared machine
  const lookups = contributorRequests(page);
  await page.goto('/?query=city');
  const tiles = page.getByTestId('image-tile');
  await expect(tiles.first()).toBeVisible(firstLoad);
  const first = tiles.first();
  const imageId = (await first.getAttribute('data-tile-id'))!;
  const image = (await (await request.get(`/api/v2/images/${imageId}`)).json()) as {
    contributor: { id: string };
  };
  const profile = (await (
    await request.get(`/api/v2/contributors/${image.contributor.id}`)
  ).json()) as { display_name: string };
  await first.hover();
  await expect(first).toContainText(`by ${profile.display_name}`);
  await expect(first).not.toContainText('by contributor');
  // One request for the cards drawn together (the first rows, the rest, the videos), not one
  // per card: the ids come several to a request, each asked for once.
  expect(lookups.single).toEqual([]);
  const asked = lookups.batched.flatMap((url) => url.searchParams.getAll('id'));
  expect(asked).toContain(image.contributor.id);
  expect(new Set(asked).size).toBe(asked.length);
  expect(asked.length).toBeGreaterThanOrEqual(4 * lookups.batched.length);

  // The image's page names the contributor too.
  await first.getByTestId('image-card').click();
  await expect(page.getByTestId('contributor-link')).toHaveText(profile.display_name);

  // A video card and page.
  await page.goto('/videos?query=city');
  const card = page.getByTestId('video-card').first();
  const videoId = decodeURIComponent((await card.getAttribute('href'))!.split('/').pop()!);
  const video = (await (await request.get(`/api/v2/videos/${videoId}`)).json()) as {
    contributor: { id: string };
  };
  const videoBy = (await (
    await request.get(`/api/v2/contributors/${video.contributor.id}`)
  ).json()) as { display_name: string };
  await card.hover();
  await expect(card).toContainText(`by ${videoBy.display_name}`, firstLoad);
  await card.click();
  await expect(page.getByTestId('contributor-link')).toHaveText(videoBy.display_name);

  // A track's contributor is its artist.
  await page.goto('/music?query=calm');
  const row = page.getByTestId('track-row').first();
  await row.getByTestId('track-title').click();
  await expect(page).toHaveURL(/\/music\/\d+$/);
  const trackId = page.url().split('/').pop()!;
  const track = (await (await request.get(`/api/v2/audio/${trackId}`)).json()) as {
    artists: { name: string }[];
  };
  await expect(page.getByTestId('detail-contributor')).toHaveText(track.artists[0]!.name);
  expect(lookups.single).toEqual([]);
});

test('editorial ids keep their case', async ({ page, request }) => {
  const search = (await (
    await request.get('/api/v2/editorial/images/search?country=USA&per_page=5')
  ).json()) as { data: { id: string }[] };
  const id = search.data.find((item) => /[a-z]/.test(item.id))!.id;
  await page.goto(`/editorial/${encodeURIComponent(id)}?country=USA`);
  const shown = page.getByTestId('asset-id');
  await expect(shown).toHaveText(id, firstLoad);
  // What is seen (CSS text-transform included), not only what is in the DOM.
  expect(
    await shown.evaluate((element) => (element as unknown as { innerText: string }).innerText),
  ).toBe(id);
});

test('a collection deleted from its own page is asked for no more', async ({ page, request }) => {
  const { id, name } = await newCollection(request, 'images', 'Deleted here');
  const image = (
    (await (await request.get('/api/v2/images/search?query=forest&per_page=1')).json()) as {
      data: { id: string }[];
    }
  ).data[0]!;
  await request.post(`/api/v2/images/collections/${id}/items`, {
    data: { items: [{ id: image.id, media_type: 'image' }] },
  });
  await page.goto(`/collections/${id}`);
  await expect(page.getByTestId('collection-name')).toHaveText(name, firstLoad);
  await expect(page.getByTestId('image-card')).toHaveCount(1);

  const after: string[] = [];
  let deleted = false;
  const failures: string[] = [];
  page.on('requestfinished', (finished) => {
    const url = new URL(finished.url());
    if (!url.pathname.includes(`/collections/${id}`)) return;
    if (deleted) after.push(`${finished.method()} ${url.pathname}${url.search}`);
    if (finished.method() === 'DELETE' && url.pathname.endsWith(`/collections/${id}`))
      deleted = true;
  });
  page.on('response', (response) => {
    if (response.status() === 404 && response.url().includes(`/collections/${id}`))
      failures.push(response.url());
  });
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete collection' }).click();
  await expect(page).toHaveURL(/\/collections$/);
  await expect(page.getByTestId('toast').filter({ hasText: `Deleted “${name}”` })).toBeVisible();
  await expect.poll(() => deleted).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(after).toEqual([]);
  expect(failures).toEqual([]);
  created.length = 0; // gone already
});

test('a toast never covers the selection bar’s actions', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { id, name } = await newCollection(request, 'images', 'Toast');
  const images = (
    (await (await request.get('/api/v2/images/search?query=lake&per_page=2')).json()) as {
      data: { id: string }[];
    }
  ).data;
  await request.post(`/api/v2/images/collections/${id}/items`, {
    data: { items: images.map((image) => ({ id: image.id, media_type: 'image' })) },
  });
  await page.goto(`/collections/${id}`);
  await expect(page.getByTestId('collection-name')).toHaveText(name, firstLoad);
  const tile = page.getByTestId('image-tile').first();
  await tile.hover();
  await tile.getByTestId('select-image').click();
  const bar = page.getByTestId('selection-bar');
  await expect(bar).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const toast = page.getByTestId('toast').filter({ hasText: /Link copied|Copy this link/ });
  await expect(toast).toBeVisible();
  const [t, b] = [(await toast.boundingBox())!, (await bar.locator('> div').boundingBox())!];
  // One above the other: no overlap.
  expect(t.y + t.height <= b.y || b.y + b.height <= t.y).toBe(true);
});

// ---- a collection shared with someone else -----------------------------------------

const dataDir = process.env.E2E_DATA_DIR ?? '.data-e2e';

function passwordOf(username: string): string {
  const file = path.resolve(dataDir, 'sandbox-credentials.json');
  const credentials = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    users: { username: string; password?: string }[];
  };
  return credentials.users.find((user) => user.username === username)!.password!;
}

async function signInAs(page: Page, username: string) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Account/ })
    .click();
  await page
    .getByRole('menu', { name: /^Account/ })
    .getByRole('menuitem', { name: 'Sign in with Shutterstock' })
    .click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(passwordOf(username));
  await page.getByRole('button', { name: 'Allow access' }).click();
}

test('a shared collection opened by someone else names its owner and offers no edits', async ({
  page,
  request,
}) => {
  test.slow();
  // Alex (the default user, no session) makes a collection and copies its link.
  const { id, name } = await newCollection(request, 'images', 'For the client');
  const image = (
    (await (await request.get('/api/v2/images/search?query=beach&per_page=1')).json()) as {
      data: { id: string }[];
    }
  ).data[0]!;
  await request.post(`/api/v2/images/collections/${id}/items`, {
    data: { items: [{ id: image.id, media_type: 'image' }] },
  });
  await page.goto(`/collections/${id}`);
  await expect(page.getByTestId('collection-name')).toHaveText(name, firstLoad);
  await expect(page.getByRole('button', { name: 'Rename' })).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('share_code')).toBeTruthy();
  expect(link.searchParams.get('shared_by')).toBe('Alex Morgan');

  // Sam opens it.
  await signInAs(page, 'sam');
  await expect(
    page.getByRole('banner').getByRole('button', { name: 'Account: Sam Rivera' }),
  ).toBeVisible();
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByTestId('collection-name')).toHaveText(name);
  await expect(page.getByTestId('shared-with-you')).toHaveText(
    'Alex Morgan’s collection, shared with you',
  );
  await expect(page.getByTestId('image-card')).toHaveCount(1);
  await expect(page.getByTestId('items-hint')).not.toContainText('remove');
  await expect(page.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  const tile = page.getByTestId('image-tile').first();
  await tile.hover();
  await tile.getByTestId('select-image').click();
  await expect(page.getByTestId('selection-bar')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  // Passed on by Sam, the link still names Alex.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const passedOn = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(passedOn.searchParams.get('shared_by')).toBe('Alex Morgan');

  // A link without a name still says it is shared.
  link.searchParams.delete('shared_by');
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByTestId('shared-with-you')).toHaveText('Shared with you');

  // Sign out, back to Alex, for the tests after this one.
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Account/ })
    .click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
});
