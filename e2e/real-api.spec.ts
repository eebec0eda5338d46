import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { fileOf, zipFiles } from './support/files';

// Real-API mode, end to end: a second Stockroom server runs with a personal token against
// the e2e server's sandbox, which stands in for Shutterstock. Its file links are on another
// origin that sends no CORS header (and the page's CSP allows no plain-HTTP connection), as
// the vendor's file host: the page cannot read them itself. A licensed image, its comp and
// a ZIP of the history are fetched through the gateway (GET /api/files) and keep their
// names and bytes.

const e2eDataDir = process.env.E2E_DATA_DIR ?? '.data-e2e';
const CATALOGS = ['sandbox.sqlite', 'videos.sqlite', 'audio.sqlite', 'editorial.sqlite'];

let server: ChildProcess | undefined;
let app = '';
let token = '';
let dataDir = '';

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  const credentials = JSON.parse(
    fs.readFileSync(path.join(e2eDataDir, 'sandbox-credentials.json'), 'utf8'),
  ) as { users: { username: string; access_token: string }[] };
  token = credentials.users.find((user) => user.username === 'jordan')?.access_token ?? '';
  // Its own data directory; the catalogs are copied so nothing is generated.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-e2e-real-api-'));
  for (const file of CATALOGS)
    fs.copyFileSync(path.join(e2eDataDir, file), path.join(dataDir, file));
  const port = Number(new URL(baseURL!).port) + 1;
  app = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STOCKROOM_DATA_DIR: dataDir,
      SHUTTERSTOCK_API_URL: baseURL,
      SHUTTERSTOCK_API_TOKEN: token,
    },
    stdio: 'ignore',
  });
  await expect
    .poll(
      () =>
        fetch(`${app}/api/status`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 90_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('licensed files, comps and ZIPs come through the gateway with their names and bytes', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // An image jordan's team has not licensed, found at the "vendor".
  const search = await request.get(`${baseURL}/v2/images/search?query=harbor&per_page=20`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { data } = (await search.json()) as { data: { id: string }[] };
  const id = data[0]!.id;
  const details = (await (
    await request.get(`${baseURL}/v2/images/${id}?view=full`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json()) as {
    assets: Record<string, { url?: string; width: number; height: number } | undefined>;
  };

  await page.goto(`${app}/images/${id}`);
  // Every licensed file the page asks the file host for directly (none should be).
  const direct: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${baseURL}/sandbox/downloads/`)) direct.push(r.url());
  });

  // The comp: the watermarked preview, under the comp's name.
  const comp = page.waitForEvent('download');
  await page.getByTestId('comp-download').click();
  const compFile = await comp;
  expect(compFile.suggestedFilename()).toBe(`shutterstock_${id}_comp.jpg`);
  const preview = details.assets.preview_1500 ?? details.assets.preview_1000!;
  expect(await sharp(await fileOf(compFile)).metadata()).toMatchObject({
    format: 'jpeg',
    width: preview.width,
    height: preview.height,
  });

  // License it at Small: the file arrives under the vendor's name, at the promised pixels.
  await page.getByRole('button', { name: /^License$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'License image' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByTestId('size-option').filter({ hasText: 'Small' }).click();
  const licensed = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'License and download' }).click();
  const file = await licensed;
  expect(file.suggestedFilename()).toMatch(new RegExp(`${id}.*\\.jpg$`));
  const small = details.assets.small_jpg!;
  expect(await sharp(await fileOf(file)).metadata()).toMatchObject({
    format: 'jpeg',
    width: small.width,
    height: small.height,
  });
  await page.keyboard.press('Escape');

  // The history as one ZIP, built in the page from files read through the gateway.
  await page.goto(`${app}/downloads?asset=${id}`);
  await expect(page.getByTestId('download-row')).toHaveCount(1, { timeout: 30_000 });
  await page.getByTestId('select-all').check();
  const zipped = page.waitForEvent('download');
  await page.getByTestId('zip-start').click();
  const entries = zipFiles(await fileOf(await zipped));
  expect(entries.size).toBe(1);
  const [entry] = [...entries.values()];
  expect(await sharp(entry!).metadata()).toMatchObject({ width: small.width });

  // The page never read a file from the file host itself: only the gateway did.
  expect(direct).toEqual([]);
});
