// Seeds videos.sqlite: contributors (the image catalog's), videos, editorial videos,
// full-text indexes and vocabularies. Deterministic: the same options, the same catalog.
import { setMeta, type Db } from '../db';
import { generateContributors } from '../seed/contributors';
import { consoleProgress, silentProgress } from '../seed/progress';
import { insertContributors, Vocabulary } from '../seed/vocabulary';
import { VIDEO_CATALOG_VERSION } from './db';
import { generateEditorialVideos } from './editorial-generate';
import { generateVideos, type VideoGeneratorOptions } from './generate';

export interface VideoCatalogOptions extends VideoGeneratorOptions {
  /** The image catalog's seed and contributor count: videos share its contributors. */
  contributorSeed: number;
  contributorCount: number;
}

export const DEFAULT_VIDEO_CATALOG: Omit<
  VideoCatalogOptions,
  'contributorSeed' | 'contributorCount'
> = {
  seed: 20_260_303,
  videoCount: 20_000,
  editorialCount: 5_000,
};

export function videoCatalogVersion(options: VideoCatalogOptions): string {
  return [
    VIDEO_CATALOG_VERSION,
    options.seed,
    options.videoCount,
    options.editorialCount,
    options.contributorSeed,
    options.contributorCount,
  ].join(':');
}

const BATCH = 5_000;

export function seedVideoCatalog(
  db: Db,
  options: VideoCatalogOptions,
  showProgress: boolean,
): number {
  const started = performance.now();
  const total = options.videoCount + options.editorialCount;
  const progress = showProgress
    ? consoleProgress(
        `Generating the video catalog (${options.videoCount.toLocaleString('en')} videos, ${options.editorialCount.toLocaleString('en')} editorial)`,
        total + BATCH,
      )
    : silentProgress;
  const contributors = generateContributors(options.contributorSeed, options.contributorCount);
  const vocabulary = new Vocabulary();
  insertContributors(db, contributors);

  const insertVideo = db.prepare(`INSERT INTO videos (
    id, description, keywords, categories, contributor_id, duration, fps, resolution, aspect_ratio, width, height,
    colors, people_number, people_age, people_gender, people_ethnicity, people_model_released, added_date, popularity,
    is_editorial, is_adult, has_property_release, models
  ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFts = db.prepare(
    'INSERT INTO videos_fts (rowid, description, keywords) VALUES (?, ?, ?)',
  );
  const videos = generateVideos(options, contributors);
  let done = 0;
  const videoBatch = db.transaction(() => {
    for (let i = 0; i < BATCH; i++) {
      const next = videos.next();
      if (next.done) return false;
      const v = next.value;
      const keywordText = v.keywords.join(', ');
      insertVideo.run(
        v.id,
        v.description,
        JSON.stringify(v.keywords),
        v.categories.join(','),
        v.contributorId,
        v.duration,
        v.fps,
        v.resolution,
        v.aspectRatio,
        v.width,
        v.height,
        v.colors.join(','),
        v.people.number,
        v.people.age,
        v.people.gender,
        v.people.ethnicities.join(','),
        v.people.modelReleased ? 1 : 0,
        v.addedDate,
        v.popularity,
        v.isEditorial ? 1 : 0,
        v.isAdult ? 1 : 0,
        v.hasPropertyRelease ? 1 : 0,
        v.models.join(','),
      );
      insertFts.run(v.id, v.description, keywordText);
      for (const keyword of v.keywords) vocabulary.keyword(keyword);
      vocabulary.words(`${v.description} ${keywordText}`);
      done++;
    }
    return true;
  });
  while (videoBatch()) progress.update(done);

  const insertEditorial = db.prepare(`INSERT INTO editorial_videos (
    rowid, id, title, caption, keywords, categories, supplier_code, byline, date_taken, duration, fps, resolution,
    width, height, colors, restricted_in, allowed_only, popularity
  ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEditorialFts = db.prepare(
    'INSERT INTO editorial_videos_fts (rowid, title, caption, keywords) VALUES (?, ?, ?, ?)',
  );
  let rowid = 0;
  db.transaction(() => {
    for (const e of generateEditorialVideos(options)) {
      rowid++;
      insertEditorial.run(
        rowid,
        e.id,
        e.title,
        e.caption,
        JSON.stringify(e.keywords),
        e.categories.join('|'),
        e.supplierCode,
        e.byline,
        e.dateTaken,
        e.duration,
        e.fps,
        e.resolution,
        e.width,
        e.height,
        e.colors.join(','),
        e.restrictedIn.join(','),
        e.allowedOnly.join(','),
        e.popularity,
      );
      insertEditorialFts.run(rowid, e.title, e.caption, e.keywords.join(', '));
    }
  })();
  progress.update(total);

  db.transaction(() => {
    vocabulary.write(db);
    db.exec('CREATE INDEX videos_contributor ON videos (contributor_id)');
    db.exec("INSERT INTO videos_fts (videos_fts) VALUES ('optimize')");
    db.exec("INSERT INTO editorial_videos_fts (editorial_videos_fts) VALUES ('optimize')");
    setMeta(db, 'videos', String(done));
    setMeta(db, 'editorial_videos', String(rowid));
  })();
  db.exec('ANALYZE');
  const ms = performance.now() - started;
  progress.finish(
    `Video catalog ready: ${done.toLocaleString('en')} videos, ${rowid.toLocaleString('en')} editorial videos in ${(ms / 1000).toFixed(1)} s.`,
  );
  return ms;
}

/** Marks the database complete; until then a restart re-creates it. */
export function markVideoCatalogSeeded(db: Db, options: VideoCatalogOptions): void {
  setMeta(db, 'catalog_version', videoCatalogVersion(options));
}
