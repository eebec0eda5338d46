import { Link } from 'react-router';
import { useLivefeeds } from '@/api/editorial';
import { CoverImage } from '@/components/CoverImage';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { formatRelative } from '@/lib/format';
import { CountryPicker } from '../components/CountryPicker';
import { EditorialNav } from '../components/EditorialNav';
import { useCountry } from '../use-country';

/** The current live feeds: events being covered now, newest first. */
export function Component() {
  const [country, setCountry] = useCountry();
  const feeds = useLivefeeds(country);
  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
      <title>Live feeds — Stockroom editorial</title>
      <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">Live feeds</h1>
          <p className="mt-0.5 text-sm text-neutral-600 dark:text-neutral-400">
            Events covered as they happen.
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <EditorialNav />
          <CountryPicker value={country} onChange={setCountry} className="w-52" />
        </div>
      </div>
      {feeds.isPending ? (
        <div className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="skeleton aspect-[4/3] rounded-xl" />
          ))}
        </div>
      ) : feeds.isError ? (
        <ErrorMessage error={feeds.error} onRetry={() => void feeds.refetch()} />
      ) : feeds.data.data.length === 0 ? (
        <EmptyState title="No live feeds right now" />
      ) : (
        <ul
          className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4"
          data-testid="livefeeds"
        >
          {feeds.data.data.map((feed) => (
            <li key={feed.id}>
              <Link
                // Feed ids arrive percent-encoded already: used as they are, they make one path segment.
                to={`/editorial/livefeeds/${feed.id.includes('/') ? encodeURIComponent(feed.id) : feed.id}?country=${country}`}
                data-testid="livefeed-card"
                className="group block overflow-hidden rounded-xl border border-neutral-200 bg-white hover:border-neutral-300 focus-visible:outline-offset-2 dark:border-neutral-800 dark:bg-neutral-900 dark:hover:border-neutral-700"
              >
                <div className="aspect-[3/2] overflow-hidden bg-neutral-200 dark:bg-neutral-800">
                  <CoverImage
                    src={feed.cover_item?.url}
                    className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
                  />
                </div>
                <div className="p-3">
                  <h2 className="line-clamp-2 text-sm leading-snug font-semibold">{feed.name}</h2>
                  <p className="mt-1 text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
                    {[
                      feed.created_time && (
                        <time key="t" dateTime={feed.created_time}>
                          {formatRelative(feed.created_time)}
                        </time>
                      ),
                      feed.total_item_count !== undefined && (
                        <span key="n"> · {feed.total_item_count} images</span>
                      ),
                    ]}
                  </p>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
