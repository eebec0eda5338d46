// The license dialog: subscription, size, the metadata the subscription requires and, for
// editorial use, the country and acknowledgement; or, for an asset the team already
// licensed, a re-download at any size. Loaded lazily: no page pays for it up front.
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { audioOptions, sfxOptions } from '@/api/audio';
import { editorialAssetOptions } from '@/api/editorial';
import { imageOptions } from '@/api/images';
import type { DownloadHistory, LicenseMedia, RedownloadSize } from '@/api/license-types';
import { useLicenseAsset, useRedownload } from '@/api/license-actions';
import { LICENSE_MEDIA } from '@/api/licenses';
import { useSubscriptions } from '@/api/user';
import { videoOptions } from '@/api/videos';
import { countries, defaultCountry } from '@/lib/countries';
import { formatDate } from '@/lib/format';
import { Button } from '../Button';
import { fieldClass, labelClass } from '../fields';
import { CheckIcon, CloseIcon, DownloadIcon } from '../icons';
import { InlineError } from '../InlineError';
import { showToast } from '../toast';
import { describeDownloadProblem, describeLicenseProblem } from './license-errors';
import {
  EditorialAcknowledgement,
  MetadataInputs,
  SizeChoices,
  SubscriptionChoices,
} from './LicenseFields';
import {
  allowedSizes,
  chooseLicense,
  isEditorial,
  MEDIA_NOUN,
  newNonce,
  redownloadOptions,
  sizeOptions,
  subscriptionAvailability,
  subscriptionFits,
  validateMetadata,
  type LicensableAsset,
  type SizeOption,
} from './license-options';
import { DownloadStatus } from './DownloadStatus';
import { isFileDownloadBusy, useFileDownload } from './use-file-download';

export interface LicenseDialogProps {
  media: LicenseMedia;
  assetId: string;
  title: string;
  /** The team's newest license of the asset: the dialog offers a re-download first. */
  existing?: DownloadHistory;
  /** Editorial: the country the page shows the asset for. */
  country?: string;
  searchId?: string;
  onClose: () => void;
  /** Called with the new license id once the asset is licensed. */
  onLicensed?: (licenseId: string | undefined) => void;
}

function assetOptions(media: LicenseMedia, id: string, country: string) {
  const options =
    media === 'image'
      ? imageOptions(id)
      : media === 'video'
        ? videoOptions(id)
        : media === 'audio'
          ? audioOptions(id)
          : media === 'sfx'
            ? sfxOptions(id)
            : editorialAssetOptions(media === 'editorial-image' ? 'images' : 'videos', id, country);
  return options as unknown as UseQueryOptions<LicensableAsset>;
}

