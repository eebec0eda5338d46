import { Link } from 'react-router';
import { isOptimisticCollection } from '@/api/collections';
import type { Collection, CollectionMediaType } from '@/api/types';
import { PencilIcon, TrashIcon } from '@/components/more-icons';
import { formatRelative, pluralize } from '@/lib/format';
import { collectionHref, itemNoun, MEDIA_LABEL } from '../media';
import { lastChange } from '../sort';
import { useRenameFlow } from '../hooks/use-collection-actions';
import { CoverMosaic, type CoverPicture } from './CoverMosaic';
import { RenameField } from './RenameField';
import { preloadCollectionNameForm } from '@/components/collection-name-form-loader';

const iconButton =
  'grid size-8 place-items-center rounded-full bg-white/95 text-base text-neutral-800 shadow-md shadow-black/20 hover:bg-white hover:text-neutral-950 disabled:opacity-40 dark:bg-neutral-900/95 dark:text-neutral-100 dark:hover:bg-neutral-800';

/**
 * One collection: cover, type, name, count and last change; rename in place, delete
 * (asks first).
 */
export function CollectionTile({
  media,
  collection,
  covers,
  coverCount,
  onDelete,
}: {
  media: CollectionMediaType;
  collection: Collection;
  covers: readonly (CoverPicture | undefined)[];
  coverCount: number;
  onDelete: (media: CollectionMediaType, collection: Collection) => void;
}) {
  const flow = useRenameFlow(media, collection);
  const pending = isOptimisticCollection(collection.id);
  const href = collectionHref(media, collection.id);
  const changed = formatRelative(lastChange(collection));
  return (
    <li
      className="group/tile flex min-w-0 flex-col gap-2.5"
      data-testid="collection-tile"
      data-collection-id={collection.id}
      data-media={media}
      aria-busy={pending || undefined}
    >
      <div className="relative">
        <Link
          to={pending ? '/collections' : href}
          tabIndex={-1}
          aria-hidden="true"
          className="block aspect-[4/3] overflow-hidden rounded-xl bg-neutral-100 ring-1 ring-black/5 transition group-hover/tile:shadow-lg dark:bg-neutral-900 dark:ring-white/10"
        >
          <CoverMosaic
            media={media}
            seed={`${media}:${collection.id}`}
            pictures={covers}
            count={coverCount}
          />
        </Link>
        <span
          data-testid="collection-type"
          className="pointer-events-none absolute top-2 left-2 rounded-md bg-white/95 px-1.5 py-0.5 text-[11px] font-semibold text-neutral-800 shadow-sm shadow-black/10 dark:bg-neutral-900/95 dark:text-neutral-100"
        >
          {MEDIA_LABEL[media]}
        </span>
        <div className="absolute top-2 right-2 flex gap-1 opacity-0 transition-opacity group-focus-within/tile:opacity-100 group-hover/tile:opacity-100 pointer-coarse:opacity-100">
          <button
            type="button"
            className={iconButton}
            onClick={flow.start}
            onPointerEnter={preloadCollectionNameForm}
            onFocus={preloadCollectionNameForm}
            disabled={pending}
            aria-label={`Rename ${collection.name}`}
            title="Rename"
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => onDelete(media, collection)}
            disabled={pending}
            aria-label={`Delete ${collection.name}`}
            title="Delete"
          >
            <TrashIcon />
          </button>
        </div>
      </div>
      {flow.editing ? (
        <RenameField flow={flow} label={`New name for ${collection.name}`} />
      ) : (
        <div className="min-w-0 px-0.5">
          <h2 className="truncate text-[15px] font-semibold">
            <Link
              to={pending ? '/collections' : href}
              className="rounded-sm hover:underline hover:underline-offset-2"
            >
              {collection.name}
            </Link>
          </h2>
          <p className="mt-0.5 truncate text-[13px] text-neutral-600 tabular-nums dark:text-neutral-400">
            {pluralize(collection.total_item_count, itemNoun(media))}
            {changed && (
              <>
                {' · '}
                <span className="max-sm:hidden">Updated </span>
                {changed}
              </>
            )}
          </p>
        </div>
      )}
    </li>
  );
}
