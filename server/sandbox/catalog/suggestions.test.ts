import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

it('completes a prefix from the keyword vocabulary, most used first, up to limit', async () => {
  const headers = { authorization: `Bearer ${app.sandbox.defaultUser().accessToken}` };
  const response = await app.inject({
    url: '/v2/images/search/suggestions?query=Bus&limit=5',
    headers,
  });
  const { data } = response.json<{ data: string[] }>();
  expect(data.length).toBeGreaterThan(1);
  expect(data.length).toBeLessThanOrEqual(5);
  expect(data[0]).toBe('business');
  const frequency = app.sandbox.db
    .prepare('SELECT frequency FROM keywords WHERE keyword = ?')
    .pluck();
  const starting = data.filter((s) => s.startsWith('bus'));
  const counts = starting.map((s) => frequency.get(s) as number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});
