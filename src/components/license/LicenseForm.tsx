// Licensing an asset: subscription, size, the metadata the subscription requires and, for
// editorial use, the country and acknowledgement.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { LicenseMedia } from '@/api/license-types';
import { useLicenseAsset } from '@/api/license-actions';
import { useSubscriptions } from '@/api/user';
import { countries } from '@/lib/countries';
import { Button } from '../Button';
import { fieldClass, labelClass } from '../fields';
import { DownloadIcon } from '../icons';
import { InlineError } from '../InlineError';
import { describeLicenseProblem } from './license-errors';
import {
  EditorialAcknowledgement,
  MetadataInputs,
  SizeChoices,
  SubscriptionChoices,
} from './LicenseFields';
import {
  chooseLicense,
  isEditorial,
  MEDIA_NOUN,
  newNonce,
  sizeOptions,
  subscriptionAvailability,
  subscriptionFits,
  validateMetadata,
  type LicensableAsset,
} from './license-options';

interface FormErrors {
  subscription?: string;
  size?: string;
  country?: string;
  acknowledgement?: string;
  metadata?: Record<string, string>;
}

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
  const [subscriptionId, setSubscriptionId] = useState<string>('');
  const [size, setSize] = useState<string>('');
  const [metadata, setMetadata] = useState<Record<string, string>>({});
  const [country, setCountry] = useState(initialCountry);
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const ids = { country: useId() };

  const { chosen, sizeAllowed, chosenSize, fields } = chooseLicense(media, fitting, sizes, {
    subscriptionId,
    size,
  });
  const needsAcknowledgement =
    isEditorial(media) || (media === 'image' && asset?.is_editorial === true);
  const countryName = countries().find((c) => c.code === country)?.name ?? country;

  const validate = (): FormErrors => {
    const next: FormErrors = {};
    if (!chosen) next.subscription = 'Choose a subscription';
    else {
      const availability = subscriptionAvailability(chosen);
      if (!availability.ok) next.subscription = availability.reason;
    }
    if (!chosenSize) next.size = 'This subscription has no size for this asset';
    const metadataErrors = validateMetadata(fields, metadata);
    if (Object.keys(metadataErrors).length > 0) next.metadata = metadataErrors;
    if (isEditorial(media) && !country) next.country = 'Choose the country of use';
    if (needsAcknowledgement && !acknowledged)
      next.acknowledgement = 'Confirm that you will use this for editorial purposes only';
    return next;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (license.isPending) return;
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Focus the first field with a problem, so a keyboard user lands on it.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    if (!chosen || !chosenSize) return;
    const sent: Record<string, string> = {};
    for (const field of fields) {
      const value = metadata[field.key]?.trim();
      if (value) sent[field.key] = value;
    }
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
          metadata: sent,
          ...(isEditorial(media) ? { country } : {}),
          editorialAcknowledgement: needsAcknowledgement ? acknowledged : undefined,
          ...(searchId ? { searchId } : {}),
        },
      },
      {
        onSuccess: (outcome) => {
          onLicensed(outcome.licenseId, outcome.url);
        },
      },
    );
  };

  const problem = license.isError
    ? describeLicenseProblem(license.error, {
        media,
        sizeLabel: chosenSize?.label,
        subscriptionName: chosen?.description,
        countryName,
        fieldLabels: Object.fromEntries(fields.map((f) => [f.key, f.label])),
      })
    : undefined;

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
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-6"
      data-testid="license-form"
    >
      {againWarning && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Your team already licensed this {MEDIA_NOUN[media]}. A new license is charged again.
        </p>
      )}
      <SubscriptionChoices
        subscriptions={fitting}
        chosenId={chosen?.id}
        error={errors.subscription}
        onChange={(id) => {
          setSubscriptionId(id);
          setErrors((e) => ({ ...e, subscription: undefined, metadata: undefined }));
        }}
      />

      {sizes.length > 1 || media === 'sfx' ? (
        <SizeChoices
          legend={media === 'sfx' ? 'Format' : 'Size'}
          sizes={sizes}
          chosen={chosenSize?.size}
          allowed={sizeAllowed}
          error={errors.size}
          onChange={setSize}
        />
      ) : (
        chosenSize && (
          <p className="text-sm text-neutral-700 dark:text-neutral-300">
            <span className="font-medium">{chosenSize.label}</span>
            {chosenSize.detail ? ` · ${chosenSize.detail}` : ''}
          </p>
        )
      )}

      <MetadataInputs
        fields={fields}
        values={metadata}
        errors={errors.metadata}
        onChange={(key, value) => {
          setMetadata((m) => ({ ...m, [key]: value }));
          if (errors.metadata?.[key])
            setErrors((e) => ({ ...e, metadata: { ...e.metadata, [key]: '' } }));
        }}
      />

      {isEditorial(media) && (
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.country} className={labelClass}>
            Country of use
          </label>
          <select
            id={ids.country}
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            aria-invalid={errors.country ? true : undefined}
            className={fieldClass}
            data-testid="license-country"
          >
            {countries().map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}

      {needsAcknowledgement && (
        <EditorialAcknowledgement
          checked={acknowledged}
          error={errors.acknowledgement}
          onChange={(checked) => {
            setAcknowledged(checked);
            setErrors((e) => ({ ...e, acknowledgement: undefined }));
          }}
        >
          I will use this {MEDIA_NOUN[media]} for editorial purposes only (news, commentary,
          education), not to advertise or promote anything.
        </EditorialAcknowledgement>
      )}

      {/* Stays in view at the bottom of a dialog taller than the window. */}
      <div className="sticky bottom-0 z-10 -mx-6 -mb-6 flex flex-col gap-3 border-t border-neutral-200 bg-white px-6 py-4 dark:border-neutral-800 dark:bg-neutral-900">
        {problem && (
          <InlineError
            message={problem.message}
            technical={problem.technical}
            className="rounded-lg bg-red-50 p-3 dark:bg-red-950/40"
          />
        )}
        <div className="flex items-center justify-between gap-3">
          <p className="text-xs text-neutral-600 dark:text-neutral-400">
            {chosen?.allotment?.downloads_left !== undefined
              ? 'Uses 1 download of your allotment.'
              : ''}
          </p>
          <Button
            type="submit"
            variant="primary"
            aria-busy={license.isPending}
            disabled={license.isPending}
            className="shrink-0 whitespace-nowrap"
            data-testid="license-submit"
          >
            <DownloadIcon /> {license.isPending ? 'Licensing…' : 'License and download'}
          </Button>
        </div>
      </div>
    </form>
  );
}
