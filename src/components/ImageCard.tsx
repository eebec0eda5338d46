import type { SelectOptions } from './use-selection';
import { lazy, memo, Suspense, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { usePrefetchImage } from '@/api/images';
import type { Image } from '@/api/types';
import { capitalize, cx } from '@/lib/format';
import { imageSrc, imageSrcSet } from '@/lib/images';
import type { DownloadHistory } from '@/api/license-types';
import { CardActions } from './CardActions';
import { CardPicture } from './CardPicture';

// The contributor's name shows only over a hovered or focused card: it is looked up (with
// the lookup's code) once someone points at the grid, not for every card as the page loads.
const CardByline = lazy(() => import('./CardByline').then((m) => ({ default: m.CardByline })));

/** How a click on a card's checkbox selects: one card, or the range from the last one clicked. */
export interface ImageCardProps {
  image: Image;
  width: number;
  height: number;
  /** Eager-load the first screenful; lazy below. */
  eager?: boolean;
  /** On the first screen of results: fetched before anything else the page asks for. */
  priority?: boolean;
  /** The team's newest license of the image, if it licensed it: a "Licensed" mark. */
  licensed?: DownloadHistory;
  /** In any of the user's collections: a filled bookmark. */
  saved?: boolean;
  /** Offer "Save to collection" on the card (on hover and keyboard focus). */
  saveable?: boolean;
  /** Offer a checkbox to select the card; `selecting`: some card is selected, so show them all. */
  onSelect?: (id: string, options: SelectOptions) => void;
  selected?: boolean;
  selecting?: boolean;
  /** Name the contributor in the details (the grid has been pointed at). */
  named?: boolean;
  /** The card is hovered or focused. */
  onIntent?: () => void;
}

/**
 * One result: a link to the asset page, sized before its image loads, details on hover
 * and focus; beside the link (not inside it) a checkbox to select it and a button to save it.
 */
export const ImageCard = memo(function ImageCard({
  image,
  width,
  height,
  eager = false,
  priority = false,
  licensed,
  saved = false,
  saveable = true,
  onSelect,
  selected = false,
  selecting = false,
  named = false,
  onIntent,
}: ImageCardProps) {
  const prefetch = usePrefetchImage();
  const intent = () => {
    prefetch(image.id);
    onIntent?.();
  };
  const description = image.description?.trim() || `Image ${image.id}`;
  const kind = image.image_type ? capitalize(image.image_type) : undefined;
  // Small cards (phones) get smaller controls, and no checkbox until something is selected;
  // nor do touch screens, whose cards' actions menu offers "Select".
  const compact = width < 150;
  const reveal =
    'opacity-0 transition-opacity duration-150 group-hover/card:opacity-100 group-focus-within/card:opacity-100 pointer-coarse:hidden';
  return (
    <div
      className="group/card relative shrink-0"
      style={{ width, height }}
      data-testid="image-tile"
      data-tile-id={image.id}
      data-selected={selected || undefined}
    >
      <Link
        to={`/images/${encodeURIComponent(image.id)}`}
        onPointerEnter={intent}
        onFocus={intent}
        onClick={(event: MouseEvent) => {
          // While selecting, a click on the picture toggles it (shift: a range) instead of opening it.
          if (selecting && onSelect && !event.metaKey && !event.ctrlKey) {
            event.preventDefault();
            onSelect(image.id, { range: event.shiftKey });
          }
        }}
        data-testid="image-card"
        data-nav-item
        data-image-id={image.id}
        data-image-type={image.image_type}
        style={{ width, height }}
        className={cx(
          'group relative block size-full overflow-hidden rounded-md bg-neutral-200 focus-visible:outline-offset-2 dark:bg-neutral-800',
          selected && 'outline-3 outline-offset-2 outline-accent-500',
        )}
      >
        <CardPicture
          src={imageSrc(image, width)}
          srcSet={imageSrcSet(image)}
          sizes={`${width}px`}
          alt={description}
          box={{ width, height, eager, priority }}
          className={cx(
            'size-full object-cover transition-transform duration-300',
            selected ? 'scale-[0.94] rounded' : 'group-hover:scale-[1.02]',
          )}
        />
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0 bottom-0 translate-y-1 bg-gradient-to-t from-black/75 via-black/35 to-transparent px-3 pt-8 pb-2.5 text-white opacity-0 transition duration-200 group-hover/card:translate-y-0 group-hover/card:opacity-100 group-focus-within/card:translate-y-0 group-focus-within/card:opacity-100"
        >
          <p className="line-clamp-2 text-[13px] leading-snug font-medium">{description}</p>
          <p className="mt-0.5 truncate text-[11px] text-white/80">
            {named ? (
              <Suspense fallback={kind}>
                <CardByline kind={kind} contributorId={image.contributor.id} />
              </Suspense>
            ) : (
              kind
            )}
          </p>
        </div>
      </Link>
      {onSelect && (
        <label
          className={cx(
            'absolute grid place-items-center rounded-full bg-white/95 shadow-md shadow-black/20 has-focus-visible:outline-2 has-focus-visible:outline-accent-500 dark:bg-neutral-900/95',
            compact ? 'top-1.5 left-1.5 size-7' : 'top-2 left-2 size-8',
            !(selecting || selected) &&
              (compact ? 'opacity-0 group-focus-within/card:opacity-100' : reveal),
          )}
        >
          <input
            type="checkbox"
            checked={selected}
            aria-label={`Select ${description}`}
            // Click (not change) carries the shift key; the state it sets matches the toggle.
            onClick={(event) => onSelect(image.id, { range: event.shiftKey })}
            onChange={() => undefined}
            data-testid="select-image"
            className="size-4 rounded accent-accent-600 focus:outline-none dark:accent-accent-500"
          />
        </label>
      )}
      <CardActions
        title={description}
        license={{ media: 'image', assetId: image.id, known: { existing: licensed } }}
        save={saveable ? { id: image.id, media: 'image', saved } : undefined}
        select={
          onSelect ? { selected, toggle: () => onSelect(image.id, { range: false }) } : undefined
        }
        compact={compact}
      />
    </div>
  );
});
