import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { cx } from '@/lib/format';
import { useSkipTarget } from './skip-targets';

/** The region's keyboard and focus handling, loaded when first needed. */
const gridKeys = () => import('./grid-keys');

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * Arrow keys move between results (each result's main link carries `data-nav-item`):
 * left and right through the list, up and down to the nearest result in the row above or
 * below, Home and End to the first and last shown.
 */
function onResultKey(event: KeyboardEvent<HTMLElement>) {
  const from = event.target as HTMLElement;
  if (!KEYS.has(event.key) || !from.matches('[data-nav-item]')) return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const region = event.currentTarget;
  const key = event.key;
  // Each press moves on from where the one before it left focus (presses made while the
  // code loads are applied in turn, not all from the same result).
  void gridKeys().then((m) => m.moveBetweenResults(region, key));
}

/** From the first focus in the results on, focus taken away with a result is kept in them. */
function onResultsFocus(event: FocusEvent<HTMLElement>) {
  const region = event.currentTarget;
  void gridKeys().then((m) => m.keepFocusInResults(region));
}

/**
 * Where a search page's results stand: the target of "Skip to results", the region the
 * arrow keys move in, and dimmed while a new search is on its way.
 */
export function ResultsRegion({
  busy = false,
  className,
  children,
}: {
  busy?: boolean;
  className?: string;
  children: ReactNode;
}) {
  useSkipTarget('results');
  return (
    <div
      id="results"
      tabIndex={-1}
      aria-busy={busy}
      onKeyDown={onResultKey}
      onFocus={onResultsFocus}
      className={cx(
        'transition-opacity duration-200 focus:outline-none',
        busy && 'opacity-60',
        className,
      )}
    >
      {children}
    </div>
  );
}
