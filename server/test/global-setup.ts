// Seeds the shared test data directory once, before any server test file runs.
// The catalog is deterministic and kept on disk, so later runs reuse it.
import { openSandbox } from '../sandbox';
import { TEST_DATA_DIR } from './app';

export default async function setup(): Promise<void> {
  const sandbox = await openSandbox({
    dataDir: TEST_DATA_DIR,
    defaultAccessToken: undefined,
    showProgress: false,
  });
  sandbox.close();
}
