// Contributors' collections: a few portfolios per prolific contributor, each the most
// popular of their own images in one of their main categories. Derived from the catalog
// (deterministic), computed on request; nothing of it is user data.
import type { Statement } from 'better-sqlite3';
import { categoryById } from '../categories';
import type { Db } from '../db';

/** A contributor with fewer images has no collections. */
const MIN_IMAGES = 40;
const PER_CONTRIBUTOR = 3;
const MIN_ITEMS = 8;
const MAX_ITEMS = 50;

export interface ContributorCollectionRecord {
  id: string;
  name: string;
  /** Image ids, most popular first (the cover first). */
  items: { id: number; added_date: string }[];
  created_time: string;
  updated_time: string;
}

interface ImageRef {
  id: number;
  main_category: string;
  added_date: string;
}

const time = (date: string) => `${date}T00:00:00.000Z`;

export class ContributorCollections {
  private readonly contributor: Statement<[number], { id: number; name: string }>;
  private readonly images: Statement<[number], ImageRef>;

  constructor(db: Db) {
    this.contributor = db.prepare('SELECT id, name FROM contributors WHERE id = ?');
    this.images = db.prepare(
      `SELECT id, substr(categories, 1, instr(categories || ',', ',') - 1) AS main_category, added_date
       FROM images WHERE contributor_id = ? ORDER BY popularity DESC, id DESC`,
    );
  }

  /** The contributor's collections, or undefined when there is no such contributor. */
  of(contributorId: string): ContributorCollectionRecord[] | undefined {
    if (!/^[1-9]\d{0,9}$/.test(contributorId)) return undefined;
    const contributor = this.contributor.get(Number(contributorId));
    if (!contributor) return undefined;
    const images = this.images.all(contributor.id);
    if (images.length < MIN_IMAGES) return [];
    const byCategory = new Map<string, ImageRef[]>();
    for (const image of images) {
      const list = byCategory.get(image.main_category) ?? [];
      list.push(image);
      byCategory.set(image.main_category, list);
    }
    return [...byCategory.entries()]
      .filter(([, list]) => list.length >= MIN_ITEMS)
      .sort(([a, x], [b, y]) => y.length - x.length || Number(a) - Number(b))
      .slice(0, PER_CONTRIBUTOR)
      .map(([categoryId, list]) => {
        const items = list.slice(0, MAX_ITEMS);
        const dates = items.map((item) => item.added_date).sort();
        const category = categoryById(categoryId)?.name ?? 'Selected work';
        return {
          // The contributor's id and the category's: stable, and unique across contributors.
          id: `${contributor.id}${categoryId.padStart(2, '0')}`,
          name: `${category} by ${contributor.name}`,
          items: items.map(({ id, added_date }) => ({ id, added_date })),
          created_time: time(dates[0] ?? '2020-01-01'),
          updated_time: time(dates.at(-1) ?? '2020-01-01'),
        };
      });
  }

  find(contributorId: string, id: string): ContributorCollectionRecord | undefined {
    return this.of(contributorId)?.find((collection) => collection.id === id);
  }
}

export const itemTime = time;
