import type { LicenseMedia } from '@/api/license-types';
import { useAssetLicense } from '@/api/licenses';
import { CheckIcon } from '../icons';

/** "Licensed by your team on 3 Nov 2026 (sam)", when it was. */
export function LicensedNote({ media, assetId }: { media: LicenseMedia; assetId: string }) {
  const existing = useAssetLicense(media, assetId);
  if (!existing) return null;
  const day = new Date(existing.download_time).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return (
    <p
      className="flex items-center gap-1.5 text-sm font-medium text-emerald-800 dark:text-emerald-300"
      data-testid="licensed-note"
    >
      <CheckIcon /> Licensed by your team on {day}
      {existing.user?.username ? ` (${existing.user.username})` : ''}
    </p>
  );
}
