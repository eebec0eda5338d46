// The videos' filterable attributes as typed arrays (well under 1 MB for 20k videos):
// search filters and sorts scan these; only a page of rows is read from SQLite.
import { AssetColumns, dayNumber, type AssetColumnRow } from '../lib/asset-columns';
import type { Db } from '../db';
import { videoCategoryBit } from './categories';
import { aspectFilterValue, RESOLUTIONS, type Resolution } from './formats';

interface ColumnRow extends AssetColumnRow {
  categories: string;
  duration: number;
  fps: number;
  resolution: string;
  aspect_ratio: string;
  models: string;
}

export const ASPECT_CODES = { '4_3': 0, '16_9': 1, nonstandard: 2 } as const;

export class VideoColumns extends AssetColumns {
  readonly duration: Float32Array;
  readonly fps: Float32Array;
  /** Index into RESOLUTIONS (0 sd, 1 hd, 2 4k). */
  readonly resolution: Uint8Array;
  /** ASPECT_CODES of the aspect_ratio filter. */
  readonly aspect: Uint8Array;
  readonly categoryMask: Int32Array;
  /** Indexes of the videos featuring each model id. */
  readonly byModel = new Map<string, number[]>();

  constructor(db: Db) {
    const rows = db
      .prepare(
        `SELECT id, categories, contributor_id, duration, fps, resolution, aspect_ratio, people_number, people_age,
           people_gender, people_ethnicity, people_model_released, added_date, popularity, is_editorial, is_adult, models
         FROM videos ORDER BY id`,
      )
      .all() as ColumnRow[];
    const n = rows.length;
    super(n);
    this.duration = new Float32Array(n);
    this.fps = new Float32Array(n);
    this.resolution = new Uint8Array(n);
    this.aspect = new Uint8Array(n);
    this.categoryMask = new Int32Array(n);
    rows.forEach((row, i) => {
      this.readAsset(i, row, dayNumber(row.added_date));
      this.duration[i] = row.duration;
      this.fps[i] = row.fps;
      this.resolution[i] = RESOLUTIONS.indexOf(row.resolution as Resolution);
      this.aspect[i] = ASPECT_CODES[aspectFilterValue(row.aspect_ratio)];
      this.categoryMask[i] = row.categories
        .split(',')
        .reduce((m, id) => m | videoCategoryBit(id), 0);
      for (const model of row.models ? row.models.split(',') : []) {
        const list = this.byModel.get(model);
        if (list) list.push(i);
        else this.byModel.set(model, [i]);
      }
    });
    this.sortOrders();
  }
}
