import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Music and sound effects end to end, against the real server: search, filter, play a
// preview (one at a time), seek by keyboard, the detail page; axe in light and dark.

const rows = (page: Page) => page.getByTestId('track-row');
const player = (page: Page) => page.getByTestId('audio-player');
/** The results shown are the URL's (no navigation on its way). */
const settled = (page: Page) => expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

/** The shared <audio> element's state. */
const audioState = (page: Page) =>
  player(page).evaluate((el: HTMLAudioElement) => ({
    paused: el.paused,
    time: el.currentTime,
    src: el.currentSrc || el.src,
  }));

test('searches music, filters by genre and tempo, sorts, all from the URL', async ({ page }) => {
  await page.goto('/music?query=piano');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Music for piano', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('result-count')).toHaveText(/[\d,]+ tracks?/);
  await expect(rows(page).first()).toBeVisible();

  const panel = page.getByTestId('filter-panel').first();
  await panel.getByRole('checkbox', { name: 'Classical', exact: true }).check();
  await expect(page).toHaveURL(/genre=Classical/);
  await settled(page);
  await expect(rows(page).first()).toBeVisible();
  for (const genre of await page.getByTestId('track-genre').allTextContents())
    expect(genre).toBe('Classical');

  await panel.getByRole('spinbutton', { name: 'Tempo from' }).fill('100');
  await panel.getByRole('spinbutton', { name: 'Tempo to' }).fill('110');
  await panel.getByRole('spinbutton', { name: 'Tempo to' }).press('Enter');
  await expect(page).toHaveURL(/bpm_from=100/);
  await expect(page).toHaveURL(/bpm_to=110/);
  await settled(page);
  await expect(rows(page).first()).toBeVisible();
  const bpms = await page
    .getByTestId('track-bpm')
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-bpm'))));
  expect(bpms.length).toBeGreaterThan(0);
  for (const bpm of bpms) {
    expect(bpm).toBeGreaterThanOrEqual(100);
    expect(bpm).toBeLessThanOrEqual(110);
  }

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('bpm');
  await page.getByRole('combobox', { name: 'Sort order' }).selectOption('asc');
  await expect(page).toHaveURL(/sort=bpm/);
  await expect(page).toHaveURL(/sort_order=asc/);
  await expect(async () => {
    const sorted = await page
      .getByTestId('track-bpm')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-bpm'))));
    expect(sorted.length).toBeGreaterThan(1);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
  }).toPass();

  // Back undoes the sort order, from cache.
  await page.goBack();
  await expect(page).not.toHaveURL(/sort_order=asc/);
});

test('asks for the waveforms of the rows on screen, the rest as the list scrolls', async ({
  page,
}) => {
  const asked = new Set<string>();
  page.on('request', (request) => {
    if (request.url().endsWith('/waveform.png')) asked.add(request.url());
  });
  await page.goto('/music?query=calm');
  await expect(rows(page).first()).toBeVisible({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const count = await rows(page).count();
  expect(count).toBeGreaterThan(15);
  // What the screen and half a screen below it hold, not the whole page of results.
  expect(asked.size).toBeGreaterThan(0);
  expect(asked.size).toBeLessThan(count);
  const drawn = (row: number) =>
    rows(page)
      .nth(row)
      .getByTestId('waveform')
      .evaluate((el) => [...el.querySelectorAll('div')].some((d) => d.style.maskImage !== ''));
  expect(await drawn(0)).toBe(true);
  expect(await drawn(count - 1)).toBe(false);

  await rows(page).last().scrollIntoViewIfNeeded();
  await expect.poll(() => drawn(count - 1)).toBe(true);
  await expect.poll(() => asked.size).toBeGreaterThanOrEqual(count);
});

test('plays one preview at a time, seeks by keyboard, and by press and drag', async ({ page }) => {
  await page.goto('/music?query=ambient');
  const first = rows(page).nth(0);
  const second = rows(page).nth(1);
  await first.getByTestId('play-button').click();
  await expect(first.getByTestId('play-button')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  const t1 = (await audioState(page)).time;
  await expect
    .poll(async () => (await audioState(page)).time, { timeout: 10_000 })
    .toBeGreaterThan(t1 + 0.3);
  const firstSrc = (await audioState(page)).src;

  // Another track stops the first: one <audio>, one source, one pressed button.
  await second.getByTestId('play-button').click();
  await expect(second.getByTestId('play-button')).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByTestId('play-button')).toHaveAttribute('aria-pressed', 'false');
  await expect(player(page)).toHaveCount(1);
  await expect.poll(async () => (await audioState(page)).src).not.toBe(firstSrc);
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  await expect(page.locator('[data-testid=play-button][aria-pressed=true]')).toHaveCount(1);

  // Seek by keyboard on the focused waveform slider.
  await second.getByTestId('play-button').click(); // pause
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
  const slider = second.getByRole('slider');
  await slider.focus();
  await slider.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '10');
  await expect.poll(async () => Math.round((await audioState(page)).time)).toBe(10);
  await slider.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await expect(slider).toHaveAttribute('aria-valuetext', /0:05 of 0:\d\d/);

  // A press on a stopped track's waveform seeks there and plays it; a drag scrubs.
  const wave = first.getByTestId('waveform');
  const box = (await wave.boundingBox())!;
  const at = (share: number) => [box.x + box.width * share, box.y + box.height / 2] as const;
  await page.mouse.click(...at(0.5));
  await expect(first.getByTestId('play-button')).toHaveAttribute('aria-pressed', 'true');
  const length = Number(await first.getByRole('slider').getAttribute('aria-valuemax'));
  const share = async () => (await audioState(page)).time / length;
  await expect.poll(share).toBeGreaterThan(0.45);
  expect(await share()).toBeLessThan(0.7);
  await first.getByTestId('play-button').click(); // pause: the drag below is measured held
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
  await page.mouse.move(...at(0.2));
  await page.mouse.down();
  await expect.poll(share).toBeLessThan(0.35);
  // Past the end, the drag holds at the end; the waveform keeps the pointer until release.
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 6 });
  await expect.poll(share).toBeGreaterThan(0.9);
  expect((await audioState(page)).paused).toBe(true);
  await page.mouse.up();
  await expect(first.getByTestId('play-button')).toHaveAttribute('aria-pressed', 'true');
});

