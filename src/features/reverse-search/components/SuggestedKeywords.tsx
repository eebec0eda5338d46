import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCvKeywords } from '@/api/cv';
import { Button } from '@/components/Button';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckIcon, SearchIcon } from '@/components/icons';
import { PlusIcon } from '@/components/more-icons';
import { cx } from '@/lib/format';
import { searchHref } from '@/lib/search-params';

/**
 * Keywords for the upload as chips: a chip's word searches images for it at once; its
 * small toggle adds it to a selection searched together.
 */
export function SuggestedKeywords({ uploadId }: { uploadId: string }) {
  const keywords = useCvKeywords(uploadId);
  const navigate = useNavigate();
  const [selected, setSelected] = useState<readonly string[]>([]);
  const toggle = (keyword: string) =>
    setSelected((current) =>
      current.includes(keyword) ? current.filter((k) => k !== keyword) : [...current, keyword],
    );

  return (
    <section aria-labelledby="cv-keywords-heading" data-testid="cv-keywords">
      <h2 id="cv-keywords-heading" className="mb-3 text-lg font-semibold tracking-tight">
        Suggested keywords
      </h2>
      {keywords.isPending ? (
        <ul aria-hidden="true" className="flex flex-wrap gap-2">
          {[72, 96, 64, 88, 80, 56, 104, 70].map((width, i) => (
            <li key={i} className="skeleton h-8 rounded-full" style={{ width }} />
          ))}
        </ul>
      ) : keywords.isError ? (
        <ErrorMessage compact error={keywords.error} onRetry={() => void keywords.refetch()} />
      ) : keywords.data.data.length === 0 ? (
        <p className="text-sm text-neutral-500 dark:text-neutral-400">No keywords suggested.</p>
      ) : (
        <>
          <ul className="flex flex-wrap gap-2" aria-label="Suggested keywords">
            {keywords.data.data.map((keyword) => {
              const on = selected.includes(keyword);
              return (
                <li
                  key={keyword}
                  data-testid="cv-keyword"
                  data-keyword={keyword}
                  className={cx(
                    'inline-flex h-8 items-center overflow-hidden rounded-full border text-sm font-medium transition-colors',
                    on
                      ? 'border-accent-600 bg-accent-600 text-white dark:border-accent-500 dark:bg-accent-500 dark:text-neutral-950'
                      : 'border-neutral-300 text-neutral-700 dark:border-neutral-700 dark:text-neutral-300',
                  )}
                >
                  <button
                    type="button"
                    aria-pressed={on}
                    aria-label={`Select “${keyword}”`}
                    title={on ? 'Remove from selection' : 'Add to selection'}
                    onClick={() => toggle(keyword)}
                    className={cx(
                      'grid h-full w-8 place-items-center border-r focus-visible:-outline-offset-2',
                      on
                        ? 'border-white/30 hover:bg-accent-700 dark:border-neutral-950/20 dark:hover:bg-accent-400'
                        : 'border-neutral-300 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800',
                    )}
                  >
                    {on ? <CheckIcon /> : <PlusIcon />}
                  </button>
                  <Link
                    to={searchHref({ query: keyword })}
                    className={cx(
                      'flex h-full items-center pr-3 pl-2 focus-visible:-outline-offset-2',
                      on
                        ? 'hover:bg-accent-700 dark:hover:bg-accent-400'
                        : 'hover:bg-neutral-100 dark:hover:bg-neutral-800',
                    )}
                  >
                    <span className="sr-only">Search images for </span>
                    {keyword}
                  </Link>
                </li>
              );
            })}
          </ul>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <Button
              variant="secondary"
              size="sm"
              disabled={selected.length === 0}
              onClick={() => void navigate(searchHref({ query: selected.join(' ') }))}
            >
              <SearchIcon />
              {selected.length > 1
                ? `Search images for ${selected.length} keywords`
                : 'Search images for selected'}
            </Button>
            {selected.length > 0 && (
              <button
                type="button"
                onClick={() => setSelected([])}
                className="text-sm text-neutral-600 underline-offset-2 hover:underline dark:text-neutral-400"
              >
                Clear selection
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
