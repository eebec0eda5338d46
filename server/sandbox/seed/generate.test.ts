// The generated catalog: deterministic (same seed, same data) and shaped like a stock catalog.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { TEST_DATA_DIR } from '../../test/app';
import { categoryById } from '../categories';
import {
  generateContributors,
  generateImages,
  type GeneratorOptions,
  type ImageRecord,
} from './generate';
import { DEFAULT_CATALOG } from '.';

const take = (options: GeneratorOptions, count: number): ImageRecord[] => {
  const contributors = generateContributors(options.seed, options.contributorCount);
  const images: ImageRecord[] = [];
  for (const image of generateImages(options, contributors)) {
    images.push(image);
    if (images.length === count) break;
  }
  return images;
};

describe('catalog generator', () => {
  const options = { seed: 1234, imageCount: 3000, contributorCount: 200 };

  it('is deterministic: the same seed gives the same catalog, another seed another one', () => {
    expect(take(options, 3000)).toEqual(take(options, 3000));
    expect(take({ ...options, seed: 1235 }, 50).map((i) => i.description)).not.toEqual(
      take(options, 50).map((i) => i.description),
    );
  });

  it('gives every image the attributes of a stock image', () => {
    const images = take(options, 3000);
    const contributorIds = new Set(
      generateContributors(options.seed, options.contributorCount).map((c) => c.id),
    );
    let previousId = 0;
    for (const image of images) {
      expect(image.id).toBeGreaterThan(previousId);
      previousId = image.id;
      expect(image.description).toMatch(/^[A-Z0-9].{8,}$/);
      expect(image.keywords.length).toBeGreaterThanOrEqual(10);
      expect(image.keywords.length).toBeLessThanOrEqual(40);
      expect(new Set(image.keywords).size).toBe(image.keywords.length);
      expect(image.categories.length).toBeGreaterThanOrEqual(1);
      expect(image.categories.length).toBeLessThanOrEqual(2);
      for (const category of image.categories) expect(categoryById(category)).toBeDefined();
      expect(contributorIds.has(image.contributorId)).toBe(true);
      expect(['photo', 'illustration', 'vector']).toContain(image.imageType);
      expect(Math.max(image.width, image.height)).toBeGreaterThanOrEqual(2000);
      expect(image.colors.length).toBeGreaterThanOrEqual(1);
      expect(image.colors.length).toBeLessThanOrEqual(3);
      for (const color of image.colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect(image.addedDate).toMatch(/^20(1\d|2[0-6])-\d\d-\d\d$/);
      expect(image.popularity).toBeGreaterThanOrEqual(0);
      if (image.people.number === 0)
        expect(image.people).toMatchObject({ age: null, gender: null, modelReleased: false });
      else expect(image.people.ethnicities.length).toBeGreaterThan(0);
      if (image.isEditorial) expect(image.people.modelReleased).toBe(false);
      expect(image.releases.length > 0).toBe(
        image.people.modelReleased || image.hasPropertyRelease,
      );
    }
    // A spread of everything the filters work on.
    expect(new Set(images.map((i) => i.imageType)).size).toBe(3);
    expect(new Set(images.flatMap((i) => i.categories)).size).toBeGreaterThan(20);
    expect(new Set(images.map((i) => i.addedDate.slice(0, 4))).size).toBeGreaterThan(10);
    expect(images.filter((i) => i.people.number > 0).length / images.length).toBeGreaterThan(0.2);
    expect(images.some((i) => i.isEditorial)).toBe(true);
    expect(new Set(images.map((i) => i.contributorId)).size).toBeGreaterThan(100);
  });

  it('seeded the test database with exactly what the generator yields', () => {
    const db = new Database(path.join(TEST_DATA_DIR, 'sandbox.sqlite'), { readonly: true });
    try {
      const rows = db
        .prepare('SELECT id, description, keywords FROM images ORDER BY id LIMIT 200')
        .all() as { id: number; description: string; keywords: string }[];
      const expected = take(DEFAULT_CATALOG, 200);
      expect(rows.map((row) => [row.id, row.description, JSON.parse(row.keywords)])).toEqual(
        expected.map((i) => [i.id, i.description, i.keywords]),
      );
      expect(db.prepare('SELECT count(*) FROM images').pluck().get()).toBe(
        DEFAULT_CATALOG.imageCount,
      );
    } finally {
      db.close();
    }
  });
});
