import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { useCollectionItems } from '@/api/collections';
import type { CollectionMediaType } from '@/api/types';
import { Button } from '@/components/Button';
import { buttonClass } from '@/components/button-class';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { TrashIcon } from '@/components/more-icons';
import { BulkLicenseButton } from '@/components/license/BulkLicenseButton';
import { SaveSelectionBar } from '@/components/SaveSelectionBar';
import { useGridPaging } from '@/components/use-grid-paging';
import { useSelection } from '@/components/use-selection';
import { VideoGrid } from '@/components/VideoGrid';
import { useRemoveWithUndo } from '../hooks/use-collection-actions';
import { useItemTracks, useItemVideos } from '../hooks/use-item-assets';
import { useItemImages } from '../hooks/use-item-images';
import { itemNoun } from '../media';
import { ItemsGrid } from './ItemsGrid';
import { TrackItems } from './TrackItems';

type Items = ReturnType<typeof useCollectionItems>;

interface ViewProps {
  media: CollectionMediaType;
  collectionId: string;
  items: Items;
  /** A collection shared with the user: nothing to remove, only to save elsewhere. */
  readOnly: boolean;
}

const SEARCH: Record<CollectionMediaType, { to: string; label: string }> = {
  image: { to: '/', label: 'Search images' },
  video: { to: '/videos', label: 'Search video' },
  audio: { to: '/music', label: 'Search music' },
};

/** The selection's actions: remove (the owner), save to another collection (anyone). */
function Selected({
  media,
  collectionId,
  selection,
  readOnly,
}: {
  media: CollectionMediaType;
  collectionId: string;
  selection: ReturnType<typeof useSelection>;
  readOnly: boolean;
}) {
  const removeWithUndo = useRemoveWithUndo(media, collectionId);
  return (
    <SaveSelectionBar
      selection={selection}
      media={media}
      noun={itemNoun(media)}
      secondary={!readOnly}
    >
      <BulkLicenseButton media={media} ids={selection.ids} noun={itemNoun(media)} />
      {!readOnly && (
        <Button
          variant="danger"
          size="sm"
          onClick={() => {
            removeWithUndo(selection.ids);
            selection.clear();
          }}
        >
          <TrashIcon className="text-base" /> Remove
        </Button>
      )}
    </SaveSelectionBar>
  );
}

/** The items of one media type: a hint, the items (`children`), the bar over the selection. */
function Selectable({
  media,
  collectionId,
  selection,
  readOnly,
  children,
}: {
  media: CollectionMediaType;
  collectionId: string;
  selection: ReturnType<typeof useSelection>;
  readOnly: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <p
        className="mb-3 text-[13px] text-neutral-500 dark:text-neutral-400"
        data-testid="items-hint"
      >
        {readOnly
          ? `Newest first. Tick ${itemNoun(media)}s to save them to your own collections; shift-click selects a range.`
          : `Newest first. Tick ${itemNoun(media)}s to remove them or save them elsewhere; shift-click selects a range.`}
      </p>
      {children}
      <Selected
        media={media}
        collectionId={collectionId}
        selection={selection}
        readOnly={readOnly}
      />
    </>
  );
}

/** Items whose assets are still being looked up: the lookup's error, or `children` meanwhile. */
function LookingUp({
  lookup,
  media,
  children,
}: {
  lookup: { error: Error | null; refetch: () => void };
  media: CollectionMediaType;
  children: ReactNode;
}) {
  return lookup.error ? (
    <ErrorMessage
      error={lookup.error}
      onRetry={lookup.refetch}
      title={`The ${itemNoun(media)}s couldn’t be loaded`}
    />
  ) : (
    children
  );
}

function ImageView({ collectionId, items, readOnly }: ViewProps) {
  const grid = useItemImages(items.data?.pages);
  const selection = useSelection(grid.ids, collectionId);
  const paging = useGridPaging(items);
  return (
    <Selectable media="image" collectionId={collectionId} selection={selection} readOnly={readOnly}>
      <ItemsGrid
        {...grid}
        {...paging}
        layoutKey="collection"
        markSaved={false}
        selection={selection}
      />
    </Selectable>
  );
}

function VideoView({ collectionId, items, readOnly }: ViewProps) {
  const { assets, ids, order, lookup } = useItemVideos(items.data?.pages);
  const selection = useSelection(ids, collectionId);
  const paging = useGridPaging(items);
  if (assets.length === 0 && order.length > 0) {
    return (
      <LookingUp lookup={lookup} media="video">
        <GridSkeleton rows={3} layoutKey="collection-videos" />
      </LookingUp>
    );
  }
  return (
    <Selectable media="video" collectionId={collectionId} selection={selection} readOnly={readOnly}>
      <VideoGrid
        {...paging}
        videos={assets}
        layoutKey="collection-videos"
        markSaved={false}
        isFetchingNextPage={
          items.isFetchingNextPage || (lookup.isPending && assets.length < order.length)
        }
        selection={selection}
      />
    </Selectable>
  );
}

function TrackView({ collectionId, items, readOnly }: ViewProps) {
  const { assets, ids, order, lookup } = useItemTracks(items.data?.pages);
  const selection = useSelection(ids, collectionId);
  const paging = useGridPaging(items);
  if (assets.length === 0 && order.length > 0) {
    return (
      <LookingUp lookup={lookup} media="audio">
        <div aria-hidden="true" className="flex flex-col gap-3">
          {Array.from({ length: Math.min(order.length, 6) }, (_, i) => (
            <div key={i} className="skeleton h-14 rounded-lg" />
          ))}
        </div>
      </LookingUp>
    );
  }
  return (
    <Selectable media="audio" collectionId={collectionId} selection={selection} readOnly={readOnly}>
      <TrackItems {...paging} tracks={assets} selection={selection} />
    </Selectable>
  );
}

/** A collection's items in the same grid or list as their search, per media type. */
export function CollectionItemsView(props: ViewProps) {
  const { media, items, readOnly } = props;
  const noun = itemNoun(media);
  if (items.isPending)
    return (
      <GridSkeleton rows={3} layoutKey={media === 'image' ? 'collection' : 'collection-videos'} />
    );
  if (items.isError)
    return (
      <ErrorMessage
        error={items.error}
        title={`This collection’s ${noun}s couldn’t be loaded`}
        onRetry={() => void items.refetch()}
      />
    );
  if (items.data.pages.every((page) => page.data.length === 0)) {
    const search = SEARCH[media];
    return (
      <EmptyState title="Nothing saved here yet">
        {!readOnly && (
          <>
            <p className="mb-4">
              Use the bookmark on any {noun} in search, or on its page, to save it here.
            </p>
            <Link to={search.to} className={buttonClass('primary')}>
              {search.label}
            </Link>
          </>
        )}
      </EmptyState>
    );
  }
  if (media === 'video') return <VideoView {...props} />;
  if (media === 'audio') return <TrackView {...props} />;
  return <ImageView {...props} />;
}
