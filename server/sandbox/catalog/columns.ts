// The catalog's filterable attributes, held in memory as typed arrays (a few MB for
// 100k images). Search filters and sorts scan these instead of the database; only
// the page of results is then read from SQLite.
import { categoryBit } from '../categories';
import { parseHex } from '../colors';
import type { Db } from '../db';
import { PEOPLE_AGES, PEOPLE_ETHNICITIES } from '../seed/people';
import { indexOfId, searchOrders } from '../lib/catalog-search';

export const IMAGE_TYPES = ['photo', 'illustration', 'vector'] as const;
export type ImageTypeName = (typeof IMAGE_TYPES)[number];
export const GENDER_CODES = { male: 1, female: 2, both: 3 } as const;
export const MAX_COLORS = 3;

interface ColumnRow {
  id: number;
  categories: string;
  contributor_id: number;
  image_type: string;
  width: number;
  height: number;
  colors: string;
  people_number: number;
  people_age: string | null;
  people_gender: string | null;
  people_ethnicity: string;
  people_model_released: number;
  added_date: string;
  popularity: number;
  is_editorial: number;
  is_adult: number;
}

export const DAY_MS = 86_400_000;
const LOAD_CHUNK = 10_000;

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export class CatalogColumns {
  readonly size: number;
  /** Image ids, ascending; an image's position here is its index in every other column. */
  readonly ids: Int32Array;
  readonly popularity: Int32Array;
  readonly day: Int32Array;
  readonly width: Int32Array;
  readonly height: Int32Array;
  readonly aspect: Float64Array;
  readonly type: Uint8Array;
  readonly categoryMask: Int32Array;
  /** MAX_COLORS packed 0xRRGGBB per image, -1 where absent. */
  readonly colors: Int32Array;
  readonly contributor: Int32Array;
  readonly peopleNumber: Int8Array;
  readonly peopleAge: Int8Array;
  readonly peopleGender: Int8Array;
  readonly ethnicityMask: Int32Array;
  readonly modelReleased: Uint8Array;
  readonly editorial: Uint8Array;
  readonly adult: Uint8Array;
  /** Indexes by popularity, most popular first (ties: newest first). */
  readonly popularOrder: Int32Array;
  /** Indexes newest first: ids grow with the date added, so the reverse of the columns. */
  readonly newestOrder: Int32Array;

  constructor(db: Db) {
    const n = db.prepare('SELECT count(*) FROM images').pluck().get() as number;
    // Read in chunks with all(): much faster than iterate() row by row, and little garbage.
    const chunk = db.prepare<[number], ColumnRow>(
      `SELECT id, categories, contributor_id, image_type, width, height, colors, people_number, people_age,
         people_gender, people_ethnicity, people_model_released, added_date, popularity, is_editorial, is_adult
       FROM images WHERE id > ? ORDER BY id LIMIT ${LOAD_CHUNK}`,
    );
    function* rows(): Generator<ColumnRow> {
      let after = 0;
      for (;;) {
        const batch = chunk.all(after);
        yield* batch;
        if (batch.length < LOAD_CHUNK) return;
        after = (batch[batch.length - 1] as ColumnRow).id;
      }
    }
    this.size = n;
    this.ids = new Int32Array(n);
    this.popularity = new Int32Array(n);
    this.day = new Int32Array(n);
    this.width = new Int32Array(n);
    this.height = new Int32Array(n);
    this.aspect = new Float64Array(n);
    this.type = new Uint8Array(n);
    this.categoryMask = new Int32Array(n);
    this.colors = new Int32Array(n * MAX_COLORS).fill(-1);
    this.contributor = new Int32Array(n);
    this.peopleNumber = new Int8Array(n);
    this.peopleAge = new Int8Array(n).fill(-1);
    this.peopleGender = new Int8Array(n);
    this.ethnicityMask = new Int32Array(n);
    this.modelReleased = new Uint8Array(n);
    this.editorial = new Uint8Array(n);
    this.adult = new Uint8Array(n);

    const dayCache = new Map<string, number>();
    const categoryMasks = new Map<string, number>();
    let i = 0;
    for (const row of rows()) {
      this.ids[i] = row.id;
      this.popularity[i] = row.popularity;
      let day = dayCache.get(row.added_date);
      if (day === undefined) dayCache.set(row.added_date, (day = dayNumber(row.added_date)));
      this.day[i] = day;
      this.width[i] = row.width;
      this.height[i] = row.height;
      this.aspect[i] = row.width / row.height;
      this.type[i] = IMAGE_TYPES.indexOf(row.image_type as ImageTypeName);
      let mask = categoryMasks.get(row.categories);
      if (mask === undefined)
        categoryMasks.set(
          row.categories,
          (mask = row.categories.split(',').reduce((m, id) => m | categoryBit(id), 0)),
        );
      this.categoryMask[i] = mask;
      row.colors
        .split(',')
        .slice(0, MAX_COLORS)
        .forEach((hex, c) => (this.colors[i * MAX_COLORS + c] = parseHex(hex) ?? -1));
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
      i++;
    }

    ({ popularOrder: this.popularOrder, newestOrder: this.newestOrder } = searchOrders(
      this.popularity,
    ));
  }

  /** An image's index, or -1 when the catalog has no such id. */
  indexOf(id: number): number {
    return indexOfId(this.ids, id);
  }
}

export function ethnicityBit(ethnicity: string): number {
  const index = PEOPLE_ETHNICITIES.indexOf(ethnicity as (typeof PEOPLE_ETHNICITIES)[number]);
  return index < 0 ? 0 : 1 << index;
}
