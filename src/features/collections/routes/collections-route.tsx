import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { COLLECTION_MEDIA_TYPES } from '@/api/collections';
import { useAllCollections } from '@/api/collections-browse';
import type { Collection, CollectionMediaType } from '@/api/types';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { preloadCollectionNameForm } from '@/components/collection-name-form-loader';
import { SegmentedField, SelectField } from '@/components/fields';
import { SearchIcon } from '@/components/icons';
import { PlusIcon } from '@/components/more-icons';
import { pluralize } from '@/lib/format';
import { CollectionsNav } from '../components/CollectionsNav';
import { CollectionTile } from '../components/CollectionTile';
import { NewCollectionForm } from '../components/NewCollectionForm';
import { COVERS, useCollectionCovers } from '../hooks/use-collection-covers';
import { useDeleteWithUndo } from '../hooks/use-collection-actions';
import { itemNoun, MEDIA_ADJECTIVE, MEDIA_LABEL, parseMedia } from '../media';
import {
  COLLECTION_SORTS,
  filterCollections,
  parseSort,
  sortCollections,
  type CollectionSort,
} from '../sort';

function TilesSkeleton() {
  return (
    <ul
      aria-hidden="true"
      data-testid="collections-skeleton"
      className="grid grid-cols-2 gap-x-3 gap-y-6 sm:grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] sm:gap-x-5 sm:gap-y-8"
    >
      {Array.from({ length: 8 }, (_, i) => (
        <li key={i} className="flex flex-col gap-3">
          <div className="skeleton aspect-[4/3] rounded-xl" />
          <div className="skeleton h-4 w-2/3 rounded" />
          <div className="skeleton h-3 w-1/3 rounded" />
        </li>
      ))}
    </ul>
  );
}

interface Confirming {
  media: CollectionMediaType;
  collection: Collection;
}

/** "3 collections · 12 images, 2 videos": what the user keeps, by type. */
function summary(list: readonly { media: CollectionMediaType; collection: Collection }[]) {
  const totals = new Map<CollectionMediaType, number>();
  for (const { media, collection } of list)
    totals.set(media, (totals.get(media) ?? 0) + collection.total_item_count);
  const items = COLLECTION_MEDIA_TYPES.filter((media) => totals.has(media)).map((media) =>
    pluralize(totals.get(media)!, itemNoun(media)),
  );
  return [pluralize(list.length, 'collection'), items.join(', ')].filter(Boolean).join(' · ');
}

