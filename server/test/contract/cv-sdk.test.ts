// The official SDK's ComputerVisionApi, unmodified, against the sandbox over a real socket:
// upload a catalog preview, then similar images (that image first), videos and keywords.
import type { ApiClient } from 'shutterstock-api';
import { describe, expect, it } from 'vitest';
import { field, list, sstk, statusOfFailure, useSdk } from '../sdk/client';

/** The part of the SDK's ComputerVisionApi used here (the SDK ships no types). */
interface ComputerVisionApi {
  uploadImage(body: { base64_image: string }): Promise<unknown>;
  getSimilarImages(assetId: string, opts?: Record<string, unknown>): Promise<unknown>;
  getSimilarVideos(assetId: string, opts?: Record<string, unknown>): Promise<unknown>;
  getKeywords(assetId: string): Promise<unknown>;
}

const { ComputerVisionApi } = sstk as unknown as {
  ComputerVisionApi: new (client: ApiClient) => ComputerVisionApi;
};

describe('SDK: ComputerVisionApi against the sandbox', () => {
  const sdk = useSdk();

  it('uploads an image, then finds similar images, videos and keywords', async () => {
    const image = sdk.app.sandbox.catalog.columns.ids[1234] as number;
    const preview = await fetch(`${sdk.baseUrl}/sandbox/media/images/${image}/preview.jpg`);
    const base64 = Buffer.from(await preview.arrayBuffer()).toString('base64');
    const cv = new ComputerVisionApi(sdk.client);

    const upload = await cv.uploadImage({ base64_image: base64 });
    const uploadId = String(field(upload, 'upload_id'));
    expect(uploadId).toMatch(/^U[0-9a-f]{32}$/);

    const images = await cv.getSimilarImages(uploadId, { per_page: 5, view: 'minimal' });
    expect(list(images).map((item) => field(item, 'id'))[0]).toBe(String(image));
    expect(field(images, 'total_count')).toEqual(expect.any(Number));

    const videos = await cv.getSimilarVideos(uploadId, { per_page: 4 });
    expect(list(videos)).toHaveLength(4);

    const keywords = await cv.getKeywords(uploadId);
    expect(list(keywords).length).toBeGreaterThan(5);
  });

  it('refuses an upload that is not an image, and a client without a token', async () => {
    const cv = new ComputerVisionApi(sdk.client);
    const text = Buffer.from('plain words').toString('base64');
    expect(await statusOfFailure(cv.uploadImage({ base64_image: text }))).toBe(400);
    const anonymous = new ComputerVisionApi(sdk.newClient());
    expect(await statusOfFailure(anonymous.getKeywords(`U${'0'.repeat(32)}`))).toBe(401);
  });
});
