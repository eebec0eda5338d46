// Subscriptions as licensing needs them (GET /v2/user/subscriptions against the vendor
// document), and how an older state database is brought to them without losing anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { Accounts } from '../../sandbox/accounts';
import { openStateDb } from '../../sandbox/state';
import { MIGRATIONS } from '../../sandbox/state/migrations';
import { dataOf, describeContract, useContractClient } from './harness';
import { call, SUBSCRIPTIONS } from './licenses-fixtures';

describeContract('contract: subscriptions for licensing', () => {
  const api = useContractClient(import.meta.filename);

  it('alex has every kind: metadata required, nearly used up, expired, 4k video, music, sound effects, editorial', async () => {
    const { status, body } = await call(api.app, 'GET', '/v2/user/subscriptions');
    expect(status).toBe(200);
    const subscriptions = dataOf(body);
    const byId = new Map(subscriptions.map((s) => [s.id, s]));
    expect(new Set(subscriptions.map((s) => s.asset_type))).toEqual(
      new Set(['images', 'videos', 'audio', 'sfx', 'editorial', 'editorial_videos']),
    );
    expect(byId.get(SUBSCRIPTIONS.alex.enhanced)).toMatchObject({
      license: 'enhanced',
      metadata: {
        client: { is_required: true, name: 'client' },
        job: { is_required: true, name: 'job' },
        purchase_order: { is_required: false },
      },
    });
    const expired = byId.get(SUBSCRIPTIONS.alex.expired);
    expect(Date.parse(String(expired?.expiration_time))).toBeLessThan(Date.now());
    const video = byId.get(SUBSCRIPTIONS.alex.video4k);
    expect(video?.formats).toEqual(
      expect.arrayContaining(
        ['web', 'sd', 'hd', '4k'].map((size) => expect.objectContaining({ size })),
      ),
    );
    for (const subscription of subscriptions) {
      expect(subscription.allotment).toEqual({
        downloads_left: expect.any(Number),
        downloads_limit: expect.any(Number),
        start_time: expect.any(String),
        end_time: subscription.expiration_time,
      });
    }
  });

  it('jordan (another team) has fewer: images, HD video and music', async () => {
    const { body } = await call(api.app, 'GET', '/v2/user/subscriptions', { as: 'jordan' });
    expect(dataOf(body).map((s) => s.id)).toEqual(Object.values(SUBSCRIPTIONS.jordan));
  });
});

/**
 * A state database as it was before licensing (schema 2: one old subscription of alex's),
 * marked as being at `userVersion`.
 */
function writeOldDatabase(dir: string, userVersion: number): void {
  const old = new Database(path.join(dir, 'state.sqlite'));
  old.exec(MIGRATIONS[0] ?? '');
  old.exec(MIGRATIONS[1] ?? '');
  old.pragma(`user_version = ${userVersion}`);
  old.exec(`INSERT INTO teams VALUES ('9001', 'Northwind Studio');
    INSERT INTO users VALUES ('101782601', 'alex', 'Alex', 'Morgan', 'alex@example', 'en', '9001', '1', 1, 'user.view', 'v2/old-token');
    INSERT INTO api_clients VALUES ('id', 'secret', 'app');
    INSERT INTO subscriptions (id, user_id, asset_type, license, description, downloads_limit, downloads_left, start_time, end_time, formats)
      VALUES ('s8906040', '101782601', 'images', 'standard', 'old', 750, 712, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', '[]');`);
  old.close();
}

describeContract('state: subscriptions and licenses across migration 3', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-licenses-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an older database gets the licensing subscriptions; licenses and allotments then survive restarts', () => {
    writeOldDatabase(dir, 2);

    const credentials = path.join(dir, 'sandbox-credentials.json');
    const open = () => {
      const db = openStateDb(dir);
      new Accounts(db, credentials, undefined);
      return db;
    };
    const db = open();
    const ids = db
      .prepare("SELECT id FROM subscriptions WHERE user_id = '101782601'")
      .pluck()
      .all();
    expect(ids).toEqual(Object.values(SUBSCRIPTIONS.alex));
    expect(db.prepare('SELECT access_token FROM users').pluck().get()).toBe('v2/old-token');
    db.prepare(
      `INSERT INTO licenses (id, user_id, team_id, media, asset_id, subscription_id, license, size, format,
      allotment_charge, created_time) VALUES ('e1', '101782601', '9001', 'image', '1', ?, 'standard', 'huge', 'jpg', 1, ?)`,
    ).run(SUBSCRIPTIONS.alex.annual, new Date().toISOString());
    db.prepare('UPDATE subscriptions SET downloads_left = 3 WHERE id = ?').run(
      SUBSCRIPTIONS.alex.annual,
    );
    db.close();

    const reopened = open();
    expect(reopened.prepare('SELECT count(*) FROM licenses').pluck().get()).toBe(1);
    expect(
      reopened
        .prepare('SELECT downloads_left FROM subscriptions WHERE id = ?')
        .pluck()
        .get(SUBSCRIPTIONS.alex.annual),
    ).toBe(3);
    reopened.close();
  });
});
