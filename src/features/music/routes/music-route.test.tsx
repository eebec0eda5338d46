import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Audio } from '@/api/audio-types';
import { createQueryClient } from '@/api/query-client';
import { audioPlayer } from '@/components/audio-player';
import { stubApi } from '@/test/fixtures';
import { clientLoader } from './music-loader';
import { Component as MusicPage } from './music-route';

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});
afterEach(() => {
  audioPlayer.stop();
  vi.unstubAllGlobals();
});

const track = (n: number): Audio => ({
  id: String(400 + n),
  media_type: 'audio',
  title: `Track ${n}`,
  artists: [{ name: `Artist ${n}` }],
  bpm: 90 + n,
  duration: 120,
  genres: ['Ambient'],
  assets: {
    preview_mp3: { url: `/media/${n}.mp3` },
    waveform: { url: `/media/${n}.png` },
  },
});

function renderMusic(url: string) {
  const fetchMock = stubApi((u) => {
    if (u.pathname === '/api/v2/audio/genres') return { body: { data: ['Ambient', 'Jazz'] } };
    if (u.pathname === '/api/v2/audio/moods') return { body: { data: ['Calm'] } };
    if (u.pathname === '/api/v2/audio/instruments') return { body: { data: ['Piano'] } };
    if (u.pathname === '/api/v2/audio/search')
      return { body: { data: [track(1), track(2), track(3)], total_count: 3 } };
    return undefined;
  });
  const queryClient = createQueryClient();
  const router = createMemoryRouter(
    [
      {
        path: '/music',
        Component: MusicPage,
        loader: clientLoader(queryClient),
        HydrateFallback: () => null,
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const searches = () =>
    fetchMock.mock.calls
      .map(([input]) => new URL(String(input), 'http://localhost'))
      .filter((u) => u.pathname === '/api/v2/audio/search');
  return { router, searches };
}

describe('music search page', () => {
  it('sends the URL’s filters and shows a list of tracks', async () => {
    const { searches } = renderMusic(
      '/music?query=calm&genre=Jazz&bpm_from=80&bpm_to=120&is_instrumental=true',
    );
    expect(await screen.findByTestId('result-count')).toHaveTextContent('3 tracks');
    const sent = searches()[0]!.searchParams;
    expect(sent.get('query')).toBe('calm');
    expect(sent.getAll('genre')).toEqual(['Jazz']);
    expect(sent.get('bpm_from')).toBe('80');
    expect(sent.get('bpm_to')).toBe('120');
    expect(sent.get('is_instrumental')).toBe('true');
    const rows = within(screen.getByRole('list', { name: 'Tracks' })).getAllByTestId('track-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('link', { name: 'Track 1' })).toHaveAttribute(
      'href',
      '/music/401',
    );
    expect(within(rows[0]!).getByText('91 BPM')).toBeInTheDocument();
  });

  it('puts a chosen filter and a tempo range in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderMusic('/music?query=calm');
    await screen.findByTestId('result-count');
    const panel = screen.getAllByTestId('filter-panel')[0]!;
    await user.click(await within(panel).findByRole('checkbox', { name: 'Ambient' }));
    await waitFor(() => expect(router.state.location.search).toBe('?query=calm&genre=Ambient'));
    await user.type(within(panel).getByRole('spinbutton', { name: 'Tempo from' }), '100{Enter}');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?query=calm&genre=Ambient&bpm_from=100'),
    );
  });

  it('plays one track at a time', async () => {
    const user = userEvent.setup();
    renderMusic('/music');
    await screen.findByTestId('result-count');
    await user.click(screen.getByRole('button', { name: 'Play Track 1' }));
    expect(screen.getByRole('button', { name: 'Pause Track 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Play Track 2' }));
    expect(screen.getByRole('button', { name: 'Pause Track 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play Track 1' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(1);
  });
});
