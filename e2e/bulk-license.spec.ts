import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { durationOf, fileOf, probeClip, zipFiles } from './support/files';
import { unlicensed, unlicensedImageIds } from './support/licensing';

// Licensing many at once and comps, end to end against the real server, its sandbox and
// its real files: three images selected in search (one the team already licensed, one the
// subscription has no download left for) licensed in one go with each outcome shown, the
// allotment charged for the licensed one only, the result as one ZIP whose files have the
// pixels asked for; a collection's images licensed with the metadata their subscription
// requires; and the watermarked comps of an image, a clip and a track.

interface Size {
  width: number;
  height: number;
  file_size: number;
}
interface Subscription {
  id: string;
  description: string;
  allotment?: { downloads_left?: number };
}

const run = Date.now().toString(36);
const tiles = (page: Page) => page.getByTestId('image-tile');
const tile = (page: Page, id: string) =>
  page.locator(`[data-testid=image-tile][data-tile-id="${id}"]`);

async function subscriptions(page: Page): Promise<Subscription[]> {
  const response = await page.request.get('/api/v2/user/subscriptions');
  return ((await response.json()) as { data: Subscription[] }).data;
}

async function subscriptionLike(page: Page, description: RegExp): Promise<Subscription> {
  const found = (await subscriptions(page)).find((s) => description.test(s.description));
  if (!found) throw new Error(`no subscription like ${description}`);
  return found;
}

async function downloadsLeft(page: Page, id: string): Promise<number> {
  const found = (await subscriptions(page)).find((s) => s.id === id);
  return found?.allotment?.downloads_left ?? NaN;
}

async function mediumOf(page: Page, id: string): Promise<Size> {
  const response = await page.request.get(`/api/v2/images/${id}?view=full`);
  const image = (await response.json()) as { assets: { medium_jpg: Size } };
  return image.assets.medium_jpg;
}

async function select(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    await tile(page, id).hover();
    await tile(page, id).getByTestId('select-image').click();
  }
}

const item = (dialog: Locator, id: string) =>
  dialog.locator(`[data-testid=bulk-item][data-id="${id}"]`);

test('license three selected images at once: licensed, already licensed, refused; one ZIP', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [earlier, first, second] = await unlicensedImageIds(page, 'forest', 3);
  const annual = await subscriptionLike(page, /^Annual/);
  const onDemand = await subscriptionLike(page, /On Demand/);

  // One of them licensed by the team earlier in this run.
  const licensed = await page.request.post('/api/v2/images/licenses', {
    data: { images: [{ image_id: earlier, subscription_id: annual.id, size: 'medium' }] },
  });
  expect(licensed.status()).toBe(200);
  const annualLeft = await downloadsLeft(page, annual.id);
  const onDemandLeft = await downloadsLeft(page, onDemand.id);
  expect(onDemandLeft).toBe(1);

  await page.reload();
  // The team's licenses are read once for every card (slow on a busy machine).
  await expect(tile(page, earlier!).getByTestId('license-button')).toHaveAttribute(
    'data-licensed',
    'true',
    { timeout: 30_000 },
  );
  await select(page, [earlier!, first!, second!]);
  await expect(page.getByTestId('selection-bar')).toContainText('3 images selected');
  await page.getByRole('button', { name: 'License 3 selected images' }).click();
  const dialog = page.getByRole('dialog', { name: 'License 3 images' });
  await expect(dialog.getByTestId('bulk-license-form')).toBeVisible({ timeout: 30_000 });
  await expect(item(dialog, earlier!)).toContainText('Already licensed');

  // The subscription with one download left says it will not cover both.
  const option = dialog.getByTestId('subscription-option').filter({ hasText: 'On Demand' });
  await expect(option).toContainText('Only 1 left: 1 of the 2 would be refused');
  await option.click();
  await dialog.locator('[data-testid=size-option][data-value=medium]').click();
  await dialog.getByRole('button', { name: 'License 2 images' }).click();

  const results = page.getByTestId('bulk-license-results');
  await expect(results).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('bulk-license-summary')).toHaveText(
    '1 licensed · 1 already licensed · 1 refused (nothing charged for them)',
  );
  await expect(item(results, earlier!).locator('[data-outcome=existing]')).toBeVisible();
  const outcomes = [first!, second!].map((id) => item(results, id));
  await expect(outcomes[0]!.locator('[data-outcome=licensed]')).toBeVisible();
  await expect(outcomes[1]!.locator('[data-outcome=refused]')).toBeVisible();
  await expect(outcomes[1]!).toContainText('Your subscription has no image downloads left');

  // Charged for the licensed one only: the refused one and the re-download cost nothing.
  expect(await downloadsLeft(page, onDemand.id)).toBe(0);
  expect(await downloadsLeft(page, annual.id)).toBe(annualLeft);

  // The licensed file and the re-downloaded one, as one ZIP, each at the medium size and
  // exactly the announced bytes.
  const zipped = page.waitForEvent('download');
  await results.getByRole('button', { name: 'Download 2 as ZIP' }).click();
  const zip = await zipped;
  expect(zip.suggestedFilename()).toMatch(/^stockroom-licensed-.*\.zip$/);
  await expect(page.getByTestId('bulk-zip-result')).toContainText('2 files zipped');
  const files = zipFiles(await fileOf(zip));
  expect(files.size).toBe(2);
  for (const id of [earlier!, first!]) {
    const name = [...files.keys()].find((n) => n.includes(id));
    expect(name, `a file for ${id} in ${[...files.keys()].join(', ')}`).toBeDefined();
    const expected = await mediumOf(page, id);
    expect(await sharp(files.get(name!)!).metadata()).toMatchObject({
      format: 'jpeg',
      width: expected.width,
      height: expected.height,
    });
    expect(files.get(name!)!.length, `the bytes of ${name}`).toBe(expected.file_size);
  }

  await results.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(tile(page, first!).getByTestId('license-button')).toHaveAttribute(
    'data-licensed',
    'true',
  );
});

