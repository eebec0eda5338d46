// Chromium loads its locale data with the first Intl formatter a page makes: 50–90 ms of
// main thread, which every page paid at start-up when the formatters were made here on
// import. Each is made on its first use instead, and a whole number (every count the app
// shows, "12,345 images") is grouped by hand, without Intl.
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const numberFormat = lazily(() => new Intl.NumberFormat('en-US'));

/** "12,345", as Intl's en-US format writes it. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return numberFormat().format(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** "12,345 images", "1 image". */
export function pluralize(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

export function formatBytes(bytes: number | undefined): string | undefined {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes <= 0) return undefined;
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

const dateFormat = lazily(
  () =>
    new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }),
);

export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat().format(date);
}

export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** `people_age: 20s` → "20s"; `african_american` → "African american". */
export function humanize(value: string): string {
  return capitalize(value.replace(/_/g, ' '));
}

export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}

const relativeFormat = lazily(
  () => new Intl.RelativeTimeFormat('en-US', { numeric: 'auto', style: 'short' }),
);

/** "just now", "5 minutes ago", "yesterday", then a date: when something last changed. */
export function formatRelative(iso: string | undefined, now = Date.now()): string | undefined {
  if (!iso) return undefined;
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return undefined;
  const seconds = Math.round((time - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relativeFormat().format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relativeFormat().format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return relativeFormat().format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso);
}
