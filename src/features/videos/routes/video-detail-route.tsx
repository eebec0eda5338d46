import { Link, useParams } from 'react-router';
import { useCollectionMembership } from '@/api/collections';
import { useContributorName } from '@/api/contributors';
import { usePrefetchVideo, useSimilarVideos, useVideo } from '@/api/videos';
import type { Video } from '@/api/video-types';
import { AssetDetailPage } from '@/components/AssetDetailPage';
import { DetailSection, FactList, KeywordChips } from '@/components/DetailParts';
import { NoneFound, QueryView } from '@/components/QueryView';
import { GridSkeleton } from '@/components/GridSkeleton';
import { MediaGrid } from '@/components/MediaGrid';
import { VideoCard } from '@/components/VideoCard';
import { VideoPlayer } from '@/components/VideoPlayer';
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
  const best = bestSize(video.assets);
  const contributor = video.contributor.id;
  const contributorName = useContributorName(contributor);
  return (
    <AssetDetailPage
      media="video"
      id={video.id}
      title={title}
      titleSuffix="— Stockroom video"
      kind="Video"
      assets={video.assets}
      back={{ fallback: '/videos', label: 'Search videos' }}
      preview={
        <VideoPlayer
          title={title}
          poster={video.assets.preview_jpg?.url ?? video.assets.thumb_jpg?.url}
          mp4={video.assets.preview_mp4?.url}
          webm={video.assets.preview_webm?.url}
          aspect={videoAspect(video)}
          className="mx-auto max-h-[75vh] w-full"
        />
      }
      details={
        <>
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
                    to={videoSearchHref({ contributor: [contributor] })}
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
        </>
      }
      keywords={
        <KeywordChips keywords={video.keywords} href={(query) => videoSearchHref({ query })} />
      }
      related={<SimilarVideos key={id} id={id} />}
    />
  );
}
