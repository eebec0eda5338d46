// Computer vision for the sandbox: uploads, and images, videos and keywords that look
// like an upload (or a catalog image), computed from the picture's colours and
// composition. Catalog features are built lazily, on the first search of each kind.
import path from 'node:path';
import type { Catalog } from '../catalog';
import { LruCache } from '../lib/lru';
import type { Db } from '../db';
import { SandboxError } from '../errors';
import type { VideoCatalog } from '../videos';
import { videoMediaSpec } from '../videos/media/spec';
import { sceneSvg } from '../media/render';
import { featuresOfPicture, type VisualFeatures } from './features';
import { buildSource, VisualSearch, type VisualFilter } from './search';
import { CvUploads, UPLOAD_ID } from './uploads';

export { checkUpload, UPLOAD_BODY_LIMIT } from './uploads';
export type { VisualFilter } from './search';

/** Neighbours whose keywords are pooled into suggestions, and how many are suggested. */
const KEYWORD_NEIGHBOURS = 30;
const KEYWORD_COUNT = 20;

/** A query: an upload of the user, or an image of the catalog (by its catalog index). */
interface Query {
  key: string;
  features: VisualFeatures;
  imageIndex: number;
}

interface ColumnRow {
  id: number;
  width: number;
  height: number;
  is_editorial: number;
  is_adult: number;
  colors: string;
}

export class ComputerVision {
  readonly uploads: CvUploads;
  private readonly images: VisualSearch;
  private readonly videos: VisualSearch;
  private readonly results = new LruCache<string, Int32Array>(200);
  private readonly running = new Map<string, Promise<Int32Array>>();
  private keywordFrequency: Map<string, number> | undefined;

  constructor(
    dataDir: string,
    private readonly catalog: Catalog,
    private readonly db: Db,
    videos: VideoCatalog,
  ) {
    this.uploads = new CvUploads(path.join(dataDir, 'cv'));
    this.images = new VisualSearch(() => {
      const rows = readRows(db, 'images');
      return buildSource(rows, (i) =>
        catalog.images.previewSpec(String(catalog.columns.ids[i] as number)),
      );
    }, 240);
    let videoIds: Int32Array | undefined;
    this.videos = new VisualSearch(() => {
      const rows = readRows(videos.db, 'videos');
      videoIds = Int32Array.from(rows, (row) => row.id);
      return buildSource(rows, (i) => {
        const spec = videoIds ? videoMediaSpec(videos, 'videos', String(videoIds[i])) : undefined;
        return spec && { ...spec, id: spec.key, imageType: 'photo' };
      });
    }, 120);
    this.videoIdAt = (index) => (videoIds ? (videoIds[index] as number) : 0);
  }

  /** A video's id from its index in the visual search (the videos table in id order). */
  readonly videoIdAt: (index: number) => number;

  /** The query for `asset_id`: the user's upload, or a catalog image; 404 otherwise. */
  async query(userId: string, assetId: string): Promise<Query> {
    const path = '$.query.asset_id';
    if (UPLOAD_ID.test(assetId)) {
      return {
        key: assetId,
        features: await this.uploads.featuresOf(userId, assetId, path),
        imageIndex: -1,
      };
    }
    if (/^U[0-9a-zA-Z]+$/.test(assetId))
      throw SandboxError.notFound(`Upload ${assetId} not found`, path);
    const index = /^[1-9]\d{0,14}$/.test(assetId)
      ? this.catalog.columns.indexOf(Number(assetId))
      : -1;
    if (!/^[1-9]\d*$/.test(assetId)) {
      throw SandboxError.badRequest(
        'asset_id must be an upload id (U…) or an image id',
        path,
        'VALIDATION_INVALID_FORMAT',
        assetId,
      );
    }
    const spec = index >= 0 ? this.catalog.images.previewSpec(assetId) : undefined;
    if (!spec) throw SandboxError.notFound(`Image ${assetId} not found`, path);
    // A catalog image is looked at as its preview scene, drawn small.
    const scene = await featuresOfPicture(Buffer.from(sceneSvg(spec, 48, 48)));
    return {
      key: assetId,
      features: { ...scene, width: spec.width, height: spec.height },
      imageIndex: index,
    };
  }

  /** Catalog image indexes that look like the query, closest first. */
  similarImages(query: Query, filter: VisualFilter): Promise<Int32Array> {
    return this.cached(`images:${query.key}:${filterKey(filter)}`, () =>
      this.images.find(query.features, filter, query.imageIndex),
    );
  }

  /** Video ids that look like the query, closest first. */
  async similarVideos(query: Query, filter: VisualFilter): Promise<number[]> {
    const indexes = await this.cached(`videos:${query.key}:${filterKey(filter)}`, () =>
      this.videos.find(query.features, filter),
    );
    return Array.from(indexes, (i) => this.videoIdAt(i));
  }

  /** Keywords of the images that look most like the query, weighted by closeness and rarity. */
  async keywords(query: Query): Promise<string[]> {
    const similar = await this.similarImages(query, {
      commercial: true,
      editorial: false,
      safe: true,
    });
    const neighbours = Array.from(similar.subarray(0, KEYWORD_NEIGHBOURS));
    if (query.imageIndex >= 0) neighbours.unshift(query.imageIndex);
    const ids = neighbours.map((i) => this.catalog.columns.ids[i] as number);
    const rows = new Map(this.catalog.images.findMany(ids).map((row) => [row.id, row]));
    const frequency = this.frequencies();
    const total = this.catalog.columns.size;
    const scores = new Map<string, number>();
    ids.forEach((id, rank) => {
      const row = rows.get(id);
      if (!row) return;
      const closeness = 1 / (rank + 3);
      for (const keyword of JSON.parse(row.keywords) as string[]) {
        const rarity = Math.log(1 + total / Math.max(1, frequency.get(keyword) ?? 1));
        scores.set(keyword, (scores.get(keyword) ?? 0) + closeness * Math.sqrt(rarity));
      }
    });
    return [...scores.entries()]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, KEYWORD_COUNT)
      .map(([keyword]) => keyword);
  }

  private frequencies(): Map<string, number> {
    this.keywordFrequency ??= new Map(
      this.db.prepare('SELECT keyword, frequency FROM keywords').raw().all() as [string, number][],
    );
    return this.keywordFrequency;
  }

  /** A search's result, computed once (concurrent requests share it; a failure is not kept). */
  private async cached(key: string, make: () => Promise<Int32Array>): Promise<Int32Array> {
    const done = this.results.get(key);
    if (done) return done;
    let running = this.running.get(key);
    if (!running) {
      running = make().finally(() => this.running.delete(key));
      this.running.set(key, running);
    }
    const result = await running;
    this.results.set(key, result);
    return result;
  }
}

function filterKey(filter: VisualFilter): string {
  return `${filter.commercial ? 'c' : ''}${filter.editorial ? 'e' : ''}${filter.safe ? 's' : ''}`;
}

function readRows(db: Db, table: 'images' | 'videos') {
  return (
    db
      .prepare(`SELECT id, width, height, is_editorial, is_adult, colors FROM ${table} ORDER BY id`)
      .all() as ColumnRow[]
  ).map((row) => ({
    id: row.id,
    width: row.width,
    height: row.height,
    editorial: row.is_editorial === 1,
    adult: row.is_adult === 1,
    colors: row.colors.split(','),
  }));
}
