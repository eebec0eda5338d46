import { useEffect, type ReactNode } from 'react';
import { CloseIcon } from './icons';

/**
 * The bar that appears while cards are selected: how many, what can be done with them,
 * and a way out (also Escape).
 */
export function SelectionBar({
  count,
  onClear,
  children,
  noun = 'image',
}: {
  count: number;
  onClear: () => void;
  children: ReactNode;
  /** What is selected, in the singular ("video", "track"). */
  noun?: string;
}) {
  useEffect(() => {
    if (count === 0) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key === 'Escape' &&
        !event.defaultPrevented &&
        !document.querySelector('[role="dialog"]')
      )
        onClear();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [count, onClear]);

  if (count === 0) return null;
  return (
    <div
      role="region"
      aria-label="Selection"
      data-testid="selection-bar"
      className="fixed inset-x-0 bottom-5 z-40 flex justify-center px-4"
    >
      <div className="flex max-w-full items-center gap-1.5 rounded-2xl border border-neutral-200 bg-white/95 py-2 pr-1.5 pl-3 sm:gap-2 sm:pr-2 sm:pl-4 shadow-2xl shadow-black/20 backdrop-blur dark:border-neutral-700 dark:bg-neutral-900/95">
        <p className="text-sm font-medium whitespace-nowrap tabular-nums" aria-live="polite">
          {count}
          <span className="max-sm:hidden"> {count === 1 ? noun : `${noun}s`}</span> selected
        </p>
        <div className="mx-0.5 h-6 w-px bg-neutral-200 sm:mx-1 dark:bg-neutral-700" />
        <div className="flex items-center gap-1.5 whitespace-nowrap sm:gap-2">{children}</div>
        <button
          type="button"
          onClick={onClear}
          aria-label="Clear selection"
          title="Clear selection (Esc)"
          className="grid size-9 shrink-0 place-items-center rounded-full text-lg text-neutral-600 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800"
        >
          <CloseIcon />
        </button>
      </div>
    </div>
  );
}
