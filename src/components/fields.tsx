import {
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from 'react';
import { completeDate } from '@/lib/filter-values';
import { cx } from '@/lib/format';

export const fieldClass =
  'h-9 w-full rounded-lg border border-neutral-300 bg-white px-2.5 text-sm text-neutral-900 hover:border-neutral-400 focus:border-accent-500 focus:outline-none focus:ring-3 focus:ring-accent-500/20 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:border-neutral-600';

export const labelClass = 'text-xs font-medium text-neutral-600 dark:text-neutral-400';

/**
 * A text or number input that commits its value on Enter or blur, not on every
 * keystroke: typing "1200" asks for one search, not four.
 */
export interface CommitInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'defaultValue'
> {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  hideLabel?: boolean;
  /** Commit on change too when this accepts the new value (e.g. a complete date from a picker). */
  commitOnChange?: (value: string) => boolean;
}

export function CommitInput({
  label,
  value,
  onCommit,
  hideLabel = false,
  commitOnChange,
  className,
  ...props
}: CommitInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // A new value from outside (Back, a removed chip) replaces the draft.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <div className={cx('flex min-w-0 flex-col gap-1', className)}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : labelClass}>
        {label}
      </label>
      <input
        id={id}
        value={draft}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (commitOnChange?.(next) && next.trim() !== value) onCommit(next.trim());
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
        className={fieldClass}
        {...props}
      />
    </div>
  );
}

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange'
> {
  label: string;
  options: readonly { value: string; label: string }[];
  onValueChange: (value: string) => void;
  hideLabel?: boolean;
}

export function SelectField({
  label,
  options,
  onValueChange,
  hideLabel = false,
  className,
  ...props
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={cx('flex min-w-0 flex-col gap-1', className)}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : labelClass}>
        {label}
      </label>
      <select
        id={id}
        onChange={(event) => onValueChange(event.target.value)}
        className={fieldClass}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onCheckedChange,
  description,
}: {
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  description?: string;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-2.5">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
        className="mt-0.5 size-4 shrink-0 rounded accent-accent-600 dark:accent-accent-500"
      />
      <label htmlFor={id} className="text-sm leading-tight text-neutral-800 dark:text-neutral-200">
        {label}
        {description && (
          <span className="block text-xs text-neutral-500 dark:text-neutral-400">
            {description}
          </span>
        )}
      </label>
    </div>
  );
}

/** A group of mutually exclusive choices shown as a segmented control (native radios inside). */
export function SegmentedField<T extends string>({
  legend,
  name,
  value,
  options,
  onValueChange,
  hideLegend = false,
  size = 'sm',
}: {
  legend: string;
  name: string;
  value: T | '';
  /** `count` shows a number beside the label (e.g. how many of each there are). */
  options: readonly { value: T | ''; label: string; count?: number }[];
  onValueChange: (value: T | '') => void;
  hideLegend?: boolean;
  /** `sm`: equal segments for a filter panel; `md`: a toolbar control, one line tall. */
  size?: 'sm' | 'md';
}) {
  return (
    <fieldset className={cx(size === 'sm' && 'flex flex-col gap-1.5')}>
      <legend className={hideLegend ? 'sr-only' : cx(labelClass, 'mb-1.5')}>{legend}</legend>
      <div
        className={cx(
          'flex rounded-lg border border-neutral-300 p-0.5 dark:border-neutral-700',
          size === 'md' && 'h-9',
        )}
      >
        {options.map((option) => {
          const checked = option.value === value;
          return (
            <label
              key={option.value || 'any'}
              className={cx(
                'relative rounded-md font-medium transition-colors has-focus-visible:outline-2 has-focus-visible:outline-accent-500',
                size === 'sm'
                  ? 'flex-1 px-2 py-1.5 text-center text-xs'
                  : 'flex cursor-pointer items-center gap-1.5 px-3 text-sm whitespace-nowrap',
                checked
                  ? 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900'
                  : 'text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800',
              )}
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => onValueChange(option.value)}
                className="sr-only"
              />
              {option.label}
              {option.count !== undefined && (
                <span
                  className={cx(
                    'text-xs tabular-nums',
                    checked
                      ? 'text-white/75 dark:text-neutral-900/70'
                      : 'text-neutral-500 dark:text-neutral-400',
                  )}
                >
                  {option.count}
                </span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * A range of dates, typed or picked: each end is committed once it is a whole date (a
 * picker's choice at once), and emptied to lift it.
 */
export function DateRangeInputs({
  fromLabel = 'From',
  toLabel = 'To',
  from,
  to,
  onRangeChange: onChange,
  className,
}: {
  fromLabel?: string;
  toLabel?: string;
  from: string | undefined;
  to: string | undefined;
  onRangeChange: (from: string | undefined, to: string | undefined) => void;
  /** Each field's. */
  className?: string;
}) {
  const date = (text: string) => (text && completeDate(text) ? text : undefined);
  return (
    <>
      <CommitInput
        label={fromLabel}
        type="date"
        className={className}
        value={from ?? ''}
        commitOnChange={completeDate}
        onCommit={(text) => onChange(date(text), to)}
      />
      <CommitInput
        label={toLabel}
        type="date"
        className={className}
        value={to ?? ''}
        commitOnChange={completeDate}
        onCommit={(text) => onChange(from, date(text))}
      />
    </>
  );
}
