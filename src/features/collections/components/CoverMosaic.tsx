import type { CollectionMediaType } from '@/api/types';
import { CoverImage } from '@/components/CoverImage';
import { BookmarkIcon } from '@/components/icons';
import { cx } from '@/lib/format';

/** A picture for a cover: an image's sources, or a video's thumbnail. */
export interface CoverPicture {
  src: string;
  srcSet?: string;
}

function Cover({
  picture,
  className,
  sizes,
}: {
  picture: CoverPicture | undefined;
  className: string;
  sizes: string;
}) {
  if (!picture) return <div className={cx('skeleton', className)} />;
  return (
    <CoverImage
      src={picture.src}
      srcSet={picture.srcSet}
      sizes={sizes}
      className={cx('size-full object-cover', className)}
    />
  );
}

/** Bar heights of the music cover's waveform, the same for a collection every time. */
function bars(seed: string, count: number): number[] {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return Array.from({ length: count }, (_, i) => {
    hash = Math.imul(hash ^ (i + 1), 2654435761) >>> 0;
    const envelope = Math.sin((Math.PI * (i + 0.5)) / count);
    return 0.2 + 0.8 * envelope * (0.45 + ((hash >>> 8) % 1000) / 1800);
  });
}

/** A music collection's cover: a note and a quiet waveform on the accent colour. */
function MusicCover({ seed }: { seed: string }) {
  return (
    <div className="flex size-full flex-col items-center justify-center gap-4 bg-gradient-to-br from-accent-100 via-accent-50 to-neutral-100 px-6 dark:from-accent-500/25 dark:via-neutral-900 dark:to-neutral-950">
      <span className="grid size-11 place-items-center rounded-full bg-white/80 text-accent-600 shadow-sm shadow-black/5 dark:bg-neutral-950/60 dark:text-accent-400">
        <svg aria-hidden="true" viewBox="0 0 8 8" className="size-5">
          <path
            d="M3 1.2 7 .4v4.9a1.2 1 0 1 1-.8-.9V2L3.8 2.5v3.6a1.2 1 0 1 1-.8-.9Z"
            fill="currentColor"
          />
        </svg>
      </span>
      <div aria-hidden="true" className="flex h-1/3 w-full items-center gap-[3px]">
        {bars(seed, 36).map((height, i) => (
          <span
            key={i}
            style={{ height: `${Math.round(height * 100)}%` }}
            className="flex-1 rounded-full bg-accent-600/70 dark:bg-accent-400/70"
          />
        ))}
      </div>
    </div>
  );
}

/**
 * A collection's cover: its cover item large, the newest two beside it; a music
 * collection has a waveform instead. `count` is how many covers there will be (pictures
 * may still be loading).
 */
export function CoverMosaic({
  media,
  seed,
  pictures,
  count,
}: {
  media: CollectionMediaType;
  /** Makes a music cover's waveform its own. */
  seed: string;
  pictures: readonly (CoverPicture | undefined)[];
  count: number;
}) {
  if (count === 0) {
    return (
      <div className="grid size-full place-items-center bg-neutral-100 text-neutral-400 dark:bg-neutral-900 dark:text-neutral-600">
        <div className="flex flex-col items-center gap-1.5 text-sm">
          <BookmarkIcon className="text-3xl" />
          <span className="text-neutral-600 dark:text-neutral-400">Nothing saved yet</span>
        </div>
      </div>
    );
  }
  if (media === 'audio') return <MusicCover seed={seed} />;
  if (count < 3) {
    return <Cover picture={pictures[0]} className="" sizes="(min-width: 640px) 33vw, 100vw" />;
  }
  return (
    <div className="grid size-full grid-cols-3 grid-rows-2 gap-0.5">
      <Cover
        picture={pictures[0]}
        className="col-span-2 row-span-2"
        sizes="(min-width: 640px) 22vw, 66vw"
      />
      <Cover picture={pictures[1]} className="" sizes="(min-width: 640px) 11vw, 33vw" />
      <Cover picture={pictures[2]} className="" sizes="(min-width: 640px) 11vw, 33vw" />
    </div>
  );
}
