import { formatDate } from '@/lib/format';

/** "In 59 min (at 1:40 PM)", or "Does not expire": from the token's `expires_in`. */
export function tokenExpiry(seconds: number | undefined): string {
  if (seconds === undefined || seconds === null) return 'Does not expire';
  if (seconds <= 0) return 'Expired';
  const at = new Date(Date.now() + seconds * 1000).toLocaleTimeString('en-US', {
    hour: 'numeric',
    minute: '2-digit',
  });
  const minutes = Math.round(seconds / 60);
  const span = minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
  return `In ${span} (at ${at})`;
}

/** "Expires Oct 28, 2027", or "Expired …" once the date has passed. */
export function expiryLabel(iso: string, now = Date.now()): string {
  return `${Date.parse(iso) < now ? 'Expired' : 'Expires'} ${formatDate(iso)}`;
}
