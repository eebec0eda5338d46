import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
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
import { useTopTiles } from './top-tiles';

const SHOWN = { images: 12, videos: 8, tracks: 5, sfx: 5, editorial: 10 };

// The sections under the images wait (with their skeletons) until the first image tiles'
// pictures are in: rendered at once, their lists and pictures shared the two cores and the
// six connections with the top of the page, and held its pictures back by a hundred
// milliseconds or more. Their answers are asked for at once all the same (the loader).

/** Props of a section under the images: `held` while the top of the page loads. */
interface SectionProps {
  query: string | undefined;
  held: boolean;
}

function ImagesSection({ query, onTopIn }: { query: string | undefined; onTopIn: () => void }) {
  const params = query ? { query } : {};
  const search = useInfiniteQuery(imageSearchOptions(params));
  const prefetch = usePrefetchImage();
  const images = search.data?.pages[0]?.data.slice(0, SHOWN.images) ?? [];
  const tiles = useTopTiles(search.isPending ? undefined : images.length, onTopIn);
  return (
    <OverviewSection
      id="images"
      title="Images"
      seeAll={searchHref(params)}
      state={sectionState(search)}
      skeleton={<TileSkeleton />}
    >
      <div ref={tiles}>
        <ImageTiles images={images} onIntent={prefetch} />
      </div>
    </OverviewSection>
  );
}

function VideosSection({ query, held }: SectionProps) {
  const params = query ? { query } : {};
  const search = useInfiniteQuery(videoSearchOptions(params));
  const prefetch = usePrefetchVideo();
  const videos = search.data?.pages[0]?.data.slice(0, SHOWN.videos) ?? [];
  return (
    <OverviewSection
      id="videos"
      title="Video"
      seeAll={videoSearchHref(params)}
      state={sectionState(search, held)}
      skeleton={<TileSkeleton />}
    >
      <VideoTiles videos={videos} onIntent={prefetch} />
    </OverviewSection>
  );
}

function MusicSection({ query, held }: SectionProps) {
  const params = query ? { query } : {};
  const search = useInfiniteQuery(audioSearchOptions(params));
  const tracks = search.data?.pages[0]?.data.slice(0, SHOWN.tracks) ?? [];
  return (
    <OverviewSection
      id="music"
      title="Music"
      seeAll={musicHref(params)}
      state={sectionState(search, held)}
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

function SfxSection({ query, held }: SectionProps) {
  const params = query ? { query } : {};
  const search = useInfiniteQuery(sfxSearchOptions(params));
  const effects = search.data?.pages[0]?.data.slice(0, SHOWN.sfx) ?? [];
  return (
    <OverviewSection
      id="sfx"
      title="Sound effects"
      seeAll={sfxHref(params)}
      state={sectionState(search, held)}
      skeleton={<RowSkeleton />}
    >
      <SoundEffectList effects={effects} />
    </OverviewSection>
  );
}

function EditorialSection({ query, held }: SectionProps) {
  const params = query ? { query } : {};
  const [country] = useState(defaultCountry);
  const search = useInfiniteQuery(editorialSearchOptions('images', country, params));
  const prefetch = usePrefetchEditorial('images', country);
  const items = search.data?.pages[0]?.data.slice(0, SHOWN.editorial) ?? [];
  return (
    <OverviewSection
      id="editorial"
      title="Editorial"
      seeAll={editorialSearchHref('images', params, country)}
      state={sectionState(search, held)}
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
  // The query whose top image tiles are in: the sections under them render from then on.
  const [topIn, setTopIn] = useState<string>();
  const held = topIn !== (query ?? '');
  const onTopIn = useCallback(() => setTopIn(query ?? ''), [query]);
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
        <ImagesSection query={query} onTopIn={onTopIn} />
        <VideosSection query={query} held={held} />
        <MusicSection query={query} held={held} />
        <SfxSection query={query} held={held} />
        <EditorialSection query={query} held={held} />
      </ResultsRegion>
    </main>
  );
}
