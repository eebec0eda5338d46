// The deterministic music and sound-effect generator: artists (each its own contributor
// account), their albums, tracks and sound effects. A pure function of the seed.
import { Random, WeightedIndex } from '../seed/random';
import {
  GENRES,
  INSTRUMENTS,
  MOODS,
  SFX_CATEGORIES,
  USES,
  VOCALS,
  type GenreInfo,
  type MoodInfo,
} from './vocab';

export interface AudioCatalogOptions {
  seed: number;
  trackCount: number;
  sfxCount: number;
}

export interface ArtistRecord {
  id: number;
  name: string;
  /** Index into GENRES this artist mostly makes. */
  genre: number;
  weight: number;
}

export interface AlbumRecord {
  id: number;
  title: string;
  artistId: number;
}

export interface TrackRecord {
  id: number;
  title: string;
  description: string;
  artistIds: number[];
  albumId: number;
  bpm: number;
  duration: number;
  genres: string[];
  moods: string[];
  instruments: string[];
  vocalDescription: string;
  isInstrumental: boolean;
  keywords: string[];
  addedDate: string;
  publishedTime: string;
  popularity: number;
  /** Musical key: semitones above A (0–11). */
  key: number;
}

export interface SfxRecord {
  id: number;
  title: string;
  description: string;
  category: number;
  duration: number;
  keywords: string[];
  contributorId: number;
  addedDate: string;
  popularity: number;
  isAdult: boolean;
}

// prettier-ignore
const NAME_WORDS = [
  'Aurora', 'Velvet', 'Echo', 'Neon', 'Silver', 'Golden', 'Crystal', 'Midnight', 'Solar', 'Lunar', 'Ocean', 'Urban', 'Wild',
  'Electric', 'Paper', 'Glass', 'Iron', 'Cosmic', 'Summer', 'Winter', 'Northern', 'Coastal', 'Indigo', 'Amber', 'Scarlet',
];
// prettier-ignore
const NAME_NOUNS = [
  'Lights', 'Harbor', 'Fields', 'Waves', 'Tides', 'Foxes', 'Rivers', 'Pilots', 'Dreamers', 'Engines', 'Gardens', 'Orchestra',
  'Collective', 'Sound', 'Audio', 'Studio', 'Beats', 'Machines', 'Season', 'Skies',
];
// prettier-ignore
const FIRST = [
  'Alex', 'Maria', 'Jonas', 'Lena', 'Marco', 'Sara', 'Igor', 'Nina', 'Tom', 'Eva', 'Leo', 'Mia', 'Daniel', 'Olga', 'Hugo',
  'Clara', 'Felix', 'Ines', 'Ravi', 'Yuki', 'Sam', 'Kira', 'Paul', 'Zoe', 'Andrei', 'Lucia', 'Omar', 'Freya',
];
// prettier-ignore
const LAST = [
  'Klimenko', 'Berg', 'Rivera', 'Novak', 'Hart', 'Lindqvist', 'Moreno', 'Sato', 'Keller', 'Duval', 'Okafor', 'Petrov',
  'Walsh', 'Costa', 'Brandt', 'Ivanova', 'Fontaine', 'Reyes', 'Larsen', 'Kowalski', 'Mendes', 'Chen', 'Adler', 'Quinn',
];
// prettier-ignore
const TITLE_ADJECTIVES = [
  'Another', 'Bright', 'Endless', 'Golden', 'Hidden', 'Electric', 'Silent', 'Distant', 'Little', 'Wild', 'Lost', 'Open',
  'Broken', 'Shining', 'Quiet', 'Rising', 'Falling', 'Northern', 'Velvet', 'Neon', 'Brave', 'Gentle', 'Restless', 'Blue',
  'Secret', 'Morning', 'Summer', 'Midnight', 'First', 'Last', 'Higher', 'Simple', 'Happy', 'Dark', 'Warm', 'Frozen',
];
// prettier-ignore
const TITLE_NOUNS = [
  'Tomorrow', 'Horizon', 'Sunrise', 'Journey', 'Dreams', 'Heart', 'City', 'Road', 'Sky', 'Light', 'Story', 'Memories',
  'Fire', 'River', 'Ocean', 'Streets', 'Echoes', 'Days', 'Nights', 'Wings', 'Steps', 'Shadows', 'Waves', 'Moments',
  'Signals', 'Colors', 'Mountains', 'Stars', 'Clouds', 'Motion', 'Pulse', 'Garden', 'Kingdom', 'Spirit', 'Frontier', 'Groove',
];
const TITLE_PATTERNS = [
  (a: string, n: string) => `${a} ${n}`,
  (a: string, n: string) => `${a} ${n}`,
  (_a: string, n: string) => `The ${n}`,
  (a: string, n: string) => `${n} of ${a === 'Another' ? 'Gold' : a}`,
  (a: string, n: string) => `${a} ${n} (Main Version)`,
  (_a: string, n: string) => `Into the ${n}`,
  (a: string, n: string) => `${n} ${a === 'Last' ? 'Again' : 'Tonight'}`,
];
// prettier-ignore
const TEXTURES = ['pulsing', 'warm', 'airy', 'punchy', 'lush', 'minimal', 'gritty', 'glossy', 'organic', 'atmospheric', 'rhythmic', 'sparkling'];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2012, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2026, 9, 31) / DAY_MS;

