// Contributor profiles (the vendor's ContributorProfile): the name from the catalog, the
// subjects and kind of work from the contributor's own images, and the rest (about,
// equipment, styles, location, links) derived deterministically from the id. Music and
// sound-effect artists are contributors too (a track's and an effect's `contributor.id`):
// their profiles come from the audio catalog.
import type { Statement } from 'better-sqlite3';
import { categoryById } from '../categories';
import type { Db } from '../db';
import { hashString, Random } from '../seed/random';

// Vendor-style subject names by image category id.
// prettier-ignore
const SUBJECTS: Record<string, string> = {
  '0': 'transportation', '1': 'animals', '2': 'landmarks', '3': 'backgrounds', '4': 'business', '5': 'education',
  '6': 'food_and_drink', '7': 'healthcare', '8': 'holiday', '9': 'objects', '10': 'industrial', '11': 'arts',
  '12': 'nature', '13': 'people', '14': 'religion', '15': 'science', '16': 'technology', '17': 'signs',
  '18': 'recreation', '21': 'interiors', '22': 'miscellaneous', '24': 'vintage', '25': 'parks', '26': 'abstract',
  '27': 'beauty_and_fashion', '31': 'celebrities',
};
// prettier-ignore
const CAMERAS = ['Canon EOS R5', 'Nikon Z7 II', 'Sony A7R IV', 'Fujifilm X-T4', 'Leica Q2', 'Canon EOS 5D Mark IV', 'DJI Mavic 3', 'Sigma 35mm f/1.4'];
const TOOLS = ['Adobe Illustrator', 'Procreate', 'Wacom Cintiq', 'Blender', 'Affinity Designer'];
// prettier-ignore
const STYLES = ['lifestyle', 'landscape', 'portrait', 'studio', 'documentary', 'minimal', 'aerial', 'macro', 'flat_design', '3d_render', 'travel'];
// prettier-ignore
const LOCATIONS = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'PT', 'PL', 'UA', 'IN', 'TH', 'BR', 'CA', 'AU', 'JP', 'NL', 'SE', 'ZA'];

export interface ContributorProfile {
  id: string;
  display_name: string;
  about: string;
  contributor_type: string[];
  equipment: string[];
  styles: string[];
  subjects: string[];
  location: string;
  portfolio_url: string;
  website: string;
  social_media: Record<string, string>;
}

export class ContributorProfiles {
  private readonly name: Statement<[number], string>;
  private readonly work: Statement<[number], { categories: string; image_type: string }>;
  private readonly artist: Statement<[number], string> | undefined;
  private readonly audioDb: Db | undefined;
  /** Tracks (as main artist) and sound effects per artist id, counted on first use. */
  private artistWork: Map<number, { tracks: number; sfx: number }> | undefined;

  /** `audioDb`: the music and sound-effect catalog, whose artists are contributors too. */
  constructor(db: Db, audioDb?: Db) {
    this.name = db.prepare<[number], string>('SELECT name FROM contributors WHERE id = ?').pluck();
    this.work = db.prepare<[number], { categories: string; image_type: string }>(
      'SELECT categories, image_type FROM images WHERE contributor_id = ?',
    );
    this.audioDb = audioDb;
    this.artist = audioDb
      ?.prepare<[number], string>('SELECT name FROM artists WHERE id = ?')
      .pluck();
  }

