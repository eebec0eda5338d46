// Licensing many assets of one media type at once: one subscription, one size, the
// metadata filled once; the assets the team already licensed are re-downloaded, not
// licensed again; the rest go in requests of at most the vendor's limit, each with its own
// Idempotency-Key; every asset's outcome is shown, and the files come as one ZIP.
// Loaded lazily, only when a selection's "License…" is used.
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  planLicenseBatches,
  sendLicenseBatch,
  BY_ID_BATCH,
  chunk,
  licensableAssetsOptions,
  type BulkAsset,
  type BulkLicenseMedia,
  type BulkOutcome,
  type LicenseBatch,
} from '@/api/bulk-license';
import { ApiError, fetchFile } from '@/api/client';
import { redownload } from '@/api/license-actions';
import type { DownloadHistory, RedownloadSize } from '@/api/license-types';
import { licensedAssetsOptions, licenseKeys } from '@/api/licenses';
import type { Subscription } from '@/api/types';
import { subscriptionsOptions, useSubscriptions } from '@/api/user';
import { collectFiles, zipFiles, type CollectProgress, type FailedItem } from '@/lib/collect';
import { cx, formatBytes, pluralize } from '@/lib/format';
import { Button } from '../Button';
import { CheckIcon, CloseIcon, DownloadIcon } from '../icons';
import { InlineError } from '../InlineError';
import { ProgressBar } from '../ProgressBar';
import { showToast } from '../toast';
import {
  EditorialAcknowledgement,
  MetadataInputs,
  SizeChoices,
  SubscriptionChoices,
} from './LicenseFields';
import { describeDownloadProblem, describeLicenseProblem } from './license-errors';
import {
  chooseLicense,
  MEDIA_NOUN,
  newNonce,
  sharedSizeOptions,
  subscriptionAvailability,
  subscriptionFits,
  validateMetadata,
  type SizeOption,
} from './license-options';
import { saveBlob, startDownload } from './start-download';

export interface BulkLicenseDialogProps {
  media: BulkLicenseMedia;
  ids: readonly string[];
  onClose: () => void;
}

/** One asset's state in the dialog: before licensing, its outcome, or the team's license. */
type ItemState = BulkOutcome | { assetId: string; state: 'existing'; entry: DownloadHistory };

type Phase =
  { step: 'form' } | { step: 'licensing'; done: number; total: number } | { step: 'results' };

type ZipState =
  | { phase: 'idle' }
  | { phase: 'working'; progress: CollectProgress }
  | { phase: 'done'; count: number; size: number; failed: FailedItem[] }
  | { phase: 'error'; message: string };

function titleOf(asset: BulkAsset | undefined, id: string, noun: string): string {
  return asset?.title || asset?.description || `${noun[0]!.toUpperCase()}${noun.slice(1)} ${id}`;
}

function thumbOf(asset: BulkAsset | undefined): string | undefined {
  const assets = asset?.assets as Record<string, { url?: string } | undefined> | undefined;
  return assets?.small_thumb?.url ?? assets?.thumb_jpg?.url;
}

/** The assets' details, fetched by id in runs, for their titles, sizes and editorial flags. */
function useBulkAssets(media: BulkLicenseMedia, ids: readonly string[]) {
  return useQueries({
    queries: chunk(ids, BY_ID_BATCH).map((run) => licensableAssetsOptions(media, run)),
    combine: (results) => {
      const byId = new Map<string, BulkAsset>();
      for (const result of results)
        for (const asset of result.data?.data ?? []) byId.set(asset.id, asset);
      return {
        byId: byId as ReadonlyMap<string, BulkAsset>,
        isPending: results.some((r) => r.isPending),
        error: results.find((r) => r.error)?.error ?? null,
      };
    },
  });
}

