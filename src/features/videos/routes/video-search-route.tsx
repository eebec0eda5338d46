import { useVideoSearch } from '@/api/videos';
import type { VideoSort } from '@/api/video-types';
import { Button } from '@/components/Button';
import { SelectField } from '@/components/fields';
import { cx, pluralize } from '@/lib/format';
import { effectiveVideoSort, VIDEO_SCHEMA } from '@/lib/video-search-params';
import { VideoFilterPanel } from '../components/VideoFilterPanel';
import { VideoResults } from '../components/VideoResults';
import { useVideoSearchState } from '../use-video-search-state';

const SORT_LABELS: Record<VideoSort, string> = {
  relevance: 'Most relevant',
  popular: 'Most popular',
  newest: 'Newest',
  random: 'Random',
};

export function Component() {
  const { params, setParams, update, isPending } = useVideoSearchState();
  const search = useVideoSearch(params);
  const total = search.data?.pages[0]?.total_count;
  const filterCount = Object.keys(params).filter(
    (key) => key !== 'query' && key !== 'sort' && key in VIDEO_SCHEMA,
  ).length;

  return (
    <main id="main" className="mx-auto flex w-full max-w-[1800px] flex-1 gap-8 px-4 py-5 sm:px-6">
      <title>
        {params.query ? `${params.query} — Stockroom video` : 'Stockroom — video search'}
      </title>
      <aside aria-label="Filters" className="hidden w-64 shrink-0 lg:block">
        <div className="sticky top-32 max-h-[calc(100vh-9rem)] overflow-y-auto pr-2">
          <VideoFilterPanel scope="side" params={params} onChange={update} />
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="truncate text-xl font-semibold tracking-tight sm:text-2xl">
              {params.query ? (
                <>
                  <span className="text-neutral-500 dark:text-neutral-400">Videos for</span>{' '}
                  {params.query}
                </>
              ) : (
                'Popular videos'
              )}
            </h1>
            <p
              className="mt-0.5 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
              aria-live="polite"
              data-testid="result-count"
            >
              {total === undefined ? '\u00a0' : pluralize(total, 'video')}
            </p>
          </div>
          <div className="flex items-end gap-2">
            {filterCount > 0 && (
              <Button onClick={() => setParams({ query: params.query, sort: params.sort })}>
                Clear {pluralize(filterCount, 'filter')}
              </Button>
            )}
            <SelectField
              label="Sort by"
              hideLabel
              value={effectiveVideoSort(params)}
              options={(Object.keys(SORT_LABELS) as VideoSort[]).map((value) => ({
                value,
                label: SORT_LABELS[value],
              }))}
              onValueChange={(value) => update({ sort: value as VideoSort })}
              className="w-40"
            />
          </div>
        </div>
        <details className="mb-4 rounded-lg border border-neutral-200 p-3 lg:hidden dark:border-neutral-800">
          <summary className="cursor-pointer text-sm font-medium">
            Filters{filterCount > 0 ? ` (${filterCount})` : ''}
          </summary>
          <div className="mt-4">
            <VideoFilterPanel scope="phone" params={params} onChange={update} />
          </div>
        </details>
        <div
          className={cx('transition-opacity duration-200', isPending && 'opacity-60')}
          aria-busy={isPending}
        >
          <VideoResults params={params} />
        </div>
      </div>
    </main>
  );
}
