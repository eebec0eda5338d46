// Licensing's rules on their own, over a real state database (the seeded accounts and
// their subscriptions) and a stand-in catalog of a few images: what is charged, what is
// refused and why, which subscription is chosen, idempotent answers, history filters and
// re-downloads. The routes and every media type are covered by the contract tests.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts, type UserRecord } from '../accounts';
import type { Db } from '../db';
import { DownloadSigner, type DownloadMedia } from '../downloads/signing';
import { openStateDb } from '../state';
import type { LicenseKind, LicenseRequestItem } from './kinds';
import { Licensing, type Caller } from './licensing';
import { Refusal } from './refusal';
import { LicenseStore } from './store';

// alex's subscriptions (team 9001), in the order the accounts seed them.
const ANNUAL = 's8906100';
const ENHANCED = 's8906101'; // requires client and job; medium and up
const ON_DEMAND = 's8906102'; // one download left; small, medium, huge
const ENDED = 's8906103';
const VIDEO_4K = 's8906104';

const IMAGES = new Set(['1001', '1002', '1003']);

/** A catalog of three images, each in every size subscriptions list. */
const imageKind: LicenseKind = {
  media: 'image',
  assetType: 'images',
  noun: 'Image',
  idField: 'image_id',
  historyField: 'image',
  redownloadable: true,
  exists: (id) => IMAGES.has(id),
  resolve(item) {
    if (!IMAGES.has(item.assetId))
      return Refusal.notFound(`Image ${item.assetId} not found`, `${item.path}.image_id`);
    if (!['small', 'medium', 'huge', 'vector'].includes(item.size))
      return Refusal.badRequest('SIZE_NOT_AVAILABLE', `no size ${item.size}`, `${item.path}.size`);
    const format = item.size === 'vector' ? 'eps' : 'jpg';
    return { subscriptionSize: item.size, size: item.size, format };
  },
};
/** Videos: none in this catalog (an image id asked for as a video is the wrong type). */
const videoKind: LicenseKind = {
  ...imageKind,
  media: 'video',
  assetType: 'videos',
  noun: 'Video',
  idField: 'video_id',
  historyField: 'video',
  exists: () => false,
  resolve: (item) => Refusal.notFound(`Video ${item.assetId} not found`, `${item.path}.video_id`),
};
const kinds = { image: imageKind, video: videoKind } as Record<DownloadMedia, LicenseKind>;

let dir: string;
let state: Db;
let store: LicenseStore;
let licensing: Licensing;
let alex: UserRecord;
let sam: UserRecord;
let jordan: UserRecord;
const now = new Date();

const callerOf = (user: UserRecord): Caller => ({ user, origin: 'http://127.0.0.1:1', now });
const item = (assetId: string, fields: Partial<LicenseRequestItem> = {}): LicenseRequestItem => ({
  path: '$.body.images[0]',
  assetId,
  size: 'small',
  metadata: {},
  ...fields,
});
const left = (id: string) => store.subscriptionById(id)?.downloads_left;
const licenseCount = () => state.prepare('SELECT count(*) FROM licenses').pluck().get() as number;

/** Licenses as `user` in one transaction, as the route does. */
function license(user: UserRecord, items: LicenseRequestItem[], key?: string) {
  const request = JSON.stringify(items);
  return licensing.once(callerOf(user), key, request, () =>
    licensing.license('image', items, callerOf(user)),
  );
}

