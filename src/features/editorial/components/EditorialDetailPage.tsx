import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { editorialAssetOptions, type EditorialAsset } from '@/api/editorial';
import { BackToResults, FactList, KeywordChips } from '@/components/DetailParts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { AlertIcon } from '@/components/icons';
import { LicenseButton } from '@/components/license/LicenseButton';
import { LicensedNote } from '@/components/license/LicensedNote';
import { VideoPlayer } from '@/components/VideoPlayer';
import { CompDownload } from '@/components/CompDownload';
import { countries } from '@/lib/countries';
import {
  editorialRoot,
  editorialSearchHref,
  type EditorialKind,
} from '@/lib/editorial-search-params';
import { formatDate } from '@/lib/format';
import { sizeSummary } from '@/lib/sizes';
import { useCountry } from '../use-country';
import { CountryPicker } from './CountryPicker';

const countryName = (code: string) => countries().find((c) => c.code === code)?.name ?? code;

/** Where and how the asset may be used, shown before anything else about it. */
function UsageRestrictions({
  asset,
  country,
}: {
  asset: EditorialAsset<EditorialKind>;
  country: string;
}) {
  const where = asset.rights?.countries;
  return (
    <section
      aria-labelledby="usage-heading"
      data-testid="usage-restrictions"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 id="usage-heading" className="mb-1.5 flex items-center gap-2 font-semibold">
        <AlertIcon className="text-base" /> Usage restrictions
      </h2>
      <p className="font-medium" data-testid="special-instructions">
        {asset.special_instructions?.trim() || 'Editorial use only.'}
      </p>
      <p className="mt-1.5">
        Available for use in <strong>{countryName(country)}</strong>
        {typeof where === 'string' && where ? ` · rights: ${where}` : ''}. Editorial content may not
        be used for advertising or promotion.
      </p>
    </section>
  );
}

/** An editorial image or video: picture or player, caption, facts, and what it may be used for. */
export function EditorialDetailPage({ kind }: { kind: EditorialKind }) {
  const { id = '' } = useParams();
  const [country, setCountry] = useCountry();
  const query = useQuery(editorialAssetOptions(kind, id, country));
  const root = editorialRoot(kind);
  const back = <BackToResults fallback={`${root}?country=${country}`} label="Search editorial" />;

  if (query.isPending)
    return (
      <main id="main" className="mx-auto w-full max-w-[1800px] px-4 py-5 sm:px-6">
        {back}
        <div className="skeleton mt-4 aspect-video w-full max-w-4xl rounded-xl" />
      </main>
    );
  if (query.isError)
    return (
      <main id="main" className="mx-auto w-full max-w-2xl px-4 py-5 sm:px-6">
        {back}
        <ErrorMessage
          error={query.error}
          title={
            'status' in query.error && query.error.status === 404
              ? `Not available in ${countryName(country)}`
              : undefined
          }
          onRetry={() => void query.refetch()}
        />
        <div className="mx-auto max-w-xs">
          <CountryPicker value={country} onChange={setCountry} />
        </div>
      </main>
    );

  const asset = query.data;
  const title = asset.title || asset.description || `Editorial ${asset.id}`;
  const original = asset.assets.original;
  const video = kind === 'videos' ? (asset as EditorialAsset<'videos'>) : undefined;
  const image = kind === 'images' ? (asset as EditorialAsset<'images'>) : undefined;
  const aspect = asset.aspect && asset.aspect > 0 ? asset.aspect : 1.5;
  const keywordHref = (keyword: string) => editorialSearchHref(kind, { query: keyword }, country);

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] px-4 py-5 sm:px-6">
      <title>{`${title} — Stockroom editorial`}</title>
      <div className="mb-4">{back}</div>
      {/* The title and actions come before the keywords in reading order; on wide screens the
          keywords sit under the picture. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          {video ? (
            <VideoPlayer
              title={title}
              poster={video.assets.thumb_jpg?.url}
              mp4={video.assets.preview_mp4?.url}
              webm={video.assets.preview_webm?.url}
              aspect={aspect}
              className="w-full"
            />
          ) : (
            <figure
              className="mx-auto w-full overflow-hidden rounded-xl bg-neutral-100 dark:bg-neutral-900"
              style={{
                aspectRatio: String(aspect),
                maxHeight: '75vh',
                maxWidth: `calc(75vh * ${aspect})`,
              }}
            >
              <img
                src={image?.assets.watermark_1500?.url ?? image?.assets.watermark_450?.url}
                alt={asset.description || title}
                className="size-full object-contain"
                data-testid="editorial-image"
              />
            </figure>
          )}
        </div>
        <div className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div>
            <p className="mb-2 text-xs font-medium tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
              Editorial {kind === 'images' ? 'image' : 'video'} · ID{' '}
              <span className="normal-case" data-testid="asset-id">
                {asset.id}
              </span>
            </p>
            <h1 className="text-xl leading-snug font-semibold tracking-tight sm:text-2xl">
              {title}
            </h1>
            {asset.caption && (
              <p
                className="mt-3 text-sm leading-relaxed text-neutral-700 dark:text-neutral-300"
                data-testid="caption"
              >
                {asset.caption}
              </p>
            )}
            <div className="mt-4 flex flex-col items-start gap-3">
              <LicenseButton
                media={kind === 'images' ? 'editorial-image' : 'editorial-video'}
                assetId={asset.id}
                title={title}
                country={country}
              />
              <CompDownload
                media={kind === 'images' ? 'editorial-image' : 'editorial-video'}
                assetId={asset.id}
                assets={asset.assets}
                title={title}
              />
              <LicensedNote
                media={kind === 'images' ? 'editorial-image' : 'editorial-video'}
                assetId={asset.id}
              />
            </div>
          </div>
          <UsageRestrictions asset={asset} country={country} />
          <FactList
            facts={[
              ['Date taken', formatDate(asset.date_taken)],
              ['Byline', asset.byline],
              ['Supplier', asset.supplier_code],
              ['Category', asset.categories?.map((c) => c.name).join(', ')],
              [
                'Size',
                original?.width && original.height
                  ? sizeSummary(
                      kind === 'images' ? 'editorial-image' : 'editorial-video',
                      'original',
                      original,
                    )
                  : undefined,
              ],
              [
                'Frame rate',
                original && 'fps' in original && original.fps ? `${original.fps} fps` : undefined,
              ],
            ]}
          />
          <CountryPicker value={country} onChange={setCountry} />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          <KeywordChips keywords={asset.keywords} href={keywordHref} />
        </div>
      </div>
    </main>
  );
}
