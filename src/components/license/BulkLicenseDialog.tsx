// Licensing many assets of one media type at once: one subscription, one size, the
// metadata filled once; the assets the team already licensed are re-downloaded, not
// licensed again; the rest go in requests of at most the vendor's limit, each with its own
// Idempotency-Key; every asset's outcome is shown, and the files come as one ZIP.
// Loaded lazily, only when a selection's "License…" is used.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  planLicenseBatches,
  sendLicenseBatch,
  type BulkLicenseMedia,
  type LicenseBatch,
} from '@/api/bulk-license';
import { licensedAssetsOptions, licenseKeys } from '@/api/licenses';
import { subscriptionsOptions, useSubscriptions } from '@/api/user';
import { pluralize } from '@/lib/format';
import { InlineError } from '../InlineError';
import { MEDIA_NOUN, newNonce, type SizeOption } from './license-options';

import type { ItemState, Phase } from './bulk-state';
import { useBulkAssets } from './use-bulk-assets';
import { BulkForm, LicensingProgress } from './BulkForm';
import { Results } from './BulkResults';
import { LicenseModal } from './LicenseModal';

export interface BulkLicenseDialogProps {
  media: BulkLicenseMedia;
  ids: readonly string[];
  onClose: () => void;
}

export default function BulkLicenseDialog({ media, ids, onClose }: BulkLicenseDialogProps) {
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

  useEffect(() => () => abort.current?.abort(), []);

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
    <LicenseModal
      heading={heading}
      wide
      busy={phase.step === 'licensing'}
      onClose={onClose}
      data-testid="bulk-license-dialog"
    >
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
    </LicenseModal>
  );
}
