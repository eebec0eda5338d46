import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { useCollectionMembership } from '@/api/collections';
import type { Image } from '@/api/types';
import type { Video } from '@/api/video-types';
import { formatDuration } from '@/lib/audio';
import { imageAspect, imageSrcSet, tileWidth } from '@/lib/images';
import { cx } from '@/lib/format';
import { SaveToCollectionMenu } from './SaveToCollectionMenu';

/** A tile's save button: shown on hover and focus, always once saved. */
function TileSave({
  id,
  media,
  title,
  saved,
}: {
  id: string;
  media: 'image' | 'video';
  title: string;
  saved: boolean;
}) {
  return (
    <div
      className={cx(
        'absolute top-1.5 right-1.5',
        !saved &&
          'opacity-0 transition-opacity duration-150 group-focus-within/card:opacity-100 group-hover/card:opacity-100 pointer-coarse:opacity-100',
      )}
    >
      <SaveToCollectionMenu
        ids={[id]}
        media={media}
        variant="icon"
        size="sm"
        saved={saved}
        assetTitle={title}
      />
    </div>
  );
}

/** Image tiles at the top of an overview whose pictures are fetched first. */
const PRIORITY_TILES = 8;

/** `sizes` of an image tile: 7rem rows, 9rem from `sm`. */
function tileSizes(aspect: number): string {
  return `(min-width: 640px) ${tileWidth(aspect)}px, ${tileWidth(aspect, 7)}px`;
}

/** A few images in rows of equal height (an overview, not the full justified grid). */
export function ImageTiles({
  images,
  onIntent,
}: {
  images: readonly Image[];
  onIntent?: (id: string) => void;
}) {
  const { membership } = useCollectionMembership('image');
  return (
    <ul className="flex flex-wrap gap-2" data-testid="image-tiles">
      {images.map((image, index) => {
        const aspect = imageAspect(image);
        return (
          <li
            key={image.id}
            className="group/card relative h-28 basis-[calc(var(--aspect)*7rem)] sm:h-36 sm:basis-[calc(var(--aspect)*9rem)]"
            // Each tile starts at its own width for the row height and takes a share of the
            // row's slack in proportion to it, so every picture stays near its own shape.
            style={{ '--aspect': aspect, flexGrow: aspect } as CSSProperties}
          >
            <Link
              to={`/images/${encodeURIComponent(image.id)}`}
              data-nav-item
              onMouseEnter={() => onIntent?.(image.id)}
              onFocus={() => onIntent?.(image.id)}
              className="block h-full overflow-hidden rounded-lg bg-neutral-100 dark:bg-neutral-900"
            >
              <img
                src={image.assets?.large_thumb?.url ?? image.assets?.preview?.url}
                srcSet={imageSrcSet(image)}
                sizes={tileSizes(aspect)}
                alt={image.description ?? `Image ${image.id}`}
                // The first tiles are the top of the page: fetched first, not held back as lazy.
                loading={index < PRIORITY_TILES ? 'eager' : 'lazy'}
                fetchPriority={index < PRIORITY_TILES ? 'high' : undefined}
                className="size-full object-cover transition-transform hover:scale-[1.03]"
              />
            </Link>
            <TileSave
              id={image.id}
              media="image"
              title={image.description ?? `Image ${image.id}`}
              saved={membership.has(image.id)}
            />
          </li>
        );
      })}
      {/* Takes the last row's slack, so a short last row is not stretched into a strip. */}
      <li aria-hidden="true" className="h-0 grow-[8]" />
    </ul>
  );
}

/** A few videos as poster tiles with their duration. */
export function VideoTiles({
  videos,
  onIntent,
}: {
  videos: readonly Video[];
  onIntent?: (id: string) => void;
}) {
  const { membership } = useCollectionMembership('video');
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4" data-testid="video-tiles">
      {videos.map((video) => (
        <li key={video.id} className="group/card relative">
          <Link
            to={`/videos/${encodeURIComponent(video.id)}`}
            data-nav-item
            onMouseEnter={() => onIntent?.(video.id)}
            onFocus={() => onIntent?.(video.id)}
            className="group relative block aspect-video overflow-hidden rounded-lg bg-neutral-900"
          >
            <img
              src={video.assets.thumb_jpg?.url ?? video.assets.preview_jpg?.url}
              alt={video.description ?? `Video ${video.id}`}
              loading="lazy"
              className="size-full object-cover transition-transform group-hover:scale-[1.03]"
            />
            {video.duration !== undefined && (
              <span className="absolute right-1.5 bottom-1.5 rounded bg-black/70 px-1.5 py-0.5 text-xs font-medium text-white tabular-nums">
                {formatDuration(video.duration)}
              </span>
            )}
          </Link>
          <TileSave
            id={video.id}
            media="video"
            title={video.description ?? `Video ${video.id}`}
            saved={membership.has(video.id)}
          />
        </li>
      ))}
    </ul>
  );
}
