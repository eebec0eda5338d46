// The fields the single and the bulk license forms share, bound to one react-hook-form
// state: subscription, size (or format), the metadata the subscription asks for, and the
// editorial acknowledgement when one is needed.
import type { ReactNode } from 'react';
import type { Subscription } from '@/api/types';
import {
  EditorialAcknowledgement,
  MetadataInputs,
  SizeChoices,
  SubscriptionChoices,
} from './LicenseFields';
import type { SizeOption } from './license-options';
import type { LicenseFormState } from './use-license-form';

export function LicenseChoiceFields({
  state: { form, choice },
  fitting,
  sizes,
  sizeLegend,
  chooseSize,
  noteOf,
  acknowledgement,
  children,
}: {
  state: LicenseFormState;
  fitting: readonly Subscription[];
  sizes: readonly SizeOption[];
  sizeLegend: string;
  /** Whether to offer the sizes as choices, rather than name the one there is. */
  chooseSize: boolean;
  noteOf?: (subscription: Subscription) => string | undefined;
  /** What the user promises for editorial use, or undefined when nothing is editorial. */
  acknowledgement?: ReactNode;
  /** Fields between the metadata and the acknowledgement (the country of use). */
  children?: ReactNode;
}) {
  const { errors } = form.formState;
  const { chosen, chosenSize, sizeAllowed, fields } = choice;
  const pick = (name: 'subscriptionId' | 'size', value: string) => {
    form.setValue(name, value, { shouldDirty: true });
    form.clearErrors(name === 'subscriptionId' ? ['subscriptionId', 'size', 'metadata'] : 'size');
  };
  return (
    <>
      <SubscriptionChoices
        subscriptions={fitting}
        chosenId={chosen?.id}
        error={errors.subscriptionId?.message}
        onChange={(id) => pick('subscriptionId', id)}
        noteOf={noteOf}
      />
      {chooseSize ? (
        <SizeChoices
          legend={sizeLegend}
          sizes={sizes}
          chosen={chosenSize?.size}
          allowed={sizeAllowed}
          error={errors.size?.message}
          onChange={(size) => pick('size', size)}
        />
      ) : chosenSize ? (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          <span className="font-medium">{chosenSize.label}</span>
          {chosenSize.detail ? ` · ${chosenSize.detail}` : ''}
        </p>
      ) : (
        errors.size && (
          <p className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.size.message}
          </p>
        )
      )}
      <MetadataInputs
        fields={fields}
        register={(key) => form.register(`metadata.${key}`)}
        errors={errors.metadata as Record<string, { message?: string }> | undefined}
      />
      {children}
      {acknowledgement && (
        <EditorialAcknowledgement
          registration={form.register('acknowledged', {
            onChange: () => form.clearErrors('acknowledged'),
          })}
          error={errors.acknowledged?.message}
        >
          {acknowledgement}
        </EditorialAcknowledgement>
      )}
    </>
  );
}
