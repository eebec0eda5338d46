import type { LicenseMedia } from '@/api/license-types';

const ROUTES: readonly [RegExp, LicenseMedia][] = [
  [/^\/images\/([^/?#]+)/, 'image'],
  [/^\/videos\/([^/?#]+)/, 'video'],
  [/^\/music\/([^/?#]+)/, 'audio'],
  [/^\/sfx\/([^/?#]+)/, 'sfx'],
  [/^\/editorial\/videos\/([^/?#]+)/, 'editorial-video'],
  [/^\/editorial\/(?!videos\b|livefeeds\b)([^/?#]+)/, 'editorial-image'],
];

/**
 * The asset an app link points at (`/videos/123` → video 123), so shared cards and rows can
 * show their license action from the link they already have.
 */
export function licenseTargetOf(
  href: string,
): { media: LicenseMedia; assetId: string; country?: string } | undefined {
  for (const [pattern, media] of ROUTES) {
    const match = pattern.exec(href);
    if (match?.[1]) {
      const country = /[?&]country=([A-Za-z]{3})/.exec(href)?.[1];
      return {
        media,
        assetId: decodeURIComponent(match[1]),
        ...(country ? { country: country.toUpperCase() } : {}),
      };
    }
  }
  return undefined;
}
