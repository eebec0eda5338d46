// Licensing videos, music, sound effects, editorial images (both paths) and editorial
// videos against the vendor document: each license, its refusals (nothing charged), its
// history and, where the vendor has one, its re-download.
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { describeContract, errorText, field, useContractClient } from './harness';
import {
  assets,
  call,
  downloadsLeft,
  errorCodes,
  firstResult,
  licenseCount,
  results,
  setDownloadsLeft,
  SUBSCRIPTIONS,
  targetOf,
  urlOf,
} from './licenses-fixtures';

const alex = SUBSCRIPTIONS.alex;

describeContract('contract: video, music, sound effect and editorial licenses', () => {
  const api = useContractClient(import.meta.filename);
  let app: FastifyInstance;
  let catalog: ReturnType<typeof assets>;

  beforeAll(() => {
    app = api.app;
    catalog = assets(app);
    for (const id of [
      alex.video4k,
      alex.videoHd,
      alex.music,
      alex.sfx,
      alex.editorial,
      alex.editorialVideo,
    ])
      setDownloadsLeft(app, id, 9);
  });

  /** Expects a refusal with one code and nothing charged on the subscription. */
  async function expectRefused(
    subscription: string,
    send: () => Promise<{ status: number; body: unknown }>,
    status: number,
    code: string,
    mentions: string,
  ) {
    const left = downloadsLeft(app, subscription);
    const count = licenseCount(app, subscription);
    const { status: actual, body } = await send();
    expect(actual, errorText(body)).toBe(status);
    expect(errorCodes(body)).toEqual([code]);
    expect(errorText(body)).toContain(mentions);
    expect(downloadsLeft(app, subscription)).toBe(left);
    expect(licenseCount(app, subscription)).toBe(count);
  }

  // --- videos ---------------------------------------------------------------------------

  it('licenses a video in 4k (size from the query), re-downloads it in hd for nothing', async () => {
    const id = catalog.video4k[0] as string;
    const before = downloadsLeft(app, alex.video4k);
    const { status, body } = await call(
      app,
      'POST',
      `/v2/videos/licenses?size=4k&subscription_id=${alex.video4k}`,
      {
        body: { videos: [{ video_id: id }] },
      },
    );
    expect(status).toBe(200);
    const result = firstResult(body);
    expect(result).toMatchObject({ video_id: id, allotment_charge: 1 });
    expect(targetOf(app, urlOf(result))).toMatchObject({
      media: 'video',
      assetId: id,
      size: '4k',
      format: 'mov',
    });
    expect(downloadsLeft(app, alex.video4k)).toBe(before - 1);

    const again = await call(
      app,
      'POST',
      `/v2/videos/licenses/${String(result.license_id)}/downloads`,
      {
        body: { size: 'hd' },
      },
    );
    expect(again.status).toBe(200);
    expect(targetOf(app, field(again.body, 'url')).size).toBe('hd');
    expect(downloadsLeft(app, alex.video4k)).toBe(before - 1);

    const history = await call(app, 'GET', `/v2/videos/licenses?video_id=${id}`);
    expect(firstResult(history.body)).toMatchObject({
      id: result.license_id,
      video: { id, format: { size: '4k', format: 'mov' } },
      is_downloadable: true,
    });
  });

  it('video refusals: 4k on an HD-only subscription, 4k of an HD video, unknown video', async () => {
    await expectRefused(
      alex.videoHd,
      () =>
        call(app, 'POST', '/v2/videos/licenses', {
          body: {
            videos: [{ video_id: catalog.video4k[1], subscription_id: alex.videoHd, size: '4k' }],
          },
        }),
      403,
      'SIZE_NOT_ALLOWED',
      '4k',
    );
    await expectRefused(
      alex.video4k,
      () =>
        call(app, 'POST', '/v2/videos/licenses', {
          body: {
            videos: [{ video_id: catalog.videoHd, subscription_id: alex.video4k, size: '4k' }],
          },
        }),
      400,
      'SIZE_NOT_AVAILABLE',
      'hd',
    );
    await expectRefused(
      alex.video4k,
      () =>
        call(app, 'POST', '/v2/videos/licenses', {
          body: { videos: [{ video_id: '999999999', subscription_id: alex.video4k }] },
        }),
      404,
      'NOT_FOUND',
      '999999999',
    );
  });

  // --- music --------------------------------------------------------------------------------

  it('licenses a track under its music license; re-download gives a new URL', async () => {
    const id = catalog.track[0] as string;
    const { status, body } = await call(
      app,
      'POST',
      '/v2/audio/licenses?license=premier_music_basic',
      {
        body: { audio: [{ audio_id: id }] },
      },
    );
    expect(status).toBe(200);
    const result = firstResult(body);
    expect(result).toMatchObject({ audio_id: id, allotment_charge: 1 });
    expect(targetOf(app, urlOf(result))).toMatchObject({
      media: 'audio',
      assetId: id,
      format: 'wav',
    });
    const again = await call(
      app,
      'POST',
      `/v2/audio/licenses/${String(result.license_id)}/downloads`,
    );
    expect(again.status).toBe(200);
    expect(field(again.body, 'url')).not.toBe(urlOf(result));
    const history = await call(app, 'GET', `/v2/audio/licenses?audio_id=${id}`);
    expect(firstResult(history.body)).toMatchObject({
      audio: { id },
      license: 'premier_music_basic',
    });
  });

  it('music refusals: a license the user has no subscription for, an unknown track', async () => {
    await expectRefused(
      alex.music,
      () =>
        call(app, 'POST', '/v2/audio/licenses', {
          body: { audio: [{ audio_id: catalog.track[1], license: 'premier_music_pro' }] },
        }),
      403,
      'NO_SUBSCRIPTION',
      'premier_music_pro',
    );
    await expectRefused(
      alex.music,
      () =>
        call(app, 'POST', '/v2/audio/licenses', { body: { audio: [{ audio_id: '999999999' }] } }),
      404,
      'NOT_FOUND',
      '999999999',
    );
  });

  // --- sound effects ----------------------------------------------------------------------

  it('licenses a sound effect as mp3; history by sfx_id and license_id; re-download', async () => {
    const id = catalog.sfx[0] as string;
    const { status, body } = await call(app, 'POST', '/v2/sfx/licenses', {
      body: { sound_effects: [{ sfx_id: id, subscription_id: alex.sfx, format: 'mp3' }] },
    });
    expect(status).toBe(200);
    const result = firstResult(body);
    expect(targetOf(app, urlOf(result))).toMatchObject({
      media: 'sfx',
      assetId: id,
      format: 'mp3',
    });
    const history = await call(
      app,
      'GET',
      `/v2/sfx/licenses?sfx_id=${id}&license_id=${String(result.license_id)}`,
    );
    expect(results(history.body)).toHaveLength(1);
    expect(firstResult(history.body)).toMatchObject({ audio: { id, format: { format: 'mp3' } } });
    const again = await call(
      app,
      'POST',
      `/v2/sfx/licenses/${String(result.license_id)}/downloads`,
    );
    expect(again.status).toBe(200);
  });

  it('sound effect refusals: subscription_id is required; a music subscription is the wrong kind', async () => {
    const missing = await call(app, 'POST', '/v2/sfx/licenses', {
      body: { sound_effects: [{ sfx_id: catalog.sfx[1] }] },
    });
    expect(missing.status).toBe(400);
    expect(errorText(missing.body)).toContain('subscription_id');
    await expectRefused(
      alex.music,
      () =>
        call(app, 'POST', '/v2/sfx/licenses', {
          body: { sound_effects: [{ sfx_id: catalog.sfx[1], subscription_id: alex.music }] },
        }),
      400,
      'WRONG_SUBSCRIPTION_TYPE',
      'music',
    );
  });

  // --- editorial images -----------------------------------------------------------------------

  const PO = { purchase_order: 'PO-77' };

  it('licenses editorial images for a country, on both paths; history lists them, not downloadable again', async () => {
    for (const [path, id] of [
      ['/v2/editorial/images/licenses', catalog.editorialImage[0]],
      ['/v2/editorial/licenses', catalog.editorialImage[1]],
    ] as const) {
      const { status, body } = await call(app, 'POST', path, {
        body: {
          country: 'usa',
          editorial: [
            {
              editorial_id: id,
              license: 'premier_editorial_all_digital',
              size: 'medium',
              metadata: PO,
            },
          ],
        },
      });
      expect(status, errorText(body)).toBe(200);
      const result = firstResult(body);
      expect(result).toMatchObject({ editorial_id: id, allotment_charge: 1 });
      expect(targetOf(app, urlOf(result))).toMatchObject({
        media: 'editorial-image',
        assetId: id,
        size: 'medium',
        format: 'jpg',
      });
      const history = await call(
        app,
        'GET',
        `/v2/editorial/images/licenses?image_id=${String(id)}`,
      );
      expect(firstResult(history.body)).toMatchObject({
        image: { id, format: { size: 'medium' } },
        is_downloadable: false,
        metadata: PO,
      });
    }
    const downloadable = await call(
      app,
      'GET',
      '/v2/editorial/images/licenses?download_availability=downloadable',
    );
    expect(results(downloadable.body)).toEqual([]);
  });

  it('editorial refusals: a country the picture may not be used in (406), missing purchase order, unknown license', async () => {
    const item = (extra: Record<string, unknown>) => ({
      editorial_id: catalog.editorialNotInFrance,
      license: 'premier_editorial_all_digital',
      metadata: PO,
      ...extra,
    });
    await expectRefused(
      alex.editorial,
      () =>
        call(app, 'POST', '/v2/editorial/images/licenses', {
          body: { country: 'FRA', editorial: [item({})] },
        }),
      406,
      'COUNTRY_NOT_ALLOWED',
      'France',
    );
    await expectRefused(
      alex.editorial,
      () =>
        call(app, 'POST', '/v2/editorial/images/licenses', {
          body: { country: 'USA', editorial: [item({ metadata: {} })] },
        }),
      400,
      'METADATA_REQUIRED',
      'purchase_order',
    );
    await expectRefused(
      alex.editorial,
      () =>
        call(app, 'POST', '/v2/editorial/images/licenses', {
          body: { country: 'USA', editorial: [item({ license: 'premier_editorial_comp' })] },
        }),
      403,
      'NO_SUBSCRIPTION',
      'premier_editorial_comp',
    );
    const noCountry = await call(app, 'POST', '/v2/editorial/images/licenses', {
      body: { editorial: [item({})] },
    });
    expect(noCountry.status).toBe(400);
    expect(errorText(noCountry.body)).toContain('country');
  });

  // --- editorial videos ---------------------------------------------------------------------

  it('licenses an editorial video; refuses one not for use in the country (406)', async () => {
    const license = 'premier_editorial_video_digital_only';
    const { status, body } = await call(app, 'POST', '/v2/editorial/videos/licenses', {
      body: { country: 'GBR', editorial: [{ editorial_id: catalog.editorialVideo, license }] },
    });
    expect(status, errorText(body)).toBe(200);
    expect(targetOf(app, urlOf(firstResult(body)))).toMatchObject({
      media: 'editorial-video',
      size: 'original',
      format: 'mov',
    });
    const history = await call(
      app,
      'GET',
      `/v2/editorial/videos/licenses?video_id=${catalog.editorialVideo}`,
    );
    expect(firstResult(history.body)).toMatchObject({
      video: { id: catalog.editorialVideo },
      license,
    });
    await expectRefused(
      alex.editorialVideo,
      () =>
        call(app, 'POST', '/v2/editorial/videos/licenses', {
          body: {
            country: 'ESP',
            editorial: [{ editorial_id: catalog.editorialVideoNotInSpain, license }],
          },
        }),
      406,
      'COUNTRY_NOT_ALLOWED',
      'ESP',
    );
  });

  it('re-downloading a license of another media type is a 404', async () => {
    const { body } = await call(app, 'POST', '/v2/audio/licenses', {
      body: { audio: [{ audio_id: catalog.track[1] }] },
    });
    const id = String(firstResult(body).license_id);
    const wrong = await call(app, 'POST', `/v2/images/licenses/${id}/downloads`, { body: {} });
    expect(wrong.status).toBe(404);
  });
});
