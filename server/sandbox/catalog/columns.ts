// The catalog's filterable attributes, held in memory as typed arrays (a few MB for
// 100k images). Search filters and sorts scan these instead of the database; only
// the page of results is then read from SQLite.
import { categoryBit } from '../categories';
import { parseHex } from '../colors';
import type { Db } from '../db';
import { AssetColumns, dayNumber, type AssetColumnRow } from '../lib/asset-columns';

export const IMAGE_TYPES = ['photo', 'illustration', 'vector'] as const;
export type ImageTypeName = (typeof IMAGE_TYPES)[number];
export const MAX_COLORS = 3;

interface ColumnRow extends AssetColumnRow {
  categories: string;
  image_type: string;
  width: number;
  height: number;
  colors: string;
}

const LOAD_CHUNK = 10_000;

export class CatalogColumns extends AssetColumns {
  readonly width: Int32Array;
  readonly height: Int32Array;
  readonly aspect: Float64Array;
  readonly type: Uint8Array;
  readonly categoryMask: Int32Array;
  /** MAX_COLORS packed 0xRRGGBB per image, -1 where absent. */
  readonly colors: Int32Array;

  constructor(db: Db) {
    const n = db.prepare('SELECT count(*) FROM images').pluck().get() as number;
    super(n);
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
    this.width = new Int32Array(n);
    this.height = new Int32Array(n);
    this.aspect = new Float64Array(n);
    this.type = new Uint8Array(n);
    this.categoryMask = new Int32Array(n);
    this.colors = new Int32Array(n * MAX_COLORS).fill(-1);

    const dayCache = new Map<string, number>();
    const categoryMasks = new Map<string, number>();
    let i = 0;
    for (const row of rows()) {
      let day = dayCache.get(row.added_date);
      if (day === undefined) dayCache.set(row.added_date, (day = dayNumber(row.added_date)));
      this.readAsset(i, row, day);
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
      i++;
    }

    this.sortOrders();
  }
}
