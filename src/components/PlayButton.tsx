import { cx } from '@/lib/format';
import { audioPlayer, usePlayerTrack } from './audio-player';

/**
 * Plays or pauses a track in the page's one audio player. Its own module, so the pages
 * that only play (the composer, a track's page) do not load the track row's license and
 * save actions with it.
 */
export function PlayButton({
  playerId,
  src,
  title,
  size = 'md',
}: {
  playerId: string;
  src: string | undefined;
  title: string;
  size?: 'md' | 'lg';
}) {
  const { playing } = usePlayerTrack(playerId);
  return (
    <button
      type="button"
      disabled={!src}
      aria-label={`${playing ? 'Pause' : 'Play'} ${title}`}
      aria-pressed={playing}
      data-testid="play-button"
      onClick={() => src && audioPlayer.toggle(playerId, src)}
      className={cx(
        'grid shrink-0 place-items-center rounded-full transition-colors disabled:opacity-40',
        size === 'lg' ? 'size-14' : 'size-10',
        playing
          ? 'bg-accent-600 text-white hover:bg-accent-700 dark:bg-accent-500 dark:text-neutral-950 dark:hover:bg-accent-400'
          : 'bg-neutral-900 text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-950 dark:hover:bg-neutral-200',
      )}
    >
      <svg viewBox="0 0 24 24" className={size === 'lg' ? 'size-6' : 'size-4'} aria-hidden="true">
        {playing ? (
          <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor" />
        ) : (
          <path
            d="M8 5.5v13a.6.6 0 0 0 .9.5l10.2-6.5a.6.6 0 0 0 0-1L8.9 5a.6.6 0 0 0-.9.5z"
            fill="currentColor"
          />
        )}
      </svg>
    </button>
  );
}