  /** The profile of a contributor id, or undefined when there is no such contributor. */
  find(id: string): ContributorProfile | undefined {
    if (!/^[1-9]\d{0,12}$/.test(id)) return undefined;
    const name = this.name.get(Number(id));
    if (name === undefined) return this.findArtist(id);
    const categoryCounts = new Map<string, number>();
    const typeCounts = { photo: 0, illustration: 0, vector: 0 } as Record<string, number>;
    for (const image of this.work.all(Number(id))) {
      const main = image.categories.split(',')[0] ?? '';
      categoryCounts.set(main, (categoryCounts.get(main) ?? 0) + 1);
      typeCounts[image.image_type] = (typeCounts[image.image_type] ?? 0) + 1;
    }
    const total = [...categoryCounts.values()].reduce((a, b) => a + b, 0);
    const top = [...categoryCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const random = new Random(hashString(`contributor:${id}`));
    const drawn = (typeCounts.illustration ?? 0) + (typeCounts.vector ?? 0);
    const types = [
      ...((typeCounts.photo ?? 0) >= drawn || total === 0 ? ['photographer'] : []),
      ...(drawn > total * 0.2 ? ['illustrator'] : []),
    ];
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const topNames = top
      .slice(0, 3)
      .map(([c]) => (categoryById(c)?.name ?? 'Miscellaneous').split('/')[0]!.toLowerCase());
    const kind = types.includes('photographer') ? 'Photographs' : 'Illustrations';
    const location = random.pick(LOCATIONS);
    const social: Record<string, string> = { twitter: `https://twitter.com/${slug}` };
    if (random.chance(0.6)) social.facebook = `https://www.facebook.com/${slug}`;
    if (random.chance(0.4)) social.pinterest = `https://www.pinterest.com/${slug}`;
    if (random.chance(0.4)) social.linkedin = `https://www.linkedin.com/in/${slug}`;
    return {
      id,
      display_name: name,
      about:
        total > 0
          ? `${kind} of ${listText(topNames)} by ${name}: ${total.toLocaleString('en')} images on Stockroom.`
          : `${name} has not published any images yet.`,
      contributor_type: types,
      equipment: random.sample(types.includes('photographer') ? CAMERAS : TOOLS, random.int(1, 3)),
      styles: random.sample(STYLES, random.int(2, 4)),
      subjects: top.map(([c]) => SUBJECTS[c] ?? 'miscellaneous'),
      location,
      portfolio_url: `https://www.shutterstock.com/g/${slug}`,
      website: `https://${slug}.example.com`,
      social_media: social,
    };
  }

  /** A music or sound-effect artist's profile (the main artist of a track is its contributor). */
  private findArtist(id: string): ContributorProfile | undefined {
    const name = this.artist?.get(Number(id));
    if (name === undefined) return undefined;
    const work = this.workOfArtists().get(Number(id)) ?? { tracks: 0, sfx: 0 };
    const random = new Random(hashString(`artist:${id}`));
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const made = [
      work.tracks > 0 ? `${work.tracks.toLocaleString('en')} tracks` : '',
      work.sfx > 0 ? `${work.sfx.toLocaleString('en')} sound effects` : '',
    ].filter(Boolean);
    return {
      id,
      display_name: name,
      about: made.length
        ? `Music by ${name}: ${listText(made)} on Stockroom.`
        : `${name} has not published any music yet.`,
      contributor_type: ['musician'],
      equipment: [],
      styles: [],
      subjects: ['music'],
      location: random.pick(LOCATIONS),
      portfolio_url: `https://www.shutterstock.com/g/${slug}`,
      website: `https://${slug}.example.com`,
      social_media: { twitter: `https://twitter.com/${slug}` },
    };
  }

  private workOfArtists(): Map<number, { tracks: number; sfx: number }> {
    if (this.artistWork) return this.artistWork;
    const work = new Map<number, { tracks: number; sfx: number }>();
    const of = (id: number) => {
      let entry = work.get(id);
      if (!entry) work.set(id, (entry = { tracks: 0, sfx: 0 }));
      return entry;
    };
    const db = this.audioDb;
    if (db) {
      const mains = db
        .prepare<[], number>(
          "SELECT CAST(substr(artist_ids || ',', 1, instr(artist_ids || ',', ',') - 1) AS INTEGER) FROM tracks",
        )
        .pluck()
        .all();
      for (const id of mains) of(id).tracks++;
      const effects = db
        .prepare<[], { id: number; n: number }>(
          'SELECT contributor_id AS id, COUNT(*) AS n FROM sfx GROUP BY contributor_id',
        )
        .all();
      for (const { id, n } of effects) of(id).sfx += n;
    }
    this.artistWork = work;
    return work;
  }
}

function listText(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
