// How the server's own tools start Chromium (the team-deployment suite, the benchmarks):
// Debian's build when it is there, Playwright's otherwise, without what a headless run in
// a container does not need.
import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM = '/usr/bin/chromium';

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    ...(fs.existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
