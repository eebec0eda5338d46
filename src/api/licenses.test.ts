import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '@/test/fixtures';
import { LICENSE_HISTORY_MAX_PAGE, licensedAssetsOptions } from './licenses';

afterEach(() => vi.unstubAllGlobals());

/** A team history of `total` image licenses, newest first: license L<n> of image I<n % 300>. */
function history(total: number) {
  return Array.from({ length: total }, (_, index) => ({
    id: `L${index}`,
    download_time: new Date(Date.UTC(2026, 0, 1) - index * 60_000).toISOString(),
    license: 'standard',
    image: { id: `I${index % 300}` },
  }));
}

describe('the team’s licensed images (cards’ marks)', () => {
  it('reads every page of the history, the pages after the first together, each asset’s newest license', async () => {
    const entries = history(450);
    const sent: number[] = [];
    // Page 2 is answered only once page 3 has been asked for: pages read one by one never end.
    let pageThreeAsked: () => void = () => undefined;
    const pageThree = new Promise<void>((resolve) => (pageThreeAsked = resolve));
    const fetchMock = vi.fn(async (input: Parameters<typeof fetch>[0]) => {
      const url = new URL(String(input), 'http://localhost');
      expect(url.pathname).toBe('/api/v2/images/licenses');
      expect(url.searchParams.get('team_history')).toBe('true');
      expect(url.searchParams.get('sort')).toBe('newest');
      const page = Number(url.searchParams.get('page'));
      const perPage = Number(url.searchParams.get('per_page'));
      sent.push(page);
      if (page === 3) pageThreeAsked();
      if (page === 2) await pageThree;
      // A license landing between the answers shifts the last entry of page 1 onto page 2.
      const from = (page - 1) * perPage - (page === 2 ? 1 : 0);
      const body = { data: entries.slice(from, page * perPage), total_count: entries.length, page };
      return new Response(JSON.stringify(body), {
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const byAsset = await client.fetchQuery(licensedAssetsOptions('image'));

    expect(LICENSE_HISTORY_MAX_PAGE).toBe(200);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(sent[0]).toBe(1);
    expect([...sent].sort()).toEqual([1, 2, 3]);
    expect(byAsset.size).toBe(300);
    // The newest license of an asset licensed twice; an asset licensed only on the last page.
    expect(byAsset.get('I7')?.id).toBe('L7');
    expect(byAsset.get('I299')?.id).toBe('L299');
  });

  it('asks for one page when the history fits in it', async () => {
    const fetchMock = stubApi((url) =>
      url.pathname === '/api/v2/images/licenses'
        ? { body: { data: history(12), total_count: 12, page: 1 } }
        : undefined,
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const byAsset = await client.fetchQuery(licensedAssetsOptions('image'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(byAsset.get('I11')?.id).toBe('L11');
  });
});
