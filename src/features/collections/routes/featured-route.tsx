import { Link } from 'react-router';
import { useFeaturedCollections } from '@/api/collections-browse';
import { CoverImage } from '@/components/CoverImage';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { pluralize } from '@/lib/format';
import { CollectionsNav } from '../components/CollectionsNav';

export function Component() {
  const featured = useFeaturedCollections('image');
  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
      <title>Featured collections — Stockroom</title>
      <CollectionsNav />
      <div className="mb-6">
        <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">Featured collections</h1>
        <p className="mt-0.5 text-sm text-neutral-600 dark:text-neutral-400">
          Curated sets from the catalog. Save any image from them into your own collections.
        </p>
      </div>
      {featured.isPending ? (
        <ul
          aria-hidden="true"
          className="grid grid-cols-[repeat(auto-fill,minmax(17rem,1fr))] gap-5"
        >
          {Array.from({ length: 8 }, (_, i) => (
            <li key={i} className="skeleton aspect-[3/2] rounded-xl" />
          ))}
        </ul>
      ) : featured.isError ? (
        <ErrorMessage
          error={featured.error}
          title="Featured collections couldn’t be loaded"
          onRetry={() => void featured.refetch()}
        />
      ) : featured.data.data.length === 0 ? (
        <EmptyState title="No featured collections right now" />
      ) : (
        <ul
          aria-label="Featured collections"
          className="grid grid-cols-[repeat(auto-fill,minmax(17rem,1fr))] gap-5"
        >
          {featured.data.data.map((collection) => (
            <li key={collection.id} data-testid="featured-tile">
              <Link
                to={`/collections/featured/${encodeURIComponent(collection.id)}`}
                className="group relative block aspect-[3/2] overflow-hidden rounded-xl bg-neutral-200 ring-1 ring-black/5 dark:bg-neutral-800 dark:ring-white/10"
              >
                <CoverImage
                  src={collection.cover_item?.url}
                  className="size-full object-cover transition-transform duration-500 group-hover:scale-[1.03]"
                />
                <div className="absolute inset-0 bg-gradient-to-t from-black/75 via-black/15 to-transparent" />
                <div className="absolute inset-x-0 bottom-0 p-4 text-white">
                  <h2 className="text-lg leading-tight font-semibold drop-shadow-sm">
                    {collection.name}
                  </h2>
                  <p className="mt-0.5 text-[13px] text-white/85 tabular-nums">
                    {pluralize(collection.total_item_count, 'image')}
                  </p>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
