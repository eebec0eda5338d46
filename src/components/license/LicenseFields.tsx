// The parts of a license form that the single and the bulk license dialogs share: a
// fieldset with its error, a radio card, the subscription and size pickers, and the
// metadata fields a subscription asks for.
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Subscription } from '@/api/types';
import { cx } from '@/lib/format';
import { fieldClass, labelClass } from '../fields';
import {
  allotmentSummary,
  subscriptionAvailability,
  type MetadataField,
  type SizeOption,
} from './license-options';

export function Section({
  legend,
  children,
  error,
  errorId: givenErrorId,
}: {
  legend: string;
  children: ReactNode;
  error?: string;
  /** The error's id, when the fields inside point at it themselves. */
  errorId?: string;
}) {
  const ownErrorId = useId();
  const errorId = givenErrorId ?? ownErrorId;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-semibold text-neutral-900 dark:text-neutral-100">
        {legend}
      </legend>
      {children}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function ChoiceCard({
  name,
  value,
  checked,
  disabled,
  onChange,
  title,
  detail,
  note,
  testId,
  invalid,
  describedBy,
}: {
  name: string;
  value: string;
  checked: boolean;
  disabled?: boolean;
  /** Marks the radio invalid (its group has an error), so focus can land on it. */
  invalid?: boolean;
  describedBy?: string;
  onChange: (value: string) => void;
  title: ReactNode;
  detail?: ReactNode;
  note?: string;
  testId?: string;
}) {
  return (
    <label
      data-testid={testId}
      data-value={value}
      className={cx(
        'flex cursor-pointer items-start gap-3 rounded-xl border px-3 py-2.5 transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-500',
        checked
          ? 'border-accent-500 bg-accent-50 dark:border-accent-400 dark:bg-accent-500/15'
          : 'border-neutral-200 hover:border-neutral-300 dark:border-neutral-800 dark:hover:border-neutral-700',
        disabled && 'cursor-not-allowed opacity-60 hover:border-neutral-200',
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-invalid={invalid && !disabled ? true : undefined}
        aria-describedby={invalid && !disabled ? describedBy : undefined}
        onChange={() => onChange(value)}
        className="mt-1 size-4 shrink-0 accent-accent-600 focus:outline-none dark:accent-accent-500"
      />
      <span className="min-w-0 flex-1">
        <span className="block text-sm font-medium text-neutral-900 dark:text-neutral-100">
          {title}
        </span>
        {detail && (
          <span className="block text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
            {detail}
          </span>
        )}
        {note && (
          <span className="mt-0.5 block text-xs font-medium text-amber-800 dark:text-amber-300">
            {note}
          </span>
        )}
      </span>
    </label>
  );
}

/** The subscriptions that fit, each with what is left; used-up or expired ones disabled. */
export function SubscriptionChoices({
  subscriptions,
  chosenId,
  error,
  onChange,
  noteOf,
}: {
  subscriptions: readonly Subscription[];
  chosenId: string | undefined;
  error?: string;
  onChange: (id: string) => void;
  /** A note on an available subscription (e.g. not enough left for everything). */
  noteOf?: (subscription: Subscription) => string | undefined;
}) {
  const errorId = useId();
  return (
    <Section legend="Subscription" error={error} errorId={errorId}>
      {subscriptions.map((subscription) => {
        const availability = subscriptionAvailability(subscription);
        return (
          <ChoiceCard
            key={subscription.id}
            name="subscription"
            value={subscription.id}
            testId="subscription-option"
            invalid={Boolean(error)}
            describedBy={errorId}
            checked={chosenId === subscription.id}
            disabled={!availability.ok}
            onChange={onChange}
            title={subscription.description ?? subscription.id}
            detail={allotmentSummary(subscription)}
            note={availability.ok ? noteOf?.(subscription) : availability.reason}
          />
        );
      })}
    </Section>
  );
}

/** The sizes (or, for sound effects, formats) to choose from; those the subscription lacks disabled. */
export function SizeChoices({
  legend,
  sizes,
  chosen,
  allowed,
  error,
  onChange,
}: {
  legend: string;
  sizes: readonly SizeOption[];
  chosen: string | undefined;
  allowed: (option: SizeOption) => boolean;
  error?: string;
  onChange: (size: string) => void;
}) {
  const errorId = useId();
  return (
    <Section legend={legend} error={error} errorId={errorId}>
      <div className="grid gap-2 sm:grid-cols-2">
        {sizes.map((option) => (
          <ChoiceCard
            key={option.size}
            name="size"
            value={option.size}
            testId="size-option"
            invalid={Boolean(error)}
            describedBy={errorId}
            checked={chosen === option.size}
            disabled={!allowed(option)}
            onChange={onChange}
            title={option.label}
            detail={option.detail}
            note={allowed(option) ? undefined : 'Not in this subscription'}
          />
        ))}
      </div>
    </Section>
  );
}

/** The license metadata a subscription asks for (client, job, purchase order), each labelled. */
export function MetadataInputs({
  fields,
  register,
  errors,
}: {
  fields: readonly MetadataField[];
  /** The form's binding of each field's input, by key. */
  register: (key: string) => UseFormRegisterReturn;
  errors: Readonly<Record<string, { message?: string } | undefined>> | undefined;
}) {
  const idPrefix = useId();
  if (fields.length === 0) return null;
  return (
    <Section legend="License details">
      <p className="-mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        Saved with the license, so the team can find it by client or job later.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => {
          const error = errors?.[field.key]?.message;
          const inputId = `${idPrefix}-${field.key}`;
          return (
            <div key={field.key} className="flex flex-col gap-1">
              <label htmlFor={inputId} className={labelClass}>
                {field.label}
                {field.required ? (
                  <span className="text-red-700 dark:text-red-400"> *</span>
                ) : (
                  <span className="font-normal"> (optional)</span>
                )}
              </label>
              <input
                id={inputId}
                {...register(field.key)}
                required={field.required}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                className={cx(fieldClass, error && 'border-red-500 dark:border-red-500')}
                data-testid={`metadata-${field.key}`}
              />
              {error && (
                <p
                  id={`${inputId}-error`}
                  className="text-xs font-medium text-red-700 dark:text-red-400"
                >
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </Section>
  );
}

/** The editorial-use acknowledgement every editorial license needs, with its error. */
export function EditorialAcknowledgement({
  registration,
  error,
  children,
}: {
  /** The form's binding of the checkbox. */
  registration: UseFormRegisterReturn;
  error?: string;
  /** What the user promises, in words that fit the assets. */
  children: ReactNode;
}) {
  const errorId = useId();
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2.5 text-sm text-neutral-800 dark:text-neutral-200">
        <input
          type="checkbox"
          {...registration}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-0.5 size-4 shrink-0 rounded accent-accent-600 dark:accent-accent-500"
          data-testid="editorial-acknowledgement"
        />
        <span>{children}</span>
      </label>
      {error && (
        <p id={errorId} className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
