import type { ReactNode } from 'react';
import { cx } from '@/lib/format';
import { CheckIcon } from './icons';

/** One collection in the save menu: a checkbox (all, some or none of the assets in it) and its count. */
export function MenuItem({
  tabStop,
  checked,
  disabled,
  onActivate,
  name,
  detail,
}: {
  /** The list's one Tab stop (the arrows move within it). */
  tabStop: boolean;
  checked: boolean | 'mixed';
  disabled: boolean;
  onActivate: () => void;
  name: string;
  detail: ReactNode;
}) {
  return (
    <button
      type="button"
      role="menuitemcheckbox"
      aria-checked={checked}
      aria-disabled={disabled || undefined}
      tabIndex={tabStop ? 0 : -1}
      data-nav=""
      onClick={onActivate}
      className="flex w-full items-center gap-3 px-3.5 py-2 text-left text-sm outline-none hover:bg-neutral-100 focus-visible:bg-neutral-100 focus-visible:outline-2 focus-visible:-outline-offset-2 aria-disabled:opacity-60 dark:hover:bg-neutral-800 dark:focus-visible:bg-neutral-800"
    >
      <span
        aria-hidden="true"
        className={cx(
          'grid size-4.5 shrink-0 place-items-center rounded border text-xs',
          checked
            ? 'border-accent-600 bg-accent-600 text-white dark:border-accent-500 dark:bg-accent-500 dark:text-neutral-950'
            : 'border-neutral-400 dark:border-neutral-600',
        )}
      >
        {checked === true && <CheckIcon strokeWidth={3} />}
        {checked === 'mixed' && <span className="h-0.5 w-2 rounded bg-current" />}
      </span>
      <span className="min-w-0 flex-1 truncate">{name}</span>
      <span className="text-xs text-neutral-500 tabular-nums dark:text-neutral-400">{detail}</span>
    </button>
  );
}
