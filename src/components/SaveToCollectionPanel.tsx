import * as Popover from '@radix-ui/react-popover';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { isOptimisticCollection, useCollectionMembership, useCollections } from '@/api/collections';
import {
  newItemIds,
  useAddToCollection,
  useCreateCollection,
  useRemoveFromCollection,
} from '@/api/collection-mutations';
import type { Collection, CollectionMediaType } from '@/api/types';
import { formatCount, pluralize } from '@/lib/format';
import { buttonClass } from './button-class';
import { describeCollectionError, type CollectionProblem } from './collection-errors';
import { preloadCollectionNameForm } from './collection-name-form-loader';
import { LazyCollectionNameForm } from './LazyCollectionNameForm';
import { PlusIcon } from './more-icons';
import { InlineError } from './InlineError';
import { handleMenuKeys, navigable } from './save-menu-keys';
import { MenuItem } from './SaveMenuItem';
import { showToast } from './toast';

/** One item of a collection of each media type, as the menu speaks of it. */
const NOUN: Record<CollectionMediaType, string> = {
  image: 'image',
  video: 'video',
  audio: 'track',
};

/** More collections than this and the menu gets a filter box. */
const FILTER_THRESHOLD = 6;

const lastChange = (c: Collection) =>
  [c.items_updated_time, c.updated_time, c.created_time].filter(Boolean).sort().at(-1) ?? '';

export interface SavePanelProps {
  id: string;
  ids: readonly string[];
  media: CollectionMediaType;
  anchor: RefObject<HTMLButtonElement | null>;
  /** Under the trigger from its left edge (a labelled button) or its right (a card's icon). */
  align: 'start' | 'end';
  /** Closes the menu; `returnFocus`: focus goes back to the trigger once it is gone. */
  onClose: (returnFocus: boolean) => void;
  onSaved: ((collection: { id: string; name: string }, count: number) => void) | undefined;
}

