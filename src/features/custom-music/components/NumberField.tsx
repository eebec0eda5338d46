import { useId } from 'react';
import { fieldClass, labelClass } from '@/components/fields';
import { cx } from '@/lib/format';

/** A section's whole number (length, tempo) with its unit inside the field. */
export function NumberField({
  prefix,
  label,
  value,
  min,
  max,
  unit,
  errorId,
  onChange,
}: {
  /** Read by screen readers before the label: "Section 2". */
  prefix: string;
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  /** Set when the value is refused: the id of the message that says why (shown under the section's row). */
  errorId: string | undefined;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="flex w-24 flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        <span className="sr-only">{prefix} </span>
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={Number.isFinite(value) ? value : ''}
          onChange={(event) => onChange(Math.round(Number(event.target.value)))}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className={cx(fieldClass, 'pr-9 tabular-nums aria-invalid:border-red-500')}
        />
        <span className="pointer-events-none absolute inset-y-0 right-2.5 flex items-center text-xs text-neutral-500 dark:text-neutral-400">
          {unit}
        </span>
      </div>
    </div>
  );
}