/** The re-download panel of an asset the team already licensed: a new link, no charge. */
function RedownloadPanel({
  media,
  existing,
  sizes: offered,
  onLicenseAgain,
}: {
  media: LicenseMedia;
  existing: DownloadHistory;
  sizes: SizeOption[];
  onLicenseAgain: () => void;
}) {
  const redownload = useRedownload();
  const subscriptions = useSubscriptions();
  const licensedSize = existing[LICENSE_MEDIA[media].historyAsset]?.format?.size;
  // The license's subscription, when it is one of the user's, says which sizes it covers.
  const subscription = subscriptions.data?.data.find((s) => s.id === existing.subscription_id);
  const allowed = subscription ? allowedSizes(subscription) : undefined;
  const sizes = offered.filter(
    (option) => !allowed || allowed.has(option.size) || option.size === licensedSize,
  );
  const [picked, setSize] = useState<string>('');
  const size = (
    sizes.find((option) => option.size === picked) ??
    sizes.find((option) => option.size === licensedSize) ??
    sizes.at(-1)
  )?.size;
  const selectId = useId();
  const file = useFileDownload();
  const canRedownload = LICENSE_MEDIA[media].redownload && existing.is_downloadable !== false;
  const problem = redownload.isError ? describeDownloadProblem(redownload.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    redownload.mutate(
      {
        media,
        licenseId: existing.id,
        ...(size ? { size: size as RedownloadSize } : {}),
      },
      { onSuccess: ({ url }) => void file.start(url) },
    );
  };
  const busy = redownload.isPending || isFileDownloadBusy(file.state);
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" data-testid="redownload-panel">
      <div className="flex gap-3 rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-700/60 dark:bg-emerald-950/40 dark:text-emerald-100">
        <CheckIcon className="mt-0.5 shrink-0" />
        <p>
          Your team licensed this {MEDIA_NOUN[media]} on {formatDate(existing.download_time)}
          {existing.user?.username ? ` (${existing.user.username})` : ''}.{' '}
          {canRedownload
            ? 'Download it again at no charge.'
            : 'The API offers no re-download for this license.'}
        </p>
      </div>
      {canRedownload && sizes.length > 0 && (
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className={labelClass}>
            Size
          </label>
          <select
            id={selectId}
            value={size}
            onChange={(event) => setSize(event.target.value)}
            className={fieldClass}
            data-testid="redownload-size"
          >
            {sizes.map((option) => (
              <option key={option.size} value={option.size}>
                {option.label}
                {option.detail ? ` — ${option.detail}` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {problem && <InlineError message={problem.message} technical={problem.technical} />}
      {redownload.isSuccess && (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          <a
            href={redownload.data.url}
            className="font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-400"
          >
            Download link
          </a>{' '}
          (valid for 8 hours)
        </p>
      )}
      <DownloadStatus state={file.state} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <button
          type="button"
          onClick={onLicenseAgain}
          className="rounded-md text-sm font-medium text-neutral-600 underline-offset-2 hover:text-neutral-950 hover:underline dark:text-neutral-400 dark:hover:text-white"
        >
          License again…
        </button>
        {canRedownload && (
          <Button
            type="submit"
            variant="primary"
            disabled={busy}
            aria-busy={busy}
            data-testid="redownload-submit"
          >
            <DownloadIcon /> {busy ? 'Preparing…' : 'Re-download'}
          </Button>
        )}
      </div>
    </form>
  );
}

interface FormErrors {
  subscription?: string;
  size?: string;
  country?: string;
  acknowledgement?: string;
  metadata?: Record<string, string>;
}

function LicenseForm({
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

/** A modal on the native <dialog>: focus moves in and is trapped, Escape closes. */
export default function LicenseDialog({
  media,
  assetId,
  title,
  existing,
  country,
  searchId,
  onClose,
  onLicensed,
}: LicenseDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const initialCountry = country ?? defaultCountry();
  const asset = useQuery(assetOptions(media, assetId, initialCountry));
  const [mode, setMode] = useState<'redownload' | 'license' | 'again'>(
    existing ? 'redownload' : 'license',
  );
  const [done, setDone] = useState<{ url?: string } | undefined>(undefined);
  const file = useFileDownload();

  useEffect(() => {
    // Opened as a modal; on the way out, focus goes back to what opened it.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => opener?.focus();
  }, []);

  const heading =
    done !== undefined
      ? 'Licensed'
      : mode === 'redownload'
        ? `Download ${MEDIA_NOUN[media]}`
        : `License ${MEDIA_NOUN[media]}`;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      data-testid="license-dialog"
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-2xl bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="flex flex-col gap-5 p-6">
        {/* The title and Close stay in view while the form scrolls. */}
        <header className="sticky top-0 z-10 -mx-6 -mt-6 flex items-start justify-between gap-4 bg-white px-6 pt-6 pb-1 dark:bg-neutral-900">
          <div className="min-w-0">
            <h2 id={titleId} className="text-lg font-semibold tracking-tight">
              {heading}
            </h2>
            <p className="mt-0.5 truncate text-sm text-neutral-600 dark:text-neutral-400">
              {title} · ID {assetId}
            </p>
          </div>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="grid size-8 shrink-0 place-items-center rounded-full text-neutral-600 hover:bg-neutral-100 hover:text-neutral-950 dark:text-neutral-400 dark:hover:bg-neutral-800 dark:hover:text-white"
          >
            <CloseIcon />
          </button>
        </header>

        {done !== undefined ? (
          <div className="flex flex-col gap-4" data-testid="license-done">
            <div className="flex gap-3 rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-700/60 dark:bg-emerald-950/40 dark:text-emerald-100">
              <CheckIcon className="mt-0.5 shrink-0" />
              <p>
                Licensed.
                {done.url ? (
                  <>
                    {' '}
                    If the file does not arrive,{' '}
                    <a href={done.url} className="font-medium underline underline-offset-2">
                      download it here
                    </a>
                    .
                  </>
                ) : null}{' '}
                You’ll find it again under Downloads.
              </p>
            </div>
            <DownloadStatus state={file.state} />
            <div className="flex justify-end">
              <Button autoFocus onClick={onClose}>
                Done
              </Button>
            </div>
          </div>
        ) : mode === 'redownload' && existing ? (
          <RedownloadPanel
            media={media}
            existing={existing}
            sizes={redownloadOptions(media, asset.data)}
            onLicenseAgain={() => setMode('again')}
          />
        ) : asset.isPending ? (
          <div className="skeleton h-48 rounded-xl" aria-label="Loading sizes" />
        ) : (
          <LicenseForm
            media={media}
            assetId={assetId}
            asset={asset.data}
            initialCountry={initialCountry}
            searchId={searchId}
            againWarning={mode === 'again'}
            onLicensed={(licenseId, url) => {
              setDone({ url });
              if (url) void file.start(url);
              showToast({ message: `Licensed ${title}` });
              onLicensed?.(licenseId);
            }}
          />
        )}
      </div>
    </dialog>
  );
}
