import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { durationOf, fileOf, probeClip, zipFiles } from './support/files';
import { unlicensedImageIds } from './support/licensing';

// Licensing end to end, against the real server, its sandbox and its real files: license
// an image with the metadata its subscription requires, see it marked licensed, re-download
// it from the Downloads page at another size (and check the file's pixels), download
// several as one ZIP, license a video and a track, all of it by keyboard too; axe on the
// dialog and the Downloads page, light and dark. The e2e data directory outlives a run, so
// each test picks assets nobody licensed yet and names its job uniquely.

interface ImageSize {
  width: number;
  height: number;
}
interface ImageDetails {
  id: string;
  assets: Record<string, ImageSize | undefined>;
}

const run = Date.now().toString(36);

/** A detail page's main action (not the cards of similar assets below it). */
const mainAction = (page: Page) => page.getByRole('button', { name: /^(License|Re-download)$/ });

/** The license dialog, once it is open under its title. */
async function openDialog(page: Page, title: string) {
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  return page.getByTestId('license-dialog');
}

async function imageDetails(page: Page, id: string): Promise<ImageDetails> {
  const response = await page.request.get(`/api/v2/images/${id}?view=full`);
  return (await response.json()) as ImageDetails;
}

async function subscriptionId(page: Page, description: RegExp): Promise<string> {
  const response = await page.request.get('/api/v2/user/subscriptions');
  const { data } = (await response.json()) as { data: { id: string; description: string }[] };
  const found = data.find((s) => description.test(s.description));
  if (!found) throw new Error(`no subscription like ${description}`);
  return found.id;
}

test('license an image with required metadata, see it licensed, re-download it at another size', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const job = `Spring campaign ${run}`;
  const [id] = await unlicensedImageIds(page, 'lake', 1);
  const tile = page.locator(`[data-testid=image-tile][data-tile-id="${id}"]`);
  await tile.hover();
  await tile.getByTestId('license-button').click();
  const dialog = await openDialog(page, 'License image');

  // The subscription that requires client and job: nothing is sent until they are filled.
  await dialog.getByTestId('subscription-option').filter({ hasText: 'client work' }).click();
  await dialog.getByRole('button', { name: 'License and download' }).click();
  await expect(dialog.getByText('Client is required by this subscription')).toBeVisible();
  await expect(dialog.getByText('Job is required by this subscription')).toBeVisible();
  await dialog.getByRole('textbox', { name: /^Client/ }).fill('Acme');
  await dialog.getByRole('textbox', { name: /^Job/ }).fill(job);
  await dialog.getByTestId('size-option').filter({ hasText: 'Huge' }).click();

  const licensed = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'License and download' }).click();
  const file = await licensed;
  expect(file.suggestedFilename()).toMatch(new RegExp(`${id}.*\\.jpg$`));
  const details = await imageDetails(page, id!);
  const huge = details.assets.huge_jpg!;
  expect(await sharp(await fileOf(file)).metadata()).toMatchObject({
    width: huge.width,
    height: huge.height,
  });
  await expect(dialog.getByTestId('license-done')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Marked licensed in the grid and on its page, where the main action is now Re-download.
  await expect(tile.getByTestId('license-button')).toHaveAttribute('data-licensed', 'true');
  await page.goto(`/images/${id}`);
  await expect(page.getByTestId('licensed-note')).toContainText('Licensed by your team');
  await expect(mainAction(page)).toHaveText(/Re-download/);

  // The Downloads page, filtered to the job: re-download at Medium (the subscription has no
  // Small), a fresh link, no charge.
  await page.goto(`/downloads?job=${encodeURIComponent(job)}`);
  const row = page.getByTestId('download-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Acme');
  await expect(row.getByTestId('row-size').locator('option')).toHaveText([
    'Medium',
    'Huge (licensed)',
  ]);
  await row.getByTestId('row-size').selectOption('medium');
  const again = page.waitForEvent('download');
  await row.getByTestId('row-redownload').click();
  const medium = details.assets.medium_jpg!;
  expect(await sharp(await fileOf(await again)).metadata()).toMatchObject({
    width: medium.width,
    height: medium.height,
  });
});

test('select licenses of one job and download them as one ZIP', async ({ page }) => {
  test.setTimeout(90_000);
  const job = `ZIP job ${run}`;
  const ids = await unlicensedImageIds(page, 'forest', 3);
  const subscription = await subscriptionId(page, /^Annual/);
  for (const id of ids) {
    const response = await page.request.post('/api/v2/images/licenses', {
      data: {
        images: [{ image_id: id, subscription_id: subscription, size: 'small', metadata: { job } }],
      },
    });
    expect(response.status()).toBe(200);
  }

  await page.goto(`/downloads?job=${encodeURIComponent(job)}`);
  await expect(page.getByTestId('download-row')).toHaveCount(3);
  await page.getByTestId('select-all').check();
  const zipped = page.waitForEvent('download');
  await page.getByTestId('zip-start').click();
  const zip = await zipped;
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  const names = [...zipFiles(await fileOf(zip)).keys()];
  expect(names).toHaveLength(3);
  for (const id of ids) expect(names.some((name) => name.includes(id))).toBe(true);
  await expect(page.getByTestId('zip-result')).toContainText('3 files zipped');
});

