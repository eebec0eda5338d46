// Seeds the shared test data directories once, before any server test file runs: the full
// catalogs (the product's size) and the small one most tests use (see ./app.ts). The
// catalogs are deterministic and kept on disk, so later runs reuse them.
import fs from 'node:fs';
import path from 'node:path';
import { openSandbox } from '../sandbox';
import { SHARED_CATALOGS, SMALL_CATALOG, SMALL_TEST_DATA_DIR, TEST_DATA_DIR } from './app';

export default async function setup(): Promise<void> {
  const full = await openSandbox({
    dataDir: TEST_DATA_DIR,
    defaultAccessToken: undefined,
    showProgress: false,
  });
  full.close();
  // Only the image catalog is smaller: the others are the full directory's, copied once.
  fs.mkdirSync(SMALL_TEST_DATA_DIR, { recursive: true });
  for (const file of SHARED_CATALOGS) {
    const target = path.join(SMALL_TEST_DATA_DIR, file);
    const source = path.join(TEST_DATA_DIR, file);
    if (!fs.existsSync(target) || fs.statSync(target).mtimeMs < fs.statSync(source).mtimeMs) {
      fs.copyFileSync(source, target);
    }
  }
  const small = await openSandbox({
    dataDir: SMALL_TEST_DATA_DIR,
    defaultAccessToken: undefined,
    showProgress: false,
    catalog: SMALL_CATALOG,
  });
  small.close();
}
