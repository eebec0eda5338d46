import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { LICENSE_MEDIA, licenseExportUrl } from '@/api/licenses';
import { useSubscriptions } from '@/api/user';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckboxField, DateRangeInputs, SelectField } from '@/components/fields';
import { DownloadIcon } from '@/components/icons';
import { useUrlState } from '@/components/use-url-state';
import { defaultCountry } from '@/lib/countries';
import { DebouncedInput } from '../components/DebouncedInput';
import { DownloadRow } from '../components/DownloadRow';
import type { Windowed, WindowRowsProps } from '../components/WindowRows';
import { MEDIA_LABELS } from '../labels';
import { parseFilters, serializeFilters, type DownloadsFilters } from '../params';
import { useHistoryRows } from '../use-history';
import { rangeOf } from '@/lib/filter-values';

// The ZIP of a selection (collecting, zipping, progress) comes with the first selection.
const ZipDownload = lazy(() =>
  import('../components/ZipDownload').then((m) => ({ default: m.ZipDownload })),
);

/** A row's height before it is measured (one line of metadata). */
const ROW_ESTIMATE = 104;
/**
 * Rows in the page's flow until the virtualizer arrives: what the window holds (a row is
 * at least ROW_ESTIMATE tall), one more, and never more than 20. The list keeps the height
 * of all of them. A history no longer than this never needs the virtualizer.
 */
const plainRowCount = () => Math.min(20, Math.ceil(window.innerHeight / ROW_ESTIMATE) + 1);

// The window virtualizer (10 kB gzip) loads at the first sign of use of the page (a
// pointer moving, a key, a touch, a scroll), not before the first rows show.
const loadWindowRows = () => import('../components/WindowRows').then((m) => m.WindowRows);
const FIRST_USE = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'];

const TYPE_OPTIONS = [
  { value: '', label: 'All types' },
  ...Object.entries(MEDIA_LABELS).map(([value, label]) => ({ value, label })),
];

/** The filters typed as text, each applied a moment after typing stops. */
const TEXT_FILTERS: {
  key: 'client' | 'job' | 'asset';
  label: string;
  placeholder: string;
  numeric?: boolean;
}[] = [
  { key: 'client', label: 'Client', placeholder: 'Any client' },
  { key: 'job', label: 'Job', placeholder: 'Any job' },
  { key: 'asset', label: 'Asset ID', placeholder: 'e.g. 1000123', numeric: true },
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
      <DateRangeInputs {...rangeOf(filters, update, 'from', 'to')} />
      {TEXT_FILTERS.map(({ key, label, placeholder, numeric }) => (
        <DebouncedInput
          key={key}
          label={label}
          value={filters[key] ?? ''}
          inputMode={numeric ? 'numeric' : undefined}
          placeholder={placeholder}
          onCommit={(value) => update({ [key]: value || undefined })}
          data-testid={`filter-${key}`}
        />
      ))}
      <div className="flex flex-col justify-end gap-2 pb-1">
        <CheckboxField
          label="Downloadable only"
          checked={filters.downloadable === true}
          onCheckedChange={(downloadable) => update({ downloadable })}
        />
        <CheckboxField
          label="Only my licenses"
          description="Otherwise the whole team’s"
          checked={filters.mine === true}
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [country] = useState(defaultCountry);

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

  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const hasRows = rows.length > 0;
  useLayoutEffect(() => {
    const element = listRef.current;
    if (!element) return;
    const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  }, [scrollMargin, hasRows, chosen.length]);
  // Only the rows near the viewport are in the page (a team's history runs to thousands).
  const [plainRows] = useState(plainRowCount);
  const long = rows.length > plainRows;
  const [WindowRows, setWindowRows] = useState<(props: WindowRowsProps) => null>();
  useEffect(() => {
    if (!long || WindowRows) return;
    const load = () => void loadWindowRows().then((component) => setWindowRows(() => component));
    const options = { once: true, passive: true };
    for (const type of FIRST_USE) window.addEventListener(type, load, options);
    return () => {
      for (const type of FIRST_USE) window.removeEventListener(type, load);
    };
  }, [long, WindowRows]);
  const [windowed, setWindowed] = useState<Windowed>();
  const estimateSize = useCallback(() => ROW_ESTIMATE, []);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const shown = windowed
    ? windowed.items.map((item) => ({ index: item.index, start: item.start }))
    : rows.slice(0, plainRows).map((_, index) => ({ index, start: undefined }));
  const exportQuery = serializeFilters(filters).toString();

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
        <a
          href={licenseExportUrl(exportQuery)}
          download
          className="inline-flex h-9 items-center gap-2 rounded-lg border border-neutral-300 bg-white px-3 text-sm font-medium text-neutral-900 hover:bg-neutral-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 dark:border-neutral-700 dark:bg-neutral-900 dark:text-white dark:hover:bg-neutral-800"
          data-testid="export-csv"
        >
          <DownloadIcon /> Export CSV
          <span className="sr-only"> of the licenses these filters show</span>
        </a>
      </div>
      <Filters filters={filters} update={update} subscriptions={subscriptionOptions} />

      {history.error ? (
        <div className="mt-6">
          <ErrorMessage error={history.error} onRetry={history.refetch} />
        </div>
      ) : history.isPending || (rows.length === 0 && !history.complete) ? (
        <div className="mt-6 flex flex-col gap-2" aria-label="Loading downloads">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="skeleton h-20 rounded-xl" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <div className="mt-6" data-testid="downloads-empty">
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
                <span
                  className="text-neutral-600 dark:text-neutral-400"
                  data-testid="result-count"
                  data-complete={history.complete}
                >
                  {' '}
                  · {rows.length}
                  {history.complete ? '' : '+'} {rows.length === 1 ? 'license' : 'licenses'}
                  {history.complete ? '' : ' (loading)'}
                </span>
              </span>
            </label>
            {chosen.length > 0 && (
              <Suspense>
                <ZipDownload rows={chosen} describe={describeKey} />
              </Suspense>
            )}
          </div>
          <ul
            ref={listRef}
            aria-label="Licenses"
            data-testid="downloads-list"
            className="relative"
            style={
              windowed
                ? { height: windowed.totalSize }
                : { paddingBottom: Math.max(0, rows.length - plainRows) * ROW_ESTIMATE }
            }
          >
            {shown.map(({ index, start }) => {
              const row = rows[index]!;
              return (
                <li
                  key={row.key}
                  data-index={index}
                  ref={windowed?.measureElement}
                  aria-setsize={rows.length}
                  aria-posinset={index + 1}
                  className={start === undefined ? undefined : 'absolute inset-x-0 top-0'}
                  style={
                    start === undefined
                      ? undefined
                      : { transform: `translateY(${start - scrollMargin}px)` }
                  }
                >
                  <DownloadRow
                    row={row}
                    country={country}
                    subscriptionName={
                      subscriptionsById.get(row.entry.subscription_id ?? '')?.description
                    }
                    allowedSizes={allowedSizes.get(row.entry.subscription_id ?? '')}
                    selected={selected.has(row.key)}
                    onToggle={toggle}
                  />
                </li>
              );
            })}
            {WindowRows && (
              <WindowRows
                count={rows.length}
                estimateSize={estimateSize}
                getItemKey={getItemKey}
                scrollMargin={scrollMargin}
                onChange={setWindowed}
              />
            )}
          </ul>
        </>
      )}
    </main>
  );
}