/** The open save menu (loaded on first use, so grids stay light). */
export default function SavePanel({
  id,
  ids,
  media,
  anchor,
  align,
  onClose: close,
  onSaved,
}: SavePanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  const onClose = (returnFocus: boolean) => {
    refocus.current = returnFocus;
    close(returnFocus);
  };
  const titleId = useId();
  const client = useQueryClient();
  const collections = useCollections(media);
  const { itemIds } = useCollectionMembership(media);
  const add = useAddToCollection(media);
  const remove = useRemoveFromCollection(media);
  const create = useCreateCollection(media);
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<CollectionProblem | undefined>();
  const [nameProblem, setNameProblem] = useState<CollectionProblem | undefined>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const single = ids.length === 1;
  const noun = NOUN[media];
  const title = single ? 'Save to collection' : `Save ${pluralize(ids.length, noun)} to…`;
  const all = useMemo(
    () =>
      [...(collections.data?.data ?? [])].sort((a, b) =>
        lastChange(b).localeCompare(lastChange(a)),
      ),
    [collections.data],
  );
  const showFilter = all.length > FILTER_THRESHOLD;
  const needle = filter.trim().toLowerCase();
  const shown = needle ? all.filter((c) => c.name.toLowerCase().includes(needle)) : all;

  // Focus the filter, else the first collection, else "New collection", when the menu opens.
  const initialFocusDone = useRef(false);
  useEffect(() => {
    if (initialFocusDone.current || collections.isPending) return;
    initialFocusDone.current = true;
    navigable(panelRef.current)[0]?.focus();
  }, [collections.isPending]);

  const report = (error: unknown, what: string) => {
    const described = describeCollectionError(error);
    if (mounted.current) {
      setStatus('');
      setProblem(described);
    } else {
      showToast({
        tone: 'error',
        message: `${what}: ${described.message}`,
        detail: described.technical,
      });
    }
  };

  const toggle = (collection: Collection) => {
    if (isOptimisticCollection(collection.id)) return;
    setProblem(undefined);
    const present = itemIds.get(collection.id);
    const inIt = present ? ids.every((assetId) => present.includes(assetId)) : false;
    if (single && inIt) {
      setStatus(`Removed from ${collection.name}`);
      remove
        .mutateAsync({ collectionId: collection.id, ids })
        .catch((error: unknown) => report(error, `Couldn’t remove it from ${collection.name}`));
      return;
    }
    const fresh = newItemIds(client, media, collection.id, ids);
    if (fresh.length === 0) {
      setStatus(single ? `Already in ${collection.name}` : `All already in ${collection.name}`);
      return;
    }
    setStatus(`Saved to ${collection.name}`);
    add
      .mutateAsync({ collectionId: collection.id, ids: fresh })
      .catch((error: unknown) => report(error, `Couldn’t save to ${collection.name}`));
    if (!single) {
      onSaved?.({ id: collection.id, name: collection.name }, fresh.length);
      onClose(true);
    }
  };

  /** Creates the collection with the assets in it; a refusal reopens the form with the name. */
  const submitNew = (name: string) => {
    setNameProblem(undefined);
    setProblem(undefined);
    setCreating(false);
    setStatus(`Created ${name} and saved ${single ? `the ${noun}` : pluralize(ids.length, noun)}`);
    create
      .mutateAsync({ name, items: ids })
      .then(({ id: newId }) => {
        if (!single) onSaved?.({ id: newId, name }, ids.length);
      })
      .catch((error: unknown) => {
        const described = describeCollectionError(error);
        if (mounted.current) {
          setStatus('');
          setDraft(name);
          setCreating(true);
          setNameProblem(described);
        } else {
          showToast({
            tone: 'error',
            message: `Couldn’t create ${name}: ${described.message}`,
            detail: described.technical,
          });
        }
      });
    if (!single) onClose(true);
    else
      requestAnimationFrame(() =>
        panelRef.current?.querySelector<HTMLElement>('[data-new]')?.focus(),
      );
  };

  const onEscape = () => {
    if (creating) {
      setCreating(false);
      setNameProblem(undefined);
      requestAnimationFrame(() =>
        panelRef.current?.querySelector<HTMLElement>('[data-new]')?.focus(),
      );
    } else onClose(true);
  };

  return (
    // A modal popover on the trigger (positioned below it, or above without room; kept in
    // the viewport): Tab stays inside, a click outside closes, Escape closes or first leaves
    // the name form. The trigger is the page's own button, rendered before this loads.
    <Popover.Root open modal onOpenChange={(open) => !open && onClose(false)}>
      <Popover.Anchor virtualRef={anchor as RefObject<HTMLButtonElement>} />
      <Popover.Portal>
        <Popover.Content
          ref={panelRef}
          id={id}
          aria-labelledby={titleId}
          data-testid="save-menu"
          side="bottom"
          align={align}
          sideOffset={6}
          collisionPadding={8}
          onKeyDown={(event) => handleMenuKeys(event, panelRef.current)}
          onEscapeKeyDown={(event) => {
            event.preventDefault();
            onEscape();
          }}
          onOpenAutoFocus={(event) => {
            // The filter or the first collection once they are there (see above); until
            // then the panel itself.
            event.preventDefault();
            (navigable(panelRef.current)[0] ?? panelRef.current)?.focus();
          }}
          // Focus goes back to the button only when the menu says so (Escape, a save).
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (refocus.current) anchor.current?.focus();
          }}
          className="z-50 flex max-h-[min(28rem,80vh,var(--radix-popover-content-available-height))] w-72 flex-col overflow-hidden rounded-xl border border-neutral-200 bg-white text-neutral-900 shadow-2xl shadow-black/15 focus:outline-none dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
        >
          <p id={titleId} className="px-3.5 pt-3 pb-2 text-[13px] font-semibold">
            {title}
          </p>
          {showFilter && (
            <div className="px-3 pb-2">
              <input
                type="search"
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                aria-label="Filter collections"
                placeholder="Filter collections"
                data-nav=""
                className="h-8 w-full rounded-md border border-neutral-300 bg-white px-2.5 text-sm placeholder:text-neutral-500 focus:border-accent-500 focus:ring-3 focus:ring-accent-500/20 focus:outline-none dark:border-neutral-700 dark:bg-neutral-950 dark:placeholder:text-neutral-400"
              />
            </div>
          )}
          {collections.isPending ? (
            <div
              className="flex flex-col gap-2 px-3.5 py-2"
              aria-label="Loading collections"
              role="status"
            >
              <div className="skeleton h-5 w-3/4 rounded" />
              <div className="skeleton h-5 w-1/2 rounded" />
            </div>
          ) : collections.isError ? (
            <div className="px-3.5 py-2">
              <InlineError
                {...describeCollectionError(collections.error)}
                message="Your collections couldn’t be loaded."
              />
            </div>
          ) : (
            <ul
              role="menu"
              aria-label="Collections"
              className="min-h-0 flex-1 overflow-y-auto border-t border-neutral-100 py-1 dark:border-neutral-800"
            >
              {shown.map((collection, index) => {
                const present = itemIds.get(collection.id);
                const count = present
                  ? ids.filter((assetId) => present.includes(assetId)).length
                  : 0;
                const checked = count === ids.length ? true : count > 0 ? 'mixed' : false;
                const pending = isOptimisticCollection(collection.id);
                return (
                  <li role="none" key={collection.id}>
                    <MenuItem
                      tabStop={index === 0}
                      checked={checked}
                      disabled={pending}
                      onActivate={() => toggle(collection)}
                      name={collection.name}
                      detail={formatCount(collection.total_item_count)}
                    />
                  </li>
                );
              })}
              {shown.length === 0 && (
                <li
                  role="none"
                  className="px-3.5 py-2 text-sm text-neutral-500 dark:text-neutral-400"
                >
                  {all.length === 0
                    ? 'No collections yet.'
                    : `No collection matches “${filter.trim()}”.`}
                </li>
              )}
            </ul>
          )}
          <div className="border-t border-neutral-100 p-1.5 dark:border-neutral-800">
            {creating ? (
              <LazyCollectionNameForm
                className="flex flex-col gap-2 p-1.5"
                label="New collection name"
                labelClassName="text-xs font-medium text-neutral-600 dark:text-neutral-400"
                rowClassName="flex gap-1.5"
                defaultName={draft}
                refusal={nameProblem}
                onSubmit={submitNew}
                onEdit={() => setNameProblem(undefined)}
                inputClassName="h-8 min-w-0 flex-1 rounded-md border border-neutral-300 bg-white px-2.5 text-sm placeholder:text-neutral-500 focus:border-accent-500 focus:ring-3 focus:ring-accent-500/20 focus:outline-none dark:border-neutral-700 dark:bg-neutral-950 dark:placeholder:text-neutral-400"
                inputProps={{
                  autoFocus: true,
                  'data-nav': '',
                  placeholder: 'e.g. Spring campaign',
                }}
                actions={
                  <button type="submit" className={buttonClass('primary', 'sm')}>
                    Create
                  </button>
                }
              />
            ) : (
              <button
                type="button"
                data-nav=""
                data-new=""
                onPointerEnter={preloadCollectionNameForm}
                onFocus={preloadCollectionNameForm}
                onClick={() => {
                  setDraft('');
                  setNameProblem(undefined);
                  setCreating(true);
                  setProblem(undefined);
                }}
                className="flex w-full items-center gap-2.5 rounded-md px-2 py-2 text-left text-sm font-medium text-accent-700 hover:bg-neutral-100 focus-visible:bg-neutral-100 dark:text-accent-400 dark:hover:bg-neutral-800 dark:focus-visible:bg-neutral-800"
              >
                <PlusIcon className="text-base" />
                New collection
              </button>
            )}
          </div>
          {problem && (
            <div className="border-t border-neutral-100 px-3.5 py-2.5 dark:border-neutral-800">
              <InlineError {...problem} />
            </div>
          )}
          <p role="status" className="sr-only">
            {status}
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
