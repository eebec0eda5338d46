import { useMemo } from 'react';
import { Link } from 'react-router';
import { useVideoSearch } from '@/api/videos';
import type { VideoSearchParams } from '@/api/video-types';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { BulkLicenseButton } from '@/components/license/BulkLicenseButton';
import { SaveSelectionBar } from '@/components/SaveSelectionBar';
import { useGridPaging } from '@/components/use-grid-paging';
import { useSelection } from '@/components/use-selection';
import { VideoGrid } from '@/components/VideoGrid';
import { uniqueById } from '@/lib/pages';
import { videoSearchHref } from '@/lib/video-search-params';

export function VideoResults({ params }: { params: VideoSearchParams }) {
  const search = useVideoSearch(params);
  const videos = useMemo(() => uniqueById(search.data?.pages), [search.data]);
  const paging = useGridPaging(search);
  const ids = useMemo(() => videos.map((video) => video.id), [videos]);
  // Ticking clips to save or license them at once; another search starts a new selection.
  const selection = useSelection(ids, JSON.stringify(params));

  if (search.isPending) return <GridSkeleton rows={4} layoutKey="videos" />;
  if (search.isError && videos.length === 0)
    return <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />;
  if (videos.length === 0) {
    const hasFilters = Object.keys(params).some((k) => k !== 'query' && k !== 'sort');
    return (
      <EmptyState title={params.query ? `No videos match “${params.query}”` : 'No videos found'}>
        {hasFilters ? (
          <p>
            Try fewer filters —{' '}
            <Link
              className="font-medium text-accent-700 underline dark:text-accent-400"
              to={videoSearchHref({ query: params.query })}
            >
              clear them all
            </Link>
            .
          </p>
        ) : (
          <p>Try a different or more general word.</p>
        )}
      </EmptyState>
    );
  }
  return (
    <>
      <VideoGrid videos={videos} layoutKey="videos" {...paging} selection={selection} />
      <SaveSelectionBar selection={selection} media="video" noun="video" secondary>
        <BulkLicenseButton media="video" ids={selection.ids} noun="video" />
      </SaveSelectionBar>
      {search.isError && (
        <div className="mt-4">
          <ErrorMessage compact error={search.error} onRetry={paging.onLoadMore} />
        </div>
      )}
    </>
  );
}
