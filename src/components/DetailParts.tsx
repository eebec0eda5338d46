import { useId, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ArrowLeftIcon } from './more-icons';

/** Back to the results (history, so they come back from cache and scroll), or a link to search. */
export function BackToResults({ fallback, label }: { fallback: string; label: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const className =
    'inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-neutral-600 hover:text-neutral-950 dark:text-neutral-400 dark:hover:text-white';
  if (location.key !== 'default') {
    return (
      <button type="button" onClick={() => void navigate(-1)} className={className}>
        <ArrowLeftIcon /> Back to results
      </button>
    );
  }
  return (
    <Link to={fallback} className={className}>
      <ArrowLeftIcon /> {label}
    </Link>
  );
}

/** A definition list of an asset's facts; empty values are left out. */
export function FactList({ facts }: { facts: readonly [string, ReactNode][] }) {
  const shown = facts.filter(([, value]) => value !== undefined && value !== null && value !== '');
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
      {shown.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-neutral-500 dark:text-neutral-400">{term}</dt>
          <dd className="min-w-0 break-words text-neutral-900 dark:text-neutral-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Keywords as chips, each a link to a search for it. */
export function KeywordChips({
  keywords,
  href,
}: {
  keywords: readonly string[] | undefined;
  href: (keyword: string) => string;
}) {
  if (!keywords?.length) return null;
  return (
    <section aria-labelledby="keywords-heading">
      <h2 id="keywords-heading" className="mb-3 text-sm font-semibold">
        Keywords
      </h2>
      <ul className="flex flex-wrap gap-1.5">
        {keywords.map((keyword) => (
          <li key={keyword}>
            <Link
              to={href(keyword)}
              className="inline-block rounded-full border border-neutral-200 px-2.5 py-1 text-xs text-neutral-700 hover:border-neutral-400 hover:text-neutral-950 dark:border-neutral-800 dark:text-neutral-300 dark:hover:border-neutral-600 dark:hover:text-white"
            >
              {keyword}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A titled section under an asset's details: similar images, similar videos. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="mb-4 text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}
