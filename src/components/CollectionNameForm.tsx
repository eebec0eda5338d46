// The one form that names a collection: creating one (on the collections page and in the
// save menu) and renaming one. Enter sends the trimmed name, Escape cancels; the schema's
// or the API's reason for refusing it sits under the field, with the name still typed.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { cx } from '@/lib/format';
import { collectionNameSchema } from './collection-name-schema';
import type { CollectionProblem } from './collection-errors';
import { InlineError } from './InlineError';

export interface CollectionNameFormProps {
  /** The form's accessible name ("New collection"), when it needs one. */
  formLabel?: string;
  label: string;
  hideLabel?: boolean;
  labelClassName?: string;
  className?: string;
  /** The name the field starts with: the current one, or the one the API just refused. */
  defaultName?: string;
  /** The API's refusal of the name last sent, shown as the field's error. */
  refusal?: CollectionProblem | undefined;
  /** Called with the trimmed, valid name. */
  onSubmit: (name: string) => void;
  /** Escape in the field. */
  onCancel?: () => void;
  /** Typing: the refusal no longer applies. */
  onEdit?: () => void;
  inputClassName: string;
  inputProps?: Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id' | 'name' | 'value' | 'defaultValue' | 'onChange'
  > & {
    [data: `data-${string}`]: string;
  };
  /** Fields before the name (the new collection's type). */
  before?: ReactNode;
  /** The submit button and any others after the field. */
  actions: ReactNode;
  rowClassName?: string;
}

export function CollectionNameForm({
  formLabel,
  label,
  hideLabel = false,
  labelClassName,
  className,
  defaultName = '',
  refusal,
  onSubmit,
  onCancel,
  onEdit,
  inputClassName,
  inputProps,
  before,
  actions,
  rowClassName = 'flex gap-2',
}: CollectionNameFormProps) {
  const id = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    defaultValues: { name: defaultName },
    resolver: zodResolver(collectionNameSchema),
  });
  const problem = errors.name?.message
    ? { message: errors.name.message, technical: undefined }
    : refusal;
  return (
    <form
      aria-label={formLabel}
      noValidate
      className={className}
      onSubmit={(event) => {
        // Inside another form (never today) the submit must not reach it.
        event.stopPropagation();
        void handleSubmit(({ name }) => onSubmit(name))(event);
      }}
    >
      <label htmlFor={id} className={hideLabel ? 'sr-only' : labelClassName}>
        {label}
      </label>
      <div className={rowClassName}>
        {before}
        <input
          id={id}
          // In the DOM from the start, so a field that selects its text on focus selects it.
          defaultValue={defaultName}
          {...inputProps}
          {...register('name', { onChange: () => onEdit?.() })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) {
              event.preventDefault();
              event.stopPropagation();
              onCancel();
            }
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          className={cx(inputClassName, 'aria-invalid:border-red-500')}
        />
        {actions}
      </div>
      {problem && <InlineError id={`${id}-error`} {...problem} />}
    </form>
  );
}