test('license a collection’s images with the metadata their subscription requires', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const job = `Bulk job ${run}`;
  const ids = await unlicensedImageIds(page, 'coffee', 2);
  const enhanced = await subscriptionLike(page, /client work/);
  const before = await downloadsLeft(page, enhanced.id);
  const created = await page.request.post('/api/v2/images/collections', {
    data: { name: `Bulk ${run}` },
  });
  const { id: collectionId } = (await created.json()) as { id: string };
  await page.request.post(`/api/v2/images/collections/${collectionId}/items`, {
    data: { items: ids.map((id) => ({ id })) },
  });

  try {
    await page.goto(`/collections/${collectionId}`);
    await expect(tiles(page)).toHaveCount(2);
    await select(page, ids);
    await page.getByRole('button', { name: 'License 2 selected images' }).click();
    const dialog = page.getByRole('dialog', { name: 'License 2 images' });
    await expect(dialog.getByTestId('bulk-license-form')).toBeVisible({ timeout: 30_000 });
    await dialog.getByTestId('subscription-option').filter({ hasText: 'client work' }).click();

    // Nothing is sent until the required metadata is filled in, once for both.
    await dialog.getByRole('button', { name: 'License 2 images' }).click();
    await expect(dialog.getByText('Client is required by this subscription')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: /^Client/ })).toBeFocused();
    await dialog.getByRole('textbox', { name: /^Client/ }).fill('Acme');
    await dialog.getByRole('textbox', { name: /^Job/ }).fill(job);
    await dialog.getByRole('button', { name: 'License 2 images' }).click();
    await expect(page.getByTestId('bulk-license-summary')).toHaveText('2 licensed');
    expect(await downloadsLeft(page, enhanced.id)).toBe(before - 2);

    // Both licenses carry the metadata, under the chosen subscription.
    for (const id of ids) {
      const history = await page.request.get(`/api/v2/images/licenses?image_id=${id}`);
      const { data } = (await history.json()) as {
        data: { subscription_id: string; metadata: Record<string, string> }[];
      };
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({
        subscription_id: enhanced.id,
        metadata: { client: 'Acme', job },
      });
    }
  } finally {
    await page.request.delete(`/api/v2/images/collections/${collectionId}`);
  }
});

test('download the watermarked comp of an image, a clip and a track', async ({ page }) => {
  test.setTimeout(90_000);
  const comp = page.getByRole('link', { name: /^Download comp of / });

  // An image: a JPEG of the preview's announced size, named as a comp.
  const search = await page.request.get('/api/v2/images/search?query=lake&per_page=1');
  const [image] = ((await search.json()) as { data: { id: string }[] }).data;
  const details = await page.request.get(`/api/v2/images/${image!.id}?view=full`);
  const preview = ((await details.json()) as { assets: { preview_1500: Size } }).assets
    .preview_1500;
  await page.goto(`/images/${image!.id}`);
  await expect(page.getByText(/Watermarked preview for mock-ups, not licensed/)).toContainText(
    `${preview.width} × ${preview.height} px`,
    { timeout: 20_000 },
  );
  let download = page.waitForEvent('download');
  await comp.click();
  let file = await download;
  expect(file.suggestedFilename()).toBe(`shutterstock_${image!.id}_comp.jpg`);
  expect(await sharp(await fileOf(file)).metadata()).toMatchObject({
    format: 'jpeg',
    width: preview.width,
    height: preview.height,
  });

  // A clip: an MP4 (an ISO media file: "ftyp" box first).
  const videos = await page.request.get('/api/v2/videos/search?query=lake&per_page=1');
  const [video] = ((await videos.json()) as { data: { id: string }[] }).data;
  await page.goto(`/videos/${video!.id}`);
  await expect(comp).toBeVisible({ timeout: 20_000 });
  download = page.waitForEvent('download');
  await comp.click();
  file = await download;
  expect(file.suggestedFilename()).toBe(`shutterstock_${video!.id}_comp.mp4`);
  let bytes = await fileOf(file);
  expect(bytes.toString('latin1', 4, 8)).toBe('ftyp');
  expect(bytes.length).toBeGreaterThan(10_000);

  // A track: an MP3 (an ID3 tag or an MPEG audio frame first).
  const tracks = await page.request.get('/api/v2/audio/search?per_page=1');
  const [track] = ((await tracks.json()) as { data: { id: string }[] }).data;
  await page.goto(`/music/${track!.id}`);
  await expect(comp).toBeVisible({ timeout: 20_000 });
  download = page.waitForEvent('download');
  await comp.click();
  file = await download;
  expect(file.suggestedFilename()).toBe(`shutterstock_${track!.id}_comp.mp3`);
  bytes = await fileOf(file);
  const id3 = bytes.toString('latin1', 0, 3) === 'ID3';
  const frame = bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0;
  expect(id3 || frame).toBe(true);
  expect(bytes.length).toBeGreaterThan(10_000);
});

