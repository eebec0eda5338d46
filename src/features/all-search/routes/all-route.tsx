import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { audioSearchOptions, sfxSearchOptions } from '@/api/audio';
import { imageSearchOptions, usePrefetchImage } from '@/api/images';
import { editorialSearchOptions, usePrefetchEditorial } from '@/api/editorial';
import { videoSearchOptions, usePrefetchVideo } from '@/api/videos';
import { useAudioPage } from '@/components/audio-player';
import { ImageTiles, VideoTiles } from '@/components/MediaTiles';
import { ResultsRegion } from '@/components/ResultsRegion';
import { OverviewSection, RowSkeleton, TileSkeleton } from '@/components/OverviewSection';
import { sectionState } from '@/components/section-state';
import { SoundEffectList, TrackList } from '@/components/AudioLists';
import { musicHref, sfxHref } from '@/lib/audio-params';
import { editorialThumbUrl, tileWidth } from '@/lib/images';
import { searchHref } from '@/lib/search-params';
import { defaultCountry } from '@/lib/countries';
import { editorialSearchHref } from '@/lib/editorial-search-params';
import { videoSearchHref } from '@/lib/video-search-params';

const SHOWN = { images: 12, videos: 8, tracks: 5, sfx: 5, editorial: 10 };

// The sections under the images read their answer as a deferred value: it renders after the
// images have been put on the page, not in the same work, so the pictures at the top are
// asked for and painted first. (The five answers come back together; rendered at once, the
// lists below held the images' requests back by a hundred milliseconds or more.)

function ImagesSection({ query }: { query: string | undefined }) {
  const params = query ? { query } : {};
  const search = useInfiniteQuery(imageSearchOptions(params));
  const prefetch = usePrefetchImage();
  const images = search.data?.pages[0]?.data.slice(0, SHOWN.images) ?? [];
  return (
    <OverviewSection
      id="images"
      title="Images"
      seeAll={searchHref(params)}
      state={sectionState(search)}
      skeleton={<TileSkeleton />}
    >
      <ImageTiles images={images} onIntent={prefetch} />
    </OverviewSection>
  );
}

function VideosSection({ query }: { query: string | undefined }) {
  const params = query ? { query } : {};
  const search = useDeferredValue(useInfiniteQuery(videoSearchOptions(params)));
  const prefetch = usePrefetchVideo();
  const videos = search.data?.pages[0]?.data.slice(0, SHOWN.videos) ?? [];
  return (
    <OverviewSection
      id="videos"
      title="Video"
      seeAll={videoSearchHref(params)}
      state={sectionState(search)}
      skeleton={<TileSkeleton />}
    >
      <VideoTiles videos={videos} onIntent={prefetch} />
    </OverviewSection>
  );
}

function MusicSection({ query }: { query: string | undefined }) {
  const params = query ? { query } : {};
  const search = useDeferredValue(useInfiniteQuery(audioSearchOptions(params)));
  const tracks = search.data?.pages[0]?.data.slice(0, SHOWN.tracks) ?? [];
  return (
    <OverviewSection
      id="music"
      title="Music"
      seeAll={musicHref(params)}
      state={sectionState(search)}
      skeleton={<RowSkeleton />}
    >
      <TrackList
        tracks={tracks}
        compact
        meta={(track) => (
          <>
            {track.genres?.[0] && <span className="hidden sm:inline">{track.genres[0]}</span>}
            {track.bpm !== undefined && <span>{track.bpm} BPM</span>}
          </>
        )}
      />
    </OverviewSection>
  );
}

function SfxSection({ query }: { query: string | undefined }) {
  const params = query ? { query } : {};
  const search = useDeferredValue(useInfiniteQuery(sfxSearchOptions(params)));
  const effects = search.data?.pages[0]?.data.slice(0, SHOWN.sfx) ?? [];
  return (
    <OverviewSection
      id="sfx"
      title="Sound effects"
      seeAll={sfxHref(params)}
      state={sectionState(search)}
      skeleton={<RowSkeleton />}
    >
      <SoundEffectList effects={effects} />
    </OverviewSection>
  );
}

function EditorialSection({ query }: { query: string | undefined }) {
  const params = query ? { query } : {};
  const [country] = useState(defaultCountry);
  const search = useDeferredValue(
    useInfiniteQuery(editorialSearchOptions('images', country, params)),
  );
  const prefetch = usePrefetchEditorial('images', country);
  const items = search.data?.pages[0]?.data.slice(0, SHOWN.editorial) ?? [];
  return (
    <OverviewSection
      id="editorial"
      title="Editorial"
      seeAll={editorialSearchHref('images', params, country)}
      state={sectionState(search)}
      skeleton={<TileSkeleton />}
    >
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => {
          const thumb = item.assets.watermark_450 ?? item.assets.thumb_220;
          const aspect =
            item.aspect ?? (thumb?.width && thumb.height ? thumb.width / thumb.height : 1.5);
          const src = editorialThumbUrl(item, tileWidth(aspect), 144);
          return (
            <li
              key={item.id}
              className="h-36"
              style={{ flexBasis: `${aspect * 9}rem`, flexGrow: aspect }}
            >
              <Link
                to={`/editorial/${encodeURIComponent(item.id)}?country=${country}`}
                data-nav-item
                onMouseEnter={() => prefetch(item.id)}
                onFocus={() => prefetch(item.id)}
                className="block h-full overflow-hidden rounded-lg bg-neutral-100 dark:bg-neutral-900"
              >
                <img
                  src={src}
                  alt={item.title ?? item.caption ?? `Editorial image ${item.id}`}
                  loading="lazy"
                  className="size-full object-cover transition-transform hover:scale-[1.03]"
                />
              </Link>
            </li>
          );
        })}
        <li aria-hidden="true" className="h-0 grow-[8]" />
      </ul>
    </OverviewSection>
  );
}

export function Component() {
  useAudioPage();
  const [searchParams] = useSearchParams();
  const query = searchParams.get('query')?.trim() || undefined;
  return (
    <main id="main" className="mx-auto w-full max-w-[1400px] flex-1 px-4 py-5 sm:px-6">
      <title>{query ? `${query} — Stockroom, all media` : 'Stockroom — all media'}</title>
      <h1 className="mb-6 text-xl font-semibold tracking-tight sm:text-2xl">
        {query ? (
          <>
            <span className="text-neutral-500 dark:text-neutral-400">Everything for</span> {query}
          </>
        ) : (
          'Popular in every medium'
        )}
      </h1>
      <ResultsRegion>
        <ImagesSection query={query} />
        <VideosSection query={query} />
        <MusicSection query={query} />
        <SfxSection query={query} />
        <EditorialSection query={query} />
      </ResultsRegion>
    </main>
  );
}
