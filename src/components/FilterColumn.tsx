import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { Button } from './Button';
import { FilterIcon } from './icons';
import { useSkipTarget } from './skip-targets';

// The sheet of filters on narrower screens comes with its first opening.
const FilterDrawer = lazy(() =>
  import('./FilterDrawer').then((m) => ({ default: m.FilterDrawer })),
);

/** A search page's filters from 1024 px: a sticky column, the target of "Skip to filters". */
export function FilterColumn({ children }: { children: ReactNode }) {
  useSkipTarget('filters');
  return (
    <aside
      id="filters"
      aria-label="Filters"
      tabIndex={-1}
      className="hidden w-64 shrink-0 focus:outline-none lg:block"
    >
      <div className="sticky top-[114px] -mx-2 max-h-[calc(100dvh-130px)] overflow-y-auto px-2 pt-1 [scrollbar-width:thin]">
        {children}
      </div>
    </aside>
  );
}

/** Below 1024 px: opens the filters' sheet, with the number of filters in force. */
export function FiltersButton({ count, onClick }: { count: number; onClick: () => void }) {
  return (
    <Button
      className="lg:hidden"
      onClick={onClick}
      aria-haspopup="dialog"
      data-skip-fallback="filters"
    >
      <FilterIcon className="text-base" />
      Filters
      {count > 0 && (
        <span className="grid min-w-5 place-items-center rounded-full bg-accent-600 px-1 text-xs text-white dark:bg-accent-500 dark:text-neutral-950">
          {count}
        </span>
      )}
    </Button>
  );
}

export function FilterSheet(props: ComponentProps<typeof FilterDrawer>) {
  return (
    <Suspense>
      <FilterDrawer {...props} />
    </Suspense>
  );
}
