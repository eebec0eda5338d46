// Image search answers are written around each image's ready JSON: the same answer every
// time, and each origin's own URLs (the JSON of one host is never served to another).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';

let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  // Its searches page through more results than the small catalog has for its queries.
  app = await createTestApp({}, { catalog: 'full' });
  token = app.sandbox.defaultUser().accessToken;
});
afterAll(async () => {
  await app.close();
});

async function search(url: string, host?: string) {
  const response = await app.inject({
    url,
    headers: { authorization: `Bearer ${token}`, ...(host ? { 'x-forwarded-host': host } : {}) },
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return response.json<{
    data: { id: string; assets: Record<string, { url: string }> }[];
    search_id: string;
    [key: string]: unknown;
  }>();
}

describe('image search answers', () => {
  it('are the same answer asked twice, apart from the search id', async () => {
    const url = '/v2/images/search?query=river&per_page=40&view=full&sort=newest';
    const { search_id: first, ...one } = await search(url);
    const { search_id: second, ...two } = await search(url);
    expect(two).toEqual(one);
    expect(first).not.toBe(second);
    expect(one.data).toHaveLength(40);
    expect(Object.keys(one)).toEqual([
      'data',
      'page',
      'per_page',
      'total_count',
      'spellcheck_info',
    ]);
  });

  it('carry the asking host in every URL, whoever asked before', async () => {
    const url = '/v2/images/search?query=river&per_page=5';
    const a = await search(url, 'a.example');
    const b = await search(url, 'b.example');
    expect(b.data.map((image) => image.id)).toEqual(a.data.map((image) => image.id));
    for (const image of b.data) {
      for (const asset of Object.values(image.assets)) expect(asset.url).toContain('//b.example/');
    }
  });
});
