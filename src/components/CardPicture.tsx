import type { ItemBox } from './MediaGrid';

/**
 * A result card's picture at the size its row drew it (`box`): fetched at once in the
 * first rows and ahead of everything else in the first screen's, decoded off the main
 * thread, and not draggable out of the page (the card around it is the link). Nothing
 * while there is no address: the card's own background shows.
 */
export function CardPicture({
  src,
  srcSet,
  sizes,
  alt,
  box: { width, height, eager, priority },
  className,
}: {
  src: string | undefined;
  srcSet?: string;
  sizes?: string;
  alt: string;
  box: ItemBox;
  className?: string;
}) {
  if (!src) return null;
  return (
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      alt={alt}
      width={width}
      height={height}
      loading={eager || priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      draggable={false}
      className={className}
    />
  );
}
