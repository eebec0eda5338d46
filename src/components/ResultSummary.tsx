import { pluralize } from '@/lib/format';
import type { SearchWords } from './search-words';

export interface ResultSummaryProps {
  words: SearchWords;
  query: string | undefined;
  total: number | undefined;
}

/**
 * A search page's heading and count: "Images for lake" (or the page's name without a
 * query) and "595 images", announced politely as it changes.
 */
export function ResultSummary({
  words: { label, fallback, noun },
  query,
  total,
}: ResultSummaryProps) {
  return (
    <div className="min-w-0">
      <h1 className="truncate text-xl font-semibold tracking-tight sm:text-2xl">
        {query ? (
          <>
            <span className="text-neutral-500 dark:text-neutral-400">{label}</span> {query}
          </>
        ) : (
          fallback
        )}
      </h1>
      <p
        className="mt-0.5 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
        aria-live="polite"
        data-testid="result-count"
      >
        {total === undefined ? '\u00a0' : pluralize(total, noun)}
      </p>
    </div>
  );
}
