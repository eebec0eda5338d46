import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useImagesByIds } from '@/api/images';
import { fullLicenseHistoryOptions, historyAssetId, LICENSE_MEDIA } from '@/api/licenses';
import { useSubscriptions } from '@/api/user';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckboxField, CommitInput, SelectField } from '@/components/fields';
import { useUrlState } from '@/components/use-url-state';
import { DownloadRow } from '../components/DownloadRow';
import { MEDIA_LABELS, type HistoryRow } from '../labels';
import { ZipDownload } from '../components/ZipDownload';
import {
  historyParams,
  mediaOf,
  metadataMatches,
  parseFilters,
  serializeFilters,
  type DownloadsFilters,
} from '../params';

const PAGE = 50;

/** Every license of every type the filters ask for, newest first. */
function useHistoryRows(filters: DownloadsFilters) {
  const media = mediaOf(filters);
  const params = historyParams(filters);
  return useQueries({
    queries: media.map((m) => fullLicenseHistoryOptions(m, params)),
    combine: (results) => {
      const rows: HistoryRow[] = [];
      results.forEach((result, index) => {
        const type = media[index]!;
        for (const entry of result.data?.entries ?? []) {
          const assetId = historyAssetId(type, entry);
          if (!assetId) continue;
          if (filters.subscription && entry.subscription_id !== filters.subscription) continue;
          if (!metadataMatches(entry.metadata, 'client', filters.client)) continue;
          if (!metadataMatches(entry.metadata, 'job', filters.job)) continue;
          rows.push({ key: `${type}:${entry.id}`, media: type, entry, assetId });
        }
      });
      rows.sort((a, b) => b.entry.download_time.localeCompare(a.entry.download_time));
      return {
        rows,
        isPending: results.some((r) => r.isPending),
        error: results.find((r) => r.error)?.error ?? null,
        refetch: () => results.forEach((r) => r.isError && void r.refetch()),
      };
    },
  });
}

const TYPE_OPTIONS = [
  { value: '', label: 'All types' },
  ...Object.entries(MEDIA_LABELS).map(([value, label]) => ({ value, label })),
];

function Filters({
  filters,
  update,
  subscriptions,
}: {
  filters: DownloadsFilters;
  update: (patch: Partial<DownloadsFilters>) => void;
  subscriptions: { value: string; label: string }[];
}) {
  return (
    <section
      aria-label="Filters"
      className="grid gap-3 rounded-2xl border border-neutral-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-neutral-800"
    >
      <SelectField
        label="Type"
        value={filters.type ?? ''}
        options={TYPE_OPTIONS}
        onValueChange={(value) =>
          update({ type: (value || undefined) as DownloadsFilters['type'] })
        }
        data-testid="filter-type"
      />
      <SelectField
        label="Subscription"
        value={filters.subscription ?? ''}
        options={[{ value: '', label: 'Any subscription' }, ...subscriptions]}
        onValueChange={(value) => update({ subscription: value || undefined })}
      />
      <CommitInput
        label="From"
        type="date"
        value={filters.from ?? ''}
        onCommit={(value) => update({ from: value || undefined })}
        commitOnChange={(value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)}
      />
      <CommitInput
        label="To"
        type="date"
        value={filters.to ?? ''}
        onCommit={(value) => update({ to: value || undefined })}
        commitOnChange={(value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)}
      />
      <CommitInput
        label="Client"
        value={filters.client ?? ''}
        placeholder="Any client"
        onCommit={(value) => update({ client: value || undefined })}
        data-testid="filter-client"
      />
      <CommitInput
        label="Job"
        value={filters.job ?? ''}
        placeholder="Any job"
        onCommit={(value) => update({ job: value || undefined })}
        data-testid="filter-job"
      />
      <CommitInput
        label="Asset ID"
        value={filters.asset ?? ''}
        inputMode="numeric"
        placeholder="e.g. 1000123"
        onCommit={(value) => update({ asset: value || undefined })}
        data-testid="filter-asset"
      />
      <div className="flex flex-col justify-end gap-2 pb-1">
        <CheckboxField
          label="Downloadable only"
          checked={filters.downloadable}
          onCheckedChange={(downloadable) => update({ downloadable })}
        />
        <CheckboxField
          label="Only my licenses"
          description="Otherwise the whole team’s"
          checked={filters.mine}
          onCheckedChange={(mine) => update({ mine })}
        />
      </div>
    </section>
  );
}

