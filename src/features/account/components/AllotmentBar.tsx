import type { Subscription } from '@/api/types';
import { cx, formatCount, humanize } from '@/lib/format';
import { expiryLabel } from './token-expiry';

/** One subscription: its allotment as a bar (used of the limit), what is left, and its expiry. */
export function AllotmentBar({ subscription }: { subscription: Subscription }) {
  const limit = subscription.allotment?.downloads_limit ?? 0;
  const left = subscription.allotment?.downloads_left ?? 0;
  const used = Math.max(0, limit - left);
  const share = limit > 0 ? used / limit : 0;
  const expires = subscription.expiration_time ?? subscription.allotment?.end_time;
  const title =
    subscription.description ?? `${humanize(subscription.license ?? 'standard')} license`;
  return (
    <li className="flex flex-col gap-2" data-testid="subscription">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-medium">{title}</p>
        <p className="text-sm text-neutral-600 tabular-nums dark:text-neutral-400">
          {formatCount(used)} of {formatCount(limit)} used ·{' '}
          <span className="font-medium text-neutral-900 dark:text-neutral-100">
            {formatCount(left)} left
          </span>
        </p>
      </div>
      <div
        role="meter"
        aria-label={`${title}: downloads used`}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={used}
        aria-valuetext={`${formatCount(used)} of ${formatCount(limit)} used, ${formatCount(left)} left`}
        className="h-2.5 overflow-hidden rounded-full bg-neutral-200 dark:bg-neutral-800"
      >
        <div
          className={cx(
            'h-full origin-left rounded-full transition-transform',
            share > 0.9 ? 'bg-red-500' : 'bg-accent-500',
          )}
          style={{ transform: `scaleX(${share})` }}
        />
      </div>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        {[
          subscription.asset_type && humanize(subscription.asset_type),
          subscription.license && `${humanize(subscription.license)} license`,
          expires && expiryLabel(expires),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}
