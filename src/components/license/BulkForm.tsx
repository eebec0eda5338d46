// The bulk license form: one subscription, one size and the metadata, for every asset.
import { useMemo } from 'react';
import type { BulkAsset, BulkLicenseMedia, planLicenseBatches } from '@/api/bulk-license';
import type { Subscription } from '@/api/types';
import { pluralize } from '@/lib/format';
import { Button } from '../Button';
import { DownloadIcon } from '../icons';
import { ProgressBar } from '../ProgressBar';
import { LicenseChoiceFields } from './LicenseChoiceFields';
import {
  MEDIA_NOUN,
  sharedSizeOptions,
  subscriptionFits,
  type SizeOption,
} from './license-options';
import { sentMetadata, type LicenseFormOutput } from './license-schema';
import { ItemList } from './BulkResults';
import { useLicenseForm } from './use-license-form';

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
  const count = toLicense.length;
  const state = useLicenseForm({
    media,
    // With nothing to charge there is nothing to choose, and nothing to check.
    fitting: count > 0 ? fitting : [],
    sizes,
    rules: {
      noSize: `This subscription has no size that every ${noun} comes in`,
      needsCountry: false,
      acknowledgement:
        editorialIds.length > 0
          ? 'Confirm that you will use these for editorial purposes only'
          : undefined,
    },
  });
  const { form, choice, formRef, focusFirstInvalid } = state;
  const { chosen, chosenSize } = choice;

  const send = (values: LicenseFormOutput) => {
    onSubmit(
      {
        media,
        subscriptionId: chosen?.id ?? '',
        ...(chosen?.license ? { license: chosen.license } : {}),
        size: media === 'sfx' || media === 'audio' ? undefined : chosenSize?.size,
        format: chosenSize?.format,
        metadata: sentMetadata(values.metadata),
        acknowledged: new Set(editorialIds),
      },
      chosenSize,
    );
  };
  const submit =
    count > 0 ? form.handleSubmit(send, focusFirstInvalid) : () => send(form.getValues());

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event);
      }}
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
          <LicenseChoiceFields
            state={state}
            fitting={fitting}
            sizes={sizes}
            sizeLegend="Size"
            chooseSize={sizes.length > 1}
            noteOf={(subscription) => {
              const left = subscription.allotment?.downloads_left;
              return left !== undefined && left < count
                ? `Only ${left} left: ${count - left} of the ${count} would be refused`
                : undefined;
            }}
            acknowledgement={
              editorialIds.length > 0 && (
                <>
                  {pluralize(editorialIds.length, noun)} {editorialIds.length === 1 ? 'is' : 'are'}{' '}
                  for editorial use only: I will use {editorialIds.length === 1 ? 'it' : 'them'} for
                  news, commentary or education, not to advertise or promote anything.
                </>
              )
            }
          />
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
