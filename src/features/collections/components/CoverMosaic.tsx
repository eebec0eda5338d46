import type { Image } from '@/api/types';
import { BookmarkIcon } from '@/components/icons';
import { cx } from '@/lib/format';
import { imageSrc, imageSrcSet } from '@/lib/images';

function Cover({
  image,
  className,
  sizes,
}: {
  image: Image | undefined;
  className: string;
  sizes: string;
}) {
  if (!image) return <div className={cx('skeleton', className)} />;
  return (
    <img
      src={imageSrc(image, 400)}
      srcSet={imageSrcSet(image)}
      sizes={sizes}
      alt=""
      loading="lazy"
      decoding="async"
      className={cx('size-full object-cover', className)}
    />
  );
}

/**
 * A collection's cover: its cover item large, the newest two beside it. `count` is how
 * many covers there will be (images may still be loading).
 */
export function CoverMosaic({
  images,
  count,
}: {
  images: readonly (Image | undefined)[];
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
  if (count < 3) {
    return <Cover image={images[0]} className="" sizes="(min-width: 640px) 33vw, 100vw" />;
  }
  return (
    <div className="grid size-full grid-cols-3 grid-rows-2 gap-0.5">
      <Cover
        image={images[0]}
        className="col-span-2 row-span-2"
        sizes="(min-width: 640px) 22vw, 66vw"
      />
      <Cover image={images[1]} className="" sizes="(min-width: 640px) 11vw, 33vw" />
      <Cover image={images[2]} className="" sizes="(min-width: 640px) 11vw, 33vw" />
    </div>
  );
}
