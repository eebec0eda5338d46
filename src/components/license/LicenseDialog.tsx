// The license dialog: subscription, size, the metadata the subscription requires and, for
// editorial use, the country and acknowledgement; or, for an asset the team already
// licensed, a re-download at any size. Loaded lazily: no page pays for it up front.
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { audioOptions, sfxOptions } from '@/api/audio';
import { editorialAssetOptions } from '@/api/editorial';
import { imageOptions } from '@/api/images';
import type { DownloadHistory, LicenseMedia } from '@/api/license-types';
import { videoOptions } from '@/api/videos';
import { defaultCountry } from '@/lib/countries';
import { Button } from '../Button';
import { CheckIcon } from '../icons';
import { showToast } from '../toast';
import { MEDIA_NOUN, redownloadOptions, type LicensableAsset } from './license-options';
import { DownloadStatus } from './DownloadStatus';
import { LicenseForm } from './LicenseForm';
import { RedownloadPanel } from './RedownloadPanel';
import { useFileDownload } from './use-file-download';
import { LicenseModal } from './LicenseModal';

export interface LicenseDialogProps {
  media: LicenseMedia;
  assetId: string;
  title: string;
  /** The team's newest license of the asset: the dialog offers a re-download first. */
  existing?: DownloadHistory;
  /** Editorial: the country the page shows the asset for. */
  country?: string;
  searchId?: string;
  onClose: () => void;
  /** Called with the new license id once the asset is licensed. */
  onLicensed?: (licenseId: string | undefined) => void;
}

function assetOptions(media: LicenseMedia, id: string, country: string) {
  const options =
    media === 'image'
      ? imageOptions(id)
      : media === 'video'
        ? videoOptions(id)
        : media === 'audio'
          ? audioOptions(id)
          : media === 'sfx'
            ? sfxOptions(id)
            : editorialAssetOptions(media === 'editorial-image' ? 'images' : 'videos', id, country);
  return options as unknown as UseQueryOptions<LicensableAsset>;
}

/** A modal: focus moves in and is trapped, Escape closes, focus goes back to the opener. */
export default function LicenseDialog({
  media,
  assetId,
  title,
  existing,
  country,
  searchId,
  onClose,
  onLicensed,
}: LicenseDialogProps) {
  const initialCountry = country ?? defaultCountry();
  const asset = useQuery(assetOptions(media, assetId, initialCountry));
  const [mode, setMode] = useState<'redownload' | 'license' | 'again'>(
    existing ? 'redownload' : 'license',
  );
  const [done, setDone] = useState<{ url?: string } | undefined>(undefined);
  const file = useFileDownload();

  const heading =
    done !== undefined
      ? 'Licensed'
      : mode === 'redownload'
        ? `Download ${MEDIA_NOUN[media]}`
        : `License ${MEDIA_NOUN[media]}`;

  return (
    <LicenseModal
      heading={heading}
      subtitle={`${title} · ID ${assetId}`}
      onClose={onClose}
      data-testid="license-dialog"
    >
      {done !== undefined ? (
        <div className="flex flex-col gap-4" data-testid="license-done">
          <div className="flex gap-3 rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-700/60 dark:bg-emerald-950/40 dark:text-emerald-100">
            <CheckIcon className="mt-0.5 shrink-0" />
            <p>
              Licensed.
              {done.url ? (
                <>
                  {' '}
                  If the file does not arrive,{' '}
                  <a href={done.url} className="font-medium underline underline-offset-2">
                    download it here
                  </a>
                  .
                </>
              ) : null}{' '}
              You’ll find it again under Downloads.
            </p>
          </div>
          <DownloadStatus state={file.state} />
          <div className="flex justify-end">
            <Button autoFocus onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      ) : mode === 'redownload' && existing ? (
        <RedownloadPanel
          media={media}
          existing={existing}
          sizes={redownloadOptions(media, asset.data)}
          onLicenseAgain={() => setMode('again')}
        />
      ) : asset.isPending ? (
        <div className="skeleton h-48 rounded-xl" aria-label="Loading sizes" />
      ) : (
        <LicenseForm
          media={media}
          assetId={assetId}
          asset={asset.data}
          initialCountry={initialCountry}
          searchId={searchId}
          againWarning={mode === 'again'}
          onLicensed={(licenseId, url) => {
            setDone({ url });
            if (url) void file.start(url);
            showToast({ message: `Licensed ${title}` });
            onLicensed?.(licenseId);
          }}
        />
      )}
    </LicenseModal>
  );
}
