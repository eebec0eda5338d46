import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCollectionMembership, useCollections } from '@/api/collections';
import { useImagesByIds } from '@/api/images';
import type { Collection } from '@/api/types';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { SelectField } from '@/components/fields';
import { PlusIcon, SearchIcon } from '@/components/icons';
import { pluralize } from '@/lib/format';
import { CollectionsNav } from '../components/CollectionsNav';
import { CollectionTile } from '../components/CollectionTile';
import { NewCollectionForm } from '../components/NewCollectionForm';
import { useDeleteWithUndo } from '../hooks/use-collection-actions';
import {
  COLLECTION_SORTS,
  filterCollections,
  parseSort,
  sortCollections,
  type CollectionSort,
} from '../sort';

const COVERS = 3;

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

export function Component() {
  const collections = useCollections('image');
  const { itemIds } = useCollectionMembership('image');
  const [searchParams, setSearchParams] = useSearchParams();
  const sort = parseSort(searchParams.get('sort'));
  // The filter box is typed into locally and mirrored to the URL (shareable, kept on Back),
  // so fast typing never waits for a navigation.
  const [filter, setFilter] = useState(() => searchParams.get('q') ?? '');
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<Collection | undefined>();
  const newButton = useRef<HTMLButtonElement>(null);
  const deleteWithUndo = useDeleteWithUndo();

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next, { replace: true, preventScrollReset: true });
  };

  const all = collections.data?.data;
  const shown = useMemo(
    () => sortCollections(filterCollections(all ?? [], filter), sort),
    [all, filter, sort],
  );

  // Covers: the cover item, then the newest items, fetched together.
  const covers = useMemo(() => {
    const byCollection = new Map<string, string[]>();
    for (const collection of shown) {
      const ids = [
        ...(collection.cover_item ? [collection.cover_item.id] : []),
        ...[...(itemIds.get(collection.id) ?? [])].reverse(),
      ];
      byCollection.set(collection.id, [...new Set(ids)].slice(0, COVERS));
    }
    return byCollection;
  }, [shown, itemIds]);
  const coverGroups = useMemo(() => {
    const ids = [...new Set([...covers.values()].flat())].sort();
    const groups: string[][] = [];
    for (let i = 0; i < ids.length; i += 100) groups.push(ids.slice(i, i + 100));
    return groups;
  }, [covers]);
  const images = useImagesByIds(coverGroups);

  const totalImages = (all ?? []).reduce((sum, c) => sum + c.total_item_count, 0);

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
      <title>Collections — Stockroom</title>
      <CollectionsNav />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">Your collections</h1>
          <p
            className="mt-0.5 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
            data-testid="collections-count"
          >
            {all
              ? `${pluralize(all.length, 'collection')} · ${pluralize(totalImages, 'image')}`
              : '\u00a0'}
          </p>
        </div>
        <div className="flex w-full flex-wrap items-end gap-2 sm:w-auto">
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
              className="h-9 w-full rounded-lg sm:w-52 border border-neutral-300 bg-white pr-2.5 pl-8 text-sm placeholder:text-neutral-500 hover:border-neutral-400 focus:border-accent-500 focus:ring-3 focus:ring-accent-500/20 focus:outline-none dark:border-neutral-700 dark:bg-neutral-900 dark:placeholder:text-neutral-400"
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
          onDone={() => {
            setCreating(false);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
        />
      )}

      {collections.isPending ? (
        <TilesSkeleton />
      ) : collections.isError ? (
        <ErrorMessage
          error={collections.error}
          title="Your collections couldn’t be loaded"
          onRetry={() => void collections.refetch()}
        />
      ) : all?.length === 0 ? (
        <EmptyState title="No collections yet">
          <p>
            Keep images together for a client or a project. Create a collection here, or save an
            image from search with its bookmark button.
          </p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title={`No collection matches “${filter.trim()}”`}>
          <Button
            className="mt-2"
            onClick={() => {
              setFilter('');
              setParam('q', undefined);
            }}
          >
            Clear the filter
          </Button>
        </EmptyState>
      ) : (
        <ul
          aria-label="Collections"
          className="grid grid-cols-2 gap-x-3 gap-y-6 sm:grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] sm:gap-x-5 sm:gap-y-8"
        >
          {shown.map((collection) => {
            const ids = covers.get(collection.id) ?? [];
            return (
              <CollectionTile
                key={collection.id}
                collection={collection}
                covers={ids.map((id) => images.byId.get(id))}
                coverCount={Math.min(COVERS, collection.total_item_count)}
                onDelete={setConfirming}
              />
            );
          })}
        </ul>
      )}

      <ConfirmDialog
        open={confirming !== undefined}
        title={`Delete “${confirming?.name ?? ''}”?`}
        confirmLabel="Delete collection"
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          if (!confirming) return;
          const index = shown.findIndex((c) => c.id === confirming.id);
          deleteWithUndo(confirming);
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
          `The collection and its list of ${pluralize(confirming.total_item_count, 'image')} go. The images stay in the catalog.`}
      </ConfirmDialog>
    </main>
  );
}
