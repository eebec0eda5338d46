import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Custom music end to end, against the real server and sandbox: compose a two-section
// timeline, render it, watch it finish, play and download it; the same by keyboard;
// axe in light and dark.

const sections = (page: Page) => page.getByTestId('timeline-section');
const renders = (page: Page) => page.getByTestId('render');
const player = (page: Page) => page.getByTestId('audio-player');

/** Sets a number field by keyboard: select what is there, type the new value. */
async function typeNumber(page: Page, name: string, value: number) {
  const field = page.getByRole('spinbutton', { name, exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(value));
}

async function open(page: Page) {
  await page.goto('/custom-music');
  await expect(page.getByRole('heading', { level: 1, name: 'Custom music' })).toBeVisible();
  await expect(sections(page)).toHaveCount(2, { timeout: 15_000 });
}

test('composes two sections, renders them, plays and downloads the track', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);

  // Section 1: a calm opening, chosen in its select; section 2 replaced from the library.
  await page.getByLabel('Section 1 Descriptor').selectOption({ label: 'Ambient Drone Calm' });
  await expect(page.getByRole('spinbutton', { name: 'Section 1 Tempo' })).toHaveValue('70');
  await page.getByRole('spinbutton', { name: 'Section 1 Length' }).fill('5');
  await page.getByRole('button', { name: 'Remove section 2' }).click();
  await expect(sections(page)).toHaveCount(1);
  await page.getByPlaceholder('e.g. Cinematic').fill('House');
  await page.getByRole('button', { name: 'Add Electronic House Groovy to the timeline' }).click();
  await expect(sections(page)).toHaveCount(2);
  await expect(page.getByLabel('Section 2 Descriptor')).toHaveValue('electronic_house_groovy');
  await page.getByRole('spinbutton', { name: 'Section 2 Length' }).fill('6');
  await page.getByRole('spinbutton', { name: 'Section 2 Tempo' }).fill('124');
  await expect(page.getByTestId('total-duration')).toContainText('0:11');

  await page.getByLabel('Name', { exact: true }).fill('Launch teaser');
  await page.getByRole('button', { name: 'Render music' }).click();
  const render = renders(page).filter({ hasText: 'Launch teaser' });
  await expect(render).toBeVisible();
  await expect(render).toContainText('Ambient Drone Calm 70 BPM → Electronic House Groovy 124 BPM');
  await expect(render).toHaveAttribute('data-status', 'CREATED', { timeout: 60_000 });
  await expect(render.getByTestId('render-status')).toHaveText('Ready');

  // Play: the page's one player loads the render and runs.
  await render.getByRole('button', { name: 'Play Launch teaser' }).click();
  await expect
    .poll(() => player(page).evaluate((el: HTMLAudioElement) => !el.paused && el.currentTime > 0))
    .toBe(true);
  expect(await player(page).evaluate((el: HTMLAudioElement) => el.currentSrc)).toContain(
    '/sandbox/media/renders/',
  );
  await render.getByRole('button', { name: 'Pause Launch teaser' }).click();

  // Download: the file under the render's name, as long as the timeline.
  const downloading = page.waitForEvent('download');
  await render.getByRole('link', { name: /Download Launch teaser\.mp3/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Launch teaser.mp3');
  const file = await download.path();
  expect((await fs.stat(file)).size).toBeGreaterThan(10_000);

  // The render stays listed after a reload (this browser remembers its ids).
  await page.reload();
  await expect(renders(page).filter({ hasText: 'Launch teaser' })).toHaveAttribute(
    'data-status',
    'CREATED',
  );
});

test('the keyboard path: add, reorder and remove sections, render, play and seek', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page);

  await page.getByRole('button', { name: 'Add section' }).focus();
  await page.keyboard.press('Enter');
  await expect(sections(page)).toHaveCount(3);
  await typeNumber(page, 'Section 3 Length', 4);
  await typeNumber(page, 'Section 3 Tempo', 100);

  // Move the new section earlier: the focus stays on the button that moved it.
  await page.getByRole('button', { name: 'Move section 3 earlier' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move section 2 earlier' })).toBeFocused();
  await expect(page.getByRole('spinbutton', { name: 'Section 2 Length' })).toHaveValue('4');
  await page.keyboard.press('Shift+Tab'); // Tempo of section 2
  await expect(page.getByRole('spinbutton', { name: 'Section 2 Tempo' })).toBeFocused();

  // Remove the first section; then shorten the other two.
  await page.getByRole('button', { name: 'Remove section 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(sections(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Add section' })).toBeFocused();
  await typeNumber(page, 'Section 2 Length', 4);
  await expect(page.getByTestId('total-duration')).toContainText('0:08');

  // Enter in the name field starts the render.
  await page.getByLabel('Name', { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Keyboard take');
  await page.keyboard.press('Enter');
  const render = renders(page).filter({ hasText: 'Keyboard take' });
  await expect(render).toHaveAttribute('data-status', 'CREATED', { timeout: 60_000 });

  await render.getByRole('button', { name: 'Play Keyboard take' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => player(page).evaluate((el: HTMLAudioElement) => !el.paused)).toBe(true);
  await page.keyboard.press('Tab');
  const seek = render.getByRole('slider', { name: 'Seek Keyboard take' });
  await expect(seek).toBeFocused();
  await page.keyboard.press('End');
  await expect
    .poll(() => player(page).evaluate((el: HTMLAudioElement) => el.currentTime))
    .toBeGreaterThan(5);
});

test('the custom music page has no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await page.getByRole('spinbutton', { name: 'Section 1 Length' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Section 2 Length' }).fill('3');
  await page.getByRole('button', { name: 'Render music' }).click();
  await expect(renders(page).first()).toHaveAttribute('data-status', 'CREATED', {
    timeout: 60_000,
  });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of ['Descriptors', 'Instruments']) {
      await page.getByText(new RegExp(`^${view} \\(`)).click();
      await expect(page.getByRole('list', { name: view })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, `${view} (${scheme})`).toEqual(
        [],
      );
    }
  }
});
