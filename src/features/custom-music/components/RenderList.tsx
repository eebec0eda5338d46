import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  isFinalRender,
  renderWaveformOptions,
  useRenders,
  type AudioRender,
  type AudioRenderFile,
  type AudioRenderStatus,
  type CustomDescriptor,
} from '@/api/ai-audio';
import { ErrorMessage } from '@/components/ErrorMessage';
import { DownloadIcon } from '@/components/icons';
import { PlayButton } from '@/components/PlayButton';
import { ProgressBar } from '@/components/ProgressBar';
import { Waveform } from '@/components/Waveform';
import { buttonClass } from '@/components/button-class';
import { formatDuration } from '@/lib/audio';
import { cx } from '@/lib/format';
import { renderHistory, useRenderHistory, type StartedRender } from '../render-history';
import { sectionsOf } from '../timeline';

const STATUS: Record<AudioRenderStatus, { label: string; className: string }> = {
  WAITING_COMPOSE: {
    label: 'Waiting to compose',
    className: 'bg-neutral-100 text-neutral-700 dark:bg-neutral-800 dark:text-neutral-300',
  },
  RUNNING_COMPOSE: {
    label: 'Composing',
    className: 'bg-accent-50 text-accent-800 dark:bg-accent-950 dark:text-accent-300',
  },
  WAITING_RENDER: {
    label: 'Waiting to render',
    className: 'bg-accent-50 text-accent-800 dark:bg-accent-950 dark:text-accent-300',
  },
  RUNNING_RENDER: {
    label: 'Rendering',
    className: 'bg-accent-50 text-accent-800 dark:bg-accent-950 dark:text-accent-300',
  },
  CREATED: {
    label: 'Ready',
    className: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  },
  FAILED_CREATE: {
    label: 'Failed',
    className: 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-300',
  },
};

const isAudio = (file: AudioRenderFile) => file.content_type.startsWith('audio/');

