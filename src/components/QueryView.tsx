import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface ViewableQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/**
 * One query's states in one place: its skeleton while it loads, the error (with a retry)
 * when there is nothing to show, the empty message when it found nothing, and otherwise
 * what it found. An error with data already shown (a failed next page or refetch) keeps
 * the data on screen; the list's own end says what failed.
 */
export function QueryView<T>({
  query,
  skeleton,
  isEmpty,
  empty,
  compact = false,
  errorTitle,
  children,
}: {
  query: ViewableQuery<T>;
  skeleton: ReactNode;
  isEmpty: (data: T) => boolean;
  empty: ReactNode;
  /** A section's small error rather than a page's. */
  compact?: boolean;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return skeleton;
  if (query.data === undefined) {
    return (
      <ErrorMessage
        compact={compact}
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return isEmpty(query.data) ? empty : children(query.data);
}

/** A section's quiet "nothing here" line. */
export function NoneFound({ children }: { children: ReactNode }) {
  return <p className="text-sm text-neutral-500 dark:text-neutral-400">{children}</p>;
}
