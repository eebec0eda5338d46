import type { KeyboardEvent, ReactNode } from 'react';
import { cx } from '@/lib/format';
import { useSkipTarget } from './skip-targets';

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** The item in the next row down (or up) whose centre is closest to the current one's. */
function inNextRow(
  items: HTMLElement[],
  from: HTMLElement,
  down: boolean,
): HTMLElement | undefined {
  const here = from.getBoundingClientRect();
  const centre = here.left + here.width / 2;
  const rects = items.map((item) => ({ item, rect: item.getBoundingClientRect() }));
  const beyond = rects.filter(({ rect }) =>
    down ? rect.top >= here.bottom - 1 : rect.bottom <= here.top + 1,
  );
  if (beyond.length === 0) return undefined;
  const edge = down
    ? Math.min(...beyond.map(({ rect }) => rect.top))
    : Math.max(...beyond.map(({ rect }) => rect.bottom));
  const row = beyond.filter(({ rect }) =>
    down ? rect.top < edge + rect.height / 2 : rect.bottom > edge - rect.height / 2,
  );
  const distance = (rect: DOMRect) => Math.abs(rect.left + rect.width / 2 - centre);
  return row.reduce((best, candidate) =>
    distance(candidate.rect) < distance(best.rect) ? candidate : best,
  ).item;
}

/**
 * Arrow keys move between results (each result's main link carries `data-nav-item`):
 * left and right through the list, up and down to the nearest result in the row above or
 * below, Home and End to the first and last shown.
 */
function moveBetweenResults(event: KeyboardEvent<HTMLElement>) {
  const from = event.target as HTMLElement;
  if (!KEYS.has(event.key) || !from.matches('[data-nav-item]')) return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-nav-item]'));
  const index = items.indexOf(from);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowRight':
      next = items[index + 1];
      break;
    case 'ArrowLeft':
      next = items[index - 1];
      break;
    case 'Home':
      next = items[0];
      break;
    case 'End':
      next = items.at(-1);
      break;
    default:
      next = inNextRow(items, from, event.key === 'ArrowDown');
  }
  event.preventDefault();
  if (!next) return;
  next.focus();
  next.scrollIntoView?.({ block: 'nearest' });
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
      onKeyDown={moveBetweenResults}
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
