import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { VideoCard } from './VideoCard';

// jsdom has no media playback: play and pause are spied on.
let play: Mock<() => Promise<void>>;
let pause: Mock<() => void>;
beforeEach(() => {
  play = vi.fn<() => Promise<void>>(() => Promise.resolve());
  pause = vi.fn<() => void>();
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(play);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(pause);
});
afterEach(() => vi.restoreAllMocks());

function renderCard(onIntent = vi.fn()) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <VideoCard
            to="/videos/1"
            title="Waves at dusk"
            poster="/thumb.jpg"
            previewMp4="/thumb.mp4"
            previewWebm="/thumb.webm"
            duration={83.6}
            resolution="4K"
            width={320}
            height={180}
            onIntent={onIntent}
            licensable={false}
          />
        ),
      },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { link: screen.getByRole('link', { name: /Waves at dusk/ }), onIntent };
}

describe('VideoCard', () => {
  it('shows poster, duration and resolution, and loads no video until wanted', () => {
    const { link } = renderCard();
    expect(link).toHaveAttribute('href', '/videos/1');
    expect(screen.getByRole('img')).toHaveAttribute('src', '/thumb.jpg');
    expect(screen.getByTestId('duration-badge')).toHaveTextContent('1:23');
    expect(screen.getByTestId('resolution-badge')).toHaveTextContent('4K');
    expect(screen.queryByTestId('video-preview')).toBeNull();
  });

  it('plays the muted, looping preview on hover and stops it on leave', () => {
    const { link, onIntent } = renderCard();
    fireEvent.pointerEnter(link);
    const video = screen.getByTestId('video-preview') as HTMLVideoElement;
    expect(video.muted).toBe(true);
    expect(video.loop).toBe(true);
    expect(video.querySelectorAll('source')).toHaveLength(2);
    expect(play).toHaveBeenCalledTimes(1);
    expect(onIntent).toHaveBeenCalled();
    fireEvent.pointerLeave(link);
    expect(pause).toHaveBeenCalled();
  });

  it('plays on keyboard focus and stops on blur', () => {
    const { link } = renderCard();
    fireEvent.focus(link);
    expect(play).toHaveBeenCalledTimes(1);
    fireEvent.blur(link);
    expect(pause).toHaveBeenCalled();
    fireEvent.focus(link);
    expect(play).toHaveBeenCalledTimes(2);
  });
});