test('opens a track’s page from the list, with its player and metadata', async ({ page }) => {
  await page.goto('/music?query=jazz');
  const title = (await rows(page).first().getByTestId('track-title').textContent())!;
  await rows(page).first().getByTestId('track-title').hover();
  await rows(page).first().getByTestId('track-title').click();
  await expect(page).toHaveURL(/\/music\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByTestId('detail-bpm')).toHaveText(/\d+ BPM/);
  await expect(page.getByRole('list', { name: 'Genres' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to collection' })).toBeVisible();
  await page.getByRole('button', { name: `Play ${title}` }).click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  // A mood chip is a search for that mood.
  const mood = page.getByRole('list', { name: 'Moods' }).getByRole('link').first();
  const moodName = (await mood.textContent())!;
  await mood.click();
  await expect(page).toHaveURL(
    new RegExp(`/music\\?moods=${encodeURIComponent(moodName).replace(/%20/g, '\\+')}`),
  );
  // Leaving the audio pages stops the preview.
  await page.getByRole('link', { name: 'Images' }).click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
});

test('searches sound effects and plays one', async ({ page }) => {
  await page.goto('/sfx?query=door');
  await expect(page.getByTestId('result-count')).toHaveText(/[\d,]+ sound effects?/);
  const first = rows(page).first();
  await first.getByTestId('play-button').click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  await page.getByRole('spinbutton', { name: 'Duration to' }).fill('2');
  await page.getByRole('spinbutton', { name: 'Duration to' }).press('Enter');
  await expect(page).toHaveURL(/duration_to=2/);
  await settled(page);
  const title = (await first.getByTestId('track-title').textContent())!;
  await first.getByTestId('track-title').click();
  await expect(page).toHaveURL(/\/sfx\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('slider', { name: `Seek ${title}` })).toBeVisible();
});

test('music and sound effect pages have no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((m) => localStorage.setItem('stockroom-theme', m), scheme);
    for (const url of ['/music?query=piano', '/sfx?query=door']) {
      await page.goto(url);
      await expect(rows(page).first()).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, `${url} (${scheme})`).toEqual(
        [],
      );
    }
    await rows(page).first().getByTestId('track-title').click();
    await expect(page).toHaveURL(/\/sfx\/\d+$/);
    await expect(page.getByRole('slider')).toHaveCount(1);
    expect((await new AxeBuilder({ page }).analyze()).violations, `sfx detail (${scheme})`).toEqual(
      [],
    );
    await page.goto('/music?query=piano');
    await rows(page).first().getByTestId('track-title').click();
    await expect(page.getByTestId('detail-bpm')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `track (${scheme})`).toEqual([]);
  }
});