test('license a video and a music track from their pages', async ({ page }) => {
  test.setTimeout(150_000);
  const videos = await page.request.get('/api/v2/videos/search?resolution=4k&per_page=40');
  const video = ((await videos.json()) as { data: { id: string }[] }).data;
  const licensedVideos = await page.request.get(
    '/api/v2/videos/licenses?per_page=200&team_history=true',
  );
  const taken = new Set(
    ((await licensedVideos.json()) as { data: { video?: { id: string } }[] }).data.map(
      (entry) => entry.video?.id,
    ),
  );
  const videoId = video.find((v) => !taken.has(v.id))!.id;
  await page.goto(`/videos/${videoId}`);
  await mainAction(page).click();
  const dialog = await openDialog(page, 'License video');
  await dialog.getByTestId('subscription-option').filter({ hasText: '4K Video Pack' }).click();
  const hdOption = dialog.getByTestId('size-option').filter({ hasText: 'HD' });
  // The dialog announces the HD file: its pixels and format ("1920 × 1080 px · 29.97 fps · AVC1 · 14.3 MB").
  const announced = (await hdOption.textContent()) ?? '';
  await hdOption.click();
  const clip = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'License and download' }).click();
  await expect(dialog.getByTestId('license-done')).toBeVisible();
  // While the file is made and sent, the dialog says so; then under which name it was saved.
  await expect(dialog.getByTestId('download-status')).toContainText(
    /Preparing your file… \d+ s|Downloading|Saved/,
  );
  const download = await clip;
  expect(download.suggestedFilename()).toMatch(/\.mov$/);
  await expect(dialog.getByTestId('download-status')).toContainText(
    `Saved ${download.suggestedFilename()}`,
  );
  // The file is what the dialog announced: pixels, H.264 in a MOV, the clip's whole length,
  // and exactly the announced size.
  const details = (await (
    await page.request.get(`/api/v2/videos/${videoId}?view=full`)
  ).json()) as {
    duration: number;
    assets: { hd: { width: number; height: number; file_size: number } };
  };
  const hd = details.assets.hd;
  expect(announced).toContain(`${hd.width} × ${hd.height} px`);
  const info = probeClip(await fileOf(download));
  expect(info).toMatch(/Input #0, mov,/);
  expect(info).toMatch(/Video: h264 .*\(avc1/);
  expect(info).toContain(`${hd.width}x${hd.height}`);
  expect(Math.abs(durationOf(info) - details.duration)).toBeLessThan(0.1);
  const bytes = (await fileOf(download)).length;
  expect(bytes).toBe(hd.file_size);
  await page.keyboard.press('Escape');
  await expect(mainAction(page)).toHaveText(/Re-download/);

  const tracks = await page.request.get('/api/v2/audio/search?per_page=40');
  const licensedTracks = await page.request.get(
    '/api/v2/audio/licenses?per_page=200&team_history=true',
  );
  const takenTracks = new Set(
    ((await licensedTracks.json()) as { data: { audio?: { id: string } }[] }).data.map(
      (entry) => entry.audio?.id,
    ),
  );
  const trackId = ((await tracks.json()) as { data: { id: string }[] }).data.find(
    (t) => !takenTracks.has(t.id),
  )!.id;
  await page.goto(`/music/${trackId}`);
  await mainAction(page).click();
  const trackDialog = await openDialog(page, 'License track');
  await expect(trackDialog.getByTestId('subscription-option').first()).toContainText('Music');
  const track = page.waitForEvent('download', { timeout: 120_000 });
  await trackDialog.getByRole('button', { name: 'License and download' }).click();
  expect((await track).suggestedFilename()).toMatch(/\.(wav|mp3)$/);
  await expect(trackDialog.getByTestId('license-done')).toBeVisible();
});

test('the license dialog works by keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  const [id] = await unlicensedImageIds(page, 'river', 1);
  await page.goto(`/images/${id}`);
  const button = mainAction(page);
  await expect(button).toHaveText(/License/);
  for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = await openDialog(page, 'License image');
  // Escape closes it and focus comes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  // Into the subscriptions (the first that can license is chosen), on to the sizes: Small.
  const subscription = dialog.getByRole('radio', { name: /Annual Subscription/ });
  for (
    let i = 0;
    i < 10 && !(await subscription.evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(subscription).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { checked: true }).last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('radio', { name: /Small/ })).toBeChecked();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'License and download' })).toBeFocused();
  await page.keyboard.press('Enter');
  const details = await imageDetails(page, id!);
  expect(await sharp(await fileOf(await download)).metadata()).toMatchObject({
    width: details.assets.small_jpg!.width,
  });
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(button).toHaveText(/Re-download/);
});

test('the license dialog and the Downloads page have no axe violations, light and dark', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const [id] = await unlicensedImageIds(page, 'desert', 1);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/images/${id}`);
    await mainAction(page).click();
    const dialog = await openDialog(page, 'License image');
    await expect(dialog.getByTestId('size-option').first()).toBeVisible();
    await dialog.getByTestId('subscription-option').filter({ hasText: 'client work' }).click();
    await dialog.getByRole('button', { name: 'License and download' }).click();
    await expect(dialog.getByText('Client is required by this subscription')).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).include('[data-testid=license-dialog]').analyze()).violations,
      `dialog (${scheme})`,
    ).toEqual([]);
    await page.goto('/downloads');
    await expect(page.getByTestId('download-row').first()).toBeVisible();
    await page.getByTestId('download-row').first().getByTestId('select-download').check();
    await page.waitForLoadState('networkidle');
    expect((await new AxeBuilder({ page }).analyze()).violations, `downloads (${scheme})`).toEqual(
      [],
    );
  }
});
