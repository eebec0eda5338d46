import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = '/usr/bin/chromium';
// E2E_DATA_DIR and STOCKROOM_DIST_DIR let two e2e runs share a machine without sharing files.
const dataDir = process.env.E2E_DATA_DIR ?? '.data-e2e';
const distDir = process.env.STOCKROOM_DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(fs.existsSync(chromium) ? { executablePath: chromium } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // Each run starts from the seeded users, subscriptions and no collections or licenses
    // (the generated catalogs are kept), so allotments never run out across runs. The app is
    // built only when the last test build (npm test makes one) is older than its sources.
    command: `rm -f ${dataDir}/state.sqlite* ${dataDir}/sandbox-credentials.json && npm run build:test && tsx server/main.ts`,
    url: `http://127.0.0.1:${port}/api/status`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      STOCKROOM_DATA_DIR: dataDir,
      STOCKROOM_DIST_DIR: distDir,
    },
  },
});