/** The peaks of the audiowaveform JSON drawn as an SVG, for the Waveform's mask. */
function waveformImage(data: number[] | undefined, bits = 8): string | undefined {
  if (!data || data.length < 2) return undefined;
  const scale = 2 ** (bits - 1);
  const points = Math.floor(data.length / 2);
  let path = '';
  for (let i = 0; i < points; i++) {
    const low = Math.max(-1, (data[2 * i] ?? 0) / scale);
    const high = Math.min(1, (data[2 * i + 1] ?? 0) / scale);
    path += `M${i + 0.5} ${(50 - high * 48).toFixed(1)}V${(50 - low * 48 + 0.5).toFixed(1)}`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${points} 100" preserveAspectRatio="none"><path d="${path}" stroke="black" stroke-width="0.8"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function RenderPlayer({
  render,
  title,
  seconds,
}: {
  render: AudioRender;
  title: string;
  seconds: number;
}) {
  const files = render.files ?? [];
  const audio = files.find(isAudio);
  const peaks = files.find((f) => f.filename.endsWith('.json'));
  const waveform = useQuery({
    ...renderWaveformOptions(peaks?.download_url ?? ''),
    enabled: Boolean(peaks),
  });
  const image = useMemo(
    () => waveformImage(waveform.data?.data, waveform.data?.bits),
    [waveform.data],
  );
  if (!audio) return null;
  const playerId = `custom-music:${render.id}`;
  return (
    <div className="mt-3">
      <div className="flex items-center gap-3">
        <PlayButton playerId={playerId} src={audio.download_url} title={title} />
        <Waveform
          playerId={playerId}
          src={audio.download_url}
          image={image}
          label={title}
          duration={seconds}
          className="h-12 min-w-0 flex-1"
        />
      </div>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label={`Files of ${title}`}>
        {files.filter(isAudio).map((file) => (
          <li key={file.download_url}>
            <a
              href={file.download_url}
              download={file.filename}
              className={buttonClass('secondary', 'sm')}
            >
              <DownloadIcon />
              <span>
                <span className="sr-only">Download </span>
                {file.filename}
              </span>
              <span className="text-xs font-normal text-neutral-500 dark:text-neutral-400">
                {(file.size_bytes / 1_000_000).toFixed(1)} MB
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RenderCard({
  started,
  render,
  loading,
  names,
}: {
  started: StartedRender;
  render: AudioRender | undefined;
  loading: boolean;
  names: Map<string, string>;
}) {
  const sections = render ? sectionsOf(render.timeline) : [];
  const seconds = sections.reduce((sum, s) => sum + s.seconds, 0);
  const status = render ? STATUS[render.status] : undefined;
  const progress = render?.progress_percent ?? 0;
  const headingId = `render-${started.id}`;
  return (
    <li
      aria-labelledby={headingId}
      data-testid="render"
      data-status={render?.status ?? 'GONE'}
      className="rounded-xl border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900/60"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="truncate font-medium">
            {started.name}
          </h3>
          <p className="mt-0.5 text-xs text-neutral-500 dark:text-neutral-400">
            {render ? (
              <>
                {formatDuration(seconds)} ·{' '}
                {sections
                  .map(
                    (s) =>
                      `${names.get(s.descriptor) ?? s.descriptor}${s.tempo ? ` ${s.tempo} BPM` : ''}`,
                  )
                  .join(' → ')}
              </>
            ) : loading ? (
              'Checking…'
            ) : (
              'No longer available (renders last 48 hours)'
            )}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          {status && (
            <span
              className={cx('rounded-full px-2 py-0.5 text-xs font-medium', status.className)}
              data-testid="render-status"
            >
              {status.label}
            </span>
          )}
          <button
            type="button"
            aria-label={`Remove ${started.name} from this list`}
            title="Remove from this list"
            onClick={() => renderHistory.remove(started.id)}
            className="grid size-7 place-items-center rounded-md text-neutral-500 hover:bg-neutral-100 hover:text-neutral-900 dark:text-neutral-400 dark:hover:bg-neutral-800 dark:hover:text-white"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      {render && !isFinalRender(render) && (
        <div className="mt-3 flex items-center gap-3">
          <ProgressBar
            thin
            label={`${started.name}: ${status?.label ?? ''}`}
            percent={progress}
            minVisible={4}
          />
          <span
            aria-hidden="true"
            className="w-9 text-right text-xs text-neutral-500 tabular-nums dark:text-neutral-400"
          >
            {progress}%
          </span>
        </div>
      )}
      {render?.status === 'FAILED_CREATE' && (
        <p className="mt-2 text-sm text-red-700 dark:text-red-400">
          This render could not be made. Try again, perhaps with shorter sections.
        </p>
      )}
      {render?.status === 'CREATED' && (
        <RenderPlayer render={render} title={started.name} seconds={seconds} />
      )}
    </li>
  );
}

/** The renders started in this browser, newest first, polled until each is final. */
export function RenderList({ descriptors }: { descriptors: CustomDescriptor[] }) {
  const history = useRenderHistory();
  const ids = useMemo(() => history.map((r) => r.id), [history]);
  const renders = useRenders(ids);
  const names = useMemo(() => new Map(descriptors.map((d) => [d.id, d.name])), [descriptors]);
  const byId = new Map((renders.data ?? []).map((r) => [r.id, r]));

  return (
    <section aria-labelledby="renders-heading">
      <h2 id="renders-heading" className="mb-3 text-lg font-semibold">
        Your renders
      </h2>
      {renders.isError && (
        <ErrorMessage compact error={renders.error} onRetry={() => void renders.refetch()} />
      )}
      {history.length === 0 ? (
        <p className="rounded-xl border border-dashed border-neutral-300 p-6 text-center text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
          Renders you start appear here, with their progress. Each one can be played and downloaded
          for 48 hours.
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-busy={renders.isPending}>
          {history.map((started) => (
            <RenderCard
              key={started.id}
              started={started}
              render={byId.get(started.id)}
              loading={renders.isPending}
              names={names}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
