// Seeds a fresh database with the generated catalog: contributors, images, full-text
// index and vocabularies. Deterministic: the same seed gives the same catalog.
import { CATALOG_VERSION, IMAGE_INDEXES, setMeta, type Db } from '../db';
import { generateContributors, generateImages, type GeneratorOptions } from './generate';
import { consoleProgress, silentProgress } from './progress';

export const DEFAULT_CATALOG: GeneratorOptions = {
  seed: 20_260_101,
  imageCount: 100_000,
  contributorCount: 3_000,
};

const BATCH = 5_000;

export function seedCatalog(
  db: Db,
  options: { showProgress: boolean; catalog?: GeneratorOptions },
): { ms: number } {
  const catalog = options.catalog ?? DEFAULT_CATALOG;
  const started = performance.now();
  const progress = options.showProgress
    ? consoleProgress(
        `Generating the sandbox catalog (${catalog.imageCount.toLocaleString('en')} images)`,
        catalog.imageCount + BATCH,
      )
    : silentProgress;

  const contributors = generateContributors(catalog.seed, catalog.contributorCount);
  const insertContributor = db.prepare('INSERT INTO contributors (id, name) VALUES (?, ?)');
  db.transaction(() => {
    for (const contributor of contributors) insertContributor.run(contributor.id, contributor.name);
  })();

  const insertImage = db.prepare(`INSERT INTO images (
    id, description, keywords, categories, contributor_id, image_type, width, height, colors,
    people_number, people_age, people_gender, people_ethnicity, people_model_released,
    added_date, popularity, is_editorial, is_adult, has_property_release, releases, models, keyword_ids
  ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFts = db.prepare(
    'INSERT INTO images_fts (rowid, description, keywords) VALUES (?, ?, ?)',
  );
  const keywordIds = new Map<string, number>();
  const keywordCounts: number[] = [];
  const keywordId = (keyword: string) => {
    let id = keywordIds.get(keyword);
    if (id === undefined) keywordIds.set(keyword, (id = keywordIds.size + 1));
    keywordCounts[id] = (keywordCounts[id] ?? 0) + 1;
    return id;
  };
  const wordCounts = new Map<string, number>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  const images = generateImages(catalog, contributors);
  let done = 0;
  const insertBatch = db.transaction(() => {
    for (let i = 0; i < BATCH; i++) {
      const next = images.next();
      if (next.done) return false;
      const image = next.value;
      const keywordText = image.keywords.join(', ');
      insertImage.run(
        image.id,
        image.description,
        JSON.stringify(image.keywords),
        image.categories.join(','),
        image.contributorId,
        image.imageType,
        image.width,
        image.height,
        image.colors.join(','),
        image.people.number,
        image.people.age,
        image.people.gender,
        image.people.ethnicities.join(','),
        image.people.modelReleased ? 1 : 0,
        image.addedDate,
        image.popularity,
        image.isEditorial ? 1 : 0,
        image.isAdult ? 1 : 0,
        image.hasPropertyRelease ? 1 : 0,
        JSON.stringify(image.releases),
        image.models.join(','),
        Buffer.from(Uint16Array.from(image.keywords, keywordId).buffer),
      );
      insertFts.run(image.id, image.description, keywordText);
      for (const word of `${image.description} ${keywordText}`
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [])
        count(wordCounts, word);
      done++;
    }
    return true;
  });
  while (insertBatch()) progress.update(done);

  db.transaction(() => {
    const insertKeyword = db.prepare(
      'INSERT INTO keywords (id, keyword, frequency) VALUES (?, ?, ?)',
    );
    for (const [keyword, id] of keywordIds) insertKeyword.run(id, keyword, keywordCounts[id]);
    const insertWord = db.prepare('INSERT INTO words (word, frequency) VALUES (?, ?)');
    for (const [word, frequency] of wordCounts) insertWord.run(word, frequency);
    db.exec(IMAGE_INDEXES);
    db.exec("INSERT INTO images_fts (images_fts) VALUES ('optimize')");
    setMeta(db, 'catalog_seed', String(catalog.seed));
    setMeta(db, 'catalog_images', String(done));
  })();
  db.exec('ANALYZE');
  progress.update(catalog.imageCount + BATCH);

  const ms = performance.now() - started;
  progress.finish(
    `Sandbox catalog ready: ${done.toLocaleString('en')} images in ${(ms / 1000).toFixed(1)} s.`,
  );
  return { ms };
}

/** The version a database seeded with these options carries (see openDb). */
export function catalogVersion(catalog: GeneratorOptions = DEFAULT_CATALOG): string {
  return `${CATALOG_VERSION}:${catalog.seed}:${catalog.imageCount}:${catalog.contributorCount}`;
}

/** Marks the database complete; until then a restart re-creates it. */
export function markSeeded(db: Db, catalog: GeneratorOptions = DEFAULT_CATALOG): void {
  setMeta(db, 'catalog_version', catalogVersion(catalog));
}
