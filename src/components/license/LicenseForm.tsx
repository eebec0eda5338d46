// Licensing an asset: subscription, size, the metadata the subscription requires and, for
// editorial use, the country and acknowledgement.
import { useId, useMemo, useState } from 'react';
import type { LicenseMedia } from '@/api/license-types';
import { useLicenseAsset } from '@/api/license-actions';
import { useSubscriptions } from '@/api/user';
import { countries } from '@/lib/countries';
import { Button } from '../Button';
import { fieldClass, labelClass } from '../fields';
import { DownloadIcon } from '../icons';
import { InlineError } from '../InlineError';
import { describeLicenseProblem, type LicenseProblem } from './license-errors';
import { LicenseChoiceFields } from './LicenseChoiceFields';
import {
  isEditorial,
  MEDIA_NOUN,
  newNonce,
  sizeOptions,
  subscriptionFits,
  type LicensableAsset,
} from './license-options';
import { sentMetadata, type LicenseFormOutput } from './license-schema';
import { useLicenseForm } from './use-license-form';

export function LicenseForm({
  media,
  assetId,
  asset,
  initialCountry,
  searchId,
  againWarning,
  onLicensed,
}: {
  media: LicenseMedia;
  assetId: string;
  asset: LicensableAsset | undefined;
  initialCountry: string;
  searchId?: string;
  againWarning: boolean;
  onLicensed: (licenseId: string | undefined, url: string | undefined) => void;
}) {
  const subscriptions = useSubscriptions();
  const license = useLicenseAsset();
  // One intent per opening of the dialog: a double click or a retry sends the same key.
  const [nonce] = useState(newNonce);
  const fitting = useMemo(
    () => (subscriptions.data?.data ?? []).filter((s) => subscriptionFits(media, s)),
    [subscriptions.data, media],
  );
  const sizes = useMemo(() => sizeOptions(media, asset), [media, asset]);
  const needsAcknowledgement =
    isEditorial(media) || (media === 'image' && asset?.is_editorial === true);
  const state = useLicenseForm({
    media,
    fitting,
    sizes,
    initialCountry,
    rules: {
      noSize: 'This subscription has no size for this asset',
      needsCountry: isEditorial(media),
      acknowledgement: needsAcknowledgement
        ? 'Confirm that you will use this for editorial purposes only'
        : undefined,
    },
  });
  const { form, choice, formRef, focusFirstInvalid } = state;
  const { chosen, chosenSize, fields } = choice;
  const countryId = useId();
  const country = form.watch('country');
  const countryName = countries().find((c) => c.code === country)?.name ?? country;
  const chooseSize = sizes.length > 1 || media === 'sfx';

  const describe = (error: unknown) =>
    describeLicenseProblem(error, {
      media,
      sizeLabel: chosenSize?.label,
      subscriptionName: chosen?.description,
      countryName,
      fieldLabels: Object.fromEntries(fields.map((f) => [f.key, f.label])),
    });
  /** Whether the field a refusal names is on screen, so its error can sit beside it. */
  const onScreen = (field: LicenseProblem['field']): field is NonNullable<typeof field> => {
    if (!field) return false;
    if (field.startsWith('metadata.')) return fields.some((f) => `metadata.${f.key}` === field);
    if (field === 'country') return isEditorial(media);
    if (field === 'acknowledged') return needsAcknowledgement;
    return chooseSize;
  };

  const send = (values: LicenseFormOutput) => {
    if (license.isPending || !chosen || !chosenSize) return;
    license.mutate(
      {
        nonce,
        choice: {
          media,
          assetId,
          subscriptionId: chosen.id,
          ...(chosen.license ? { license: chosen.license } : {}),
          size: media === 'sfx' || media === 'audio' ? undefined : chosenSize.size,
          format: chosenSize.format,
          metadata: sentMetadata(values.metadata),
          ...(isEditorial(media) ? { country: values.country } : {}),
          editorialAcknowledgement: needsAcknowledgement ? values.acknowledged : undefined,
          ...(searchId ? { searchId } : {}),
        },
      },
      {
        onSuccess: (outcome) => {
          onLicensed(outcome.licenseId, outcome.url);
        },
        onError: (error) => {
          // A refusal that names a field is shown beside it, with everything typed kept.
          const { field, message } = describe(error);
          if (onScreen(field)) {
            form.setError(field, { type: 'server', message });
            focusFirstInvalid();
          }
        },
      },
    );
  };

  const refusal = license.isError ? describe(license.error) : undefined;
  const problem =
    refusal && onScreen(refusal.field)
      ? { ...refusal, message: 'The license was refused: see the field marked above' }
      : refusal;

  if (subscriptions.isPending)
    return <div className="skeleton h-48 rounded-xl" aria-label="Loading subscriptions" />;
  if (subscriptions.isError)
    return (
      <InlineError
        message="Your subscriptions could not be loaded"
        technical={subscriptions.error.message}
      />
    );
  if (fitting.length === 0)
    return (
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        None of your subscriptions can license {MEDIA_NOUN[media]}s.
      </p>
    );

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void form.handleSubmit(send, focusFirstInvalid)(event)}
      noValidate
      className="flex flex-col gap-6"
      data-testid="license-form"
    >
      {againWarning && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Your team already licensed this {MEDIA_NOUN[media]}. A new license is charged again.
        </p>
      )}
      <LicenseChoiceFields
        state={state}
        fitting={fitting}
        sizes={sizes}
        sizeLegend={media === 'sfx' ? 'Format' : 'Size'}
        chooseSize={chooseSize}
        acknowledgement={
          needsAcknowledgement && (
            <>
              I will use this {MEDIA_NOUN[media]} for editorial purposes only (news, commentary,
              education), not to advertise or promote anything.
            </>
          )
        }
      >
        {isEditorial(media) && (
          <div className="flex flex-col gap-1">
            <label htmlFor={countryId} className={labelClass}>
              Country of use
            </label>
            <select
              id={countryId}
              {...form.register('country')}
              aria-invalid={form.formState.errors.country ? true : undefined}
              aria-describedby={form.formState.errors.country ? `${countryId}-error` : undefined}
              className={fieldClass}
              data-testid="license-country"
            >
              {countries().map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {form.formState.errors.country && (
              <p
                id={`${countryId}-error`}
                className="text-xs font-medium text-red-700 dark:text-red-400"
              >
                {form.formState.errors.country.message}
              </p>
            )}
          </div>
        )}
      </LicenseChoiceFields>

      {/* Stays in view at the bottom of a dialog taller than the window. */}
      <div className="sticky bottom-0 z-10 -mx-6 -mb-6 flex flex-col gap-3 border-t border-neutral-200 bg-white px-6 py-4 dark:border-neutral-800 dark:bg-neutral-900">
        {problem && (
          <InlineError
            message={problem.message}
            technical={problem.technical}
            className="rounded-lg bg-red-50 p-3 dark:bg-red-950/40"
          />
        )}
        {/* On a phone the note goes above a full-width button, not beside it in a narrow column. */}
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between sm:gap-3">
          <p className="text-xs text-neutral-600 empty:hidden dark:text-neutral-400">
            {chosen?.allotment?.downloads_left !== undefined
              ? 'Uses 1 download of your allotment.'
              : ''}
          </p>
          <Button
            type="submit"
            variant="primary"
            aria-busy={license.isPending}
            disabled={license.isPending}
            className="w-full shrink-0 whitespace-nowrap sm:w-auto"
            data-testid="license-submit"
          >
            <DownloadIcon /> {license.isPending ? 'Licensing…' : 'License and download'}
          </Button>
        </div>
      </div>
    </form>
  );
}
