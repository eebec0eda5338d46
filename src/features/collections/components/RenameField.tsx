import { useId } from 'react';
import { Button } from '@/components/Button';
import { fieldClass } from '@/components/fields';
import { InlineError } from '@/components/InlineError';
import { cx } from '@/lib/format';
import type { useRenameFlow } from '../hooks/use-collection-actions';

/** The name as a field: Enter saves, Escape cancels; the reason for a refusal beside it. */
export function RenameField({
  flow,
  label,
  large = false,
}: {
  flow: ReturnType<typeof useRenameFlow>;
  label: string;
  large?: boolean;
}) {
  const id = useId();
  return (
    <form
      className="flex min-w-0 flex-col gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        flow.submit();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          value={flow.draft}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => flow.setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              flow.cancel();
            }
          }}
          aria-invalid={flow.problem ? true : undefined}
          aria-describedby={flow.problem ? `${id}-error` : undefined}
          className={cx(
            fieldClass,
            'aria-invalid:border-red-500',
            large && 'h-11 text-xl font-semibold sm:text-2xl',
          )}
        />
        <Button type="submit" variant="primary" size={large ? 'md' : 'sm'}>
          Save
        </Button>
        <Button size={large ? 'md' : 'sm'} variant="ghost" onClick={flow.cancel}>
          Cancel
        </Button>
      </div>
      {flow.problem && <InlineError id={`${id}-error`} {...flow.problem} />}
    </form>
  );
}
