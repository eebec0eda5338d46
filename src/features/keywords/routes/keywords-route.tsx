import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useKeywordsFromText } from '@/api/contributors';
import { Button } from '@/components/Button';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckIcon } from '@/components/icons';
import { cx } from '@/lib/format';
import { searchHref } from '@/lib/search-params';

const MAX_TEXT = 5000;

export function Component() {
  const textId = useId();
  const [searchParams] = useSearchParams();
  const [text, setText] = useState(searchParams.get('text') ?? '');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const extract = useKeywordsFromText();
  const navigate = useNavigate();
  const keywords = extract.data?.keywords ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    extract.mutate(text.trim(), {
      onSuccess: (data) => setSelected(new Set(data.keywords)),
    });
  };
  const toggle = (keyword: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(keyword)) next.delete(keyword);
      else next.add(keyword);
      return next;
    });
  const query = keywords.filter((k) => selected.has(k)).join(' ');

  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:px-6">
      <title>Keywords from a brief — Stockroom</title>
      <h1 className="text-2xl font-semibold tracking-tight">Keywords from a brief</h1>
      <p className="mt-1 mb-6 text-neutral-600 dark:text-neutral-400">
        Paste a client brief or any description; pick the keywords that fit and search with them.
      </p>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <label htmlFor={textId} className="text-sm font-medium">
          Brief
        </label>
        <textarea
          id={textId}
          value={text}
          maxLength={MAX_TEXT}
          onChange={(event) => setText(event.target.value)}
          rows={7}
          placeholder="A warm, sunlit kitchen where a young family cooks breakfast together…"
          className="w-full rounded-xl border border-neutral-300 bg-white p-3 text-sm text-neutral-900 hover:border-neutral-400 focus:border-accent-500 focus:ring-3 focus:ring-accent-500/20 focus:outline-none dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
        />
        <div className="flex items-center justify-between gap-3">
          <span className="text-xs text-neutral-500 tabular-nums dark:text-neutral-400">
            {text.length.toLocaleString('en-US')} / {MAX_TEXT.toLocaleString('en-US')}
          </span>
          <Button type="submit" variant="primary" disabled={!text.trim() || extract.isPending}>
            {extract.isPending ? 'Finding keywords…' : 'Get keywords'}
          </Button>
        </div>
      </form>
      {extract.isError && (
        <div className="mt-6">
          <ErrorMessage compact error={extract.error} />
        </div>
      )}
      {extract.isSuccess && (
        <section aria-labelledby="keywords-heading" className="mt-8">
          <h2 id="keywords-heading" className="mb-3 text-lg font-semibold">
            Keywords{' '}
            <span className="text-sm font-normal text-neutral-500 dark:text-neutral-400">
              {selected.size} of {keywords.length} selected
            </span>
          </h2>
          {keywords.length === 0 ? (
            <p className="text-neutral-600 dark:text-neutral-400">
              No keywords found in this text. Try a longer description.
            </p>
          ) : (
            <ul className="flex flex-wrap gap-2" aria-label="Keywords">
              {keywords.map((keyword) => {
                const on = selected.has(keyword);
                return (
                  <li key={keyword}>
                    <button
                      type="button"
                      aria-pressed={on}
                      onClick={() => toggle(keyword)}
                      data-testid="keyword-chip"
                      className={cx(
                        'inline-flex items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm font-medium transition-colors',
                        on
                          ? 'border-accent-600 bg-accent-600 text-white dark:border-accent-500 dark:bg-accent-500 dark:text-neutral-950'
                          : 'border-neutral-300 text-neutral-700 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-300 dark:hover:bg-neutral-800',
                      )}
                    >
                      {on && <CheckIcon />}
                      {keyword}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <div className="mt-6 flex flex-wrap gap-2">
            <Button
              variant="primary"
              disabled={!query}
              onClick={() => void navigate(searchHref({ query }))}
            >
              Search images with selected
            </Button>
            <Button
              disabled={!query}
              onClick={() => void navigate(`/all?${new URLSearchParams({ query }).toString()}`)}
            >
              Search all media
            </Button>
          </div>
        </section>
      )}
    </main>
  );
}
