import { memo } from 'react';
import { Link } from 'react-router';
import { usePrefetchImage } from '@/api/images';
import type { Image } from '@/api/types';
import { capitalize } from '@/lib/format';
import { imageSrc, imageSrcSet } from '@/lib/images';

export interface ImageCardProps {
  image: Image;
  width: number;
  height: number;
  /** Eager-load the first screenful; lazy below. */
  eager?: boolean;
}

/** One result: a link to the asset page, sized before its image loads, details on hover and focus. */
export const ImageCard = memo(function ImageCard({
  image,
  width,
  height,
  eager = false,
}: ImageCardProps) {
  const prefetch = usePrefetchImage();
  const intent = () => prefetch(image.id);
  const description = image.description?.trim() || `Image ${image.id}`;
  const meta = [
    image.image_type ? capitalize(image.image_type) : undefined,
    `by contributor ${image.contributor.id}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Link
      to={`/images/${encodeURIComponent(image.id)}`}
      onPointerEnter={intent}
      onFocus={intent}
      data-testid="image-card"
      data-image-id={image.id}
      data-image-type={image.image_type}
      className="group relative block shrink-0 overflow-hidden rounded-md bg-neutral-200 focus-visible:outline-offset-2 dark:bg-neutral-800"
      style={{ width, height }}
    >
      <img
        src={imageSrc(image, width)}
        srcSet={imageSrcSet(image)}
        sizes={`${width}px`}
        alt={description}
        width={width}
        height={height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        draggable={false}
        className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.02]"
      />
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 bottom-0 translate-y-1 bg-gradient-to-t from-black/75 via-black/35 to-transparent px-3 pt-8 pb-2.5 text-white opacity-0 transition duration-200 group-hover:translate-y-0 group-hover:opacity-100 group-focus-visible:translate-y-0 group-focus-visible:opacity-100"
      >
        <p className="line-clamp-2 text-[13px] leading-snug font-medium">{description}</p>
        <p className="mt-0.5 truncate text-[11px] text-white/80">{meta}</p>
      </div>
    </Link>
  );
});
