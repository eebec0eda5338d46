import { vi } from 'vitest';
import type { Image, ImageSearchResults } from '@/api/types';

export function makeImage(n: number, overrides: Partial<Image> = {}): Image {
  const aspect = [1.5, 0.67, 1.33, 1, 1.78][n % 5]!;
  const thumb = (height: number) => ({
    url: `/sandbox/media/images/${n}/${height}.jpg`,
    width: Math.round(height * aspect),
    height,
  });
  return {
    id: String(1000 + n),
    media_type: 'image',
    contributor: { id: String(500 + (n % 7)) },
    description: `Test image number ${n}`,
    aspect,
    image_type: n % 3 === 0 ? 'vector' : 'photo',
    assets: { huge_thumb: thumb(260), preview: thumb(300), preview_1000: thumb(667) },
    ...overrides,
  };
}

export function searchResults(
  count: number,
  total = count,
  extra: Partial<ImageSearchResults> = {},
): ImageSearchResults {
  return {
    data: Array.from({ length: count }, (_, i) => makeImage(i)),
    total_count: total,
    search_id: 'test-search',
    page: 1,
    per_page: count,
    spellcheck_info: {},
    ...extra,
  };
}

export type Route = (
  url: URL,
  request: { method: string; body: unknown },
) => { status?: number; body?: unknown } | undefined;

/** Stubs the network boundary (fetch) only: everything above it runs for real. */
export function stubApi(route: Route) {
  const fetchMock = vi.fn(async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = route(url, { method, body }) ?? {
      status: 404,
      body: { message: `No stub for ${method} ${url.pathname}` },
    };
    if (answer.status === 204) return new Response(null, { status: 204 });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
