// The in-memory columns every asset catalog (images, videos) keeps, as typed arrays that
// search filters and sorts scan instead of the database: ids, popularity, the date added,
// contributor, people, editorial and adult. Each catalog extends them with its own.
import { PEOPLE_AGES, PEOPLE_ETHNICITIES } from '../seed/people';
import { indexOfId, searchOrders, type SearchColumns } from './catalog-search';

export const DAY_MS = 86_400_000;
export const GENDER_CODES = { male: 1, female: 2, both: 3 } as const;

/** Days since 1970-01-01 of a YYYY-MM-DD date (NaN when it is not one). */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function ethnicityBit(ethnicity: string): number {
  const index = PEOPLE_ETHNICITIES.indexOf(ethnicity as (typeof PEOPLE_ETHNICITIES)[number]);
  return index < 0 ? 0 : 1 << index;
}

/** The database columns behind the shared ones. */
export interface AssetColumnRow {
  id: number;
  contributor_id: number;
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

export abstract class AssetColumns implements SearchColumns {
  readonly size: number;
  /** Ids, ascending; an asset's position here is its index in every other column. */
  readonly ids: Int32Array;
  readonly popularity: Int32Array;
  readonly day: Int32Array;
  readonly contributor: Int32Array;
  readonly peopleNumber: Int8Array;
  readonly peopleAge: Int8Array;
  readonly peopleGender: Int8Array;
  readonly ethnicityMask: Int32Array;
  readonly modelReleased: Uint8Array;
  readonly editorial: Uint8Array;
  readonly adult: Uint8Array;
  private orders: { popularOrder: Int32Array; newestOrder: Int32Array } | undefined;

  protected constructor(n: number) {
    this.size = n;
    this.ids = new Int32Array(n);
    this.popularity = new Int32Array(n);
    this.day = new Int32Array(n);
    this.contributor = new Int32Array(n);
    this.peopleNumber = new Int8Array(n);
    this.peopleAge = new Int8Array(n).fill(-1);
    this.peopleGender = new Int8Array(n);
    this.ethnicityMask = new Int32Array(n);
    this.modelReleased = new Uint8Array(n);
    this.editorial = new Uint8Array(n);
    this.adult = new Uint8Array(n);
  }

  /** Fills the shared columns at index i (`day`: the row's date added as a day number). */
  protected readAsset(i: number, row: AssetColumnRow, day: number): void {
    this.ids[i] = row.id;
    this.popularity[i] = row.popularity;
    this.day[i] = day;
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
  }

  /** Computes the result orders once every row is read. */
  protected sortOrders(): void {
    this.orders = searchOrders(this.popularity);
  }

  /** Indexes by popularity, most popular first (ties: newest first). */
  get popularOrder(): Int32Array {
    return (this.orders ??= searchOrders(this.popularity)).popularOrder;
  }

  /** Indexes newest first: ids grow with the date added, so the reverse of the columns. */
  get newestOrder(): Int32Array {
    return (this.orders ??= searchOrders(this.popularity)).newestOrder;
  }

  /** An asset's index, or -1 when the catalog has no such id. */
  indexOf(id: number): number {
    return indexOfId(this.ids, id);
  }

  /** The index of an id as a path sends it (any string), or -1 when it names no asset. */
  indexOfParam(id: string): number {
    return /^\d{1,15}$/.test(id) ? this.indexOf(Number(id)) : -1;
  }
}
