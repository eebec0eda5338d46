import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import { useCollection, useCollectionItems } from '@/api/collections';
import { Button } from '@/components/Button';
import { buttonClass } from '@/components/button-class';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { LinkIcon, PencilIcon, TrashIcon } from '@/components/icons';
import { SaveToCollectionMenu } from '@/components/SaveToCollectionMenu';
import { SelectionBar } from '@/components/SelectionBar';
import { showToast } from '@/components/toast';
import { useSelection } from '@/components/use-selection';
import { formatRelative, pluralize } from '@/lib/format';
import { ItemsGrid } from '../components/ItemsGrid';
import { useItemImages } from '../hooks/use-item-images';
import { RenameField } from '../components/RenameField';
import {
  useDeleteWithUndo,
  useRemoveWithUndo,
  useRenameFlow,
} from '../hooks/use-collection-actions';
import { lastChange } from '../sort';

function Breadcrumb({ current }: { current?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <ol className="flex items-center gap-1.5 text-neutral-600 dark:text-neutral-400">
        <li>
          <Link
            to="/collections"
            className="rounded-sm hover:text-neutral-950 dark:hover:text-white"
          >
            Collections
          </Link>
        </li>
        {current && (
          <>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="truncate text-neutral-900 dark:text-neutral-100">
              {current}
            </li>
          </>
        )}
      </ol>
    </nav>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function Component() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const collection = useCollection('image', id);
  const items = useCollectionItems('image', id, 'newest');
  const grid = useItemImages(items.data?.pages);
  const selection = useSelection(grid.ids, id);
  const flow = useRenameFlow(collection.data);
  const deleteWithUndo = useDeleteWithUndo();
  const removeWithUndo = useRemoveWithUndo(id);
  const [confirming, setConfirming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);

  if (collection.isError) {
    const gone = collection.error instanceof ApiError && collection.error.isNotFound;
    return (
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
        <Breadcrumb />
        {gone ? (
          <EmptyState title="That collection no longer exists">
            <p className="mb-4">It may have been deleted, or the link is mistyped.</p>
            <Link to="/collections" className={buttonClass('primary')}>
              See your collections
            </Link>
          </EmptyState>
        ) : (
          <ErrorMessage
            error={collection.error}
            title="This collection couldn’t be loaded"
            onRetry={() => void collection.refetch()}
          />
        )}
      </main>
    );
  }

  const data = collection.data;
  const changed = data ? formatRelative(lastChange(data)) : undefined;
  const shareUrl = `${window.location.origin}/collections/${encodeURIComponent(id)}`;

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 pt-5 pb-28 sm:px-6">
      <title>{data ? `${data.name} — Stockroom collections` : 'Collection — Stockroom'}</title>
      <Breadcrumb current={data?.name} />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0 flex-1">
          {flow.editing ? (
            <div className="max-w-xl">
              <RenameField flow={flow} label="Collection name" large />
            </div>
          ) : (
            <h1
              className="truncate text-2xl font-semibold tracking-tight sm:text-3xl"
              data-testid="collection-name"
            >
              {data?.name ?? <span className="skeleton inline-block h-8 w-64 rounded-md" />}
            </h1>
          )}
          <p
            className="mt-1 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
            data-testid="collection-count"
          >
            {data ? (
              <>
                {pluralize(data.total_item_count, 'image')}
                {changed && <> · Updated {changed}</>}
              </>
            ) : (
              '\u00a0'
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button ref={renameButton} onClick={flow.start} disabled={!data || flow.editing}>
            <PencilIcon className="text-base" /> Rename
          </Button>
          <Button
            onClick={() => {
              void copyText(shareUrl).then((copied) =>
                showToast(
                  copied
                    ? { message: 'Link copied — anyone on your Stockroom can open it' }
                    : { message: 'Copy this link to share it', detail: shareUrl, duration: 15_000 },
                ),
              );
            }}
          >
            <LinkIcon className="text-base" /> Copy link
          </Button>
          <Button onClick={() => setConfirming(true)} disabled={!data}>
            <TrashIcon className="text-base" /> Delete
          </Button>
        </div>
      </div>

      {items.isPending ? (
        <GridSkeleton rows={3} layoutKey="collection" />
      ) : items.isError ? (
        <ErrorMessage
          error={items.error}
          title="This collection’s images couldn’t be loaded"
          onRetry={() => void items.refetch()}
        />
      ) : grid.order.length === 0 ? (
        <EmptyState title="Nothing saved here yet">
          <p className="mb-4">
            Use the bookmark on any image in search, or on an image’s page, to save it here.
          </p>
          <Link to="/" className={buttonClass('primary')}>
            Search images
          </Link>
        </EmptyState>
      ) : (
        <>
          <p className="mb-3 text-[13px] text-neutral-500 dark:text-neutral-400">
            Newest first. Tick images to remove them or save them elsewhere; shift-click selects a
            range.
          </p>
          <ItemsGrid
            {...grid}
            layoutKey="collection"
            markSaved={false}
            hasNextPage={items.hasNextPage}
            isFetchingNextPage={items.isFetchingNextPage}
            onLoadMore={() => void items.fetchNextPage({ cancelRefetch: false })}
            selection={selection}
          />
        </>
      )}

      <SelectionBar count={selection.ids.length} onClear={selection.clear}>
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
        <SaveToCollectionMenu
          ids={selection.ids}
          label="Save to…"
          buttonVariant="secondary"
          className="h-8"
          onSaved={(target, count) => {
            showToast({ message: `Saved ${pluralize(count, 'image')} to “${target.name}”` });
            selection.clear();
          }}
        />
      </SelectionBar>

      <ConfirmDialog
        open={confirming}
        title={`Delete “${data?.name ?? ''}”?`}
        confirmLabel="Delete collection"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (!data) return;
          void navigate('/collections');
          deleteWithUndo(data);
        }}
      >
        {data &&
          `The collection and its list of ${pluralize(data.total_item_count, 'image')} go. The images stay in the catalog.`}
      </ConfirmDialog>
    </main>
  );
}