export function Component() {
  const collections = useAllCollections();
  const [searchParams, setSearchParams] = useSearchParams();
  const sort = parseSort(searchParams.get('sort'));
  const type = parseMedia(searchParams.get('type'));
  // The filter box is typed into locally and mirrored to the URL (shareable, kept on Back),
  // so fast typing never waits for a navigation.
  const [filter, setFilter] = useState(() => searchParams.get('q') ?? '');
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<Confirming | undefined>();
  const newButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const deleteWithUndo = useDeleteWithUndo();
  const { state } = useLocation();
  // Arriving from a collection deleted on its own page: focus starts at the list's heading
  // (the toast says what went and offers Undo), not on the document. Not on Back to here,
  // where focus goes back to the link followed from the page.
  const arrivedFromDelete =
    useNavigationType() === 'PUSH' && (state as { deleted?: boolean } | null)?.deleted === true;
  useEffect(() => {
    if (arrivedFromDelete) heading.current?.focus({ preventScroll: true });
  }, [arrivedFromDelete]);

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next, { replace: true, preventScrollReset: true });
  };

  const all = collections.data;
  const shown = useMemo(
    () => sortCollections(filterCollections(all ?? [], filter, type), sort),
    [all, filter, type, sort],
  );
  const coversOf = useCollectionCovers(shown);
  const typeOptions = useMemo(
    () => [
      { value: '' as const, label: 'All', count: all?.length },
      ...COLLECTION_MEDIA_TYPES.map((media) => ({
        value: media,
        label: MEDIA_LABEL[media],
        count: all?.filter((entry) => entry.media === media).length,
      })),
    ],
    [all],
  );
  const failed = collections.errors[0];

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
      <title>Collections — Stockroom</title>
      <CollectionsNav />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1
            ref={heading}
            tabIndex={-1}
            className="text-xl font-semibold tracking-tight focus:outline-none sm:text-2xl"
          >
            Your collections
          </h1>
          <p
            className="mt-0.5 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
            data-testid="collections-count"
          >
            {all ? summary(all) : '\u00a0'}
          </p>
        </div>
        <div className="flex w-full flex-wrap items-end gap-2 lg:w-auto">
          <SegmentedField<CollectionMediaType>
            legend="Type of collection"
            name="collection-type"
            size="md"
            hideLegend
            value={type ?? ''}
            options={typeOptions}
            onValueChange={(value) => setParam('type', value || undefined)}
          />
          <div className="relative min-w-40 flex-1 sm:flex-none">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-neutral-500 dark:text-neutral-400" />
            <input
              type="search"
              value={filter}
              onChange={(event) => {
                setFilter(event.target.value);
                setParam('q', event.target.value || undefined);
              }}
              aria-label="Filter collections by name"
              placeholder="Filter by name"
              className="h-9 w-full rounded-lg border border-neutral-300 bg-white pr-2.5 pl-8 text-sm placeholder:text-neutral-500 hover:border-neutral-400 focus:border-accent-500 focus:ring-3 focus:ring-accent-500/20 focus:outline-none sm:w-52 dark:border-neutral-700 dark:bg-neutral-900 dark:placeholder:text-neutral-400"
            />
          </div>
          <SelectField
            label="Sort by"
            hideLabel
            value={sort}
            options={COLLECTION_SORTS}
            onValueChange={(value) =>
              setParam('sort', value === 'recent' ? undefined : (value as CollectionSort))
            }
            className="w-40 sm:w-44"
          />
          <Button
            ref={newButton}
            variant="primary"
            onClick={() => setCreating(true)}
            onPointerEnter={preloadCollectionNameForm}
            onFocus={preloadCollectionNameForm}
            aria-expanded={creating}
            className="h-9"
          >
            <PlusIcon className="text-base" />
            New collection
          </Button>
        </div>
      </div>

      {creating && (
        <NewCollectionForm
          initialMedia={type ?? 'image'}
          onDone={() => {
            setCreating(false);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
        />
      )}

      {failed && all && (
        <div className="mb-6">
          <ErrorMessage
            compact
            error={failed.error}
            title={`Your ${MEDIA_ADJECTIVE[failed.media]} collections couldn’t be loaded`}
            onRetry={collections.refetch}
          />
        </div>
      )}

      {collections.isPending ? (
        <TilesSkeleton />
      ) : !all ? (
        <ErrorMessage
          error={failed?.error}
          title="Your collections couldn’t be loaded"
          onRetry={collections.refetch}
        />
      ) : all.length === 0 ? (
        <EmptyState title="No collections yet">
          <p>
            Keep images, video and music together for a client or a project. Create a collection
            here, or save an asset from search with its bookmark button.
          </p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState
          title={
            filter.trim()
              ? `No collection matches “${filter.trim()}”`
              : `No ${MEDIA_ADJECTIVE[type ?? 'image']} collections yet`
          }
        >
          <Button
            className="mt-2"
            onClick={() => {
              setFilter('');
              setSearchParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.delete('q');
                  next.delete('type');
                  return next;
                },
                { replace: true, preventScrollReset: true },
              );
            }}
          >
            Show all collections
          </Button>
        </EmptyState>
      ) : (
        <ul
          aria-label="Collections"
          className="grid grid-cols-2 gap-x-3 gap-y-6 sm:grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] sm:gap-x-5 sm:gap-y-8"
        >
          {shown.map((entry) => (
            <CollectionTile
              key={`${entry.media}:${entry.collection.id}`}
              media={entry.media}
              collection={entry.collection}
              covers={coversOf(entry)}
              coverCount={Math.min(COVERS, entry.collection.total_item_count)}
              onDelete={(media, collection) => setConfirming({ media, collection })}
            />
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={confirming !== undefined}
        title={`Delete “${confirming?.collection.name ?? ''}”?`}
        confirmLabel="Delete collection"
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          if (!confirming) return;
          const { media, collection } = confirming;
          const index = shown.findIndex(
            (entry) => entry.media === media && entry.collection.id === collection.id,
          );
          deleteWithUndo(media, collection);
          setConfirming(undefined);
          // The tile is gone: focus goes to its neighbour, else "New collection".
          requestAnimationFrame(() => {
            const links = document.querySelectorAll<HTMLElement>(
              '[data-testid=collection-tile] h2 a',
            );
            (links[Math.min(index, links.length - 1)] ?? newButton.current)?.focus();
          });
        }}
      >
        {confirming &&
          `The collection and its list of ${pluralize(confirming.collection.total_item_count, itemNoun(confirming.media))} go. They stay in the catalog.`}
      </ConfirmDialog>
    </main>
  );
}
