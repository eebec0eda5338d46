// The form state the single and the bulk license forms share: react-hook-form holding what
// was typed, validated against the schema of the subscription chosen at that moment.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, type RefObject } from 'react';
import { useForm, useWatch, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { LicenseMedia } from '@/api/license-types';
import type { Subscription } from '@/api/types';
import { chooseLicense, type LicenseChoice, type SizeOption } from './license-options';
import {
  licenseFormSchema,
  type LicenseFormOutput,
  type LicenseFormValues,
  type LicenseRules,
} from './license-schema';

export interface LicenseFormState {
  form: UseFormReturn<LicenseFormValues, unknown, LicenseFormOutput>;
  choice: LicenseChoice;
  formRef: RefObject<HTMLFormElement | null>;
  /** Moves focus to the first field marked invalid, once the errors are on screen. */
  focusFirstInvalid: () => void;
}

export function useLicenseForm({
  media,
  fitting,
  sizes,
  initialCountry = '',
  rules,
}: {
  media: LicenseMedia;
  fitting: readonly Subscription[];
  sizes: readonly SizeOption[];
  initialCountry?: string;
  rules: Omit<LicenseRules, 'choice'>;
}): LicenseFormState {
  const formRef = useRef<HTMLFormElement>(null);
  // The schema depends on the subscription the values choose, so it is built per validation.
  const resolver: Resolver<LicenseFormValues, unknown, LicenseFormOutput> = (
    values,
    context,
    options,
  ) =>
    zodResolver(
      licenseFormSchema({ ...rules, choice: chooseLicense(media, fitting, sizes, values) }),
    )(values, context, options);
  const form = useForm<LicenseFormValues, unknown, LicenseFormOutput>({
    defaultValues: {
      subscriptionId: '',
      size: '',
      metadata: {},
      country: initialCountry,
      acknowledged: false,
    },
    resolver,
    // Focus goes to the first invalid field in the order the user sees them (radio cards
    // included), which focusFirstInvalid finds in the DOM.
    shouldFocusError: false,
  });
  const [subscriptionId, size] = useWatch({
    control: form.control,
    name: ['subscriptionId', 'size'],
  });
  const choice = chooseLicense(media, fitting, sizes, { subscriptionId, size });
  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  return { form, choice, formRef, focusFirstInvalid };
}
