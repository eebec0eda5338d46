import { cx } from '@/lib/format';

/** A determinate progress bar (0–100), named for what it measures. */
export function ProgressBar({
  label,
  percent,
  minVisible = 0,
  thin = false,
}: {
  label: string;
  percent: number;
  /** The smallest width drawn, so that a bar that has just started still shows. */
  minVisible?: number;
  /** A slimmer bar, inside a list row. */
  thin?: boolean;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={cx(
        'w-full overflow-hidden rounded-full bg-neutral-200 dark:bg-neutral-800',
        thin ? 'h-1.5' : 'h-2',
      )}
    >
      <div
        className="h-full rounded-full bg-accent-600 transition-[width] duration-200 dark:bg-accent-500"
        style={{ width: `${Math.max(percent, minVisible)}%` }}
      />
    </div>
  );
}
