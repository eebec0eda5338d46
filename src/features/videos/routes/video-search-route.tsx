import { useVideoSearch } from '@/api/videos';
import type { VideoSort } from '@/api/video-types';
import { Button } from '@/components/Button';
import { ResultSummary } from '@/components/ResultSummary';
import { ResultsRegion } from '@/components/ResultsRegion';
import { useSearchFilters } from '@/components/use-search-filters';
import { SelectField } from '@/components/fields';
import { pluralize } from '@/lib/format';
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
  const filters = useSearchFilters({
    count: filterCount,
    panel: (scope) => <VideoFilterPanel scope={scope} params={params} onChange={update} />,
    sheetFooter: (close) => (
      <Button variant="primary" className="w-full" onClick={close}>
        {total === undefined ? 'Show videos' : `Show ${pluralize(total, 'video')}`}
      </Button>
    ),
  });

  return (
    <main id="main" className="mx-auto flex w-full max-w-[1800px] flex-1 gap-8 px-4 py-5 sm:px-6">
      <title>
        {params.query ? `${params.query} — Stockroom video` : 'Stockroom — video search'}
      </title>
      {filters.aside}
      <div className="min-w-0 flex-1">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <ResultSummary
            query={params.query}
            label="Videos for"
            fallback="Popular videos"
            total={total}
            noun="video"
          />
          <div className="flex items-end gap-2">
            {filters.button}
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
        <ResultsRegion busy={isPending}>
          <VideoResults params={params} />
        </ResultsRegion>
      </div>
      {filters.sheet}
    </main>
  );
}
