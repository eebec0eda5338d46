import { useState, type ReactNode } from 'react';
import { pluralize } from '@/lib/format';
import { Button } from './Button';
import { FilterColumn, FilterSheet, FiltersButton } from './FilterColumn';
import { ResultSummary, type ResultSummaryProps } from './ResultSummary';
import { searchTitle } from './search-words';
import { ResultsRegion } from './ResultsRegion';

/**
 * A search page with filters: the heading and count, the filters as a sticky column
 * from 1024 px and below that behind a "Filters" button in a side sheet whose footer
 * shows the results ("Show 595 images"), the page's own controls beside the button, and
 * the results region.
 */
export function FilteredSearchPage({
  summary,
  filterCount,
  filters,
  controls,
  above,
  busy,
  children,
}: {
  /** What the heading and count say; the document title is made of the same words. */
  summary: ResultSummaryProps;
  filterCount: number;
  /** The filters for either place (`scope` tells radio groups apart). */
  filters: (scope: 'side' | 'sheet') => ReactNode;
  /** Beside the "Filters" button: sort, clear. */
  controls?: ReactNode;
  /** Between the heading row and the results: the chips of the filters in force. */
  above?: ReactNode;
  busy: boolean;
  children: ReactNode;
}) {
  const { words, query, total } = summary;
  const [open, setOpen] = useState(false);
  // The sheet is mounted once asked for, then kept so it can animate closed.
  const [used, setUsed] = useState(false);
  const close = () => setOpen(false);
  return (
    <main id="main" className="mx-auto flex w-full max-w-[1800px] flex-1 gap-8 px-4 py-5 sm:px-6">
      <title>{searchTitle(words, query)}</title>
      <FilterColumn>{filters('side')}</FilterColumn>
      <div className="min-w-0 flex-1">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <ResultSummary {...summary} />
          <div className="flex flex-wrap items-end gap-2">
            <FiltersButton
              count={filterCount}
              onClick={() => {
                setUsed(true);
                setOpen(true);
              }}
            />
            {controls}
          </div>
        </div>
        {above}
        <ResultsRegion busy={busy}>{children}</ResultsRegion>
      </div>
      {used && (
        <FilterSheet
          open={open}
          onClose={close}
          footer={
            <Button variant="primary" className="w-full" onClick={close}>
              {total === undefined ? `Show ${words.noun}s` : `Show ${pluralize(total, words.noun)}`}
            </Button>
          }
        >
          {filters('sheet')}
        </FilterSheet>
      )}
    </main>
  );
}
