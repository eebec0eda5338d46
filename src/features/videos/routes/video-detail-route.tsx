import { Link, useParams } from 'react-router';
import { useCollectionMembership } from '@/api/collections';
import { useContributorName } from '@/api/contributors';
import { usePrefetchVideo, useSimilarVideos, useVideo } from '@/api/videos';
import type { Video } from '@/api/video-types';
import { BackToResults, DetailSection, FactList, KeywordChips } from '@/components/DetailParts';
import { NoneFound, QueryView } from '@/components/QueryView';
import { GridSkeleton } from '@/components/GridSkeleton';
import { LicenseButton } from '@/components/license/LicenseButton';
import { LicensedNote } from '@/components/license/LicensedNote';
import { MediaGrid } from '@/components/MediaGrid';
import { SaveToCollectionMenu } from '@/components/SaveToCollectionMenu';
import { VideoCard } from '@/components/VideoCard';
import { VideoPlayer } from '@/components/VideoPlayer';
import { CompDownload } from '@/components/CompDownload';
import { formatDate } from '@/lib/format';
import { bestSize, formatDuration, formatFps, videoAspect } from '@/lib/video';
import { videoSearchHref } from '@/lib/video-search-params';
import { CONTRIBUTOR_PAGES } from '../contributor-link';

const key = (video: Video) => video.id;

function SimilarVideos({ id }: { id: string }) {
  const similar = useSimilarVideos(id);
  const prefetch = usePrefetchVideo();
  const { membership } = useCollectionMembership('video');
  return (
    <DetailSection title="Similar videos">
      <QueryView
        query={similar}
        compact
        skeleton={<GridSkeleton rows={2} layoutKey="similar-videos" />}
        isEmpty={(found) => found.data.length === 0}
        empty={<NoneFound>No similar videos found.</NoneFound>}
      >
        {(found) => (
          <MediaGrid
            items={found.data}
            aspect={videoAspect}
            itemKey={key}
            layoutKey="similar-videos"
            renderItem={(video, box) => (
              <VideoCard
                to={`/videos/${encodeURIComponent(video.id)}`}
                title={video.description?.trim() || `Video ${video.id}`}
                poster={video.assets.thumb_jpg?.url}
                previewMp4={video.assets.thumb_mp4?.url}
                previewWebm={video.assets.thumb_webm?.url}
                duration={video.duration}
                resolution={bestSize(video.assets)?.badge}
                contributorId={video.contributor.id}
                saved={membership.has(video.id)}
                onIntent={() => prefetch(video.id)}
                {...box}
              />
            )}
          />
        )}
      </QueryView>
    </DetailSection>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const { data: video } = useVideo(id);
  const title = video.description?.trim() || `Video ${video.id}`;
  const { membership } = useCollectionMembership('video');
  const savedIn = membership.get(video.id)?.length ?? 0;
  const best = bestSize(video.assets);
  const contributor = video.contributor.id;
  const contributorName = useContributorName(contributor);
  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] px-4 py-5 sm:px-6">
      <title>{`${title} — Stockroom video`}</title>
      <div className="mb-4">
        <BackToResults fallback="/videos" label="Search videos" />
      </div>
      {/* The title and actions come before the keywords in reading order; on wide screens the
          keywords sit under the player. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <VideoPlayer
            title={title}
            poster={video.assets.preview_jpg?.url ?? video.assets.thumb_jpg?.url}
            mp4={video.assets.preview_mp4?.url}
            webm={video.assets.preview_webm?.url}
            aspect={videoAspect(video)}
            className="mx-auto max-h-[75vh] w-full"
          />
        </div>
        <div className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div>
            <p className="mb-2 text-xs font-medium tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
              Video · ID{' '}
              <span className="normal-case" data-testid="asset-id">
                {video.id}
              </span>
            </p>
            <h1
              className="text-xl leading-snug font-semibold tracking-tight sm:text-2xl"
              data-testid="asset-description"
            >
              {title}
            </h1>
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <LicenseButton media="video" assetId={video.id} title={title} />
              <SaveToCollectionMenu
                ids={[video.id]}
                media="video"
                saved={savedIn > 0}
                buttonVariant="secondary"
                label={savedIn > 0 ? 'Saved' : 'Save to collection'}
              />
              <CompDownload media="video" assetId={video.id} assets={video.assets} title={title} />
              {savedIn > 0 && (
                <p className="text-sm text-neutral-600 dark:text-neutral-400">
                  In {savedIn === 1 ? '1 collection' : `${savedIn} collections`}
                </p>
              )}
            </div>
            <div className="mt-3">
              <LicensedNote media="video" assetId={video.id} />
            </div>
          </div>
          <FactList
            facts={[
              ['Duration', formatDuration(video.duration)],
              [
                'Resolution',
                best && (
                  <span data-testid="video-resolution">
                    {best.badge}
                    {best.size.width && best.size.height
                      ? ` · ${best.size.width} × ${best.size.height}`
                      : ''}
                  </span>
                ),
              ],
              ['Frame rate', formatFps(best?.size.fps)],
              ['Aspect ratio', video.aspect_ratio],
              ['Added', formatDate(video.added_date)],
              [
                'Contributor',
                CONTRIBUTOR_PAGES ? (
                  <Link
                    to={`/contributors/${encodeURIComponent(contributor)}`}
                    className="font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-400"
                    data-testid="contributor-link"
                  >
                    {contributorName ?? contributor}
                  </Link>
                ) : (
                  <Link
                    to={videoSearchHref({ contributor })}
                    className="font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-400"
                  >
                    More from {contributorName ?? contributor}
                  </Link>
                ),
              ],
              ['Releases', video.has_model_release ? 'Model released' : undefined],
            ]}
          />
          {video.categories && video.categories.length > 0 && (
            <section aria-labelledby="categories-heading">
              <h2 id="categories-heading" className="mb-2 text-sm font-semibold">
                Categories
              </h2>
              <ul className="flex flex-wrap gap-1.5">
                {video.categories.map((category) => (
                  <li key={category.name}>
                    <Link
                      to={videoSearchHref({ category: category.id })}
                      className="inline-block rounded-full bg-neutral-100 px-2.5 py-1 text-xs font-medium text-neutral-800 hover:bg-neutral-200 dark:bg-neutral-800 dark:text-neutral-200 dark:hover:bg-neutral-700"
                    >
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          <KeywordChips keywords={video.keywords} href={(query) => videoSearchHref({ query })} />
        </div>
      </div>
      <SimilarVideos key={id} id={id} />
    </main>
  );
}
