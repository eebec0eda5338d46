import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet, buildQueryString, nextPage, parseApiError } from './client';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(status: number, body: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn(
    async () =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': contentType },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('buildQueryString', () => {
  it('repeats array parameters, skips empty values and sorts keys', () => {
    expect(
      buildQueryString({
        z: 1,
        image_type: ['photo', 'vector'],
        empty: '',
        none: undefined,
        a: false,
      }),
    ).toBe('?a=false&image_type=photo&image_type=vector&z=1');
    expect(buildQueryString({})).toBe('');
    expect(buildQueryString({ query: 'red & blue' })).toBe('?query=red+%26+blue');
  });
});

describe('parseApiError', () => {
  it('keeps the API message and its errors[]', () => {
    const error = parseApiError(400, {
      message: 'Validation failed',
      errors: [
        {
          code: 'VALIDATION_INVALID_TYPE',
          message: 'Invalid type: string should be integer',
          path: '$.query.page',
          data: "'x'",
        },
      ],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Validation failed');
    expect(error.apiMessage).toBe('Validation failed');
    expect(error.errors).toEqual([
      {
        code: 'VALIDATION_INVALID_TYPE',
        message: 'Invalid type: string should be integer',
        path: '$.query.page',
        data: "'x'",
      },
    ]);
    expect(error.isClientError).toBe(true);
  });

  it('falls back to the first error, then to plain words for the status', () => {
    expect(parseApiError(404, { errors: [{ message: 'Image not found' }] }).message).toBe(
      'Image not found',
    );
    const bare = parseApiError(502, '<html>Bad gateway</html>');
    expect(bare.message).toMatch(/could not be reached/);
    expect(bare.apiMessage).toBeUndefined();
    expect(bare.errors).toEqual([]);
    expect(parseApiError(418, null).message).toBe('Request failed with status 418');
  });

  it('ignores malformed errors[] entries', () => {
    const error = parseApiError(400, {
      message: 'Bad',
      errors: [null, 'x', { code: 'C' }, { message: 'kept' }],
    });
    expect(error.errors).toEqual([{ message: 'kept' }]);
  });
});

describe('apiGet', () => {
  it('calls the gateway with the query string and returns the JSON body', async () => {
    const fetchMock = stubFetch(200, { data: ['cat', 'catamaran'] });
    const controller = new AbortController();
    const body = await apiGet<{ data: string[] }>(
      '/v2/images/search/suggestions',
      { query: 'cat', limit: 5 },
      controller.signal,
    );
    expect(body.data).toEqual(['cat', 'catamaran']);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v2/images/search/suggestions?limit=5&query=cat',
      expect.objectContaining({ method: 'GET', signal: controller.signal }),
    );
  });

  it('turns a non-2xx answer into ApiError', async () => {
    stubFetch(400, {
      message: 'Invalid per_page',
      errors: [{ message: 'per_page must be <= 500', path: 'per_page' }],
    });
    const promise = apiGet('/v2/images/search', { per_page: 9999 });
    await expect(promise).rejects.toBeInstanceOf(ApiError);
    await expect(promise).rejects.toMatchObject({ status: 400, message: 'Invalid per_page' });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiGet('/v2/images/1')).rejects.toMatchObject({ status: 0 });
  });
});

describe('nextPage', () => {
  const page = (n: number, total_count?: number) => ({
    data: Array.from({ length: n }),
    total_count,
  });
  it('asks for the next page until everything counted has loaded', () => {
    expect(nextPage(page(2, 5), [page(2, 5)])).toBe(2);
    expect(nextPage(page(1, 5), [page(2, 5), page(2, 5), page(1, 5)])).toBeUndefined();
  });
  it('stops at an empty page, and takes a list without a count as complete', () => {
    expect(nextPage(page(0, 50), [page(2, 50), page(0, 50)])).toBeUndefined();
    expect(nextPage(page(3), [page(3)])).toBeUndefined();
  });
});
