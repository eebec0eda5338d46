import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Accounts end to end: "Sign in with Shutterstock" through the sandbox's consent page as
// sam, sam's name and collections (not alex's, the server's default user), the account and
// settings pages, the connection test, sign out; a cancelled sign-in; axe, light and dark.

const dataDir = process.env.E2E_DATA_DIR ?? '.data-e2e';

function passwordOf(username: string): string {
  const file = path.resolve(dataDir, 'sandbox-credentials.json');
  const credentials = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    users: { username: string; password?: string }[];
  };
  const password = credentials.users.find((user) => user.username === username)?.password;
  if (!password) throw new Error(`no password for ${username} in ${file}`);
  return password;
}

const accountButton = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /^Account/ });

async function expectNoAxeViolations(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  expect((await new AxeBuilder({ page }).analyze()).violations, label).toEqual([]);
}

async function signInThroughConsent(page: Page, username: string) {
  await accountButton(page).click();
  await page
    .getByRole('menu', { name: 'Account' })
    .getByRole('menuitem', { name: 'Sign in with Shutterstock' })
    .click();
  await expect(page.getByRole('heading', { name: /Sign in to continue to/ })).toBeVisible();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(passwordOf(username));
  await page.getByRole('button', { name: 'Allow access' }).click();
}

test('sign in as sam: sam’s name and collections, account, settings, sign out', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  // alex is who the app is without a session: alex's collection must not show for sam.
  const alexCollection = `Alex only ${stamp}`;
  const alexId = (
    (await (
      await request.post('/api/v2/images/collections', { data: { name: alexCollection } })
    ).json()) as { id: string }
  ).id;

  await page.goto('/collections');
  await expect(accountButton(page)).toHaveAccessibleName('Account');
  await signInThroughConsent(page, 'sam');

  await expect(page).toHaveURL(/\/collections$/);
  await expect(accountButton(page)).toHaveAccessibleName('Account: Sam Rivera');
  const samCollection = `Sam only ${stamp}`;
  const created = await page.request.post('/api/v2/images/collections', {
    data: { name: samCollection },
    headers: { 'x-requested-with': 'stockroom' },
  });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(page.getByRole('link', { name: samCollection, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: alexCollection, exact: true })).toHaveCount(0);

  await accountButton(page).click();
  await expect(page.getByTestId('account-name')).toHaveText('Sam Rivera');
  await page.getByRole('menuitem', { name: 'Account', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await expect(page.getByText('Signed in with Shutterstock.')).toBeVisible();
  await expect(page.getByText('sam@northwind.example')).toBeVisible();
  const meters = page.getByRole('meter');
  await expect(meters.first()).toBeVisible();
  expect(await meters.count()).toBeGreaterThan(0);
  await expect(meters.first()).toHaveAttribute('aria-valuetext', /used, .* left/);
  await expect(page.getByText(/^In (59|60) min/)).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Scopes' }).getByText('licenses.create'),
  ).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByText('Built-in sandbox')).toBeVisible();
  await expect(page.getByTestId('api-url')).toHaveText(/\/v2$/);
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('connection-result');
  await expect(result).toContainText('GET /v2/test');
  await expect(result).toContainText(/Answered “stockroom-\w+”/);
  await expect(result).toContainText('{"id":123,"tag":["stockroom","check"]}');

  await accountButton(page).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountButton(page)).toHaveAccessibleName('Account');
  await page.goto('/collections');
  await expect(page.getByRole('link', { name: alexCollection, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: samCollection, exact: true })).toHaveCount(0);

  await request.delete(`/api/v2/images/collections/${alexId}`);
});

test('a cancelled sign-in says so on the account page', async ({ page }) => {
  await page.goto('/account');
  await accountButton(page).click();
  await page
    .getByRole('menu', { name: 'Account' })
    .getByRole('menuitem', { name: 'Sign in with Shutterstock' })
    .click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/account\?signin_error=denied$/);
  await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled');
  await expect(accountButton(page)).toHaveAccessibleName('Account');
});

test('account, settings and consent pages have no axe violations, light and dark', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/account');
    await expect(page.getByRole('meter').first()).toBeVisible();
    await expectNoAxeViolations(page, `account (${scheme})`);

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('connection-result')).toBeVisible();
    await expectNoAxeViolations(page, `settings (${scheme})`);

    await accountButton(page).click();
    await expect(page.getByRole('menu', { name: 'Account' })).toBeVisible();
    await expectNoAxeViolations(page, `account menu (${scheme})`);

    await page
      .getByRole('menu', { name: 'Account' })
      .getByRole('menuitem', { name: 'Sign in with Shutterstock' })
      .click();
    await expect(page.getByLabel('Username')).toBeVisible();
    await expectNoAxeViolations(page, `consent page (${scheme})`);
  }
});
