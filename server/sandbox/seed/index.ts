// Seeds a fresh database with the generated catalog: contributors, images, full-text
// index and vocabularies. Deterministic: the same seed gives the same catalog.
import { CATALOG_VERSION, IMAGE_INDEXES, setMeta, type Db } from '../db';
import { generateContributors, generateImages, type GeneratorOptions } from './generate';
import { consoleProgress, silentProgress } from './progress';
import { insertContributors, Vocabulary } from './vocabulary';

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
  insertContributors(db, contributors);

  const insertImage = db.prepare(`INSERT INTO images (
    id, description, keywords, categories, contributor_id, image_type, width, height, colors,
    people_number, people_age, people_gender, people_ethnicity, people_model_released,
    added_date, popularity, is_editorial, is_adult, has_property_release, releases, models, keyword_ids
  ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFts = db.prepare(
    'INSERT INTO images_fts (rowid, description, keywords) VALUES (?, ?, ?)',
  );
  const vocabulary = new Vocabulary();

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
        Buffer.from(Uint16Array.from(image.keywords, (k) => vocabulary.keyword(k)).buffer),
      );
      insertFts.run(image.id, image.description, keywordText);
      vocabulary.words(`${image.description} ${keywordText}`);
      done++;
    }
    return true;
  });
  while (insertBatch()) progress.update(done);

  db.transaction(() => {
    vocabulary.write(db);
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
