import { startTransition, useCallback, useState } from 'react';
import { useCollectionMembership } from '@/api/collections';
import { useLicensedAssets } from '@/api/licenses';
import type { Image } from '@/api/types';
import { imageAspect } from '@/lib/images';
import { ImageCard } from './ImageCard';
import { MediaGrid, type GridPaging } from './MediaGrid';
import type { CardSelection } from './use-selection';

export interface JustifiedGridProps extends GridPaging {
  images: readonly Image[];
  /** Offer "Save to collection" on each card, and show which are saved (default on). */
  saveable?: boolean;
  /** Mark saved cards (off where every card is saved: a collection's own page). */
  markSaved?: boolean;
  /** Cards with a checkbox, for acting on many at once. */
  selection?: CardSelection;
}

const imageKey = (image: Image) => image.id;

/**
 * Image results in justified rows (MediaGrid), each an ImageCard: saved ones marked from
 * the cached collections, so a save shows on every card at once, and a checkbox on each
 * when the page acts on a selection.
 */
export function JustifiedGrid({
  images,
  saveable = true,
  markSaved = true,
  selection,
  ...paging
}: JustifiedGridProps) {
  const { membership } = useCollectionMembership('image');
  const licensed = useLicensedAssets('image');
  const selecting = (selection?.selected.size ?? 0) > 0;
  // Contributors are named once a card is hovered or focused: then every card's name is
  // asked for at once (one batched lookup), in a transition that keeps the hover smooth.
  const [named, setNamed] = useState(false);
  const nameContributors = useCallback(() => startTransition(() => setNamed(true)), []);
  return (
    <MediaGrid
      items={images}
      aspect={imageAspect}
      itemKey={imageKey}
      {...paging}
      loadingLabel="Loading more images"
      data-testid="justified-grid"
      renderItem={(image, box) => (
        <ImageCard
          image={image}
          width={box.width}
          height={box.height}
          eager={box.eager}
          priority={box.priority}
          licensed={licensed?.get(image.id)}
          saveable={saveable}
          saved={saveable && markSaved && membership.has(image.id)}
          onSelect={selection?.onSelect}
          selected={selection?.selected.has(image.id) ?? false}
          selecting={selecting}
          named={named}
          onIntent={named ? undefined : nameContributors}
        />
      )}
    />
  );
}
