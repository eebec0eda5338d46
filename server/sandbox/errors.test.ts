// Bad input is always a 400 (or 404) in the vendor's error body naming the parameter:
// never a 500, never a hang.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app';

let app: FastifyInstance;
let headers: Record<string, string>;
beforeAll(async () => {
  app = await createTestApp();
  headers = { authorization: `Bearer ${app.sandbox.defaultUser().accessToken}` };
});
afterAll(async () => app.close());

interface ErrorBody {
  message: string;
  errors: { code: string; message: string; path?: string }[];
}

describe('bad input', () => {
  const cases: [url: string, path: string][] = [
    ['/v2/images/search?per_page=501', '$.query.per_page'],
    ['/v2/images/search?per_page=-1', '$.query.per_page'],
    ['/v2/images/search?page=0', '$.query.page'],
    ['/v2/images/search?page=abc', '$.query.page'],
    ['/v2/images/search?page=1e400', '$.query.page'],
    ['/v2/images/search?sort=best', '$.query.sort'],
    ['/v2/images/search?view=huge', '$.query.view'],
    ['/v2/images/search?image_type=photo&image_type=painting', '$.query.image_type'],
    ['/v2/images/search?orientation=square', '$.query.orientation'],
    ['/v2/images/search?category=Underwater', '$.query.category'],
    ['/v2/images/search?color=blue', '$.query.color'],
    ['/v2/images/search?people_number=5', '$.query.people_number'],
    ['/v2/images/search?people_age=toddlers', '$.query.people_age'],
    ['/v2/images/search?people_ethnicity=martian', '$.query.people_ethnicity'],
    ['/v2/images/search?added_date=yesterday', '$.query.added_date'],
    ['/v2/images/search?added_date_start=2021-02-30', '$.query.added_date_start'],
    ['/v2/images/search?aspect_ratio=0', '$.query.aspect_ratio'],
    ['/v2/images/search?width_from=wide', '$.query.width_from'],
    ['/v2/images/search?safe=maybe', '$.query.safe'],
    ['/v2/images/search?license=free', '$.query.license'],
    ['/v2/images/0123', '$.path.id'],
    ['/v2/images/12ab', '$.path.id'],
    ['/v2/images?id=abc', '$.query.id'],
    ['/v2/images', '$.query.id'],
    ['/v2/images/search/suggestions?query=cat&limit=26', '$.query.limit'],
    ['/v2/images/123/similar?per_page=0', '$.query.per_page'],
    ['/v2/test/validate?id=x', '$.query.id'],
  ];

  it.each(cases)('%s → 400 naming %s', async (url, path) => {
    const response = await app.inject({ url, headers });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.message).toEqual(expect.any(String));
    expect(body.errors[0]).toMatchObject({ code: expect.stringMatching(/^VALIDATION_/), path });
  });

  it('unknown ids and routes are 404 with the vendor body', async () => {
    for (const url of [
      '/v2/images/1',
      '/v2/images/99999999999/similar',
      '/v2/images/Uabc123/similar',
      '/v2/no/such/route',
    ]) {
      const response = await app.inject({ url, headers });
      expect(response.statusCode).toBe(404);
      expect(response.json<ErrorBody>().errors[0]?.code).toBe('NOT_FOUND');
    }
  });

  it('odd but valid queries never fail', async () => {
    const queries = [
      '"',
      '*',
      'NOT',
      'NOT NOT',
      'a OR b',
      '(dog',
      'dog AND',
      '日本 猫',
      '-',
      'NEAR(x y)',
      'x'.repeat(2000),
      'café ☕',
    ];
    for (const query of queries) {
      const response = await app.inject({
        url: `/v2/images/search?query=${encodeURIComponent(query)}`,
        headers,
      });
      expect(response.statusCode, query).toBe(200);
    }
  });
});
