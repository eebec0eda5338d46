import { Fragment } from 'react';
import { rangeOf } from '@/lib/filter-values';
import { cx } from '@/lib/format';
import { CommitInput, labelClass } from './fields';

interface RangeFieldProps {
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
}: RangeFieldProps) {
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
        {(['from', 'to'] as const).map((end) => (
          <Fragment key={end}>
            {end === 'to' && (
              <span aria-hidden="true" className="pb-2 text-neutral-400">
                –
              </span>
            )}
            <CommitInput
              label={`${legend} ${end}`}
              hideLabel
              type="number"
              inputMode={decimal ? 'decimal' : 'numeric'}
              step={decimal ? 'any' : undefined}
              min={min}
              max={max}
              placeholder={end === 'from' ? 'From' : 'To'}
              value={String((end === 'from' ? from : to) ?? '')}
              onCommit={(text) =>
                end === 'from' ? commit(parse(text), to) : commit(from, parse(text))
              }
            />
          </Fragment>
        ))}
      </div>
    </fieldset>
  );
}

/** The keys a row of `RangeFields` sets, each a number or no bound. */
type NumberFilters<K extends string> = { [key in K]?: number };

/** A row of `RangeFields`: what the field says and allows, and the two keys it sets. */
type RangeRow<K extends string> = Omit<RangeFieldProps, 'from' | 'to' | 'onRangeChange'> & {
  from: K;
  to: K;
};

/**
 * A filter panel's range fields as a table, one field a row and in its order: each range
 * is named once, by its two keys of the filters, and a change patches both at once.
 */
export function RangeFields<P extends NumberFilters<K>, K extends keyof P & string>({
  params,
  onChange,
  ranges,
}: {
  params: P;
  onChange: (patch: NumberFilters<K>) => void;
  ranges: readonly RangeRow<K>[];
}) {
  return ranges.map(({ from, to, ...field }) => (
    <RangeField
      key={from}
      {...field}
      // Typed by the number keys alone: TypeScript cannot tell that the page's own filter
      // type takes a number back at those keys.
      {...rangeOf<NumberFilters<K>, K, K>(params, onChange, from, to)}
    />
  ));
}