const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const lower = (text: string) => text.toLowerCase();

export function generateArtists(seed: number, count: number): ArtistRecord[] {
  const random = new Random(seed ^ 0xa871);
  const names = new Set<string>();
  const artists: ArtistRecord[] = [];
  for (let i = 0; i < count; i++) {
    let name = '';
    do {
      const style = random.int(0, 4);
      if (style === 0) name = `${random.pick(FIRST)} ${random.pick(LAST)}`;
      else if (style === 1) name = `${random.pick(LAST)} Music`;
      else if (style === 2) name = `${random.pick(NAME_WORDS)} ${random.pick(NAME_NOUNS)}`;
      else if (style === 3) name = `The ${random.pick(NAME_WORDS)} ${random.pick(NAME_NOUNS)}`;
      else name = `${random.pick(FIRST)} ${random.pick(NAME_NOUNS)}`;
    } while (names.has(name));
    names.add(name);
    artists.push({
      id: 700_001 + i,
      name,
      genre: random.int(0, GENRES.length - 1),
      weight: 1 / (1 + i * 0.05) + random.next() * 0.2,
    });
  }
  return artists;
}

function title(random: Random): string {
  return random.pick(TITLE_PATTERNS)(random.pick(TITLE_ADJECTIVES), random.pick(TITLE_NOUNS));
}

