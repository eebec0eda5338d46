import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount } from '@/lib/format';
import { ErrorMessage } from './ErrorMessage';

/**
 * A section of an overview page (All search, a contributor's page): a heading with the
 * count, a "See all N →" link, and its own loading and error states, so one failing
 * section does not take the others with it.
 */
export interface SectionState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  total: number | undefined;
}

export function OverviewSection({
  id,
  title,
  seeAll,
  state,
  skeleton,
  children,
}: {
  id: string;
  title: string;
  /** The full results; no link when left out. */
  seeAll?: string;
  state: SectionState;
  skeleton: ReactNode;
  children: ReactNode;
}) {
  const headingId = `all-${id}`;
  return (
    <section aria-labelledby={headingId} className="mb-10" data-testid={`all-section-${id}`}>
      <div className="mb-3 flex items-baseline justify-between gap-3 border-b border-neutral-200 pb-2 dark:border-neutral-800">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight">
          {title}
          {state.total !== undefined && ' '}
          {state.total !== undefined && (
            <span
              className="ml-2 text-sm font-normal text-neutral-500 tabular-nums dark:text-neutral-400"
              data-testid="section-count"
            >
              {formatCount(state.total)}
            </span>
          )}
        </h2>
        {seeAll && state.total !== undefined && state.total > 0 && (
          <Link
            to={seeAll}
            className="shrink-0 rounded-sm text-sm font-medium text-accent-700 hover:underline dark:text-accent-400"
            data-testid="see-all"
          >
            See all {formatCount(state.total)} <span aria-hidden="true">→</span>
            <span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        )}
      </div>
      {state.isPending ? (
        <div aria-hidden="true">{skeleton}</div>
      ) : state.isError ? (
        <ErrorMessage
          compact
          error={state.error}
          title={`${title} could not be loaded`}
          onRetry={() => void state.refetch()}
        />
      ) : state.total === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          No matches in {title.toLowerCase()}.
        </p>
      ) : (
        children
      )}
    </section>
  );
}

export const TileSkeleton = () => (
  <div className="flex gap-2 overflow-hidden">
    {Array.from({ length: 6 }, (_, i) => (
      <div key={i} className="skeleton h-36 w-52 shrink-0 rounded-lg" />
    ))}
  </div>
);
export const RowSkeleton = () => (
  <div className="flex flex-col gap-2">
    {Array.from({ length: 3 }, (_, i) => (
      <div key={i} className="skeleton h-14 rounded-lg" />
    ))}
  </div>
);