export function Component() {
  const { params: filters, update } = useUrlState(parseFilters, serializeFilters);
  const subscriptions = useSubscriptions();
  const history = useHistoryRows(filters);
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const subscriptionsById = useMemo(
    () => new Map((subscriptions.data?.data ?? []).map((s) => [s.id, s] as const)),
    [subscriptions.data],
  );
  const allowedSizes = useMemo(
    () =>
      new Map(
        [...subscriptionsById].map(([id, s]) => [
          id,
          new Set((s.formats ?? []).map((f) => f.size ?? '')),
        ]),
      ),
    [subscriptionsById],
  );
  const subscriptionOptions = useMemo(
    () =>
      (subscriptions.data?.data ?? []).map((s) => ({
        value: s.id,
        label: s.description ?? s.id,
      })),
    [subscriptions.data],
  );

  const rows = history.rows;
  const visible = rows.slice(0, shown);
  const downloadableRows = useMemo(
    () =>
      rows.filter(
        (row) => LICENSE_MEDIA[row.media].redownload && row.entry.is_downloadable !== false,
      ),
    [rows],
  );
  const chosen = useMemo(
    () => downloadableRows.filter((row) => selected.has(row.key)),
    [downloadableRows, selected],
  );
  const allChosen = downloadableRows.length > 0 && chosen.length === downloadableRows.length;
  const images = useImagesByIds([
    visible.filter((row) => row.media === 'image').map((row) => row.assetId),
  ]);

  const toggle = useCallback((key: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const describeKey = (key: string) => {
    const row = rows.find((r) => r.key === key);
    return row ? `${MEDIA_LABELS[row.media]} ${row.assetId}` : key;
  };

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      <title>Downloads — Stockroom</title>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Downloads</h1>
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
            Everything your team licensed. Download it again at any time — re-downloads are free.
          </p>
        </div>
      </div>
      <Filters filters={filters} update={update} subscriptions={subscriptionOptions} />

      {history.error ? (
        <div className="mt-6">
          <ErrorMessage error={history.error} onRetry={history.refetch} />
        </div>
      ) : history.isPending ? (
        <div className="mt-6 flex flex-col gap-2" aria-label="Loading downloads">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="skeleton h-20 rounded-xl" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No licenses match">
            Licensed assets show here. Change the filters, or license something from its page.
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="mt-6 flex flex-wrap items-start justify-between gap-3 border-b border-neutral-200 px-2 pb-3 dark:border-neutral-800">
            <label className="flex items-center gap-2.5 pt-1 text-sm">
              <input
                type="checkbox"
                checked={allChosen}
                ref={(input) => {
                  if (input) input.indeterminate = chosen.length > 0 && !allChosen;
                }}
                onChange={() =>
                  setSelected(allChosen ? new Set() : new Set(downloadableRows.map((r) => r.key)))
                }
                className="size-4 rounded accent-accent-600 dark:accent-accent-500"
                data-testid="select-all"
              />
              <span>
                Select all {downloadableRows.length} that can be downloaded
                <span className="text-neutral-500 dark:text-neutral-400" data-testid="result-count">
                  {' '}
                  · {rows.length} {rows.length === 1 ? 'license' : 'licenses'}
                </span>
              </span>
            </label>
            {chosen.length > 0 && <ZipDownload rows={chosen} describe={describeKey} />}
          </div>
          <ul aria-label="Licenses" data-testid="downloads-list">
            {visible.map((row) => (
              <DownloadRow
                key={row.key}
                row={row}
                image={row.media === 'image' ? images.byId.get(row.assetId) : undefined}
                subscriptionName={
                  subscriptionsById.get(row.entry.subscription_id ?? '')?.description
                }
                allowedSizes={allowedSizes.get(row.entry.subscription_id ?? '')}
                selected={selected.has(row.key)}
                onToggle={toggle}
              />
            ))}
          </ul>
          {rows.length > shown && (
            <div className="mt-6 flex justify-center">
              <Button onClick={() => setShown((n) => n + PAGE)}>
                Show more ({rows.length - shown} left)
              </Button>
            </div>
          )}
        </>
      )}
    </main>
  );
}
