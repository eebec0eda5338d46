import { useInfiniteQuery, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { contributorCollectionsOptions } from '@/api/collections-browse';
import { contributorOptions } from '@/api/contributors';
import { imageSearchOptions, usePrefetchImage } from '@/api/images';
import { useImagesByIds } from '@/api/images-by-id';
import { usePrefetchVideo, videoSearchOptions } from '@/api/videos';
import { CoverImage } from '@/components/CoverImage';
import { ImageTiles, VideoTiles } from '@/components/MediaTiles';
import { OverviewSection, RowSkeleton, TileSkeleton } from '@/components/OverviewSection';
import { sectionState } from '@/components/section-state';
import { humanize, pluralize } from '@/lib/format';
import { imageSrc } from '@/lib/images';
import { searchHref } from '@/lib/search-params';
import { videoSearchHref } from '@/lib/video-search-params';

const regionNames =
  typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], { type: 'region' })
    : undefined;

function regionName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function Tags({ label, values }: { label: string; values: string[] | undefined }) {
  if (!values || values.length === 0) return null;
  return (
    <div>
      <h2 className="mb-1.5 text-xs font-medium text-neutral-500 dark:text-neutral-400">{label}</h2>
      <ul aria-label={label} className="flex flex-wrap gap-1.5">
        {values.map((value) => (
          <li
            key={value}
            className="rounded-full bg-neutral-100 px-2.5 py-1 text-xs font-medium text-neutral-700 dark:bg-neutral-800 dark:text-neutral-300"
          >
            {humanize(value)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Collections({ id }: { id: string }) {
  const collections = useQuery(contributorCollectionsOptions(id));
  const list = collections.data?.data ?? [];
  const covers = useImagesByIds([
    list.flatMap((collection) => (collection.cover_item ? [collection.cover_item.id] : [])),
  ]);
  return (
    <OverviewSection
      id="collections"
      title="Collections"
      state={{
        isPending: collections.isPending,
        isError: collections.isError,
        error: collections.error,
        refetch: collections.refetch,
        total: collections.data ? list.length : undefined,
      }}
      skeleton={<RowSkeleton />}
    >
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {list.map((collection) => {
          const cover = collection.cover_item && covers.byId.get(collection.cover_item.id);
          const src = cover && imageSrc(cover, 200);
          return (
            <li key={collection.id} data-testid="contributor-collection">
              <Link
                // The collection page lives in the collections feature, at this URL.
                to={`/contributors/${encodeURIComponent(id)}/collections/${encodeURIComponent(collection.id)}`}
                className="group flex items-center gap-3 rounded-xl border border-neutral-200 p-2.5 pr-4 transition hover:border-neutral-300 hover:bg-neutral-50 dark:border-neutral-800 dark:hover:border-neutral-700 dark:hover:bg-neutral-900"
              >
                <span className="size-16 shrink-0 overflow-hidden rounded-lg bg-neutral-100 dark:bg-neutral-800">
                  <CoverImage src={src} className="size-full object-cover" />
                </span>
                <span className="min-w-0">
                  <span className="block truncate font-medium group-hover:underline group-hover:underline-offset-2">
                    {collection.name}
                  </span>
                  <span className="block text-sm text-neutral-600 tabular-nums dark:text-neutral-400">
                    {pluralize(collection.total_item_count, 'image')}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </OverviewSection>
  );
}

export function Component() {
  const id = useParams().id ?? '';
  const { data: profile } = useSuspenseQuery(contributorOptions(id));
  const images = useInfiniteQuery(imageSearchOptions({ contributor: [id] }));
  const videos = useInfiniteQuery(videoSearchOptions({ contributor: [id] }));
  const prefetchImage = usePrefetchImage();
  const prefetchVideo = usePrefetchVideo();
  const name = profile.display_name || `Contributor ${profile.id}`;
  const location = regionName(profile.location);
  return (
    <main id="main" className="mx-auto w-full max-w-[1400px] flex-1 px-4 py-6 sm:px-6">
      <title>{`${name} — Stockroom contributor`}</title>
      <header className="mb-8 flex flex-col gap-4 rounded-2xl border border-neutral-200 bg-neutral-50 p-6 dark:border-neutral-800 dark:bg-neutral-900">
        <div className="flex items-center gap-4">
          <div
            aria-hidden="true"
            className="grid size-16 shrink-0 place-items-center rounded-full bg-accent-600 text-2xl font-semibold text-white dark:bg-accent-500 dark:text-neutral-950"
          >
            {name.slice(0, 1).toUpperCase()}
          </div>
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold tracking-tight">{name}</h1>
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              {[location, profile.contributor_type?.map(humanize).join(', ')]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
        </div>
        {profile.about && (
          <p className="max-w-3xl text-neutral-700 dark:text-neutral-300">{profile.about}</p>
        )}
        <div className="flex flex-wrap gap-6">
          <Tags label="Styles" values={profile.styles} />
          <Tags label="Subjects" values={profile.subjects} />
          <Tags label="Equipment" values={profile.equipment} />
        </div>
      </header>
      <OverviewSection
        id="images"
        title="Images"
        seeAll={searchHref({ contributor: [id] })}
        state={sectionState(images)}
        skeleton={<TileSkeleton />}
      >
        <ImageTiles
          images={images.data?.pages[0]?.data.slice(0, 18) ?? []}
          onIntent={prefetchImage}
        />
      </OverviewSection>
      <OverviewSection
        id="videos"
        title="Video"
        seeAll={videoSearchHref({ contributor: [id] })}
        state={sectionState(videos)}
        skeleton={<TileSkeleton />}
      >
        <VideoTiles
          videos={videos.data?.pages[0]?.data.slice(0, 8) ?? []}
          onIntent={prefetchVideo}
        />
      </OverviewSection>
      <Collections id={id} />
      <p className="text-sm">
        <Link to="/" className="text-accent-700 hover:underline dark:text-accent-400">
          Back to search
        </Link>
      </p>
    </main>
  );
}
