import { useEffect, useRef } from 'react';
import { Button } from './Button';
import { ErrorMessage } from './ErrorMessage';

/**
 * The end of an infinite list: asks for the next page as it nears the viewport, and is
 * a button too (keyboard, or no IntersectionObserver).
 */
export function LoadMore({
  hasMore,
  loading,
  onLoadMore,
  label = 'Load more',
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  label?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef(onLoadMore);
  useEffect(() => {
    latest.current = onLoadMore;
  });
  useEffect(() => {
    const node = ref.current;
    if (!node || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) latest.current();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore]);
  if (!hasMore) return null;
  return (
    <div ref={ref} className="flex justify-center py-6">
      <Button onClick={onLoadMore} disabled={loading} aria-busy={loading}>
        {loading ? 'Loading…' : label}
      </Button>
    </div>
  );
}

/**
 * The end of an infinite query's list: the next page on its way (or the button for it),
 * or what went wrong fetching it, with a retry.
 */
export function NextPage({
  query,
  label,
  errorTitle,
}: {
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    error: unknown;
    fetchNextPage: (options?: { cancelRefetch?: boolean }) => unknown;
  };
  label: string;
  errorTitle?: string;
}) {
  if (query.isFetchNextPageError) {
    return (
      <div className="py-6">
        <ErrorMessage
          compact
          title={errorTitle}
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
        />
      </div>
    );
  }
  return (
    <LoadMore
      hasMore={query.hasNextPage}
      loading={query.isFetchingNextPage}
      onLoadMore={() => void query.fetchNextPage({ cancelRefetch: false })}
      label={label}
    />
  );
}
