// Computer vision against the vendor document: uploads (and each way an upload is
// refused), similar images, similar videos and keywords for an upload or a catalog image,
// paging, ownership of uploads, and what "similar" means: a catalog preview finds its own
// image first, a red picture finds red pictures.
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { colorName, parseHex } from '../../sandbox/colors';
import {
  dataOf,
  describeContract,
  errorText,
  field,
  idsOf,
  qs,
  useContractClient,
} from './harness';

describeContract('contract: computer vision', () => {
  const api = useContractClient(import.meta.filename);
  let catalogIds: string[] = [];
  let uploadId = '';

  const upload = (bytes: Buffer, auth: Parameters<typeof api.send>[2] = {}) =>
    api.send('POST', '/v2/cv/images', {
      body: { base64_image: bytes.toString('base64') },
      ...auth,
    });
  const uploadOk = async (bytes: Buffer) => {
    const { status, body } = await upload(bytes);
    expect(status, errorText(body)).toBe(201);
    return String(field(body, 'upload_id'));
  };
  const preview = async (id: string) =>
    (await api.app.inject({ url: `/sandbox/media/images/${id}/preview.jpg` })).rawPayload;
  const redPicture = () =>
    sharp({ create: { width: 600, height: 400, channels: 3, background: '#cc1a12' } })
      .composite([
        {
          input: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><circle cx="300" cy="200" r="90" fill="#7a0c08"/></svg>',
          ),
        },
      ])
      .png()
      .toBuffer();

  beforeAll(async () => {
    catalogIds = idsOf((await api.get('/v2/images/search?query=mountain&per_page=3')).body);
    expect(catalogIds).toHaveLength(3);
    uploadId = await uploadOk(await preview(catalogIds[0] as string));
  });

  it('POST /v2/cv/images: a JPEG or a PNG → 201 with an upload id', async () => {
    expect(uploadId).toMatch(/^U[0-9a-f]{32}$/);
    const png = await sharp(await preview(catalogIds[1] as string))
      .png()
      .toBuffer();
    expect(await uploadOk(png)).toMatch(/^U[0-9a-f]{32}$/);
  });

  it('POST /v2/cv/images refuses bad input, naming the problem, with the vendor status', async () => {
    const missing = await api.send('POST', '/v2/cv/images', { body: {} });
    expect(missing.status).toBe(400);
    expect(errorText(missing.body)).toContain('base64_image');

    const notBase64 = await api.send('POST', '/v2/cv/images', {
      body: { base64_image: 'this is not base64!' },
    });
    expect(notBase64.status).toBe(400);
    expect(errorText(notBase64.body)).toContain('not valid base64');

    const text = await upload(Buffer.from('Just some words, not a picture at all.'));
    expect(text.status).toBe(400);
    expect(errorText(text.body)).toContain('not an image');

    const damaged = await upload((await preview(catalogIds[0] as string)).subarray(0, 200));
    expect(damaged.status).toBe(400);
    expect(errorText(damaged.body)).toContain('cannot be read');

    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    const unsupported = await upload(gif);
    expect(unsupported.status).toBe(415);
    expect(errorText(unsupported.body)).toContain('GIF');

    const tooBig = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 0xff));
    expect(tooBig.status).toBe(413);
    expect(errorText(tooBig.body)).toContain('10 MB');

    const tooWide = await sharp({
      create: { width: 10_001, height: 2, channels: 3, background: '#000' },
    })
      .png()
      .toBuffer();
    const wide = await upload(tooWide);
    expect(wide.status).toBe(413);
    expect(errorText(wide.body)).toContain('10,000 pixels');
  });

  it('CV endpoints need a user token: none → 401, client credentials → 403', async () => {
    const picture = await preview(catalogIds[0] as string);
    expect((await upload(picture, { auth: 'none' })).status).toBe(401);
    const { client_id, client_secret } = api.app.sandbox.apiClient();
    const basic = { basic: [client_id, client_secret] as [string, string] };
    expect((await upload(picture, { auth: basic })).status).toBe(403);
    for (const path of ['/v2/cv/similar/images', '/v2/cv/similar/videos', '/v2/cv/keywords']) {
      expect((await api.get(`${path}?asset_id=${uploadId}`, 'none')).status).toBe(401);
      expect((await api.get(`${path}?asset_id=${uploadId}`, basic)).status).toBe(403);
    }
  });

  it('GET /v2/cv/similar/images: the vendor shape, paged; filters by license', async () => {
    const first = await api.get(
      `/v2/cv/similar/images?${qs({ asset_id: uploadId, per_page: 10 })}`,
    );
    expect(first.status).toBe(200);
    expect(dataOf(first.body)).toHaveLength(10);
    expect(field(first.body, 'total_count')).toBeGreaterThan(100);
    expect(field(first.body, 'search_id')).toEqual(expect.any(String));
    const second = await api.get(
      `/v2/cv/similar/images?${qs({ asset_id: uploadId, per_page: 5, page: 2, view: 'full' })}`,
    );
    expect(idsOf(second.body)).toEqual(idsOf(first.body).slice(5, 10));
    expect(field(dataOf(second.body)[0], 'keywords')).toEqual(expect.any(Array));

    const editorial = await api.get(
      `/v2/cv/similar/images?${qs({ asset_id: uploadId, license: 'editorial', per_page: 20, view: 'full' })}`,
    );
    expect(editorial.status).toBe(200);
    const editorialImages = dataOf(editorial.body);
    expect(editorialImages.length).toBeGreaterThan(0);
    for (const image of editorialImages) expect(field(image, 'is_editorial')).toBe(true);
  });

  it('GET /v2/cv/similar/images takes a catalog image id and leaves that image out', async () => {
    const id = catalogIds[2] as string;
    const { status, body } = await api.get(`/v2/cv/similar/images?asset_id=${id}&per_page=20`);
    expect(status).toBe(200);
    expect(idsOf(body)).toHaveLength(20);
    expect(idsOf(body)).not.toContain(id);
  });

  it('GET /v2/cv/similar/videos: videos in the vendor shape, paged', async () => {
    const first = await api.get(`/v2/cv/similar/videos?${qs({ asset_id: uploadId, per_page: 6 })}`);
    expect(first.status).toBe(200);
    const videos = dataOf(first.body);
    expect(videos).toHaveLength(6);
    for (const video of videos) expect(field(video, 'media_type')).toBe('video');
    const second = await api.get(
      `/v2/cv/similar/videos?${qs({ asset_id: uploadId, per_page: 3, page: 2 })}`,
    );
    expect(idsOf(second.body)).toEqual(idsOf(first.body).slice(3, 6));
  });

  it('GET /v2/cv/keywords: keywords for an upload or a catalog image', async () => {
    const { status, body } = await api.get(`/v2/cv/keywords?asset_id=${uploadId}`);
    expect(status).toBe(200);
    const keywords = field(body, 'data') as string[];
    expect(keywords.length).toBeGreaterThanOrEqual(10);
    expect(new Set(keywords).size).toBe(keywords.length);
    const image = await api.get(`/v2/cv/keywords?asset_id=${catalogIds[0]}`);
    expect(image.status).toBe(200);
    expect((field(image.body, 'data') as string[]).length).toBeGreaterThan(0);
  });

  it('refuses unknown, malformed and other users’ asset ids, and bad paging', async () => {
    const unknown = `U${'0'.repeat(32)}`;
    for (const path of ['/v2/cv/similar/images', '/v2/cv/similar/videos', '/v2/cv/keywords']) {
      const missing = await api.get(path);
      expect(missing.status, path).toBe(400);
      expect(errorText(missing.body)).toContain('asset_id');

      const notFound = await api.get(`${path}?asset_id=${unknown}`);
      expect(notFound.status, path).toBe(404);
      expect(errorText(notFound.body)).toContain(unknown);

      // Sam is in alex's team, and still cannot use alex's upload.
      const others = await api.get(`${path}?asset_id=${uploadId}`, api.as('sam'));
      expect(others.status, path).toBe(404);

      const malformed = await api.get(`${path}?asset_id=not-an-id`);
      expect(malformed.status, path).toBe(400);
      expect(errorText(malformed.body)).toContain('asset_id');
    }
    expect((await api.get('/v2/cv/similar/images?asset_id=1')).status).toBe(404);
    for (const params of [
      { per_page: 501 },
      { per_page: 0 },
      { page: 0 },
      { license: 'enhanced' },
    ]) {
      const bad = await api.get(`/v2/cv/similar/images?${qs({ asset_id: uploadId, ...params })}`);
      expect(bad.status, JSON.stringify(params)).toBe(400);
      expect(errorText(bad.body)).toContain(Object.keys(params)[0]);
    }
  });

  it('an upload of a catalog preview finds that image first, every time', async () => {
    for (const id of catalogIds) {
      const upload = await uploadOk(await preview(id));
      const { body } = await api.get(`/v2/cv/similar/images?asset_id=${upload}&per_page=5`);
      expect(idsOf(body)[0]).toBe(id);
    }
    const again = await uploadOk(await preview(catalogIds[0] as string));
    const a = await api.get(`/v2/cv/similar/images?asset_id=${uploadId}&per_page=30`);
    const b = await api.get(`/v2/cv/similar/images?asset_id=${again}&per_page=30`);
    expect(idsOf(b.body)).toEqual(idsOf(a.body));
  });

  it('a red picture finds red-dominant images and videos, and suggests "red"', async () => {
    const red = await uploadOk(await redPicture());
    const images = await api.get(`/v2/cv/similar/images?asset_id=${red}&per_page=10&view=full`);
    const rows = api.app.sandbox.catalog.images.findMany(idsOf(images.body).map(Number));
    const mainColors = rows.map((row) => colorName(parseHex(row.colors.split(',')[0] ?? '') ?? 0));
    expect(mainColors.filter((name) => name === 'red').length).toBeGreaterThanOrEqual(8);

    const videos = await api.get(`/v2/cv/similar/videos?asset_id=${red}&per_page=5`);
    const videoRows = api.app.sandbox.videos.videos.findMany(idsOf(videos.body).map(Number));
    const videoColors = videoRows.map((row) =>
      colorName(parseHex(row.colors.split(',')[0] ?? '') ?? 0),
    );
    expect(videoColors.filter((name) => name === 'red').length).toBeGreaterThanOrEqual(4);

    const keywords = await api.get(`/v2/cv/keywords?asset_id=${red}`);
    expect(field(keywords.body, 'data')).toContain('red');
  });
});
