// Licensing with the official SDK, unmodified, against the sandbox over a real socket:
// license, history and re-download for images, videos, music and sound effects, and
// editorial image and video licenses; the download URLs answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { assets, SUBSCRIPTIONS, targetOf } from '../contract/licenses-fixtures';
import { field, list, sstk, statusOfFailure, useSdk } from './client';

const alex = SUBSCRIPTIONS.alex;

describe('SDK: licensing against the sandbox', () => {
  const sdk = useSdk();
  let catalog: ReturnType<typeof assets>;

  beforeAll(() => {
    catalog = assets(sdk.app);
    const left = sdk.app.sandbox.state.prepare(
      'UPDATE subscriptions SET downloads_left = 50 WHERE id = ?',
    );
    for (const id of [
      alex.annual,
      alex.video4k,
      alex.music,
      alex.sfx,
      alex.editorial,
      alex.editorialVideo,
    ])
      left.run(id);
  });

  const first = (result: unknown) => list(result)[0];

  it('ImagesApi: licenseImages, getImageLicenseList, downloadImage; the URL serves the file', async () => {
    const images = new sstk.ImagesApi(sdk.client);
    const id = catalog.photos[79] as string;
    const licensed = await images.licenseImages(
      { images: [{ image_id: id }] },
      { subscription_id: alex.annual, size: 'small' },
    );
    const result = first(licensed);
    expect(field(result, 'image_id')).toBe(id);
    expect(field(result, 'allotment_charge')).toBe(1);
    const licenseId = String(field(result, 'license_id'));

    const history = await images.getImageLicenseList({ image_id: id, per_page: 5, sort: 'newest' });
    expect(list(history).map((row) => field(row, 'id'))).toContain(licenseId);

    const again = await images.downloadImage(licenseId, { size: 'medium' });
    const url = String(field(again, 'url'));
    expect(targetOf(sdk.app, url)).toMatchObject({ assetId: id, size: 'medium' });
    const response = await fetch(url, { method: 'HEAD' });
    expect(response.status).not.toBe(404);

    expect(await statusOfFailure(images.downloadImage('e0000', {}))).toBe(404);
  });

  it('VideosApi: licenseVideos, getVideoLicenseList, downloadVideos', async () => {
    const videos = new sstk.VideosApi(sdk.client);
    const id = catalog.video4k[2] as string;
    const licensed = await videos.licenseVideos(
      { videos: [{ video_id: id }] },
      { subscription_id: alex.video4k, size: 'hd' },
    );
    const licenseId = String(field(first(licensed), 'license_id'));
    const history = await videos.getVideoLicenseList({ video_id: id });
    expect(field(first(history), 'id')).toBe(licenseId);
    const again = await videos.downloadVideos(licenseId, { size: 'sd' });
    expect(targetOf(sdk.app, field(again, 'url'))).toMatchObject({ media: 'video', size: 'sd' });
  });

  it('AudioApi: licenseTrack, getTrackLicenseList, downloadTracks', async () => {
    const audio = new sstk.AudioApi(sdk.client);
    const id = catalog.track[0] as string;
    const licensed = await audio.licenseTrack(
      { audio: [{ audio_id: id }] },
      { license: 'premier_music_basic' },
    );
    const licenseId = String(field(first(licensed), 'license_id'));
    const history = await audio.getTrackLicenseList({ audio_id: id });
    expect(list(history).map((row) => field(row, 'id'))).toContain(licenseId);
    const again = await audio.downloadTracks(licenseId);
    expect(targetOf(sdk.app, field(again, 'url'))).toMatchObject({ media: 'audio', assetId: id });
  });

  it('SoundEffectsApi: licensesSFX, getSfxLicenseList, downloadSfx', async () => {
    const sfx = new sstk.SoundEffectsApi(sdk.client);
    const id = catalog.sfx[1] as string;
    const licensed = await sfx.licensesSFX({
      sound_effects: [{ sfx_id: id, subscription_id: alex.sfx }],
    });
    const licenseId = String(field(first(licensed), 'license_id'));
    const history = await sfx.getSfxLicenseList({ license_id: licenseId });
    expect(field(first(history), 'id')).toBe(licenseId);
    const again = await sfx.downloadSfx(licenseId);
    expect(targetOf(sdk.app, field(again, 'url'))).toMatchObject({ media: 'sfx', assetId: id });
  });

  it('EditorialImagesApi and EditorialVideoApi: license for a country', async () => {
    const editorial = new sstk.EditorialImagesApi(sdk.client);
    const image = await editorial.licenseEditorialImages({
      country: 'USA',
      editorial: [
        {
          editorial_id: catalog.editorialImage[1],
          license: 'premier_editorial_all_digital',
          metadata: { purchase_order: 'PO-9' },
        },
      ],
    });
    expect(field(first(image), 'allotment_charge')).toBe(1);
    const history = await editorial.getEditorialImageLicenseList({
      image_id: catalog.editorialImage[1],
    });
    expect(list(history).length).toBeGreaterThan(0);

    const videos = new sstk.EditorialVideoApi(sdk.client);
    const video = await videos.licenseEditorialVideo({
      country: 'USA',
      editorial: [
        { editorial_id: catalog.editorialVideo, license: 'premier_editorial_video_digital_only' },
      ],
    });
    expect(targetOf(sdk.app, field(field(first(video), 'download'), 'url'))).toMatchObject({
      media: 'editorial-video',
    });
  });
});
