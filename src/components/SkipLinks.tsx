import type { MouseEvent } from 'react';
import { cx } from '@/lib/format';
import { SKIP_LABELS, skipTo, useSkipTargets, type SkipTarget } from './skip-targets';

function SkipLink({ target, className }: { target: SkipTarget; className?: string }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        skipTo(target);
      }}
      className={className}
    >
      {SKIP_LABELS[target]}
    </a>
  );
}

const REVEAL =
  'sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-neutral-950 shadow-lg ring-2 ring-accent-500 focus:not-sr-only dark:bg-neutral-900 dark:text-white';

/** The first stops on every page. */
export function SkipLinks() {
  const targets = useSkipTargets();
  return (
    <nav aria-label="Skip links" className="contents">
      {targets.map((target) => (
        <SkipLink
          key={target}
          target={target}
          className={cx(REVEAL, 'focus:fixed focus:top-2 focus:left-2')}
        />
      ))}
      <a href="#main" className={cx(REVEAL, 'focus:fixed focus:top-2 focus:left-2')}>
        Skip to content
      </a>
    </nav>
  );
}

/** Right after the search box: from a typed query to the first result in a few keys. */
export function SkipToResults() {
  const targets = useSkipTargets();
  if (!targets.includes('results')) return null;
  return (
    <SkipLink
      target="results"
      className={cx(
        REVEAL,
        'focus:absolute focus:top-full focus:left-4 focus:mt-1 sm:focus:left-24',
      )}
    />
  );
}
