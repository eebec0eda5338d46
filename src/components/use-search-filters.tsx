import { useState, type ReactNode } from 'react';
import { FilterColumn, FilterSheet, FiltersButton } from './FilterColumn';

/**
 * A search page's filters: a sticky column from 1024 px, below that a "Filters" button
 * that opens them in a side sheet. `panel` renders the filters for either place (`scope`
 * tells radio groups apart); `sheetFooter` closes the sheet.
 */
export function useSearchFilters({
  count,
  panel,
  sheetFooter,
}: {
  count: number;
  panel: (scope: 'side' | 'sheet') => ReactNode;
  sheetFooter?: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const close = () => setOpen(false);
  return {
    aside: <FilterColumn>{panel('side')}</FilterColumn>,
    button: (
      <FiltersButton
        count={count}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      />
    ),
    sheet: used ? (
      <FilterSheet open={open} onClose={close} footer={sheetFooter?.(close)}>
        {panel('sheet')}
      </FilterSheet>
    ) : null,
  };
}
