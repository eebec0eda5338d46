import { Link } from 'react-router';
import type { useCollectionItems } from '@/api/collections';
import type { CollectionMediaType } from '@/api/types';
import { Button } from '@/components/Button';
import { buttonClass } from '@/components/button-class';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { TrashIcon } from '@/components/icons';
import { SaveToCollectionMenu } from '@/components/SaveToCollectionMenu';
import { SelectionBar } from '@/components/SelectionBar';
import { showToast } from '@/components/toast';
import { useSelection } from '@/components/use-selection';
import { pluralize } from '@/lib/format';
import { useRemoveWithUndo } from '../hooks/use-collection-actions';
import { useItemTracks, useItemVideos } from '../hooks/use-item-assets';
import { useItemImages } from '../hooks/use-item-images';
import { itemNoun } from '../media';
import { ItemsGrid } from './ItemsGrid';
import { TrackItems } from './TrackItems';
import { VideoItems } from './VideoItems';

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
  const noun = itemNoun(media);
  return (
    <SelectionBar count={selection.ids.length} onClear={selection.clear} noun={noun}>
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
      <SaveToCollectionMenu
        ids={selection.ids}
        media={media}
        label={readOnly ? `Save ${selection.ids.length} to collection` : 'Save to…'}
        buttonVariant={readOnly ? 'primary' : 'secondary'}
        className="h-8"
        onSaved={(target, count) => {
          showToast({ message: `Saved ${pluralize(count, noun)} to “${target.name}”` });
          selection.clear();
        }}
      />
    </SelectionBar>
  );
}

function Hint({ media }: { media: CollectionMediaType }) {
  return (
    <p className="mb-3 text-[13px] text-neutral-500 dark:text-neutral-400">
      Newest first. Tick {itemNoun(media)}s to remove them or save them elsewhere; shift-click
      selects a range.
    </p>
  );
}

function ImageView({ collectionId, items, readOnly }: ViewProps) {
  const grid = useItemImages(items.data?.pages);
  const selection = useSelection(grid.ids, collectionId);
  return (
    <>
      <Hint media="image" />
      <ItemsGrid
        {...grid}
        layoutKey="collection"
        markSaved={false}
        hasNextPage={items.hasNextPage}
        isFetchingNextPage={items.isFetchingNextPage}
        onLoadMore={() => void items.fetchNextPage({ cancelRefetch: false })}
        selection={selection}
      />
      <Selected
        media="image"
        collectionId={collectionId}
        selection={selection}
        readOnly={readOnly}
      />
    </>
  );
}

function VideoView({ collectionId, items, readOnly }: ViewProps) {
  const { assets, ids, order, lookup } = useItemVideos(items.data?.pages);
  const selection = useSelection(ids, collectionId);
  if (assets.length === 0 && order.length > 0) {
    return lookup.error ? (
      <ErrorMessage
        error={lookup.error}
        onRetry={lookup.refetch}
        title="The videos couldn’t be loaded"
      />
    ) : (
      <GridSkeleton rows={3} layoutKey="collection-videos" />
    );
  }
  return (
    <>
      <Hint media="video" />
      <VideoItems
        videos={assets}
        hasNextPage={items.hasNextPage}
        isFetchingNextPage={
          items.isFetchingNextPage || (lookup.isPending && assets.length < order.length)
        }
        onLoadMore={() => void items.fetchNextPage({ cancelRefetch: false })}
        selection={selection}
      />
      <Selected
        media="video"
        collectionId={collectionId}
        selection={selection}
        readOnly={readOnly}
      />
    </>
  );
}

function TrackView({ collectionId, items, readOnly }: ViewProps) {
  const { assets, ids, order, lookup } = useItemTracks(items.data?.pages);
  const selection = useSelection(ids, collectionId);
  if (assets.length === 0 && order.length > 0) {
    return lookup.error ? (
      <ErrorMessage
        error={lookup.error}
        onRetry={lookup.refetch}
        title="The tracks couldn’t be loaded"
      />
    ) : (
      <div aria-hidden="true" className="flex flex-col gap-3">
        {Array.from({ length: Math.min(order.length, 6) }, (_, i) => (
          <div key={i} className="skeleton h-14 rounded-lg" />
        ))}
      </div>
    );
  }
  return (
    <>
      <Hint media="audio" />
      <TrackItems
        tracks={assets}
        hasNextPage={items.hasNextPage}
        isFetchingNextPage={items.isFetchingNextPage}
        onLoadMore={() => void items.fetchNextPage({ cancelRefetch: false })}
        selection={selection}
      />
      <Selected
        media="audio"
        collectionId={collectionId}
        selection={selection}
        readOnly={readOnly}
      />
    </>
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
