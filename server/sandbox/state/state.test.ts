// The state database: migrations recorded in user_version, kept across catalog rebuilds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSandbox } from '..';
import { CollectionStore } from '../collections/store';
import { MIGRATIONS } from './migrations';
import { openStateDb, schemaVersion } from '.';

const SMALL_CATALOG = { seed: 7, imageCount: 500, contributorCount: 40 };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-state-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const open = (seed = SMALL_CATALOG.seed) =>
  openSandbox({
    dataDir,
    defaultAccessToken: undefined,
    showProgress: false,
    catalog: { ...SMALL_CATALOG, seed },
  });

describe('state database', () => {
  it('is migrated to the latest version, and a newer one is refused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-state-version-'));
    const db = openStateDb(dir);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openStateDb(dir)).toThrow(/newer/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps accounts and collections when the catalog is re-created', async () => {
    const first = await open();
    const alex = first.defaultUser();
    const store = new CollectionStore(first.state);
    const id = store.create(alex.id, 'image', 'Kept across rebuilds');
    store.addItems(Number(id), ['123', '456']);
    first.close();

    const rebuilt = await open(SMALL_CATALOG.seed + 1);
    expect(rebuilt.seedMs).toBeGreaterThan(0);
    expect(rebuilt.defaultUser().accessToken).toBe(alex.accessToken);
    const found = new CollectionStore(rebuilt.state).owned(alex.id, 'image', id);
    expect(found?.name).toBe('Kept across rebuilds');
    expect(found?.total_item_count).toBe(2);
    rebuilt.close();
  });
});
