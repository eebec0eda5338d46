import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';

// The Downloads page on a fresh start: the team's seeded past (2,000+ licenses of every media
// type) shows with titles, pictures and who licensed what; the filters narrow it (type at
// once, text as you type, team or mine); the CSV export holds exactly the filtered licenses;
// a seeded license downloads again, and the file has the pixels its size promises.

interface HistoryEntry {
  id: string;
  download_time: string;
  is_downloadable?: boolean;
  user?: { username: string };
  metadata?: Record<string, string>;
  image?: { id: string; format?: { size?: string } };
}

const TYPES = ['images', 'videos', 'audio', 'sfx', 'editorial/images', 'editorial/videos'];

/** Every license of one type's team history, all pages. */
async function history(
  request: APIRequestContext,
  type: string,
  params = 'team_history=true',
): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  for (let page = 1; ; page++) {
    const response = await request.get(
      `/api/v2/${type}/licenses?${params}&per_page=200&page=${page}`,
    );
    const body = (await response.json()) as { data: HistoryEntry[]; total_count: number };
    entries.push(...body.data);
    if (body.data.length < 200 || entries.length >= body.total_count) return entries;
  }
}

/** A CSV's records (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length > 0) records.push([...record, field]);
  return records;
}

const rows = (page: Page) => page.getByTestId('download-row');
/** The page's count of licenses, exactly n. */
const counted = (n: number) => new RegExp(`· ${n} licenses?$`);

test('a fresh start shows the team’s past: titles, pictures, users, every media type', async ({
  page,
}) => {
  // Pictures (waveforms above all) are made on their first request by the sandbox.
  test.setTimeout(120_000);
  let total = 0;
  for (const type of TYPES) {
    const response = await page.request.get(
      `/api/v2/${type}/licenses?team_history=true&per_page=1`,
    );
    total += ((await response.json()) as { total_count: number }).total_count;
  }
  expect(total).toBeGreaterThanOrEqual(2000);

  await page.goto('/downloads');
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-complete', 'true', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('result-count')).toHaveText(counted(total), { timeout: 30_000 });
  // Virtualized: a screenful of rows is in the page, not two thousand.
  expect(await rows(page).count()).toBeLessThan(60);
  const first = rows(page).first();
  const firstId = (await first.getAttribute('data-asset-id'))!;
  await expect(first.getByTestId('row-title')).not.toHaveText(
    new RegExp(`^[A-Za-z ]+ ${firstId}$`),
  );
  await expect(first.getByTestId('row-picture')).toBeVisible();
  await expect(first.getByTestId('row-user')).toHaveText(/^(alex|sam)$/);

  // Each media type: a real title and its picture (poster frame, waveform), duration where it has one.
  for (const [type, duration] of [
    ['video', true],
    ['audio', true],
    ['sfx', true],
    ['editorial-image', false],
    ['editorial-video', false],
  ] as const) {
    await page.getByTestId('filter-type').selectOption(type);
    const row = rows(page).first();
    await expect(row).toHaveAttribute('data-media', type);
    // A title of its own, not the "<Type> <id>" shown until details arrive.
    const id = (await row.getAttribute('data-asset-id'))!;
    await expect(row.getByTestId('row-title')).not.toHaveText(new RegExp(`^[A-Za-z ]+ ${id}$`));
    await expect(row.getByTestId('row-picture')).toHaveJSProperty('complete', true, {
      timeout: 30_000,
    });
    expect(
      await row.getByTestId('row-picture').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    if (duration) await expect(row.getByTestId('row-duration')).toHaveText(/^\d+:\d\d$/);
  }
  // Editorial licenses have no re-download; a license of the ended subscription neither.
  await expect(rows(page).first().getByTestId('row-no-redownload')).toBeVisible();
});

test('filters narrow the history: type at once, client as you type, only mine', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const videos = await history(page.request, 'videos');
  await page.goto('/downloads');
  await page.getByTestId('filter-type').selectOption('video');
  await expect(page).toHaveURL(/type=video/);
  await expect(page.getByTestId('result-count')).toHaveText(counted(videos.length), {
    timeout: 30_000,
  });

  // Typing is enough: no Enter, no leaving the field.
  const lumen = videos.filter((entry) => /lumen/i.test(entry.metadata?.client ?? ''));
  expect(lumen.length).toBeGreaterThan(0);
  await page.getByTestId('filter-client').pressSequentially('lumen', { delay: 40 });
  await expect(page).toHaveURL(/client=lumen/);
  await expect(page.getByTestId('filter-client')).toBeFocused();
  await expect(page.getByTestId('result-count')).toHaveText(counted(lumen.length), {
    timeout: 30_000,
  });
  for (const metadata of await rows(page).getByTestId('row-metadata').allTextContents())
    expect(metadata).toContain('Lumen Coffee');

  const mine = lumen.filter((entry) => entry.user?.username === 'alex');
  await page.getByLabel('Only my licenses').check();
  await expect(page.getByTestId('result-count')).toHaveText(counted(mine.length), {
    timeout: 30_000,
  });
  for (const user of await rows(page).getByTestId('row-user').allTextContents())
    expect(user).toBe('alex');
});

test('Export CSV downloads exactly the filtered licenses', async ({ page }) => {
  test.setTimeout(90_000);
  const images = await history(page.request, 'images');
  const harbor = images.filter((entry) => /harbor/i.test(entry.metadata?.client ?? ''));
  expect(harbor.length).toBeGreaterThan(10);

  await page.goto('/downloads?type=image&client=harbor');
  await expect(page.getByTestId('result-count')).toHaveText(counted(harbor.length), {
    timeout: 30_000,
  });
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^stockroom-licenses-.*\.csv$/);
  const [header, ...records] = parseCsv(fs.readFileSync(await file.path(), 'utf8'));
  expect(header).toEqual([
    'Date',
    'User',
    'Media type',
    'Asset ID',
    'Title',
    'License',
    'Size',
    'Format',
    'Subscription ID',
    'Subscription',
    'Client',
    'Job',
    'Purchase order',
    'License ID',
  ]);
  expect(records.map((record) => record[13])).toEqual(harbor.map((entry) => entry.id));
  for (const record of records) {
    expect(record[2]).toBe('Image');
    expect(record[10]).toBe('Harbor & Finch Bank');
    expect(record[4]).not.toBe('');
  }
  // Dates newest first, as the page shows them.
  const dates = records.map((record) => record[0]!);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('a seeded license downloads again, at the pixels of its size', async ({ page }) => {
  test.setTimeout(90_000);
  const images = await history(
    page.request,
    'images',
    'team_history=true&download_availability=downloadable',
  );
  const entry = images.find(
    (e) => e.user?.username === 'sam' && e.image?.format?.size === 'small' && e.metadata?.job,
  )!;
  expect(entry).toBeDefined();
  await page.goto(`/downloads?type=image&asset=${entry.image!.id}`);
  const row = page.locator(`[data-testid=download-row][data-license-id="${entry.id}"]`);
  await expect(row.getByTestId('row-user')).toHaveText('sam');
  const again = page.waitForEvent('download');
  await row.getByTestId('row-redownload').click();
  const details = (await (
    await page.request.get(`/api/v2/images/${entry.image!.id}?view=full`)
  ).json()) as { assets: { small_jpg: { width: number; height: number } } };
  const bytes = fs.readFileSync(await (await again).path());
  expect(await sharp(bytes).metadata()).toMatchObject({
    format: 'jpeg',
    width: details.assets.small_jpg.width,
    height: details.assets.small_jpg.height,
  });
});
