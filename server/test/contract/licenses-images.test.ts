// Image licensing against the vendor document: license (one, several, partial success),
// every refusal with nothing charged, Idempotency-Key, re-download and license history
// with its filters and team rules.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { describeContract, errorText, field, qs, useContractClient } from './harness';
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

const { annual, enhanced, onDemand, expired, video4k } = SUBSCRIPTIONS.alex;
const CLIENT_WORK = { client: 'Acme Foods', job: 'Spring campaign', purchase_order: 'PO-1182' };

describeContract('contract: image licenses', () => {
  const api = useContractClient(import.meta.filename);
  let app: FastifyInstance;
  let catalog: ReturnType<typeof assets>;
  let next = 0;
  /** A photo no test in this run has licensed yet. */
  const photo = () => catalog.photos[next++] as string;
  const license = (body: unknown, query = '', headers: Record<string, string> = {}) =>
    call(app, 'POST', `/v2/images/licenses${query}`, { body, headers });

  beforeAll(() => {
    app = api.app;
    catalog = assets(app);
    setDownloadsLeft(app, annual, 700);
    setDownloadsLeft(app, enhanced, 20);
  });

  it('licenses an image: license id, allotment charge, a signed URL for the size; one credit used', async () => {
    const id = photo();
    const before = downloadsLeft(app, annual);
    const { status, body } = await license(
      { images: [{ image_id: id, subscription_id: annual, size: 'medium' }] },
      '?search_id=abc',
    );
    expect(status).toBe(200);
    const result = firstResult(body);
    expect(result.image_id).toBe(id);
    expect(result.license_id).toMatch(/^e[0-9a-f]{32}$/);
    expect(result.allotment_charge).toBe(1);
    expect(urlOf(result)).toMatch(/^http:\/\/[^/]+\/sandbox\/downloads\/[\w-]+\.[\w-]+$/);
    expect(targetOf(app, urlOf(result))).toEqual({
      media: 'image',
      assetId: id,
      size: 'medium',
      format: 'jpg',
      licenseId: result.license_id,
    });
    expect(downloadsLeft(app, annual)).toBe(before - 1);
  });

  it('takes size, format and subscription from the query; the body overrides them', async () => {
    const [a, b] = [photo(), photo()];
    const { status, body } = await license(
      { images: [{ image_id: a }, { image_id: b, size: 'small' }] },
      `?${qs({ subscription_id: annual, size: 'huge', format: 'jpg' })}`,
    );
    expect(status).toBe(200);
    const [first, second] = results(body);
    expect(targetOf(app, urlOf(first)).size).toBe('huge');
    expect(targetOf(app, urlOf(second)).size).toBe('small');
  });

  it('picks the first subscription that fits when none is named', async () => {
    const id = photo();
    const { status } = await license({ images: [{ image_id: id, size: 'small' }] });
    expect(status).toBe(200);
    const history = await call(app, 'GET', `/v2/images/licenses?image_id=${id}`);
    expect(firstResult(history.body).subscription_id).toBe(annual);
  });

  it('vector (eps) for vector images, custom sizes by one side', async () => {
    const vector = await license({
      images: [
        { image_id: catalog.vector, subscription_id: annual, size: 'vector', format: 'eps' },
      ],
    });
    expect(vector.status).toBe(200);
    expect(targetOf(app, urlOf(firstResult(vector.body)))).toMatchObject({
      size: 'vector',
      format: 'eps',
    });
    const custom = await license({
      images: [
        {
          image_id: photo(),
          subscription_id: annual,
          size: 'custom',
          custom_dimensions: { width: 800 },
        },
      ],
    });
    expect(custom.status).toBe(200);
    expect(targetOf(app, urlOf(firstResult(custom.body))).size).toMatch(/^custom-800x\d+$/);
  });

  it('several images at once, one unknown: partial success, the bad one named and not charged', async () => {
    const [a, b] = [photo(), photo()];
    const before = downloadsLeft(app, annual);
    const { status, body } = await license({
      images: [
        { image_id: a, subscription_id: annual, size: 'small' },
        { image_id: '999999999', subscription_id: annual, size: 'small' },
        { image_id: b, subscription_id: annual, size: 'small' },
      ],
    });
    expect(status).toBe(200);
    const [first, missing, third] = results(body);
    expect(first?.license_id).toBeTypeOf('string');
    expect(third?.license_id).toBeTypeOf('string');
    expect(missing).toEqual({ image_id: '999999999', error: expect.stringContaining('not found') });
    expect(field(body, 'errors')).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', path: '$.body.images[1].image_id' }),
    ]);
    expect(downloadsLeft(app, annual)).toBe(before - 2);
  });

  it('more than 50 images in one request is a 400 naming images; an empty list too', async () => {
    const many = Array.from({ length: 51 }, () => ({ image_id: catalog.photos[0] }));
    for (const images of [many, []]) {
      const { status, body } = await license({ images });
      expect(status).toBe(400);
      expect(errorText(body)).toContain('images');
    }
  });

  // --- refusals: the vendor's status, an error naming the cause, nothing charged --------

  const refusals: {
    name: string;
    setup?: () => void;
    item: () => Record<string, unknown>;
    status: number;
    code: string;
    mentions: string;
    subscription: string;
  }[] = [
    {
      name: 'an unknown image',
      item: () => ({ image_id: '999999998', subscription_id: annual }),
      status: 404,
      code: 'NOT_FOUND',
      mentions: '999999998',
      subscription: annual,
    },
    {
      name: 'no allotment left',
      setup: () => setDownloadsLeft(app, onDemand, 0),
      item: () => ({ image_id: photo(), subscription_id: onDemand, size: 'small' }),
      status: 403,
      code: 'NO_ALLOTMENT_LEFT',
      mentions: 'no downloads left',
      subscription: onDemand,
    },
    {
      name: 'a size the subscription does not allow',
      item: () => ({
        image_id: photo(),
        subscription_id: enhanced,
        size: 'small',
        metadata: CLIENT_WORK,
      }),
      status: 403,
      code: 'SIZE_NOT_ALLOWED',
      mentions: 'small',
      subscription: enhanced,
    },
    {
      name: 'missing required metadata',
      item: () => ({
        image_id: photo(),
        subscription_id: enhanced,
        size: 'huge',
        metadata: { client: 'Acme Foods' },
      }),
      status: 400,
      code: 'METADATA_REQUIRED',
      mentions: 'job',
      subscription: enhanced,
    },
    {
      name: 'an expired subscription',
      item: () => ({ image_id: photo(), subscription_id: expired, size: 'small' }),
      status: 403,
      code: 'SUBSCRIPTION_EXPIRED',
      mentions: 'expired',
      subscription: expired,
    },
    {
      name: 'a video subscription',
      item: () => ({ image_id: photo(), subscription_id: video4k }),
      status: 400,
      code: 'WRONG_SUBSCRIPTION_TYPE',
      mentions: 'videos',
      subscription: video4k,
    },
    {
      name: 'another user’s subscription',
      item: () => ({ image_id: photo(), subscription_id: SUBSCRIPTIONS.sam.annual }),
      status: 400,
      code: 'SUBSCRIPTION_NOT_FOUND',
      mentions: SUBSCRIPTIONS.sam.annual,
      subscription: SUBSCRIPTIONS.sam.annual,
    },
    {
      name: 'an editorial image id (wrong type of asset)',
      item: () => ({ image_id: catalog.editorialImage[0], subscription_id: annual }),
      status: 400,
      code: 'WRONG_ASSET_TYPE',
      mentions: '/v2/editorial/images/licenses',
      subscription: annual,
    },
    {
      name: 'vector of a photo',
      item: () => ({ image_id: photo(), subscription_id: annual, size: 'vector', format: 'eps' }),
      status: 400,
      code: 'SIZE_NOT_AVAILABLE',
      mentions: 'vector',
      subscription: annual,
    },
    {
      name: 'an editorial-use image without editorial_acknowledgement',
      item: () => ({ image_id: catalog.editorialFlagged, subscription_id: annual }),
      status: 400,
      code: 'EDITORIAL_ACKNOWLEDGEMENT_REQUIRED',
      mentions: 'editorial_acknowledgement',
      subscription: annual,
    },
    {
      name: 'custom size with both sides',
      item: () => ({
        image_id: photo(),
        subscription_id: annual,
        size: 'custom',
        custom_dimensions: { width: 300, height: 300 },
      }),
      status: 400,
      code: 'VALIDATION_ERROR',
      mentions: 'custom_dimensions',
      subscription: annual,
    },
  ];
  for (const refusal of refusals) {
    it(`refuses ${refusal.name}: ${refusal.status} ${refusal.code}, nothing charged`, async () => {
      refusal.setup?.();
      const left = downloadsLeft(app, refusal.subscription);
      const count = licenseCount(app, refusal.subscription);
      const { status, body } = await license({ images: [refusal.item()] });
      expect(status, errorText(body)).toBe(refusal.status);
      expect(errorCodes(body)).toEqual([refusal.code]);
      expect(errorText(body)).toContain(refusal.mentions);
      expect(downloadsLeft(app, refusal.subscription)).toBe(left);
      expect(licenseCount(app, refusal.subscription)).toBe(count);
    });
  }

  it('the last credit of a nearly used-up subscription licenses once, then it is refused', async () => {
    setDownloadsLeft(app, onDemand, 1);
    const first = await license({
      images: [{ image_id: photo(), subscription_id: onDemand, size: 'small' }],
    });
    expect(first.status).toBe(200);
    const second = await license({
      images: [{ image_id: photo(), subscription_id: onDemand, size: 'small' }],
    });
    expect(second.status).toBe(403);
    expect(downloadsLeft(app, onDemand)).toBe(0);
  });

  it('required metadata given: licensed, and the history keeps it', async () => {
    const id = photo();
    const { status, body } = await license({
      images: [{ image_id: id, subscription_id: enhanced, size: 'huge', metadata: CLIENT_WORK }],
    });
    expect(status).toBe(200);
    const history = await call(app, 'GET', `/v2/images/licenses?image_id=${id}`);
    expect(firstResult(history.body)).toMatchObject({
      id: firstResult(body).license_id,
      license: 'enhanced',
      metadata: CLIENT_WORK,
      subscription_id: enhanced,
      user: { username: 'alex' },
      is_downloadable: true,
      image: { id, format: { size: 'huge', format: 'jpg' } },
    });
  });

  it('a revenue-sharing price is kept: the history shows it as revshare', async () => {
    const id = photo();
    const { status } = await license({
      images: [{ image_id: id, subscription_id: annual, size: 'small', price: 12.34 }],
    });
    expect(status).toBe(200);
    const history = await call(app, 'GET', `/v2/images/licenses?image_id=${id}`);
    expect(firstResult(history.body).revshare).toEqual({
      purchase_amount: '12.34',
      purchase_currency: 'USD',
    });
  });

  // --- Idempotency-Key ------------------------------------------------------------------

  it('the same Idempotency-Key twice: the first answer again, one license, one charge', async () => {
    const key = randomUUID();
    const body = { images: [{ image_id: photo(), subscription_id: annual, size: 'small' }] };
    const before = downloadsLeft(app, annual);
    const first = await license(body, '', { 'idempotency-key': key });
    const again = await license(body, '', { 'idempotency-key': key });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(downloadsLeft(app, annual)).toBe(before - 1);
  });

  it('two requests in parallel with one Idempotency-Key: one license, one charge, one answer', async () => {
    const key = randomUUID();
    const id = photo();
    const body = { images: [{ image_id: id, subscription_id: annual, size: 'small' }] };
    const before = downloadsLeft(app, annual);
    const answers = await Promise.all([
      license(body, '', { 'idempotency-key': key }),
      license(body, '', { 'idempotency-key': key }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[0]?.body).toEqual(answers[1]?.body);
    expect(downloadsLeft(app, annual)).toBe(before - 1);
    const history = await call(app, 'GET', `/v2/images/licenses?image_id=${id}`);
    expect(field(history.body, 'total_count')).toBe(1);
  });

  it('an Idempotency-Key reused for another request is a 422; a refusal is kept like an answer', async () => {
    const key = randomUUID();
    const first = await license({ images: [{ image_id: photo(), subscription_id: annual }] }, '', {
      'idempotency-key': key,
    });
    expect(first.status).toBe(200);
    const other = await license({ images: [{ image_id: photo(), subscription_id: annual }] }, '', {
      'idempotency-key': key,
    });
    expect(other.status).toBe(422);
    expect(errorCodes(other.body)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });

  // --- re-download ------------------------------------------------------------------------

  it('re-downloads at another size: a new URL, nothing charged; the team may, others may not', async () => {
    const { body } = await license({
      images: [{ image_id: photo(), subscription_id: annual, size: 'medium' }],
    });
    const result = firstResult(body);
    const licenseId = String(result.license_id);
    const before = downloadsLeft(app, annual);
    const url = `/v2/images/licenses/${licenseId}/downloads`;

    const same = await call(app, 'POST', url, { body: {} });
    expect(same.status).toBe(200);
    expect(urlOf({ download: same.body })).not.toBe(urlOf(result));
    expect(targetOf(app, field(same.body, 'url')).size).toBe('medium');

    const small = await call(app, 'POST', url, { body: { size: 'small' } });
    expect(small.status).toBe(200);
    expect(targetOf(app, field(small.body, 'url'))).toMatchObject({
      size: 'small',
      licenseId,
      assetId: result.image_id,
    });
    expect(downloadsLeft(app, annual)).toBe(before);

    expect((await call(app, 'POST', url, { as: 'sam', body: { size: 'huge' } })).status).toBe(200);
    const stranger = await call(app, 'POST', url, { as: 'jordan', body: {} });
    expect(stranger.status).toBe(404);
    expect(errorText(stranger.body)).toContain(licenseId);
  });

  it('re-download refusals: unknown license 404, a size the subscription does not allow 403, bad size 400', async () => {
    expect(
      (await call(app, 'POST', '/v2/images/licenses/e0000/downloads', { body: {} })).status,
    ).toBe(404);
    const { body } = await license({
      images: [
        { image_id: photo(), subscription_id: enhanced, size: 'huge', metadata: CLIENT_WORK },
      ],
    });
    const url = `/v2/images/licenses/${String(firstResult(body).license_id)}/downloads`;
    const small = await call(app, 'POST', url, { body: { size: 'small' } });
    expect(small.status).toBe(403);
    expect(errorCodes(small.body)).toEqual(['SIZE_NOT_ALLOWED']);
    const bad = await call(app, 'POST', url, { body: { size: 'gigantic' } });
    expect(bad.status).toBe(400);
    expect(errorText(bad.body)).toContain('size');
  });

  // --- history ------------------------------------------------------------------------------

  it('history: newest first (or oldest), paged, total_count', async () => {
    const newest = await call(app, 'GET', '/v2/images/licenses?per_page=3');
    expect(newest.status).toBe(200);
    const rows = results(newest.body);
    expect(rows).toHaveLength(3);
    const times = rows.map((row) => String(row.download_time));
    expect([...times].sort().reverse()).toEqual(times);
    const total = Number(field(newest.body, 'total_count'));
    const oldest = await call(
      app,
      'GET',
      `/v2/images/licenses?sort=oldest&per_page=1&page=${total}`,
    );
    expect(results(oldest.body)[0]?.id).toBe(rows[0]?.id);
  });

  it('history filters: license (and -license), dates, download availability, username', async () => {
    const enhancedOnly = results(
      (await call(app, 'GET', '/v2/images/licenses?license=enhanced')).body,
    );
    expect(enhancedOnly.length).toBeGreaterThan(0);
    expect(enhancedOnly.every((row) => row.license === 'enhanced')).toBe(true);
    const others = results((await call(app, 'GET', '/v2/images/licenses?license=-enhanced')).body);
    expect(others.every((row) => row.license !== 'enhanced')).toBe(true);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      results((await call(app, 'GET', `/v2/images/licenses?start_date=${future}`)).body),
    ).toEqual([]);
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const recent = await call(
      app,
      'GET',
      `/v2/images/licenses?start_date=${past}&end_date=${future}`,
    );
    expect(results(recent.body).length).toBeGreaterThan(0);
    const upsideDown = await call(
      app,
      'GET',
      `/v2/images/licenses?start_date=${future}&end_date=${past}`,
    );
    expect(upsideDown.status).toBe(400);
    expect(errorText(upsideDown.body)).toContain('end_date');

    const gone = await call(
      app,
      'GET',
      '/v2/images/licenses?download_availability=non_downloadable',
    );
    expect(results(gone.body)).toEqual([]);
    const downloadable = await call(
      app,
      'GET',
      '/v2/images/licenses?download_availability=downloadable',
    );
    expect(results(downloadable.body).length).toBeGreaterThan(0);

    const byName = await call(app, 'GET', '/v2/images/licenses?username=alex');
    expect(results(byName.body).every((row) => field(row.user, 'username') === 'alex')).toBe(true);
  });

  it('team history: a teammate sees alex’s licenses with team_history=true only; another team never', async () => {
    const id = photo();
    await license({ images: [{ image_id: id, subscription_id: annual, size: 'small' }] });
    const own = await call(app, 'GET', `/v2/images/licenses?image_id=${id}`, { as: 'sam' });
    expect(results(own.body)).toEqual([]);
    const team = await call(app, 'GET', `/v2/images/licenses?image_id=${id}&team_history=true`, {
      as: 'sam',
    });
    expect(results(team.body)).toHaveLength(1);
    expect(field(results(team.body)[0]?.user, 'username')).toBe('alex');
    const teamByName = await call(
      app,
      'GET',
      `/v2/images/licenses?team_history=true&username=sam&image_id=${id}`,
      { as: 'sam' },
    );
    expect(results(teamByName.body)).toEqual([]);
    const stranger = await call(
      app,
      'GET',
      `/v2/images/licenses?image_id=${id}&team_history=true`,
      { as: 'jordan' },
    );
    expect(results(stranger.body)).toEqual([]);
  });

  it('history parameters out of range are 400s naming them', async () => {
    for (const [query, name] of [
      ['per_page=201', 'per_page'],
      ['per_page=0', 'per_page'],
      ['sort=best', 'sort'],
      ['download_availability=maybe', 'download_availability'],
      ['start_date=yesterday', 'start_date'],
    ] as const) {
      const { status, body } = await call(app, 'GET', `/v2/images/licenses?${query}`);
      expect(status, query).toBe(400);
      expect(errorText(body)).toContain(name);
    }
  });

  it('scopes: casey (no licenses scopes) gets 403; no token 401', async () => {
    const denied = await call(app, 'POST', '/v2/images/licenses', {
      as: 'casey',
      body: { images: [{ image_id: photo() }] },
    });
    expect(denied.status).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: '/v2/images/licenses' });
    expect(anonymous.statusCode).toBe(401);
  });
});