export default function BulkLicenseDialog({ media, ids, onClose }: BulkLicenseDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const noun = MEDIA_NOUN[media];
  const queryClient = useQueryClient();
  const assets = useBulkAssets(media, ids);
  const licensed = useQuery({ ...licensedAssetsOptions(media), retry: false });
  const subscriptions = useSubscriptions();
  // One intent per opening: planning the same assets again gives the same keys.
  const [nonce] = useState(newNonce);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [states, setStates] = useState<ReadonlyMap<string, ItemState>>(new Map());
  /** The requests of the last run, kept to send again (same key) if unanswered. */
  const [batches, setBatches] = useState<LicenseBatch[]>([]);
  /** The assets the form is about: all of them, or the refused ones on a second try. */
  const [scope, setScope] = useState<readonly string[]>(ids);
  const [chosenSize, setChosenSize] = useState<SizeOption | undefined>(undefined);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      abort.current?.abort();
      opener?.focus();
    };
  }, []);

  const existing = licensed.data;
  const toLicense = scope.filter((id) => !existing?.has(id));
  const alreadyLicensed = scope.filter((id) => existing?.has(id));

  const run = async (planned: LicenseBatch[]) => {
    if (phase.step === 'licensing') return;
    const controller = new AbortController();
    abort.current = controller;
    setBatches(planned);
    const total = planned.reduce((n, b) => n + b.assetIds.length, 0);
    let done = 0;
    setPhase({ step: 'licensing', done, total });
    try {
      // One request after another: each commits before the next, and an interruption
      // leaves the rest unsent (and safe to send again).
      for (const batch of planned) {
        const outcomes = await sendLicenseBatch(batch, controller.signal);
        done += batch.assetIds.length;
        setStates((current) => {
          const next = new Map(current);
          for (const outcome of outcomes) next.set(outcome.assetId, outcome);
          return next;
        });
        setPhase({ step: 'licensing', done, total });
      }
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
      return;
    } finally {
      void queryClient.invalidateQueries({ queryKey: licenseKeys.media(media) });
      void queryClient.invalidateQueries({ queryKey: subscriptionsOptions().queryKey });
    }
    setPhase({ step: 'results' });
  };

  const heading =
    phase.step === 'form'
      ? `License ${pluralize(scope.length, noun)}`
      : phase.step === 'licensing'
        ? `Licensing ${pluralize(phase.total, noun)}…`
        : 'Licensing done';

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        if (phase.step !== 'licensing') onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current && phase.step !== 'licensing') onClose();
      }}
      data-testid="bulk-license-dialog"
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-2xl bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="flex flex-col gap-5 p-6">
        {/* The title and Close stay in view while the list scrolls. */}
        <header className="sticky top-0 z-10 -mx-6 -mt-6 flex items-start justify-between gap-4 bg-white px-6 pt-6 pb-1 dark:bg-neutral-900">
          <h2 id={titleId} className="text-lg font-semibold tracking-tight">
            {heading}
          </h2>
          <button
            type="button"
            onClick={onClose}
            disabled={phase.step === 'licensing'}
            aria-label="Close"
            className="grid size-8 shrink-0 place-items-center rounded-full text-neutral-600 hover:bg-neutral-100 hover:text-neutral-950 disabled:opacity-40 dark:text-neutral-400 dark:hover:bg-neutral-800 dark:hover:text-white"
          >
            <CloseIcon />
          </button>
        </header>

        {phase.step === 'form' ? (
          assets.isPending || licensed.isPending || subscriptions.isPending ? (
            <div className="skeleton h-48 rounded-xl" aria-label={`Loading the ${noun}s`} />
          ) : assets.error ? (
            <InlineError
              message={`The ${noun}s could not be loaded`}
              technical={assets.error.message}
            />
          ) : subscriptions.isError ? (
            <InlineError
              message="Your subscriptions could not be loaded"
              technical={subscriptions.error.message}
            />
          ) : (
            <BulkForm
              media={media}
              toLicense={toLicense}
              alreadyLicensed={alreadyLicensed}
              assets={assets.byId}
              subscriptions={subscriptions.data?.data ?? []}
              licensedUnknown={licensed.isError}
              onSubmit={(choice, size) => {
                setChosenSize(size);
                setStates((current) => {
                  const next = new Map(current);
                  for (const id of alreadyLicensed) {
                    const entry = existing?.get(id);
                    if (entry) next.set(id, { assetId: id, state: 'existing', entry });
                  }
                  return next;
                });
                const planned = planLicenseBatches(choice, toLicense, nonce);
                if (planned.length === 0) setPhase({ step: 'results' });
                else void run(planned);
              }}
            />
          )
        ) : phase.step === 'licensing' ? (
          <LicensingProgress done={phase.done} total={phase.total} noun={noun} />
        ) : (
          <Results
            media={media}
            order={ids}
            states={states}
            assets={assets.byId}
            size={chosenSize}
            onRetry={() => {
              const unanswered = new Set(
                [...states.values()].filter((s) => s.state === 'failed').map((s) => s.assetId),
              );
              void run(batches.filter((b) => b.assetIds.some((id) => unanswered.has(id))));
            }}
            onLicenseRefused={(refused) => {
              setScope(refused);
              setPhase({ step: 'form' });
            }}
            onClose={onClose}
          />
        )}
      </div>
    </dialog>
  );
}

