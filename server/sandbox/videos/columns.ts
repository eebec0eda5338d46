// The videos' filterable attributes as typed arrays (well under 1 MB for 20k videos):
// search filters and sorts scan these; only a page of rows is read from SQLite.
import { dayNumber, ethnicityBit, GENDER_CODES } from '../catalog/columns';
import type { Db } from '../db';
import { PEOPLE_AGES } from '../seed/people';
import { videoCategoryBit } from './categories';
import { aspectFilterValue, RESOLUTIONS, type Resolution } from './formats';
import { indexOfId, searchOrders } from '../lib/catalog-search';

interface ColumnRow {
  id: number;
  categories: string;
  contributor_id: number;
  duration: number;
  fps: number;
  resolution: string;
  aspect_ratio: string;
  people_number: number;
  people_age: string | null;
  people_gender: string | null;
  people_ethnicity: string;
  people_model_released: number;
  added_date: string;
  popularity: number;
  is_editorial: number;
  is_adult: number;
  models: string;
}

export const ASPECT_CODES = { '4_3': 0, '16_9': 1, nonstandard: 2 } as const;

export class VideoColumns {
  readonly size: number;
  /** Video ids, ascending; a video's position here is its index in every other column. */
  readonly ids: Int32Array;
  readonly popularity: Int32Array;
  readonly day: Int32Array;
  readonly duration: Float32Array;
  readonly fps: Float32Array;
  /** Index into RESOLUTIONS (0 sd, 1 hd, 2 4k). */
  readonly resolution: Uint8Array;
  /** ASPECT_CODES of the aspect_ratio filter. */
  readonly aspect: Uint8Array;
  readonly categoryMask: Int32Array;
  readonly contributor: Int32Array;
  readonly peopleNumber: Int8Array;
  readonly peopleAge: Int8Array;
  readonly peopleGender: Int8Array;
  readonly ethnicityMask: Int32Array;
  readonly modelReleased: Uint8Array;
  readonly editorial: Uint8Array;
  readonly adult: Uint8Array;
  /** Indexes of the videos featuring each model id. */
  readonly byModel = new Map<string, number[]>();
  readonly popularOrder: Int32Array;
  readonly newestOrder: Int32Array;

  constructor(db: Db) {
    const rows = db
      .prepare(
        `SELECT id, categories, contributor_id, duration, fps, resolution, aspect_ratio, people_number, people_age,
           people_gender, people_ethnicity, people_model_released, added_date, popularity, is_editorial, is_adult, models
         FROM videos ORDER BY id`,
      )
      .all() as ColumnRow[];
    const n = rows.length;
    this.size = n;
    this.ids = new Int32Array(n);
    this.popularity = new Int32Array(n);
    this.day = new Int32Array(n);
    this.duration = new Float32Array(n);
    this.fps = new Float32Array(n);
    this.resolution = new Uint8Array(n);
    this.aspect = new Uint8Array(n);
    this.categoryMask = new Int32Array(n);
    this.contributor = new Int32Array(n);
    this.peopleNumber = new Int8Array(n);
    this.peopleAge = new Int8Array(n).fill(-1);
    this.peopleGender = new Int8Array(n);
    this.ethnicityMask = new Int32Array(n);
    this.modelReleased = new Uint8Array(n);
    this.editorial = new Uint8Array(n);
    this.adult = new Uint8Array(n);
    rows.forEach((row, i) => {
      this.ids[i] = row.id;
      this.popularity[i] = row.popularity;
      this.day[i] = dayNumber(row.added_date);
      this.duration[i] = row.duration;
      this.fps[i] = row.fps;
      this.resolution[i] = RESOLUTIONS.indexOf(row.resolution as Resolution);
      this.aspect[i] = ASPECT_CODES[aspectFilterValue(row.aspect_ratio)];
      this.categoryMask[i] = row.categories
        .split(',')
        .reduce((m, id) => m | videoCategoryBit(id), 0);
      this.contributor[i] = row.contributor_id;
      this.peopleNumber[i] = row.people_number;
      if (row.people_age)
        this.peopleAge[i] = PEOPLE_AGES.indexOf(row.people_age as (typeof PEOPLE_AGES)[number]);
      if (row.people_gender)
        this.peopleGender[i] = GENDER_CODES[row.people_gender as keyof typeof GENDER_CODES];
      this.ethnicityMask[i] = row.people_ethnicity
        ? row.people_ethnicity.split(',').reduce((mask, e) => mask | ethnicityBit(e), 0)
        : 0;
      this.modelReleased[i] = row.people_model_released;
      this.editorial[i] = row.is_editorial;
      this.adult[i] = row.is_adult;
      for (const model of row.models ? row.models.split(',') : []) {
        const list = this.byModel.get(model);
        if (list) list.push(i);
        else this.byModel.set(model, [i]);
      }
    });
    ({ popularOrder: this.popularOrder, newestOrder: this.newestOrder } = searchOrders(
      this.popularity,
    ));
  }

  /** A video's index, or -1 when the catalog has no such id. */
  indexOf(id: number): number {
    return indexOfId(this.ids, id);
  }
}
