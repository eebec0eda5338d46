/**
 * A picture that only illustrates what its words beside it already say (a collection's
 * cover, a feed's picture): no text of its own for screen readers, decoded off the main
 * thread, fetched when near the screen unless it is the page's first sight (`eager`), and
 * nothing at all while there is no address.
 */
export function CoverImage({
  src,
  srcSet,
  sizes,
  width,
  height,
  eager = false,
  className,
  'data-testid': testId,
}: {
  src: string | undefined;
  srcSet?: string;
  sizes?: string;
  /** The drawn size, when known, so the page keeps its place while the picture loads. */
  width?: number;
  height?: number;
  eager?: boolean;
  className?: string;
  'data-testid'?: string;
}) {
  if (!src) return null;
  return (
    <img
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt=""
      width={width}
      height={height}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      className={className}
      data-testid={testId}
    />
  );
}
