import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { fieldClass, labelClass } from '@/components/fields';
import { cx } from '@/lib/format';

/** How long typing pauses before a text filter applies. */
export const FILTER_DEBOUNCE_MS = 300;

type DebouncedInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  label: string;
  value: string;
  onCommit: (value: string) => void;
};

/**
 * A text filter that applies as you type, once typing pauses (Enter or leaving the field
 * applies it at once). A new value from outside (Back, a link) replaces what is typed.
 */
export function DebouncedInput({
  label,
  value,
  onCommit,
  className,
  ...props
}: DebouncedInputProps) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  if (shown !== value) {
    setShown(value);
    // Our own commit coming back through the URL keeps what was typed since.
    if (value !== committed) setDraft(value);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    const trimmed = next.trim();
    if (trimmed === value) return;
    setCommitted(trimmed);
    onCommit(trimmed);
  };

  return (
    <div className={cx('flex min-w-0 flex-col gap-1', className)}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        value={draft}
        aria-describedby={hintId}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(next), FILTER_DEBOUNCE_MS);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(draft);
          }
        }}
        className={fieldClass}
        {...props}
      />
      <span id={hintId} className="sr-only">
        Applies as you type
      </span>
    </div>
  );
}
