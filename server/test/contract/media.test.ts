// The preview URLs in image responses, fetched over a real socket: each answers a JPEG of
// exactly the width and height the response states, cacheable for a long time.
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { dataOf, describeContract, field, isRecord, useContractClient, type Json } from './harness';

interface StatedAsset {
  imageId: string;
  size: string;
  url: string;
  width: number;
  height: number;
}

/** Every asset of an image that states a URL and pixel dimensions (the Thumbnail shape). */
function statedAssets(image: Json): StatedAsset[] {
  const assets = isRecord(image.assets) ? image.assets : {};
  return Object.entries(assets).flatMap(([size, asset]) => {
    const url = field(asset, 'url');
    const width = field(asset, 'width');
    const height = field(asset, 'height');
    return typeof url === 'string' && typeof width === 'number' && typeof height === 'number'
      ? [{ imageId: String(image.id), size, url, width, height }]
      : [];
  });
}

describeContract('contract: media URLs', () => {
  const api = useContractClient(import.meta.filename, { socket: true });
  let images: Json[] = [];

  beforeAll(async () => {
    const horizontal = await api.get('/v2/images/search?per_page=2&orientation=horizontal');
    const vertical = await api.get('/v2/images/search?per_page=2&orientation=vertical&view=full');
    images = [...dataOf(horizontal.body), ...dataOf(vertical.body)];
    expect(images.length).toBeGreaterThan(0);
  });

  it('states the vendor preview sizes for each image', () => {
    for (const image of images) {
      const sizes = statedAssets(image).map((a) => a.size);
      expect(sizes).toEqual(
        expect.arrayContaining([
          'small_thumb',
          'large_thumb',
          'huge_thumb',
          'preview',
          'preview_1000',
          'preview_1500',
        ]),
      );
    }
  });

  it('serves every stated URL as a JPEG of the stated dimensions, with long-lived caching', async () => {
    for (const asset of images.flatMap(statedAssets)) {
      const label = `${asset.imageId} ${asset.size}`;
      const response = await fetch(new URL(asset.url, api.baseUrl));
      expect(response.status, label).toBe(200);
      expect(response.headers.get('content-type'), label).toMatch(/^image\/jpeg/);
      expect(response.headers.get('cache-control') ?? '', label).toMatch(/max-age=\d{5,}/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)], label).toEqual([0xff, 0xd8, 0xff]);
      const meta = await sharp(bytes).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }, label).toEqual({
        format: 'jpeg',
        width: asset.width,
        height: asset.height,
      });
    }
  });

  it('states the same assets in GET /v2/images/{id} as in search', async () => {
    const [first] = images;
    const { body } = await api.get(`/v2/images/${String(first?.id)}`);
    expect(isRecord(body) ? statedAssets(body) : []).toEqual(first ? statedAssets(first) : []);
  });

  it('answers 404 for media of an unknown image or size', async () => {
    const [asset] = images.flatMap(statedAssets);
    expect(asset).toBeDefined();
    if (!asset) return;
    const unknownSize = new URL(asset.url, api.baseUrl);
    unknownSize.pathname = unknownSize.pathname.replace(/[^/]+\.jpg$/, 'gigantic.jpg');
    expect((await fetch(unknownSize)).status).toBe(404);
    const unknownImage = new URL(asset.url, api.baseUrl);
    unknownImage.pathname = unknownImage.pathname.replace(`/${asset.imageId}/`, '/999999999999/');
    expect((await fetch(unknownImage)).status).toBe(404);
  });
});
