import { useId, useState } from 'react';
import { fieldClass, labelClass } from '@/components/fields';
import { cx } from '@/lib/format';

/**
 * A multi-select as a list of checkboxes (chosen ones first), with a filter box when the
 * list is long. Native checkboxes: labelled, and usable by keyboard and screen readers.
 */
export function CheckboxListField({
  legend,
  options,
  value,
  onValueChange,
  loading = false,
}: {
  legend: string;
  options: readonly string[];
  value: readonly string[];
  onValueChange: (value: string[]) => void;
  loading?: boolean;
}) {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(value);
  const needle = filter.trim().toLowerCase();
  const shown = [
    ...value,
    ...options.filter((o) => !chosen.has(o) && (!needle || o.toLowerCase().includes(needle))),
  ];
  return (
    <fieldset className="flex flex-col gap-1.5" data-testid={`filter-${legend.toLowerCase()}`}>
      <legend className={cx(labelClass, 'mb-1.5 flex w-full justify-between')}>
        {legend}
        {value.length > 0 && (
          <span className="text-accent-700 dark:text-accent-400">{value.length} chosen</span>
        )}
      </legend>
      {options.length > 8 && (
        <>
          <label htmlFor={filterId} className="sr-only">
            Filter {legend.toLowerCase()}
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder={`Filter ${legend.toLowerCase()}…`}
            className={cx(fieldClass, 'h-8 text-xs')}
          />
        </>
      )}
      <div className="max-h-44 overflow-y-auto rounded-lg border border-neutral-200 p-1 [scrollbar-width:thin] dark:border-neutral-800">
        {loading && <p className="px-2 py-1 text-xs text-neutral-500">Loading…</p>}
        {shown.map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
          >
            <input
              type="checkbox"
              checked={chosen.has(option)}
              onChange={(event) =>
                onValueChange(
                  event.target.checked ? [...value, option] : value.filter((v) => v !== option),
                )
              }
              className="size-4 accent-accent-600"
            />
            {option}
          </label>
        ))}
        {!loading && shown.length === 0 && (
          <p className="px-2 py-1 text-xs text-neutral-500 dark:text-neutral-400">No match</p>
        )}
      </div>
    </fieldset>
  );
}