function LicensingProgress({ done, total, noun }: { done: number; total: number; noun: string }) {
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

function BulkForm({
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

function ItemList({
  ids,
  assets,
  noun,
  note,
  children,
}: {
  ids: readonly string[];
  assets: ReadonlyMap<string, BulkAsset>;
  noun: string;
  note?: (id: string) => string | undefined;
  children?: (id: string) => ReactNode;
}) {
  return (
    <ul
      className="flex max-h-64 flex-col divide-y divide-neutral-200 overflow-y-auto rounded-xl border border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800"
      aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)}s`}
      data-testid="bulk-items"
    >
      {ids.map((id) => {
        const asset = assets.get(id);
        const thumb = thumbOf(asset);
        const extra = note?.(id);
        return (
          <li
            key={id}
            className="flex items-center gap-3 px-3 py-2"
            data-testid="bulk-item"
            data-id={id}
          >
            {thumb ? (
              <img
                src={thumb}
                alt=""
                width={48}
                height={32}
                className="h-8 w-12 shrink-0 rounded object-cover"
                loading="lazy"
              />
            ) : (
              <span
                aria-hidden="true"
                className="h-8 w-12 shrink-0 rounded bg-neutral-200 dark:bg-neutral-800"
              />
            )}
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium">{titleOf(asset, id, noun)}</span>
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                ID {id}
                {extra ? ` · ${extra}` : ''}
              </span>
            </span>
            {children?.(id)}
          </li>
        );
      })}
    </ul>
  );
}

function Results({
  media,
  order,
  states,
  assets,
  size,
  onRetry,
  onLicenseRefused,
  onClose,
}: {
  media: BulkLicenseMedia;
  order: readonly string[];
  states: ReadonlyMap<string, ItemState>;
  assets: ReadonlyMap<string, BulkAsset>;
  size: SizeOption | undefined;
  onRetry: () => void;
  onLicenseRefused: (ids: string[]) => void;
  onClose: () => void;
}) {
  const noun = MEDIA_NOUN[media];
  const shown = order.filter((id) => states.has(id));
  const by = (state: ItemState['state']) => shown.filter((id) => states.get(id)?.state === state);
  const licensedIds = by('licensed');
  const existingIds = by('existing');
  const refusedIds = by('refused');
  const failedIds = by('failed');
  const downloadable = [...licensedIds, ...existingIds];
  const [zip, setZip] = useState<ZipState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const sizeForRedownload =
    media === 'image' || media === 'video' ? (size?.redownloadSize ?? undefined) : undefined;

  /** A fresh link to a license's file: at the chosen size where the license allows it. */
  const relink = async (licenseId: string, signal: AbortSignal): Promise<string> => {
    if (sizeForRedownload) {
      try {
        return (await redownload(media, licenseId, sizeForRedownload as RedownloadSize, signal))
          .url;
      } catch (error) {
        // The license's subscription may not allow that size: its own size then.
        if (!(error instanceof ApiError && (error.status === 403 || error.status === 400)))
          throw error;
      }
    }
    return (await redownload(media, licenseId, undefined, signal)).url;
  };

  const downloadZip = async (keys: readonly string[]) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setZip({
      phase: 'working',
      progress: { done: 0, failed: 0, total: keys.length, loaded: 0, expected: 0 },
    });
    try {
      const { files, failed } = await collectFiles(
        keys.map((id) => {
          const state = states.get(id);
          let tries = 0;
          return {
            key: id,
            link: async (signal: AbortSignal) => {
              tries += 1;
              if (state?.state === 'licensed') {
                // The license's own link first; a new one (same file, no charge) on a retry.
                if (tries === 1 && state.url) return state.url;
                if (!state.licenseId) throw new Error('No license id to download again');
                return relink(state.licenseId, signal);
              }
              if (state?.state === 'existing') return relink(state.entry.id, signal);
              throw new Error('Not licensed');
            },
          };
        }),
        {
          fetchFile,
          signal: controller.signal,
          onProgress: (progress) => setZip({ phase: 'working', progress }),
        },
      );
      if (files.length === 0) {
        setZip({ phase: 'done', count: 0, size: 0, failed });
        return;
      }
      const blob = await zipFiles(files);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
      saveBlob(blob, `stockroom-licensed-${stamp}.zip`);
      setZip({ phase: 'done', count: files.length, size: blob.size, failed });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setZip({ phase: 'idle' });
        return;
      }
      setZip({ phase: 'error', message: 'The ZIP could not be made' });
    }
  };

  const summary = [
    licensedIds.length > 0 ? `${licensedIds.length} licensed` : undefined,
    existingIds.length > 0 ? `${existingIds.length} already licensed` : undefined,
    refusedIds.length > 0 ? `${refusedIds.length} refused (nothing charged for them)` : undefined,
    failedIds.length > 0 ? `${failedIds.length} not answered` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="flex flex-col gap-4" data-testid="bulk-license-results">
      <p role="status" className="text-sm font-medium" data-testid="bulk-license-summary">
        {summary}
      </p>
      <ItemList ids={shown} assets={assets} noun={noun}>
        {(id) => <OutcomeBadge media={media} state={states.get(id)} relink={relink} />}
      </ItemList>
      {failedIds.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="flex-1">
            No answer came for {pluralize(failedIds.length, noun)}. Trying again sends the same
            requests: nothing is licensed twice.
          </p>
          <Button size="sm" onClick={onRetry} data-testid="bulk-license-retry">
            Try again
          </Button>
        </div>
      )}
      {zip.phase === 'working' && (
        <p
          className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400"
          aria-live="polite"
          data-testid="bulk-zip-progress"
        >
          {zip.progress.done} of {zip.progress.total} files ·{' '}
          {formatBytes(zip.progress.loaded) ?? '0 B'}
        </p>
      )}
      {zip.phase === 'done' && (
        <div role="status" className="text-sm" data-testid="bulk-zip-result">
          {zip.count > 0 && (
            <p className="font-medium text-emerald-800 dark:text-emerald-300">
              {pluralize(zip.count, 'file')} zipped ({formatBytes(zip.size)}) — the ZIP is
              downloading.
            </p>
          )}
          {zip.failed.length > 0 && (
            <p className="mt-1 text-red-800 dark:text-red-300">
              Not in the ZIP:{' '}
              {zip.failed
                .map(
                  (item) =>
                    `${titleOf(assets.get(item.key), item.key, noun)} (${describeDownloadProblem(item.error).message})`,
                )
                .join('; ')}
            </p>
          )}
        </div>
      )}
      {zip.phase === 'error' && <InlineError message={zip.message} />}
      <div className="sticky bottom-0 -mx-6 -mb-6 flex flex-wrap items-center justify-end gap-2 border-t border-neutral-200 bg-white px-6 py-4 dark:border-neutral-800 dark:bg-neutral-900">
        {refusedIds.length > 0 && (
          <Button
            onClick={() => onLicenseRefused(refusedIds)}
            data-testid="bulk-license-refused-again"
          >
            License the {refusedIds.length} refused…
          </Button>
        )}
        <Button onClick={onClose}>Done</Button>
        {downloadable.length > 0 && (
          <Button
            variant="primary"
            autoFocus
            disabled={zip.phase === 'working'}
            aria-busy={zip.phase === 'working'}
            onClick={() => {
              void downloadZip(downloadable);
              showToast({ message: `Preparing a ZIP of ${pluralize(downloadable.length, noun)}` });
            }}
            data-testid="bulk-zip"
          >
            <DownloadIcon /> Download {downloadable.length} as ZIP
          </Button>
        )}
      </div>
    </div>
  );
}

function OutcomeBadge({
  media,
  state,
  relink,
}: {
  media: BulkLicenseMedia;
  state: ItemState | undefined;
  relink: (licenseId: string, signal: AbortSignal) => Promise<string>;
}) {
  const [busy, setBusy] = useState(false);
  if (!state) return null;
  const badge = 'shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold';
  switch (state.state) {
    case 'licensed':
      return (
        <span className="flex shrink-0 items-center gap-2">
          <span
            className={cx(
              badge,
              'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
            )}
            data-outcome="licensed"
          >
            <CheckIcon className="inline" /> Licensed
          </span>
          {state.url && (
            <a
              href={state.url}
              className="rounded text-xs font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-400"
            >
              Download
            </a>
          )}
        </span>
      );
    case 'existing':
      return (
        <span className="flex shrink-0 items-center gap-2">
          <span
            className={cx(badge, 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100')}
            data-outcome="existing"
          >
            Already licensed
          </span>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              relink(state.entry.id, new AbortController().signal)
                .then((url) => startDownload(url))
                .catch((error: unknown) =>
                  showToast({ message: describeDownloadProblem(error).message }),
                )
                .finally(() => setBusy(false));
            }}
            className="rounded text-xs font-medium text-accent-700 underline-offset-2 hover:underline disabled:opacity-50 dark:text-accent-400"
          >
            Re-download
          </button>
        </span>
      );
    case 'refused': {
      const problem = describeLicenseProblem(state.error, { media });
      return (
        <span
          className="flex max-w-[45%] shrink-0 flex-col items-end text-right"
          data-outcome="refused"
        >
          <span
            className={cx(badge, 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100')}
          >
            Refused
          </span>
          <span className="text-xs text-red-800 dark:text-red-300" title={problem.technical}>
            {problem.message}
          </span>
        </span>
      );
    }
    case 'failed':
      return (
        <span
          className={cx(
            badge,
            'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
          )}
          data-outcome="failed"
        >
          No answer
        </span>
      );
  }
}
