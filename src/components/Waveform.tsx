import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDuration, previewLength, seekTarget } from '@/lib/audio';
import { cx } from '@/lib/format';
import { audioPlayer, usePlayerTrack } from './audio-player';
import { useNearViewport } from './use-near-viewport';

export interface WaveformProps {
  /** The player id of this preview (`audio:123`). */
  playerId: string;
  /** The preview's URL. */
  src: string;
  /**
   * The waveform image (transparent PNG), drawn twice: grey, and the played part in the
   * accent, with a playhead where they meet.
   */
  image: string | undefined;
  /** What is being sought, for the slider's name: "Seek Sunrise Drive". */
  label: string;
  /** The asset's length (previews are its first 30 s at most). */
  duration: number | undefined;
  className?: string;
}

/**
 * A waveform that is a seek slider: press anywhere to jump there and drag to scrub (a
 * stopped preview plays on release); focused, the arrow keys move 5 s (1 s on short
 * sounds), Page Up/Down a tenth, Home/End the ends. Written here rather than on a slider
 * library: Radix Slider cost the music page 10.6 kB gzip of first JavaScript, over its budget.
 */
export function Waveform({ playerId, src, image, label, duration, className }: WaveformProps) {
  const track = usePlayerTrack(playerId);
  const ref = useRef<HTMLDivElement>(null);
  // A mask image is fetched wherever its row is on the page: only rows near the screen ask.
  const near = useNearViewport(ref);
  const held = image !== undefined && !near;
  const length = track.duration > 0 ? track.duration : previewLength(duration);
  const fraction = length > 0 ? Math.min(1, track.time / length) : 0;

  /** Seeks to where the pointer is; never quite the end, where a preview would stop at once. */
  const seekTo = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0 || length <= 0) return;
    const share = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    audioPlayer.seek(playerId, src, Math.min(share * length, length - 0.1));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // Moves keep coming here while the button is held, even outside the waveform.
    event.currentTarget.setPointerCapture(event.pointerId);
    seekTo(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) seekTo(event);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    event.currentTarget.releasePointerCapture(event.pointerId);
    if (!track.playing) audioPlayer.play(playerId, src);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = seekTarget(event.key, track.time, length);
    if (next === null) return;
    event.preventDefault();
    audioPlayer.seek(playerId, src, next);
  };

  const mask =
    image && !held
      ? {
          maskImage: `url("${image}")`,
          WebkitMaskImage: `url("${image}")`,
          maskSize: '100% 100%',
          WebkitMaskSize: '100% 100%',
        }
      : undefined;

  return (
    <div
      ref={ref}
      role="slider"
      tabIndex={0}
      aria-label={`Seek ${label}`}
      aria-valuemin={0}
      aria-valuemax={Math.round(length)}
      aria-valuenow={Math.round(track.time)}
      aria-valuetext={`${formatDuration(track.time)} of ${formatDuration(length)}`}
      data-testid="waveform"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
      className={cx(
        'group/wave relative cursor-pointer touch-pan-y rounded-md select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500',
        className,
      )}
    >
      {/* The track in neutral-500: 3:1 or more against every surface a waveform sits on
          (white and neutral-50; neutral-900 and -950 in dark), as a slider's parts must be. */}
      <div
        aria-hidden="true"
        style={mask}
        className={cx(
          'absolute inset-0 bg-neutral-500 group-hover/wave:bg-neutral-600 dark:group-hover/wave:bg-neutral-400',
          !image && 'top-1/2 bottom-auto h-px',
          held && 'invisible',
        )}
      />
      <div
        aria-hidden="true"
        data-testid="waveform-progress"
        className={cx('absolute inset-y-0 left-0 overflow-hidden', held && 'invisible')}
        style={{ width: `${fraction * 100}%` }}
      >
        <div
          style={{ ...mask, width: fraction > 0 ? `${100 / fraction}%` : '0' }}
          className="absolute inset-y-0 left-0 bg-accent-500"
        />
      </div>
      {/* The playhead, the slider's thumb: where the accent meets the grey is a change of hue
          only, which not every eye tells apart. */}
      {fraction > 0 && !held && (
        <div
          aria-hidden="true"
          data-testid="waveform-playhead"
          className="absolute inset-y-0 w-0.5 -translate-x-1/2 rounded-full bg-neutral-900 dark:bg-white"
          style={{ left: `${fraction * 100}%` }}
        />
      )}
    </div>
  );
}