export function generateAlbums(seed: number, artists: ArtistRecord[]): AlbumRecord[] {
  const random = new Random(seed ^ 0xa1b0);
  const albums: AlbumRecord[] = [];
  for (const artist of artists) {
    const count = random.int(1, 4);
    for (let k = 0; k < count; k++)
      albums.push({ id: 900_001 + albums.length, title: title(random), artistId: artist.id });
  }
  return albums;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function describeTrack(
  random: Random,
  genre: GenreInfo,
  moods: MoodInfo[],
  instruments: string[],
  vocal: string,
): string {
  const [texture, other] = random.sample(TEXTURES, 2) as [string, string];
  const opener = `${texture} and ${other}`;
  const featuring = joinList(instruments.slice(0, 3).map(lower));
  // Mood names read as adjectives, except the "Action / Sports" kind.
  const adjectives = moods.map((mood) => mood.name).filter((name) => !name.includes('/'));
  const feel = (adjectives.length > 0 ? adjectives.slice(0, 2) : ['energetic'])
    .map(lower)
    .join(', ');
  const voice = vocal ? ` with ${lower(vocal)}` : '';
  const use = random.pick(USES);
  return `${opener.charAt(0).toUpperCase()}${opener.slice(1)} ${lower(genre.name)} track${voice}, featuring ${featuring} that create ${/^[aeiou]/.test(feel) ? 'an' : 'a'} ${feel} mood. Good for ${use}.`;
}

/** Tracks, ids growing with the date added (as the vendor's do). */
export function* generateTracks(
  options: AudioCatalogOptions,
  artists: ArtistRecord[],
  albums: AlbumRecord[],
): Generator<TrackRecord> {
  const random = new Random(options.seed);
  const byArtist = new Map<number, AlbumRecord[]>();
  for (const album of albums)
    byArtist.set(album.artistId, [...(byArtist.get(album.artistId) ?? []), album]);
  const pickArtist = new WeightedIndex(artists.map((artist) => artist.weight));
  const span = LAST_DAY - FIRST_DAY;
  for (let i = 0; i < options.trackCount; i++) {
    const artist = artists[pickArtist.pick(random)] as ArtistRecord;
    const artistIds = [artist.id];
    if (random.chance(0.08)) {
      const other = random.pick(artists);
      if (other.id !== artist.id) artistIds.push(other.id);
    }
    const genre = random.chance(0.75) ? (GENRES[artist.genre] as GenreInfo) : random.pick(GENRES);
    const genres = [genre.name];
    for (const extra of random.sample(GENRES, random.int(0, 2)))
      if (extra.style === genre.style && !genres.includes(extra.name)) genres.push(extra.name);
    if (random.chance(0.15)) genres.push(random.pick(GENRES).name);

    const moodCount = random.int(2, 5);
    const anchor = random.pick(MOODS);
    const moods = [
      anchor,
      ...random
        .sample(MOODS, moodCount * 3)
        .filter((mood) => mood !== anchor && mood.minor === anchor.minor)
        .slice(0, moodCount - 1),
    ];
    const instruments = [
      ...random.sample(genre.instruments, random.int(2, Math.min(4, genre.instruments.length))),
    ];
    if (random.chance(0.25)) {
      const extra = random.pick(INSTRUMENTS);
      if (!instruments.includes(extra)) instruments.push(extra);
    }
    const hasVocals = random.chance(genre.vocals);
    const vocal = hasVocals ? random.pick(VOCALS).description : '';
    const energy = moods.reduce((sum, mood) => sum + mood.energy, 0) / moods.length;
    const [lo, hi] = genre.bpm;
    const bpm = Math.round(
      lo + (hi - lo) * Math.min(1, Math.max(0, energy + random.normal() * 0.15)),
    );
    const duration = Math.round(
      Math.min(
        420,
        Math.max(
          15,
          random.weighted([
            [30, 1],
            [60, 2],
            [120, 3],
            [180, 5],
            [240, 2],
          ]) +
            random.normal() * 25,
        ),
      ),
    );
    const day = FIRST_DAY + Math.floor((span * i) / options.trackCount);
    const keywords = [
      ...new Set([
        ...random.sample(
          moods.flatMap((mood) => mood.words),
          random.int(4, 8),
        ),
        ...genres.map(lower),
        ...random.sample(USES, random.int(1, 3)),
        ...(hasVocals ? ['vocals', 'song'] : ['instrumental', 'background music']),
      ]),
    ];
    const albumChoices = byArtist.get(artist.id) ?? [];
    const time = `${String(random.int(8, 20)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
    yield {
      id: 440_001 + i * 3 + random.int(0, 2),
      title: title(random),
      description: describeTrack(random, genre, moods, instruments, vocal),
      artistIds,
      albumId: (albumChoices.length > 0 ? random.pick(albumChoices) : (albums[0] as AlbumRecord))
        .id,
      bpm,
      duration,
      genres,
      moods: moods.map((mood) => mood.name).sort(),
      instruments: instruments.sort(),
      vocalDescription: vocal,
      isInstrumental: !hasVocals,
      keywords: keywords.sort(),
      addedDate: isoDate(Math.min(day, LAST_DAY)),
      publishedTime: `${isoDate(Math.min(day, LAST_DAY))}T${time}Z`,
      popularity: Math.floor(1000 * Math.pow(random.next(), 3) * (0.5 + artist.weight)),
      key: random.int(0, 11),
    };
  }
}

/** Sound effects, ids growing with the date added. */
export function* generateSfx(
  options: AudioCatalogOptions,
  contributors: ArtistRecord[],
): Generator<SfxRecord> {
  const random = new Random(options.seed ^ 0x5f5f);
  const span = LAST_DAY - Date.UTC(2018, 0, 1) / DAY_MS;
  const first = Date.UTC(2018, 0, 1) / DAY_MS;
  const titles = new Map<string, number>();
  for (let i = 0; i < options.sfxCount; i++) {
    const categoryIndex = random.int(0, SFX_CATEGORIES.length - 1);
    const category = SFX_CATEGORIES[categoryIndex] as (typeof SFX_CATEGORIES)[number];
    const subject = random.pick(category.subjects);
    const [quality, other] = random.sample(category.qualities, 2) as [string, string];
    const base = `${quality.charAt(0).toUpperCase()}${quality.slice(1)} ${subject}`;
    const seen = (titles.get(base) ?? 0) + 1;
    titles.set(base, seen);
    const [lo, hi] = category.duration;
    const duration = Math.round((lo + (hi - lo) * random.next()) * 100) / 100;
    const day = first + Math.floor((span * i) / options.sfxCount);
    yield {
      id: 21_001 + i * 2 + random.int(0, 1),
      title: seen > 1 ? `${base} ${seen}` : base,
      description: `${quality.charAt(0).toUpperCase()}${quality.slice(1)}, ${other} ${lower(subject)} sound effect (${lower(category.name)}), ${duration < 1 ? 'a short one-shot' : `${duration.toFixed(1)} seconds`}.`,
      category: categoryIndex,
      duration,
      keywords: [
        ...new Set([
          lower(subject),
          lower(category.name),
          quality,
          other,
          'sound effect',
          'sfx',
          category.sound,
        ]),
      ].sort(),
      contributorId: random.pick(contributors).id,
      addedDate: isoDate(day),
      popularity: Math.floor(1000 * Math.pow(random.next(), 3)),
      isAdult: random.chance(0.005),
    };
  }
}
