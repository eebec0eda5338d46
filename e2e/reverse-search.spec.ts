import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';

// Search by image: pick, paste or drop a picture; see the images and videos that look
// like it and the keywords it suggests; search by them; refusals shown next to the
// picker with the chosen file kept; the whole path by keyboard; axe in light and dark.

const imageCards = (page: Page) => page.getByTestId('cv-similar-images').getByTestId('image-card');
const videoCards = (page: Page) => page.getByTestId('cv-similar-videos').getByTestId('video-card');
const keywords = (page: Page) => page.getByTestId('cv-keyword');
const fileInput = (page: Page) => page.getByLabel(/Choose (a|another) picture/);

/** A catalog image's id and its preview, as any visitor's browser would load it. */
async function catalogPreview(page: Page, query: string): Promise<{ id: string; jpeg: Buffer }> {
  const search = await page.request.get(`/api/v2/images/search?query=${query}&per_page=1`);
  const [image] = ((await search.json()) as { data: { id: string }[] }).data;
  if (!image) throw new Error(`no image for ${query}`);
  const preview = await page.request.get(`/sandbox/media/images/${image.id}/preview.jpg`);
  return { id: image.id, jpeg: await preview.body() };
}

const redPicture = () =>
  sharp({ create: { width: 640, height: 420, channels: 3, background: '#c8161d' } })
    .png()
    .toBuffer();

async function expectResults(page: Page) {
  await expect(page).toHaveURL(/\/reverse-search\?upload=U[0-9a-f]{32}$/);
  await expect(page.getByTestId('upload-preview')).toBeVisible();
  await expect(imageCards(page).first()).toBeVisible({ timeout: 20_000 });
  await expect(videoCards(page).first()).toBeVisible({ timeout: 20_000 });
  await expect(keywords(page).first()).toBeVisible();
}

test('pick a catalog picture: its image comes first, with videos and keywords; a keyword searches', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const { id, jpeg } = await catalogPreview(page, 'city');
  await page.goto('/reverse-search');
  await expect(page.getByRole('heading', { name: 'Search by image' })).toBeVisible();
  await fileInput(page).setInputFiles({ name: 'city.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expectResults(page);
  await expect(page.getByText('city.jpg')).toBeVisible();
  await expect(imageCards(page).first()).toHaveAttribute('href', `/images/${id}`);

  const word = (await keywords(page).first().getAttribute('data-keyword')) ?? '';
  await keywords(page).first().getByRole('link').click();
  await expect(page).toHaveURL(`/?query=${encodeURIComponent(word).replace(/%20/g, '+')}`);
  await expect(page.getByTestId('image-card').first()).toBeVisible();

  // Back shows the same results again, the picture too.
  await page.goBack();
  await expect(imageCards(page).first()).toBeVisible();
  await expect(page.getByTestId('upload-preview')).toBeVisible();
});

test('a pasted red picture suggests “red”; several keywords search together', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/reverse-search');
  await expect(page.getByRole('heading', { name: 'Search by image' })).toBeVisible();
  const base64 = (await redPicture()).toString('base64');
  // What the browser does on Ctrl+V with a picture on the clipboard.
  await page.evaluate(`(() => {
    const bytes = Uint8Array.from(atob('${base64}'), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  })()`);
  await expectResults(page);
  await expect(page.locator('[data-keyword="red"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Select “red”' }).click();
  const second = page.locator('[data-testid=cv-keyword]:not([data-keyword="red"])').first();
  const secondWord = (await second.getAttribute('data-keyword')) ?? '';
  await second.getByRole('button').click();
  await page.getByRole('button', { name: 'Search images for 2 keywords' }).click();
  await expect(page).toHaveURL(
    `/?query=${encodeURIComponent(`red ${secondWord}`).replace(/%20/g, '+')}`,
  );
});

test('a dropped picture is searched with', async ({ page }) => {
  test.setTimeout(60_000);
  const { jpeg } = await catalogPreview(page, 'flower');
  await page.goto('/reverse-search');
  await expect(page.getByRole('heading', { name: 'Search by image' })).toBeVisible();
  const data = await page.evaluateHandle(`(() => {
    const bytes = Uint8Array.from(atob('${jpeg.toString('base64')}'), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'dropped.jpg', { type: 'image/jpeg' }));
    return data;
  })()`);
  await page.getByTestId('picture-drop-zone').dispatchEvent('drop', { dataTransfer: data });
  await expectResults(page);
  await expect(page.getByText('dropped.jpg')).toBeVisible();
});

test('a wrong file type or a too-large file is refused next to the picker, the file kept', async ({
  page,
}) => {
  await page.goto('/reverse-search');
  const alert = page.getByTestId('picture-drop-zone').getByRole('alert');

  await fileInput(page).setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a picture'),
  });
  await expect(alert).toContainText('not a picture');
  await expect(page.getByText('notes.txt')).toBeVisible();

  const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#09f' } })
    .gif()
    .toBuffer();
  await fileInput(page).setInputFiles({ name: 'anim.gif', mimeType: 'image/gif', buffer: gif });
  await expect(alert).toContainText('GIF images can’t be searched with');
  await expect(page.getByText('anim.gif')).toBeVisible();
  await expect(page.getByTestId('upload-preview')).toBeVisible();

  await fileInput(page).setInputFiles({
    name: 'huge.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.alloc(11 * 1024 * 1024, 0xff),
  });
  await expect(alert).toContainText('at most 10 MB');
  await expect(page.getByText('huge.jpg')).toBeVisible();
  await expect(page).toHaveURL(/\/reverse-search$/);
});

test('by keyboard: choose a file, select a keyword, search', async ({ page }) => {
  test.setTimeout(60_000);
  const { jpeg } = await catalogPreview(page, 'beach');
  await page.goto('/reverse-search');
  // Keys pressed before the app replaces the static frame go nowhere; start once it is up.
  await expect(page.getByRole('heading', { name: 'Search by image' })).toBeVisible();
  // Tab from the top of the page to the file input. Reading the focused element
  // must not wait: a Tab can leave the document for a moment.
  const focused = () =>
    page.evaluate(() => ({
      type: document.activeElement?.getAttribute('type'),
      text: document.activeElement?.textContent,
    }));
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focused()).type === 'file') break;
  }
  await expect(fileInput(page)).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: 'beach.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expectResults(page);

  const word = (await keywords(page).first().getAttribute('data-keyword')) ?? '';
  const toggle = keywords(page).first().getByRole('button');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const searchSelected = page.getByRole('button', { name: 'Search images for selected' });
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await focused()).text?.includes('Search images for selected')) break;
  }
  await expect(searchSelected).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/?query=${encodeURIComponent(word).replace(/%20/g, '+')}`);
});

test('search by image has no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  const { jpeg } = await catalogPreview(page, 'forest');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/reverse-search');
    await expect(page.getByRole('heading', { name: 'Search by image' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `empty (${scheme})`).toEqual([]);
    await fileInput(page).setInputFiles({
      name: 'forest.jpg',
      mimeType: 'image/jpeg',
      buffer: jpeg,
    });
    await expectResults(page);
    await page.waitForLoadState('networkidle');
    expect((await new AxeBuilder({ page }).analyze()).violations, `results (${scheme})`).toEqual(
      [],
    );
    await fileInput(page).setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('x'),
    });
    await expect(page.getByRole('alert')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `error (${scheme})`).toEqual([]);
  }
});
