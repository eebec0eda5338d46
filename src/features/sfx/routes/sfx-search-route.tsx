import { useSfxSearch } from '@/api/audio';
import type { SfxSort } from '@/api/audio-types';
import { useAudioPage } from '@/components/audio-player';
import { Button } from '@/components/Button';
import { ResultSummary } from '@/components/ResultSummary';
import { searchTitle, type SearchWords } from '@/components/search-words';
import { ResultsRegion } from '@/components/ResultsRegion';
import { EmptyState } from '@/components/EmptyState';
import { QueryView } from '@/components/QueryView';
import { DateRangeInputs, SelectField } from '@/components/fields';
import { RangeField } from '@/components/RangeField';
import { NextPage } from '@/components/LoadMore';
import { SoundEffectList } from '@/components/AudioLists';
import { useUrlState } from '@/components/use-url-state';
import { audioFilterCount, parseSfxParams, SFX_SORTS, writeSfxParams } from '@/lib/audio-params';
import { rangeOf } from '@/lib/filter-values';

const WORDS: SearchWords = {
  label: 'Sound effects for',
  fallback: 'Sound effects',
  noun: 'sound effect',
  title: { withQuery: 'sound effects', withoutQuery: 'sound effects' },
};

export function Component() {
  useAudioPage();
  const { params, pending, isPending, setParams, update } = useUrlState(
    parseSfxParams,
    writeSfxParams,
  );
  const search = useSfxSearch(params);
  const total = search.data?.pages[0]?.total_count;
  const effects = search.data?.pages.flatMap((page) => page.data) ?? [];
  const filterCount = audioFilterCount(pending);
  const clear = () => setParams({ query: pending.query, sort: pending.sort });

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-5 sm:px-6">
      <title>{searchTitle(WORDS, params.query)}</title>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <ResultSummary words={WORDS} query={params.query} total={total} />
        <div className="flex flex-wrap items-end gap-3" data-testid="filter-panel">
          <div className="w-56">
            <RangeField
              legend="Duration"
              unit="seconds"
              max={3600}
              {...rangeOf(pending, update, 'duration_from', 'duration_to')}
            />
          </div>
          <DateRangeInputs
            fromLabel="Added after"
            toLabel="Added before"
            className="w-40"
            {...rangeOf(pending, update, 'added_date_start', 'added_date_end')}
          />
          <SelectField
            label="Sort by"
            className="w-40"
            value={pending.sort ?? 'popular'}
            options={SFX_SORTS}
            onValueChange={(sort) => update({ sort: sort as SfxSort })}
          />
          {filterCount > 0 && (
            <Button variant="ghost" onClick={clear}>
              Clear filters
            </Button>
          )}
        </div>
      </div>
      <ResultsRegion busy={isPending}>
        <QueryView
          query={search}
          skeleton={<div className="skeleton h-64 rounded-xl" aria-hidden="true" />}
          isEmpty={() => effects.length === 0}
          empty={
            <EmptyState
              title={
                params.query ? `No sound effects match “${params.query}”` : 'No sound effects match'
              }
            />
          }
        >
          {() => (
            <>
              <SoundEffectList effects={effects} />
              <NextPage query={search} label="More sound effects" />
            </>
          )}
        </QueryView>
      </ResultsRegion>
    </main>
  );
}
