import { useVideoSearch } from '@/api/videos';
import type { VideoSort } from '@/api/video-types';
import { Button } from '@/components/Button';
import { FilteredSearchPage } from '@/components/FilteredSearchPage';
import type { SearchWords } from '@/components/search-words';
import { SelectField } from '@/components/fields';
import { pluralize } from '@/lib/format';
import { effectiveVideoSort, VIDEO_SCHEMA } from '@/lib/video-search-params';
import { VideoFilterPanel } from '../components/VideoFilterPanel';
import { VideoResults } from '../components/VideoResults';
import { useVideoSearchState } from '../use-video-search-state';

const WORDS: SearchWords = {
  label: 'Videos for',
  fallback: 'Popular videos',
  noun: 'video',
  title: { withQuery: 'video', withoutQuery: 'video search' },
};

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
    <FilteredSearchPage
      summary={{ words: WORDS, query: params.query, total }}
      filterCount={filterCount}
      filters={(scope) => <VideoFilterPanel scope={scope} params={params} onChange={update} />}
      controls={
        <>
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
        </>
      }
      busy={isPending}
    >
      <VideoResults params={params} />
    </FilteredSearchPage>
  );
}
