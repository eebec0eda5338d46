import { useId, useState } from 'react';
import { cx } from '@/lib/format';
import { PEOPLE_NUMBERS, peopleNumberLabel } from '@/lib/search-params';
import { CommitInput, fieldClass, labelClass, SelectField } from './fields';

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

/**
 * A range as two number inputs ("from" and "to"), each committed on Enter or blur; a
 * "from" above the "to" is swapped rather than refused.
 */
export function RangeField({
  legend,
  unit,
  from,
  to,
  min = 0,
  max,
  decimal = false,
  onRangeChange,
}: {
  legend: string;
  unit?: string;
  from: number | undefined;
  to: number | undefined;
  min?: number;
  max?: number;
  /**
   * Fractions allowed (a frame rate, an aspect ratio); a value not above `min` is no bound.
   * Otherwise whole numbers, held within `min` and `max`.
   */
  decimal?: boolean;
  onRangeChange: (from: number | undefined, to: number | undefined) => void;
}) {
  const parse = (text: string) => {
    if (text.trim() === '') return undefined;
    const n = decimal ? Number(text) : Math.round(Number(text));
    if (!Number.isFinite(n)) return undefined;
    if (decimal && n <= min) return undefined;
    return Math.max(min, max === undefined ? n : Math.min(max, n));
  };
  const commit = (nextFrom: number | undefined, nextTo: number | undefined) => {
    if (nextFrom !== undefined && nextTo !== undefined && nextFrom > nextTo)
      onRangeChange(nextTo, nextFrom);
    else onRangeChange(nextFrom, nextTo);
  };
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className={cx(labelClass, 'mb-1.5')}>
        {legend}
        {unit && <span className="font-normal"> ({unit})</span>}
      </legend>
      <div className="flex items-end gap-2">
        <CommitInput
          label={`${legend} from`}
          hideLabel
          type="number"
          inputMode={decimal ? 'decimal' : 'numeric'}
          step={decimal ? 'any' : undefined}
          min={min}
          max={max}
          placeholder="From"
          value={from === undefined ? '' : String(from)}
          onCommit={(text) => commit(parse(text), to)}
        />
        <span aria-hidden="true" className="pb-2 text-neutral-400">
          –
        </span>
        <CommitInput
          label={`${legend} to`}
          hideLabel
          type="number"
          inputMode={decimal ? 'decimal' : 'numeric'}
          step={decimal ? 'any' : undefined}
          min={min}
          max={max}
          placeholder="To"
          value={to === undefined ? '' : String(to)}
          onCommit={(text) => commit(from, parse(text))}
        />
      </div>
    </fieldset>
  );
}

/** "Number of people" in a photo or clip: any, none, one, two, three, or four and more. */
export function PeopleNumberField({
  value,
  onValueChange,
}: {
  value: number | undefined;
  onValueChange: (value: number | undefined) => void;
}) {
  return (
    <SelectField
      label="Number of people"
      value={value === undefined ? '' : String(value)}
      options={[
        { value: '', label: 'Any' },
        ...PEOPLE_NUMBERS.map((n) => ({ value: String(n), label: peopleNumberLabel(n) })),
      ]}
      onValueChange={(next) => onValueChange(next === '' ? undefined : Number(next))}
    />
  );
}
