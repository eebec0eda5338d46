import { useMemo } from 'react';
import { Link, useNavigate, useNavigation, useSearchParams } from 'react-router';
import {
  useEditorialCategories,
  useEditorialSearch,
  usePrefetchEditorial,
  type EditorialAsset,
} from '@/api/editorial';
import type { EditorialSearchParams, EditorialSort } from '@/api/editorial-types';
import { Button } from '@/components/Button';
import { ResultsRegion } from '@/components/ResultsRegion';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CommitInput, DateRangeInputs, SelectField } from '@/components/fields';
import { CategoryField } from '@/components/filter-fields';
import { GridSkeleton } from '@/components/GridSkeleton';
import { MediaGrid } from '@/components/MediaGrid';
import { useGridPaging } from '@/components/use-grid-paging';
import { VideoCard } from '@/components/VideoCard';
import {
  editorialRoot,
  editorialSearchHref,
  parseEditorialParams,
  type EditorialKind,
} from '@/lib/editorial-search-params';
import { formatCount } from '@/lib/format';
import { resolutionName } from '@/lib/sizes';
import { useCountry } from '../use-country';
import { CountryPicker } from './CountryPicker';
import { EditorialImageCard } from './EditorialImageCard';
import { EditorialNav } from './EditorialNav';
import { rangeOf } from '@/lib/filter-values';

const SORT_LABELS: Record<EditorialSort, string> = {
  relevant: 'Most relevant',
  newest: 'Newest',
  oldest: 'Oldest',
};

const aspectOf = (asset: { aspect?: number }) =>
  asset.aspect && asset.aspect > 0 ? asset.aspect : 1.5;
const keyOf = (asset: { id: string }) => asset.id;

function Results({
  kind,
  country,
  params,
}: {
  kind: EditorialKind;
  country: string;
  params: EditorialSearchParams;
}) {
  const search = useEditorialSearch(kind, country, params);
  const prefetch = usePrefetchEditorial(kind, country);
  const items = useMemo(() => {
    const seen = new Set<string>();
    return (search.data?.pages ?? [])
      .flatMap((page) => page.data as EditorialAsset<typeof kind>[])
      .filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
  }, [search.data]);
  const paging = useGridPaging(search);
  const root = editorialRoot(kind);

  if (search.isPending) return <GridSkeleton rows={4} layoutKey="editorial" />;
  if (search.isError && items.length === 0)
    return <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />;
  if (items.length === 0)
    return (
      <EmptyState title={params.query ? `Nothing matches “${params.query}”` : 'Nothing found'}>
        <p>Try another word, fewer filters, or another country.</p>
      </EmptyState>
    );
  return (
    <>
      <MediaGrid
        items={items}
        aspect={aspectOf}
        itemKey={keyOf}
        layoutKey="editorial"
        {...paging}
        loadingLabel="Loading more"
        renderItem={(item, box) => {
          const to = `${root}/${encodeURIComponent(item.id)}?country=${country}`;
          if (kind === 'videos') {
            const video = item as EditorialAsset<'videos'>;
            const original = video.assets.original;
            return (
              <VideoCard
                to={to}
                title={video.title || video.description || `Editorial video ${video.id}`}
                poster={video.assets.thumb_jpg?.url}
                previewMp4={video.assets.preview_mp4?.url}
                previewWebm={video.assets.preview_webm?.url}
                resolution={resolutionName(original) || undefined}
                meta={[video.date_taken, video.byline].filter(Boolean).join(' · ')}
                onIntent={() => prefetch(video.id)}
                {...box}
              />
            );
          }
          return (
            <EditorialImageCard
              image={item as EditorialAsset<'images'>}
              to={to}
              onIntent={() => prefetch(item.id)}
              {...box}
            />
          );
        }}
      />
      {search.isError && (
        <div className="mt-4">
          <ErrorMessage compact error={search.error} onRetry={paging.onLoadMore} />
        </div>
      )}
    </>
  );
}

/**
 * An editorial search (images or video): the URL holds query, filters and country; pages
 * follow the API's cursors in memory (useInfiniteQuery), so Back shows them from cache.
 */
export function EditorialSearchPage({ kind }: { kind: EditorialKind }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const params = useMemo(() => parseEditorialParams(searchParams), [searchParams]);
  const [country, setCountry] = useCountry();
  const categories = useEditorialCategories(kind);
  const search = useEditorialSearch(kind, country, params);
  const total = search.data?.pages[0]?.total_count;
  const update = (patch: Partial<EditorialSearchParams>) =>
    void navigate(editorialSearchHref(kind, { ...params, ...patch }, country));
  const noun = kind === 'images' ? 'editorial images' : 'editorial videos';
  const busy =
    navigation.state === 'loading' && navigation.location.pathname === editorialRoot(kind);
  const hasFilters = Boolean(
    params.category || params.supplier_code || params.date_start || params.date_end,
  );

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
      <title>{`${params.query ? `${params.query} — ` : ''}Stockroom ${noun}`}</title>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-xl font-semibold tracking-tight sm:text-2xl">
            {params.query ? (
              <>
                <span className="text-neutral-500 dark:text-neutral-400">
                  {kind === 'images' ? 'Editorial images for' : 'Editorial video for'}
                </span>{' '}
                {params.query}
              </>
            ) : kind === 'images' ? (
              'Editorial images'
            ) : (
              'Editorial video'
            )}
          </h1>
          <p
            className="mt-0.5 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
            aria-live="polite"
            data-testid="result-count"
          >
            {total === undefined
              ? '\u00a0'
              : `${formatCount(total)} ${total === 1 ? noun.replace(/s$/, '') : noun}`}
          </p>
        </div>
        <EditorialNav />
      </div>
      <div
        className="mb-5 grid grid-cols-2 items-end gap-3 rounded-xl border border-neutral-200 p-3 sm:grid-cols-3 lg:grid-cols-[12rem_12rem_10rem_10rem_10rem_auto_1fr] dark:border-neutral-800"
        data-testid="editorial-filters"
      >
        <CountryPicker value={country} onChange={setCountry} />
        <CategoryField by="name" categories={categories} params={params} onChange={update} />
        <CommitInput
          label="Supplier code"
          placeholder="e.g. PPA"
          value={params.supplier_code ?? ''}
          onCommit={(text) => update({ supplier_code: text.toUpperCase() || undefined })}
        />
        <DateRangeInputs
          fromLabel="Taken from"
          toLabel="Taken to"
          {...rangeOf(params, update, 'date_start', 'date_end')}
        />
        <SelectField
          label="Sort by"
          value={params.sort ?? 'relevant'}
          options={(Object.keys(SORT_LABELS) as EditorialSort[]).map((value) => ({
            value,
            label: SORT_LABELS[value],
          }))}
          onValueChange={(value) => update({ sort: value as EditorialSort })}
        />
        <div className="flex justify-end">
          {hasFilters && (
            <Button
              onClick={() =>
                update({
                  category: undefined,
                  supplier_code: undefined,
                  date_start: undefined,
                  date_end: undefined,
                })
              }
            >
              Clear filters
            </Button>
          )}
        </div>
      </div>
      <ResultsRegion busy={busy}>
        <Results key={kind} kind={kind} country={country} params={params} />
      </ResultsRegion>
      {kind === 'images' && (
        <p className="mt-8 text-sm text-neutral-600 dark:text-neutral-400">
          Breaking news as it happens:{' '}
          <Link
            to={`/editorial/livefeeds?country=${country}`}
            className="font-medium text-accent-700 underline dark:text-accent-400"
          >
            live feeds
          </Link>
          .
        </p>
      )}
    </main>
  );
}
