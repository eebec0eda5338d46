import { Button } from '@/components/Button';
import { LazyCollectionNameForm } from '@/components/LazyCollectionNameForm';
import { fieldClass } from '@/components/fields';
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
  return (
    <LazyCollectionNameForm
      className="flex min-w-0 flex-col gap-1.5"
      label={label}
      hideLabel
      rowClassName="flex items-center gap-2"
      defaultName={flow.draft}
      refusal={flow.problem}
      onSubmit={flow.submit}
      onCancel={flow.cancel}
      onEdit={flow.clearProblem}
      inputClassName={cx(fieldClass, large && 'h-11 text-xl font-semibold sm:text-2xl')}
      inputProps={{ autoFocus: true, onFocus: (event) => event.currentTarget.select() }}
      actions={
        <>
          <Button type="submit" variant="primary" size={large ? 'md' : 'sm'}>
            Save
          </Button>
          <Button size={large ? 'md' : 'sm'} variant="ghost" onClick={flow.cancel}>
            Cancel
          </Button>
        </>
      }
    />
  );
}
