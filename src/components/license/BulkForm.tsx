// The bulk license form: one subscription, one size and the metadata, for every asset.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { planLicenseBatches} from '@/api/bulk-license';
import { type BulkAsset, type BulkLicenseMedia } from '@/api/bulk-license';
import type { Subscription } from '@/api/types';
import { pluralize } from '@/lib/format';
import { Button } from '../Button';
import { DownloadIcon } from '../icons';
import { ProgressBar } from '../ProgressBar';
import {
  EditorialAcknowledgement,
  MetadataInputs,
  SizeChoices,
  SubscriptionChoices,
} from './LicenseFields';
import {
  chooseLicense,
  MEDIA_NOUN,
  sharedSizeOptions,
  subscriptionAvailability,
  subscriptionFits,
  validateMetadata,
  type SizeOption,
} from './license-options';
import { ItemList } from './BulkResults';

export function LicensingProgress({
  done,
  total,
  noun,
}: {
  done: number;
  total: number;
  noun: string;
}) {
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div className="flex flex-col gap-2" data-testid="bulk-license-progress">
      <ProgressBar label="Licensing progress" percent={percent} minVisible={4} />
      <p className="text-sm text-neutral-700 tabular-nums dark:text-neutral-300" aria-live="polite">
        {done} of {pluralize(total, noun)} answered…
      </p>
    </div>
  );
}

interface BulkFormErrors {
  subscription?: string;
  size?: string;
  acknowledgement?: string;
  metadata?: Record<string, string>;
}

export function BulkForm({
  media,
  toLicense,
  alreadyLicensed,
  assets,
  subscriptions,
  licensedUnknown,
  onSubmit,
}: {
  media: BulkLicenseMedia;
  toLicense: readonly string[];
  alreadyLicensed: readonly string[];
  assets: ReadonlyMap<string, BulkAsset>;
  subscriptions: readonly Subscription[];
  licensedUnknown: boolean;
  onSubmit: (
    choice: Parameters<typeof planLicenseBatches>[0],
    size: SizeOption | undefined,
  ) => void;
}) {
  const noun = MEDIA_NOUN[media];
  const fitting = useMemo(
    () => subscriptions.filter((s) => subscriptionFits(media, s)),
    [subscriptions, media],
  );
  const sizes = useMemo(
    () =>
      sharedSizeOptions(
        media,
        toLicense.map((id) => assets.get(id)),
      ),
    [media, toLicense, assets],
  );
  const editorialIds = toLicense.filter((id) => assets.get(id)?.is_editorial === true);
  const [subscriptionId, setSubscriptionId] = useState('');
  const [size, setSize] = useState('');
  const [metadata, setMetadata] = useState<Record<string, string>>({});
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<BulkFormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const { chosen, sizeAllowed, chosenSize, fields } = chooseLicense(media, fitting, sizes, {
    subscriptionId,
    size,
  });
  const count = toLicense.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: BulkFormErrors = {};
    if (count > 0) {
      if (!chosen) found.subscription = 'Choose a subscription';
      else {
        const availability = subscriptionAvailability(chosen);
        if (!availability.ok) found.subscription = availability.reason;
      }
      if (!chosenSize) found.size = `This subscription has no size that every ${noun} comes in`;
      const metadataErrors = validateMetadata(fields, metadata);
      if (Object.keys(metadataErrors).length > 0) found.metadata = metadataErrors;
      if (editorialIds.length > 0 && !acknowledged)
        found.acknowledgement = 'Confirm that you will use these for editorial purposes only';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const sent: Record<string, string> = {};
    for (const field of fields) {
      const value = metadata[field.key]?.trim();
      if (value) sent[field.key] = value;
    }
    onSubmit(
      {
        media,
        subscriptionId: chosen?.id ?? '',
        ...(chosen?.license ? { license: chosen.license } : {}),
        size: media === 'sfx' || media === 'audio' ? undefined : chosenSize?.size,
        format: chosenSize?.format,
        metadata: sent,
        acknowledged: new Set(editorialIds),
      },
      chosenSize,
    );
  };

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-6"
      data-testid="bulk-license-form"
    >
      <ItemList
        ids={[...toLicense, ...alreadyLicensed]}
        assets={assets}
        noun={noun}
        note={(id) =>
          alreadyLicensed.includes(id) ? 'Already licensed — re-downloaded at no charge' : undefined
        }
      />
      {licensedUnknown && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Your team’s past licenses could not be checked: {noun}s it already licensed would be
          charged again.
        </p>
      )}
      {count === 0 ? (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          Your team already licensed {alreadyLicensed.length === 1 ? 'it' : 'all of them'}: nothing
          to charge. Download {alreadyLicensed.length === 1 ? 'it' : 'them'} again below.
        </p>
      ) : fitting.length === 0 ? (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          None of your subscriptions can license {noun}s.
        </p>
      ) : (
        <>
          <SubscriptionChoices
            subscriptions={fitting}
            chosenId={chosen?.id}
            error={errors.subscription}
            onChange={(id) => {
              setSubscriptionId(id);
              setErrors((e) => ({ ...e, subscription: undefined, metadata: undefined }));
            }}
            noteOf={(subscription) => {
              const left = subscription.allotment?.downloads_left;
              return left !== undefined && left < count
                ? `Only ${left} left: ${count - left} of the ${count} would be refused`
                : undefined;
            }}
          />
          {sizes.length > 1 ? (
            <SizeChoices
              legend="Size"
              sizes={sizes}
              chosen={chosenSize?.size}
              allowed={sizeAllowed}
              error={errors.size}
              onChange={setSize}
            />
          ) : chosenSize ? (
            <p className="text-sm text-neutral-700 dark:text-neutral-300">
              <span className="font-medium">{chosenSize.label}</span>
              {chosenSize.detail ? ` · ${chosenSize.detail}` : ''}
            </p>
          ) : (
            errors.size && (
              <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.size}</p>
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
          {editorialIds.length > 0 && (
            <EditorialAcknowledgement
              checked={acknowledged}
              error={errors.acknowledgement}
              onChange={(checked) => {
                setAcknowledged(checked);
                setErrors((e) => ({ ...e, acknowledgement: undefined }));
              }}
            >
              {pluralize(editorialIds.length, noun)} {editorialIds.length === 1 ? 'is' : 'are'} for
              editorial use only: I will use {editorialIds.length === 1 ? 'it' : 'them'} for news,
              commentary or education, not to advertise or promote anything.
            </EditorialAcknowledgement>
          )}
        </>
      )}
      <div className="sticky bottom-0 -mx-6 -mb-6 flex flex-wrap items-center justify-between gap-3 border-t border-neutral-200 bg-white px-6 py-4 dark:border-neutral-800 dark:bg-neutral-900">
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          {count > 0 && chosen?.allotment?.downloads_left !== undefined
            ? `Uses up to ${pluralize(count, 'download')} of your allotment; refused ones cost nothing.`
            : ''}
        </p>
        <Button type="submit" variant="primary" data-testid="bulk-license-submit">
          <DownloadIcon />{' '}
          {count > 0 ? `License ${pluralize(count, noun)}` : `Continue to download`}
        </Button>
      </div>
    </form>
  );
}
