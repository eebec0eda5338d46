import { memo, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { cx } from '@/lib/format';
import { formatDuration } from '@/lib/video';
import { CardActions } from './CardActions';
import { CardPicture } from './CardPicture';
import type { SelectOptions } from './use-selection';
import { licenseTargetOf } from './license/license-target';
import { collectionMediaOf } from './save-target';
import { useContributorLabel } from './use-contributor-label';

export interface VideoCardProps {
  to: string;
  title: string;
  poster: string | undefined;
  /** The short clip played on hover and focus (MP4 and/or WebM). */
  previewMp4?: string;
  previewWebm?: string;
  duration?: number;
  /** "4K", "HD", "SD" — a badge in the corner. */
  resolution?: string;
  width: number;
  height: number;
  eager?: boolean;
  /** In the first screen's rows: its poster is asked for before the rest. */
  priority?: boolean;
  onIntent?: () => void;
  testId?: string;
  /** Under the title on hover; without it, "by <contributor>" when `contributorId` is given. */
  meta?: string;
  /** The contributor, named (looked up in batches) under the title on hover. */
  contributorId?: string;
  /** Show the license action (and the licensed mark) of the asset `to` points at. */
  licensable?: boolean;
  /** Offer "Save to collection" for the asset `to` points at, where it has collections. */
  saveable?: boolean;
  /** In any of the user's collections: a filled bookmark, always shown. */
  saved?: boolean;
  /** Selectable (the grid draws the checkbox): the touch-screen actions menu offers "Select". */
  onSelect?: (id: string, options: SelectOptions) => void;
  selected?: boolean;
}

/**
 * One video result: a link with its poster; on hover or keyboard focus its preview clip
 * plays (muted, looping) over the poster, and stops (back to the poster) on leave or blur.
 */
export const VideoCard = memo(function VideoCard({
  to,
  title,
  poster,
  previewMp4,
  previewWebm,
  duration,
  resolution,
  width,
  height,
  eager = false,
  priority = false,
  onIntent,
  testId = 'video-card',
  meta,
  contributorId,
  licensable = true,
  saveable = true,
  saved = false,
  onSelect,
  selected = false,
}: VideoCardProps) {
  const byline = useContributorLabel(meta === undefined ? contributorId : undefined);
  const shownMeta = meta ?? byline;
  const videoRef = useRef<HTMLVideoElement>(null);
  // The clip is only in the DOM once wanted: sixty cards do not download sixty videos.
  const [wanted, setWanted] = useState(false);
  const [active, setActive] = useState(false);
  const [playing, setPlaying] = useState(false);
  const hasPreview = Boolean(previewMp4 || previewWebm);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    if (active) {
      void video.play().catch(() => undefined);
    } else {
      video.pause();
      if (video.currentTime > 0) video.currentTime = 0;
    }
  }, [active, wanted]);

  const start = () => {
    onIntent?.();
    if (!hasPreview) return;
    setWanted(true);
    setActive(true);
  };
  const stop = () => {
    setActive(false);
    setPlaying(false);
  };

  const asset = licenseTargetOf(to);
  const target = licensable ? asset : undefined;
  const saveMedia = saveable && asset ? collectionMediaOf(asset.media) : undefined;
  const link = (
    <Link
      to={to}
      data-nav-item
      onPointerEnter={start}
      onPointerLeave={stop}
      onFocus={start}
      onBlur={stop}
      data-testid={testId}
      data-resolution={resolution}
      style={{ width, height }}
      className="group relative block overflow-hidden rounded-md bg-neutral-200 focus-visible:outline-offset-2 dark:bg-neutral-800"
    >
      <CardPicture
        src={poster}
        alt={title}
        box={{ width, height, eager, priority }}
        className="size-full object-cover"
      />
      {wanted && (
        <video
          ref={videoRef}
          muted
          loop
          playsInline
          preload="auto"
          aria-hidden="true"
          tabIndex={-1}
          onPlaying={() => setPlaying(active)}
          onPause={() => setPlaying(false)}
          data-testid="video-preview"
          className={cx(
            'absolute inset-0 size-full object-cover transition-opacity duration-150',
            playing ? 'opacity-100' : 'opacity-0',
          )}
        >
          {previewWebm && <source src={previewWebm} type="video/webm" />}
          {previewMp4 && <source src={previewMp4} type="video/mp4" />}
        </video>
      )}
      {/* In a selectable grid the badge steps right of the checkbox while that shows. */}
      <div className="pointer-events-none absolute top-2 left-2 flex gap-1 text-[11px] font-semibold tabular-nums transition-[left] duration-150 group-data-selecting/item:left-12 pointer-fine:group-focus-within/item:left-12 pointer-fine:group-hover/item:left-12">
        {resolution && (
          <span
            data-testid="resolution-badge"
            className="rounded bg-black/65 px-1.5 py-0.5 text-white backdrop-blur-sm"
          >
            {resolution}
          </span>
        )}
      </div>
      {duration !== undefined && (
        <span
          data-testid="duration-badge"
          className="pointer-events-none absolute right-2 bottom-2 rounded bg-black/65 px-1.5 py-0.5 text-[11px] font-semibold text-white tabular-nums backdrop-blur-sm transition-opacity group-hover:opacity-0 group-focus-visible:opacity-0"
        >
          {formatDuration(duration)}
        </span>
      )}
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 bottom-0 translate-y-1 bg-gradient-to-t from-black/75 via-black/35 to-transparent px-3 pt-8 pb-2.5 text-white opacity-0 transition duration-200 group-hover:translate-y-0 group-hover:opacity-100 group-focus-visible:translate-y-0 group-focus-visible:opacity-100"
      >
        <p className="line-clamp-2 text-[13px] leading-snug font-medium">{title}</p>
        {shownMeta && <p className="mt-0.5 truncate text-[11px] text-white/80">{shownMeta}</p>}
      </div>
    </Link>
  );
  if (!target && !saveMedia) return link;
  return (
    <div className="group/card relative" style={{ width, height }}>
      {link}
      <CardActions
        title={title}
        license={
          target
            ? {
                media: target.media,
                assetId: target.assetId,
                ...(target.country ? { country: target.country } : {}),
              }
            : undefined
        }
        save={saveMedia && asset ? { id: asset.assetId, media: saveMedia, saved } : undefined}
        select={
          onSelect && asset
            ? { selected, toggle: () => onSelect(asset.assetId, { range: false }) }
            : undefined
        }
        compact={width < 150}
      />
    </div>
  );
});
