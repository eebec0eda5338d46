// Videos as the vendor returns them (the Video schema), read from SQLite by id.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { rowsByIds } from '../lib/rows-by-id';
import { videoCategoryById } from './categories';
import {
  evenSide,
  formatByRatio,
  renditionFileSize,
  renditions,
  type Rendition,
  type Resolution,
} from './formats';
import { videoMediaUrls } from './media/paths';
import type * as Vendor from '../../../src/api/vendor-shapes';

export type VideoView = Vendor.View;

export interface VideoRow {
  id: number;
  description: string;
  keywords: string;
  categories: string;
  contributor_id: number;
  duration: number;
  fps: number;
  resolution: Resolution;
  aspect_ratio: string;
  width: number;
  height: number;
  colors: string;
  people_model_released: number;
  added_date: string;
  is_editorial: number;
  is_adult: number;
  has_property_release: number;
  models: string;
}

/** A licensable rendition, every field stated. */
export type VideoSizeDetails = Required<Vendor.VideoSizeDetails>;

export interface Video {
  id: string;
  media_type: 'video';
  aspect: number;
  aspect_ratio: string;
  assets: Record<string, unknown>;
  contributor: { id: string };
  description: string;
  duration: number;
  has_model_release: boolean;
  added_date?: string;
  categories?: { id: string; name: string }[];
  keywords?: string[];
  is_adult?: boolean;
  is_editorial?: boolean;
  has_property_release?: boolean;
  models?: { id: string }[];
}

const SELECT = `SELECT id, description, keywords, categories, contributor_id, duration, fps, resolution, aspect_ratio,
  width, height, colors, people_model_released, added_date, is_editorial, is_adult, has_property_release, models FROM videos`;

const ASSET_ID = /^[1-9]\d{0,14}$/;

const DISPLAY_NAMES: Record<Rendition, string> = {
  web: 'Low Resolution MPEG',
  sd: 'Standard Definition MPEG',
  hd: 'Original HD',
  '4k': '4K',
};

/**
 * The licensable renditions of a video: web, sd, and hd / 4k when it has them. These are
 * the files the download renderer makes: the same pixel sizes (even sides, as H.264 needs),
 * file sizes from the constant bit rate it encodes at, and the vendor's format names (mov
 * for web and sd, avc1 — the H.264 codec — for hd and 4k; every licensed clip is a
 * QuickTime MOV whose video track is avc1).
 */
export function sizeDetails(
  row: Pick<VideoRow, 'resolution' | 'aspect_ratio' | 'fps' | 'duration'>,
) {
  const format = formatByRatio(row.aspect_ratio);
  const detail = (name: Rendition, [width, height]: [number, number]): VideoSizeDetails => ({
    display_name: DISPLAY_NAMES[name],
    file_size: renditionFileSize(name, row.duration, row.fps),
    format: name === 'hd' || name === '4k' ? 'avc1' : 'mov',
    fps: row.fps,
    height: evenSide(height),
    width: evenSide(width),
    is_licensable: true,
  });
  const [sdWidth, sdHeight] = format.sizes.sd;
  const sizes: Record<string, VideoSizeDetails> = {
    web: detail('web', [sdWidth / 2, sdHeight / 2]),
  };
  for (const resolution of renditions(row.resolution))
    sizes[resolution] = detail(resolution, format.sizes[resolution]);
  return sizes;
}

export class VideoStore {
  private readonly byId: Statement<[number], VideoRow>;

  constructor(private readonly db: Db) {
    this.byId = db.prepare<[number], VideoRow>(`${SELECT} WHERE id = ?`);
  }

  find(id: string): VideoRow | undefined {
    if (!ASSET_ID.test(id)) return undefined;
    return this.byId.get(Number(id));
  }

  /** Rows of several ids, in the order given; unknown ids are left out. */
  findMany(ids: number[]): VideoRow[] {
    return rowsByIds<VideoRow>(this.db, SELECT, 'id', ids);
  }
}

export function toVideo(row: VideoRow, view: VideoView, origin: string): Video {
  const id = String(row.id);
  const urls = videoMediaUrls('videos', id, origin);
  const assets: Record<string, unknown> = {
    preview_jpg: { url: urls.previewJpg },
    preview_mp4: { url: urls.previewMp4 },
    preview_webm: { url: urls.previewWebm },
    thumb_jpg: { url: urls.thumbJpg },
    thumb_mp4: { url: urls.thumbMp4 },
    thumb_webm: { url: urls.thumbWebm },
  };
  const video: Video = {
    id,
    media_type: 'video',
    aspect: Math.round((row.width / row.height) * 1000) / 1000,
    aspect_ratio: row.aspect_ratio,
    assets,
    contributor: { id: String(row.contributor_id) },
    description: row.description,
    duration: row.duration,
    has_model_release: row.people_model_released === 1,
  };
  if (view === 'minimal') return video;
  Object.assign(assets, { thumb_jpgs: { urls: urls.frames } }, sizeDetails(row));
  const models = row.models ? row.models.split(',').map((model) => ({ id: model })) : [];
  return {
    ...video,
    added_date: row.added_date,
    categories: row.categories
      .split(',')
      .map((categoryId) => ({ id: categoryId, name: videoCategoryById(categoryId)?.name ?? '' })),
    keywords: JSON.parse(row.keywords) as string[],
    is_adult: row.is_adult === 1,
    is_editorial: row.is_editorial === 1,
    has_property_release: row.has_property_release === 1,
    models,
  };
}
