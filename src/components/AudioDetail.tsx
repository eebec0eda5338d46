import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDuration } from '@/lib/audio';
import { PlayButton } from './PlayButton';
import { Waveform } from './Waveform';

/** The player of a detail page: a big play button and a tall waveform to seek in. */
export function BigPlayer({
  playerId,
  title,
  src,
  waveform,
  duration,
}: {
  playerId: string;
  title: string;
  src: string | undefined;
  waveform: string | undefined;
  duration: number | undefined;
}) {
  return (
    <div className="flex items-center gap-5 rounded-2xl border border-neutral-200 bg-neutral-50 p-5 dark:border-neutral-800 dark:bg-neutral-900">
      <PlayButton playerId={playerId} src={src} title={title} size="lg" />
      <div className="min-w-0 flex-1">
        {src ? (
          <Waveform
            playerId={playerId}
            src={src}
            image={waveform}
            label={title}
            duration={duration}
            className="h-24 sm:h-28"
          />
        ) : (
          <p className="text-sm text-neutral-500">No preview available.</p>
        )}
        <p className="mt-2 text-xs text-neutral-500 dark:text-neutral-400">
          Preview · full length {formatDuration(duration)}
        </p>
      </div>
    </div>
  );
}

/** A definition list of facts; empty values are left out. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  const shown = items.filter(
    ([, value]) => value !== undefined && value !== null && value !== '' && value !== false,
  );
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
      {shown.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-neutral-500 dark:text-neutral-400">{term}</dt>
          <dd className="min-w-0 text-neutral-900 dark:text-neutral-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export const chipLinkClass =
  'inline-flex rounded-full border border-neutral-300 px-2.5 py-1 text-xs font-medium text-neutral-700 hover:border-neutral-400 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-300 dark:hover:bg-neutral-800';

/** Links, one per value, as small chips. */
export function ChipLinks({
  values,
  href,
  label,
}: {
  values: readonly string[] | undefined;
  href: (value: string) => string;
  label: string;
}) {
  if (!values || values.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {values.map((value) => (
        <li key={value}>
          <Link to={href(value)} className={chipLinkClass}>
            {value}
          </Link>
        </li>
      ))}
    </ul>
  );
}
