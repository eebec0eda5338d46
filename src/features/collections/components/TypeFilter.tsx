import type { CollectionMediaType } from '@/api/types';
import { cx } from '@/lib/format';

export type TypeChoice = CollectionMediaType | '';

/** A row of radios shown as a segmented control: one type of collection, or all. */
export function TypeFilter({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: TypeChoice;
  options: readonly { value: TypeChoice; label: string; count?: number }[];
  onChange: (value: TypeChoice) => void;
}) {
  return (
    <fieldset>
      <legend className="sr-only">{legend}</legend>
      <div className="flex h-9 rounded-lg border border-neutral-300 p-0.5 dark:border-neutral-700">
        {options.map((option) => (
          <label
            key={option.value || 'all'}
            className={cx(
              'relative flex cursor-pointer items-center gap-1.5 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors has-focus-visible:outline-2 has-focus-visible:outline-accent-500',
              option.value === value
                ? 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900'
                : 'text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
            {option.count !== undefined && (
              <span
                className={cx(
                  'text-xs tabular-nums',
                  option.value === value
                    ? 'text-white/75 dark:text-neutral-900/70'
                    : 'text-neutral-500 dark:text-neutral-400',
                )}
              >
                {option.count}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
