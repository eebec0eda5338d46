import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '@/api/client';
import {
  collectionItemsOptions,
  collectionListOptions,
  collectionOptions,
  isOptimisticCollection,
} from '@/api/collections';
import { useUser } from '@/api/user';
import { Button } from '@/components/Button';
import { buttonClass } from '@/components/button-class';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LinkIcon, PencilIcon, TrashIcon } from '@/components/more-icons';
import { showToast } from '@/components/toast';
import { formatRelative, pluralize } from '@/lib/format';
import { CollectionItemsView } from '../components/CollectionItemsView';
import { CollectionName } from '../components/CollectionName';
import { RenameField } from '../components/RenameField';
import { preloadCollectionNameForm } from '@/components/collection-name-form-loader';
import { useDeleteWithUndo, useRenameFlow } from '../hooks/use-collection-actions';
import { collectionHref, itemNoun, MEDIA_LABEL, parseMedia, parseSharedBy } from '../media';
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

/** What the collection page shows: from the URL `/collections/:id?type=…&share_code=…`. */
function useCollectionTarget() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  return {
    id,
    media: parseMedia(searchParams.get('type')) ?? 'image',
    shareCode: searchParams.get('share_code') || undefined,
    sharedBy: parseSharedBy(searchParams.get('shared_by')),
  };
}

/** How a shared link names the user: their full name, else their username. */
function useOwnName(): string | undefined {
  const user = useUser().data;
  if (!user) return undefined;
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return full || user.full_name || user.username || undefined;
}

export function Component() {
  const { id, media, shareCode, sharedBy } = useCollectionTarget();
  const navigate = useNavigate();
  // Once deleted here, nothing on this page asks for the collection again (its queries are
  // removed when the API confirms; a re-render meanwhile must not bring them back).
  const [deleting, setDeleting] = useState(false);
  const enabled = !deleting && !isOptimisticCollection(id);
  const collection = useQuery({
    ...collectionOptions(media, id, ['share_code'], shareCode),
    enabled,
  });
  const items = useInfiniteQuery({
    ...collectionItemsOptions(media, id, 'newest', shareCode),
    enabled,
  });
  // Opened with a share code: the user's own only if it is in their list.
  const mine = useQuery({ ...collectionListOptions(media), enabled: shareCode !== undefined });
  const readOnly = shareCode !== undefined && !mine.data?.data.some((own) => own.id === id);
  const flow = useRenameFlow(media, collection.data);
  const deleteWithUndo = useDeleteWithUndo();
  const [confirming, setConfirming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const noun = itemNoun(media);
  const ownName = useOwnName();

  if (collection.isError) {
    const gone = collection.error instanceof ApiError && collection.error.isNotFound;
    return (
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
        <Breadcrumb />
        {gone ? (
          <EmptyState title="That collection no longer exists">
            <p className="mb-4">
              It may have been deleted, the link is mistyped, or it was shared with a code that no
              longer works.
            </p>
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
  // Passed on, a shared collection's link keeps naming its owner, not whoever passes it on.
  const owner = readOnly ? sharedBy : ownName;
  const shareUrl = `${window.location.origin}${collectionHref(media, id, data?.share_code ?? shareCode, owner)}`;

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 pt-5 pb-28 sm:px-6">
      <title>
        {data
          ? readOnly && sharedBy
            ? `${data.name} — ${sharedBy}’s collection — Stockroom`
            : `${data.name} — Stockroom collections`
          : 'Collection — Stockroom'}
      </title>
      <Breadcrumb current={data?.name} />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0 flex-1">
          {flow.editing ? (
            <div className="max-w-xl">
              <RenameField flow={flow} label="Collection name" large />
            </div>
          ) : (
            <CollectionName name={data?.name} />
          )}
          <p
            className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
            data-testid="collection-count"
          >
            <span className="rounded-md bg-neutral-100 px-1.5 py-0.5 text-xs font-semibold text-neutral-700 dark:bg-neutral-800 dark:text-neutral-300">
              {MEDIA_LABEL[media]}
            </span>
            {readOnly && (
              <span
                className="rounded-md bg-accent-50 px-1.5 py-0.5 text-xs font-semibold text-accent-700 dark:bg-accent-500/15 dark:text-accent-300"
                data-testid="shared-with-you"
              >
                {sharedBy ? `${sharedBy}’s collection, shared with you` : 'Shared with you'}
              </span>
            )}
            {data ? (
              <span>
                {pluralize(data.total_item_count, noun)}
                {changed && <> · Updated {changed}</>}
              </span>
            ) : (
              '\u00a0'
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {!readOnly && (
            <Button
              ref={renameButton}
              onClick={flow.start}
              onPointerEnter={preloadCollectionNameForm}
              onFocus={preloadCollectionNameForm}
              disabled={!data || flow.editing}
            >
              <PencilIcon className="text-base" /> Rename
            </Button>
          )}
          <Button
            disabled={!data}
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
          {!readOnly && (
            <Button onClick={() => setConfirming(true)} disabled={!data}>
              <TrashIcon className="text-base" /> Delete
            </Button>
          )}
        </div>
      </div>

      <CollectionItemsView media={media} collectionId={id} items={items} readOnly={readOnly} />

      <ConfirmDialog
        open={confirming}
        title={`Delete “${data?.name ?? ''}”?`}
        confirmLabel="Delete collection"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (!data) return;
          setDeleting(true);
          // Focus goes to the list's heading there: the Delete button it came from is gone.
          void navigate('/collections', { state: { deleted: true } });
          deleteWithUndo(media, data);
        }}
      >
        {data &&
          `The collection and its list of ${pluralize(data.total_item_count, noun)} go. They stay in the catalog.`}
      </ConfirmDialog>
    </main>
  );
}
