// What a list row needs to recognise a licensed asset of any media type — title, a picture
// (thumbnail, poster frame or waveform), duration and contributor — cached per id and
// fetched in batches: ids asked for within a few milliseconds of each other go out as one
// `GET /v2/images?id=…&id=…` (and the videos, tracks, sound effects and contributors
// twins, up to the vendor's 500 ids). The vendor has no several-by-id endpoint for
// editorial assets, so those are fetched one by one, only for the rows on screen.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Audio, Sfx } from './audio-types';
import { byIdBatcher } from './batch';
import { apiGet } from './client';
import { contributorSummaryOptions } from './contributors';
import type { EditorialImage, EditorialVideo } from './editorial-types';
import type { LicenseMedia } from './license-types';
import type { Image } from './types';
import type { Video } from './video-types';

export interface AssetSummary {
  id: string;
  title?: string;
  /** A thumbnail (images), poster frame (video) or waveform picture (music, sound effects). */
  picture?: string;
  /** Seconds, for video, music and sound effects. */
  duration?: number;
  /** The contributor's id when the vendor gives only that (its name comes from /v2/contributors). */
  contributorId?: string;
  /** A name the asset itself carries: the artists of a track, an editorial byline. */
  credit?: string;
  /** An image drawn as a vector (it can be had as EPS). */
  isVector?: boolean;
}

const HOUR = 3_600_000;
/** The vendor's limit of ids per several-by-id request. */
const MAX_IDS = 500;
const many = <T extends { id: string }>(path: string) =>
  byIdBatcher<T>(path, { maxIds: MAX_IDS, view: 'minimal' });

const batchers = {
  image: many<Image>('/v2/images'),
  video: many<Video>('/v2/videos'),
  audio: many<Audio>('/v2/audio'),
  sfx: many<Sfx>('/v2/sfx'),
};

const clean = (text: string | undefined) => text?.trim() || undefined;

async function fetchSummary(
  media: LicenseMedia,
  id: string,
  country: string,
  signal: AbortSignal,
): Promise<AssetSummary | null> {
  switch (media) {
    case 'image': {
      const image = await batchers.image.fetch(id);
      if (!image) return null;
      return {
        id,
        title: clean(image.description),
        picture: image.assets?.large_thumb?.url ?? image.assets?.small_thumb?.url,
        contributorId: image.contributor?.id,
        isVector: image.image_type === 'vector',
      };
    }
    case 'video': {
      const video = await batchers.video.fetch(id);
      if (!video) return null;
      return {
        id,
        title: clean(video.description),
        picture: video.assets?.thumb_jpg?.url ?? video.assets?.preview_jpg?.url,
        duration: video.duration,
        contributorId: video.contributor?.id,
      };
    }
    case 'audio': {
      const track = await batchers.audio.fetch(id);
      if (!track) return null;
      const artists = (track.artists ?? []).map((artist) => artist.name).filter(Boolean);
      return {
        id,
        title: clean(track.title),
        picture: track.assets?.waveform?.url,
        duration: track.duration,
        ...(artists.length > 0 ? { credit: artists.join(', ') } : {}),
      };
    }
    case 'sfx': {
      const effect = await batchers.sfx.fetch(id);
      if (!effect) return null;
      return {
        id,
        title: clean(effect.title) ?? clean(effect.description),
        picture: effect.assets?.waveform?.url,
        duration: effect.duration,
        contributorId: effect.contributor?.id,
      };
    }
    case 'editorial-image':
    case 'editorial-video': {
      const kind = media === 'editorial-image' ? 'images' : 'videos';
      const asset = await apiGet<EditorialImage | EditorialVideo>(
        `/v2/editorial/${kind}/${encodeURIComponent(id)}`,
        { country },
        signal,
      );
      const assets = asset.assets as EditorialImage['assets'] & EditorialVideo['assets'];
      return {
        id,
        title: clean(asset.title) ?? clean(asset.caption),
        picture: assets.thumb_220?.url ?? assets.thumb_170?.url ?? assets.thumb_jpg?.url,
        ...(clean(asset.byline) ? { credit: clean(asset.byline) } : {}),
      };
    }
  }
}

export const assetSummaryKeys = {
  all: ['asset-summary'] as const,
  one: (media: LicenseMedia, id: string) => [...assetSummaryKeys.all, media, id] as const,
};

/**
 * One asset's summary, from a batch of all the ids asked for at about the same time. Null
 * when the catalog no longer has it. Editorial assets are looked up for `country`.
 */
export function assetSummaryOptions(media: LicenseMedia, id: string, country: string) {
  return queryOptions({
    queryKey: assetSummaryKeys.one(media, id),
    queryFn: ({ signal }) => fetchSummary(media, id, country, signal),
    staleTime: HOUR,
    gcTime: HOUR,
    retry: 1,
  });
}

/** The summary of a licensed asset and its contributor's name, when the vendor has one. */
export function useAssetSummary(media: LicenseMedia, id: string, country: string) {
  const summary = useQuery(assetSummaryOptions(media, id, country));
  const contributorId = summary.data?.contributorId;
  const contributor = useQuery({
    ...contributorSummaryOptions(contributorId ?? ''),
    enabled: Boolean(contributorId),
  });
  return {
    summary: summary.data ?? undefined,
    isPending: summary.isPending,
    contributor: summary.data?.credit ?? (contributor.data?.display_name || undefined),
  };
}