test('license clips ticked in the video search and tracks ticked in the music search', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Two clips nobody licensed: ticked in the search's grid, licensed at Web in one go.
  const clips = await unlicensed(
    page,
    '/videos?query=ocean',
    (p) => p.getByTestId('video-tile'),
    2,
  );
  const clipIds = await Promise.all(clips.map((c) => c.getAttribute('data-tile-id')));
  for (const clip of clips) {
    await clip.hover();
    await clip.getByTestId('select-item').click();
  }
  await expect(page.getByTestId('selection-bar')).toContainText('2 videos selected');
  // While selecting, each clip's resolution badge sits beside its checkbox, not under it.
  await page.mouse.move(0, 0);
  const box = await clips[0]!.getByTestId('select-item').locator('..').boundingBox();
  const badge = clips[0]!.getByTestId('resolution-badge');
  await expect
    .poll(async () => (await badge.boundingBox())?.x ?? 0)
    .toBeGreaterThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
  await page.getByRole('button', { name: 'License 2 selected videos' }).click();
  const dialog = page.getByRole('dialog', { name: 'License 2 videos' });
  await expect(dialog.getByTestId('bulk-license-form')).toBeVisible({ timeout: 30_000 });
  await dialog.locator('[data-testid=size-option][data-value=web]').click();
  await dialog.getByRole('button', { name: 'License 2 videos' }).click();
  await expect(page.getByTestId('bulk-license-summary')).toHaveText('2 licensed', {
    timeout: 30_000,
  });

  // One ZIP; each clip a QuickTime H.264 file at the Web size, as long as the clip.
  const zipped = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Download 2 as ZIP' }).click();
  const files = zipFiles(await fileOf(await zipped));
  expect(files.size).toBe(2);
  for (const id of clipIds) {
    const name = [...files.keys()].find((n) => n.includes(id ?? '?'));
    expect(name, `a file for ${id} in ${[...files.keys()].join(', ')}`).toMatch(/\.mov$/);
    const details = (await (await page.request.get(`/api/v2/videos/${id}`)).json()) as {
      duration: number;
      assets: { web: { width: number; height: number } };
    };
    const probe = probeClip(files.get(name!)!);
    expect(probe).toMatch(/Input #0, mov,mp4/);
    expect(probe).toMatch(/Video: h264/);
    expect(probe).toContain(`${details.assets.web.width}x${details.assets.web.height}`);
    expect(Math.abs(durationOf(probe) - details.duration)).toBeLessThan(0.1);
  }
  await page.getByRole('button', { name: 'Done' }).click();
  for (const clip of clips)
    await expect(clip.getByTestId('license-button')).toHaveAttribute('data-licensed', 'true');

  // Two tracks, ticked in the music search's rows.
  const rows = await unlicensed(page, '/music?query=piano', (p) => p.getByTestId('track-row'), 2);
  for (const row of rows) await row.getByTestId('select-item').click();
  await expect(page.getByTestId('selection-bar')).toContainText('2 tracks selected');
  await page.getByRole('button', { name: 'License 2 selected tracks' }).click();
  const tracks = page.getByRole('dialog', { name: 'License 2 tracks' });
  await expect(tracks.getByTestId('bulk-license-form')).toBeVisible({ timeout: 30_000 });
  await tracks.getByRole('button', { name: 'License 2 tracks' }).click();
  await expect(page.getByTestId('bulk-license-summary')).toHaveText('2 licensed', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Done' }).click();
  for (const row of rows)
    await expect(row.getByTestId('license-button')).toHaveAttribute('data-licensed', 'true');
});