const dataOf = (body: unknown) => (body as { data: Record<string, unknown>[] }).data;
const errorsOf = (body: unknown) =>
  (body as { errors?: { code: string; path?: string }[] }).errors ?? [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-licensing-'));
  state = openStateDb(dir);
  const accounts = new Accounts(state, path.join(dir, 'credentials.json'), undefined);
  const byName = (name: string) => accounts.all().find((u) => u.username === name)!;
  [alex, sam, jordan] = [byName('alex'), byName('sam'), byName('jordan')];
  store = new LicenseStore(state);
  licensing = new Licensing(store, kinds, new DownloadSigner(crypto.randomBytes(32)));
});
afterEach(() => {
  state.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('charging', () => {
  it('charges one download per licensed asset and nothing for a refused one (partial success)', () => {
    const before = left(ANNUAL)!;
    const answer = license(alex, [
      item('1001', { subscriptionId: ANNUAL }),
      item('9999', { subscriptionId: ANNUAL, path: '$.body.images[1]' }),
    ]);
    expect(answer.status).toBe(200);
    const [licensed, refused] = dataOf(answer.body);
    expect(licensed).toMatchObject({ image_id: '1001', allotment_charge: 1 });
    expect(String((licensed?.download as { url: string }).url)).toMatch(
      /^http:\/\/127\.0\.0\.1:1\/sandbox\/downloads\//,
    );
    expect(refused).toMatchObject({ image_id: '9999' });
    expect(refused?.error).toMatch(/not found/);
    expect(left(ANNUAL)).toBe(before - 1);
    expect(licenseCount()).toBe(1);
  });

  it('answers the first refusal’s status when every item is refused, and charges nothing', () => {
    const before = left(ANNUAL)!;
    const answer = license(alex, [item('9999', { subscriptionId: ANNUAL })]);
    expect(answer.status).toBe(404);
    expect(left(ANNUAL)).toBe(before);
    expect(licenseCount()).toBe(0);
  });

  it('refuses the asset the allotment no longer covers, and licenses the one before it', () => {
    expect(left(ON_DEMAND)).toBe(1);
    const answer = license(alex, [
      item('1001', { subscriptionId: ON_DEMAND }),
      item('1002', { subscriptionId: ON_DEMAND, path: '$.body.images[1]' }),
    ]);
    expect(answer.status).toBe(200);
    expect(errorsOf(answer.body)).toEqual([
      expect.objectContaining({
        code: 'NO_ALLOTMENT_LEFT',
        path: '$.body.images[1].subscription_id',
      }),
    ]);
    expect(left(ON_DEMAND)).toBe(0);
  });

  it('keeps nothing when the transaction fails after licensing (no charge without its answer)', () => {
    const before = left(ANNUAL)!;
    expect(() =>
      licensing.once(callerOf(alex), 'key-crash', 'request', () => {
        licensing.license('image', [item('1001', { subscriptionId: ANNUAL })], callerOf(alex));
        throw new Error('the process dies before answering');
      }),
    ).toThrow('dies');
    expect(left(ANNUAL)).toBe(before);
    expect(licenseCount()).toBe(0);
    expect(store.answerFor(alex.id, 'key-crash')).toBeUndefined();
  });
});

describe('choosing and checking the subscription', () => {
  it.each([
    [{ subscriptionId: 's1' }, 400, 'SUBSCRIPTION_NOT_FOUND'],
    [{ subscriptionId: 's8906200' }, 400, 'SUBSCRIPTION_NOT_FOUND'], // sam's, not alex's
    [{ subscriptionId: VIDEO_4K }, 400, 'WRONG_SUBSCRIPTION_TYPE'],
    [{ subscriptionId: ENDED }, 403, 'SUBSCRIPTION_EXPIRED'],
    [{ subscriptionId: ON_DEMAND, size: 'vector' }, 403, 'SIZE_NOT_ALLOWED'],
    [
      { subscriptionId: ENHANCED, size: 'medium', metadata: { client: 'Acme' } },
      400,
      'METADATA_REQUIRED',
    ],
    [{ subscriptionId: ENHANCED, metadata: { client: 'Acme', job: 'x' } }, 403, 'SIZE_NOT_ALLOWED'],
    [{ subscriptionId: ANNUAL, license: 'enhanced' }, 400, 'WRONG_LICENSE'],
  ] as const)('refuses %o with %i %s, naming the field', (fields, status, code) => {
    const answer = license(alex, [item('1001', fields)]);
    expect(answer.status).toBe(status);
    expect(errorsOf(answer.body)[0]?.code).toBe(code);
    expect(errorsOf(answer.body)[0]?.path).toMatch(/^\$\.body\.images\[0\]\./);
    expect(licenseCount()).toBe(0);
  });

  it('names the missing metadata field, and licenses once it is given (blank is missing)', () => {
    const blank = license(alex, [
      item('1001', {
        subscriptionId: ENHANCED,
        size: 'medium',
        metadata: { client: 'Acme', job: '  ' },
      }),
    ]);
    expect(errorsOf(blank.body)[0]?.path).toBe('$.body.images[0].metadata.job');
    const given = license(alex, [
      item('1001', {
        subscriptionId: ENHANCED,
        size: 'medium',
        metadata: { client: 'Acme', job: 'Spring' },
      }),
    ]);
    expect(given.status).toBe(200);
    expect(store.history({ ...historyOf(alex), license: 'enhanced' }).rows[0]?.metadata).toBe(
      JSON.stringify({ client: 'Acme', job: 'Spring' }),
    );
  });

  it('without a subscription named, takes the first of the user’s that fits', () => {
    // The annual subscription comes first and allows every size.
    expect(dataOf(license(alex, [item('1001')]).body)[0]).not.toHaveProperty('error');
    expect(store.history(historyOf(alex)).rows[0]?.subscription_id).toBe(ANNUAL);
    // Only the enhanced one licenses `enhanced`, and it needs metadata: its refusal is the answer.
    const enhanced = license(alex, [item('1002', { license: 'enhanced', size: 'medium' })]);
    expect(errorsOf(enhanced.body)[0]?.code).toBe('METADATA_REQUIRED');
  });

  it('an image id licensed as a video is refused as the wrong type, naming the right endpoint', () => {
    const answer = licensing.once(callerOf(alex), undefined, 'r', () =>
      licensing.license('video', [item('1001', { path: '$.body.videos[0]' })], callerOf(alex)),
    );
    expect(answer.status).toBe(400);
    expect(errorsOf(answer.body)[0]).toMatchObject({
      code: 'WRONG_ASSET_TYPE',
      path: '$.body.videos[0].video_id',
    });
    expect(JSON.stringify(answer.body)).toContain('POST /v2/images/licenses');
  });
});

describe('idempotency keys', () => {
  it('a repeated key with the same request replays the first answer and charges once', () => {
    const before = left(ANNUAL)!;
    const first = license(alex, [item('1001', { subscriptionId: ANNUAL })], 'key-1');
    const again = license(alex, [item('1001', { subscriptionId: ANNUAL })], 'key-1');
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.body).toEqual(first.body);
    expect(left(ANNUAL)).toBe(before - 1);
    expect(licenseCount()).toBe(1);
  });

  it('the same key for another request is 422, and charges nothing', () => {
    license(alex, [item('1001', { subscriptionId: ANNUAL })], 'key-2');
    const before = left(ANNUAL)!;
    const reused = license(alex, [item('1002', { subscriptionId: ANNUAL })], 'key-2');
    expect(reused.status).toBe(422);
    expect(errorsOf(reused.body)[0]?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(left(ANNUAL)).toBe(before);
  });

  it('keys are per user: another user’s same key is a new request', () => {
    license(alex, [item('1001', { subscriptionId: ANNUAL })], 'shared-key');
    const other = license(sam, [item('1001', { subscriptionId: 's8906200' })], 'shared-key');
    expect(other.replayed).toBe(false);
    expect(other.status).toBe(200);
    expect(licenseCount()).toBe(2);
  });
});

function historyOf(user: UserRecord) {
  return {
    media: 'image' as const,
    userId: user.id,
    teamId: user.team_id,
    teamHistory: false,
    newestFirst: true,
    limit: 100,
    offset: 0,
    redownloadable: true,
    now: now.toISOString(),
  };
}

describe('history and re-downloads', () => {
  beforeEach(() => {
    license(alex, [item('1001', { subscriptionId: ANNUAL })]);
    license(sam, [item('1002', { subscriptionId: 's8906200', size: 'medium' })]);
    license(jordan, [item('1003', { subscriptionId: 's8906300' })]);
  });

  it('lists the user’s own, or the team’s; never another team’s', () => {
    const own = licensing.history(historyOf(alex), now);
    expect(own.data.map((row) => (row.image as { id: string }).id)).toEqual(['1001']);
    const team = licensing.history({ ...historyOf(alex), teamHistory: true }, now);
    expect(team.total_count).toBe(2);
    expect(team.data.map((row) => (row.user as { username: string }).username)).toEqual([
      'sam',
      'alex',
    ]);
    expect(team.data[0]).toMatchObject({
      image: { id: '1002', format: { size: 'medium', format: 'jpg' } },
      is_downloadable: true,
    });
  });

  it('filters by license (or its exclusion), user, asset and downloadable', () => {
    const team = { ...historyOf(alex), teamHistory: true };
    expect(store.history({ ...team, license: 'standard' }).total).toBe(2);
    expect(store.history({ ...team, license: '-standard' }).total).toBe(0);
    expect(store.history({ ...team, username: 'sam' }).rows[0]?.asset_id).toBe('1002');
    expect(store.history({ ...team, assetId: '1001' }).total).toBe(1);
    expect(store.history({ ...team, downloadable: true }).total).toBe(2);
    expect(store.history({ ...team, downloadable: false }).total).toBe(0);
  });

  it('a license under an ended subscription is not downloadable again', () => {
    state
      .prepare('UPDATE subscriptions SET end_time = ? WHERE id = ?')
      .run(new Date(now.getTime() - 1000).toISOString(), ANNUAL);
    const [row] = licensing.history(historyOf(alex), now).data;
    expect(row?.is_downloadable).toBe(false);
    const refused = licensing.redownload('image', String(row?.id), undefined, callerOf(alex));
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Refusal).status).toBe(403);
  });

  it('re-downloads a teammate’s license at another allowed size, charging nothing', () => {
    const [row] = licensing.history({ ...historyOf(sam) }, now).data;
    const before = left('s8906200');
    const again = licensing.redownload('image', String(row?.id), 'huge', callerOf(alex));
    expect(again).not.toBeInstanceOf(Refusal);
    expect(left('s8906200')).toBe(before);
    // Another team's license is not found; a size the subscription lacks is refused.
    expect(
      (licensing.redownload('image', String(row?.id), undefined, callerOf(jordan)) as Refusal)
        .status,
    ).toBe(404);
  });

  it('refuses a re-download at a size the license’s subscription does not allow', () => {
    license(alex, [item('1002', { subscriptionId: ON_DEMAND })]);
    const [row] = licensing.history(historyOf(alex), now).data;
    const refused = licensing.redownload('image', String(row?.id), 'vector', callerOf(alex));
    expect((refused as Refusal).status).toBe(403);
    expect((refused as Refusal).code).toBe('SIZE_NOT_ALLOWED');
  });
});
