import { describe, expect, it } from 'vitest';
import {
  batchBody,
  chunk,
  LICENSE_BATCH_LIMIT,
  planLicenseBatches,
  readBatchAnswer,
  readBatchError,
  type BulkChoice,
} from './bulk-license';
import { ApiError } from './client';
import { LicenseRefusedError } from './license-actions';

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => String(from + i));

const images: BulkChoice = {
  media: 'image',
  subscriptionId: 's8906101',
  size: 'medium',
  format: 'jpg',
  metadata: { client: 'Acme', job: 'Spring' },
};

describe('planLicenseBatches', () => {
  it('splits 120 images into requests of at most 50, in order, each with its own key', () => {
    const batches = planLicenseBatches(images, ids(120), 'intent-1');
    expect(LICENSE_BATCH_LIMIT.image).toBe(50);
    expect(batches.map((b) => b.assetIds.length)).toEqual([50, 50, 20]);
    expect(batches.flatMap((b) => b.assetIds)).toEqual(ids(120));
    expect(new Set(batches.map((b) => b.key)).size).toBe(3);
    const first = batches[0]!.body as { images: Record<string, unknown>[] };
    expect(first.images).toHaveLength(50);
    expect(first.images[0]).toEqual({
      image_id: '1',
      subscription_id: 's8906101',
      size: 'medium',
      format: 'jpg',
      metadata: { client: 'Acme', job: 'Spring' },
    });
  });

  it('gives the same requests the same keys when planned again (a retry or a double click)', () => {
    const once = planLicenseBatches(images, ids(75), 'intent-1');
    const again = planLicenseBatches(images, [...ids(75), '3', '7'], 'intent-1');
    expect(again).toEqual(once);
  });

  it('changes the key when the intent or the request changes', () => {
    const [base] = planLicenseBatches(images, ids(3), 'intent-1');
    const [otherIntent] = planLicenseBatches(images, ids(3), 'intent-2');
    const [otherSize] = planLicenseBatches({ ...images, size: 'huge' }, ids(3), 'intent-1');
    const [fewer] = planLicenseBatches(images, ids(2), 'intent-1');
    const keys = [base, otherIntent, otherSize, fewer].map((b) => b!.key);
    expect(new Set(keys).size).toBe(4);
    expect(base!.key.startsWith('intent-1-')).toBe(true);
  });

  it('acknowledges editorial use only for the assets that need it; music names the license', () => {
    const body = batchBody({ ...images, acknowledged: new Set(['2']) }, ['1', '2']) as {
      images: Record<string, unknown>[];
    };
    expect(body.images.map((item) => item.editorial_acknowledgement)).toEqual([undefined, true]);
    expect(
      batchBody({ media: 'audio', subscriptionId: 's1', license: 'premier_music_basic' }, [
        '9',
        '8',
      ]),
    ).toEqual({
      audio: [
        { audio_id: '9', license: 'premier_music_basic' },
        { audio_id: '8', license: 'premier_music_basic' },
      ],
    });
  });

  it('refuses a chunk size below 1', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(chunk([], 50)).toEqual([]);
  });
});

describe('reading a batch answer', () => {
  const batch = { media: 'image' as const, assetIds: ['1', '2', '3'] };

  it('reads partial success: licensed with link, refused with the API’s code and words', () => {
    const outcomes = readBatchAnswer(batch, {
      data: [
        { image_id: '1', license_id: 'e1', download: { url: 'https://x/1' } },
        { image_id: '2', error: 'Subscription s1 has no downloads left' },
        { image_id: '3', license_id: 'e3', download: { url: 'https://x/3' } },
      ],
      errors: [
        {
          code: 'NO_ALLOTMENT_LEFT',
          message: 'Subscription s1 has no downloads left',
          path: '$.body.images[1].subscription_id',
          data: '2',
        },
      ],
    });
    expect(outcomes.map((o) => o.state)).toEqual(['licensed', 'refused', 'licensed']);
    expect(outcomes[0]).toEqual({
      assetId: '1',
      state: 'licensed',
      licenseId: 'e1',
      url: 'https://x/1',
    });
    const refused = outcomes[1]!;
    expect(refused.state === 'refused' && refused.error).toBeInstanceOf(ApiError);
    expect(refused.state === 'refused' && (refused.error as ApiError).errors[0]?.code).toBe(
      'NO_ALLOTMENT_LEFT',
    );
  });

  it('keeps a refusal with no code as the API’s words; an asset left out is not called licensed', () => {
    const outcomes = readBatchAnswer(batch, {
      data: [
        { image_id: '2', error: 'No' },
        { image_id: '1', license_id: 'e1' },
      ],
    });
    expect(outcomes.map((o) => o.state)).toEqual(['licensed', 'refused', 'failed']);
    expect(outcomes[1]!.state === 'refused' && outcomes[1]!.error).toBeInstanceOf(
      LicenseRefusedError,
    );
  });

  it('an answer where every asset was refused names each one; a network failure may be retried', () => {
    const everyone = new ApiError(403, 'No downloads left', [
      { code: 'NO_ALLOTMENT_LEFT', message: 'none left', data: '1' },
      { code: 'NO_ALLOTMENT_LEFT', message: 'none left', data: '2' },
      { code: 'NOT_FOUND', message: 'Image 3 not found', data: '3' },
    ]);
    const refused = readBatchError(batch, everyone);
    expect(refused.map((o) => o.state)).toEqual(['refused', 'refused', 'refused']);
    expect(refused[2]!.state === 'refused' && (refused[2]!.error as ApiError).status).toBe(404);

    expect(readBatchError(batch, new ApiError(0, 'offline')).map((o) => o.state)).toEqual([
      'failed',
      'failed',
      'failed',
    ]);
    expect(readBatchError(batch, new ApiError(503, 'busy'))[0]!.state).toBe('failed');
    expect(readBatchError(batch, new ApiError(401, 'signed out'))[0]!.state).toBe('refused');
  });
});
