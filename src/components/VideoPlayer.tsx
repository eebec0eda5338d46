import { cx } from '@/lib/format';

export interface VideoPlayerProps {
  title: string;
  poster?: string;
  mp4?: string;
  webm?: string;
  aspect?: number;
  className?: string;
}

/**
 * A video's watermarked preview with the browser's own controls (keyboard, captions,
 * full screen, picture-in-picture), sized from its aspect ratio before it loads.
 */
export function VideoPlayer({
  title,
  poster,
  mp4,
  webm,
  aspect = 16 / 9,
  className,
}: VideoPlayerProps) {
  return (
    <div
      className={cx(
        'overflow-hidden rounded-xl bg-neutral-950 shadow-sm ring-1 ring-black/5 dark:ring-white/10',
        className,
      )}
      style={{ aspectRatio: String(aspect) }}
    >
      <video
        controls
        playsInline
        preload="metadata"
        poster={poster}
        aria-label={`Preview: ${title}`}
        data-testid="video-player"
        className="size-full object-contain"
      >
        {webm && <source src={webm} type="video/webm" />}
        {mp4 && <source src={mp4} type="video/mp4" />}
      </video>
    </div>
  );
}
