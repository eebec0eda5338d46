// The editorial catalog generator, a pure function of its seed: news, sport and
// entertainment events, each covered by one agency with a handful to dozens of pictures,
// and the most recent ones (the days before the catalog's fixed "now") as live feeds.
import { hslToRgb, rgbToHex } from '../colors';
import { hashString, Random } from '../seed/random';
import { EVENT_KINDS, type EditorialEvent } from './events';
import { PLACES, RIGHTS_COUNTRIES, SUPPLIERS } from './vocabulary';

export interface EditorialOptions {
  seed: number;
  imageCount: number;
  feedCount: number;
}

/** The catalog's fixed "now": live feeds are the events of the days before it. */
export const EDITORIAL_NOW = Date.UTC(2026, 10, 20, 18, 0, 0);
const FIRST_DAY = Date.UTC(2008, 0, 1);
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface EditorialRecord {
  /** The numeric part of the vendor id (the row id). */
  num: number;
  /** The vendor id: digits and a letter, e.g. "10687730b". */
  id: string;
  title: string;
  description: string;
  /** The wire caption: a dateline, then the description ("LONDON, UNITED KINGDOM - 8 MAY 2026: …"). */
  caption: string;
  keywords: string[];
  categories: string[];
  supplierCode: string;
  byline: string;
  dateTaken: string;
  createdTime: string;
  updatedTime: string;
  width: number;
  height: number;
  colors: string[];
  /** The vendor's rights string ('' when usable everywhere), e.g. "+GBR,+USA,-*" or "-FRA". */
  rights: string;
  specialInstructions: string;
  motif: string;
  feed: number;
}

export interface FeedRecord {
  index: number;
  /** The vendor's id: "YYYY/MM/DD/name", URL-encoded. */
  id: string;
  name: string;
  createdTime: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dateText = (time: number) => {
  const d = new Date(time);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const isoTime = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ASPECTS: [number, number][] = [
  [3 / 2, 60],
  [2 / 3, 25],
  [4 / 3, 8],
  [16 / 9, 7],
];
const HUES: Record<string, number[]> = {
  'Sports/Recreation': [120, 210, 0],
  Celebrities: [0, 45, 280],
  People: [30, 210, 0],
  'The Arts': [280, 0, 45],
  'Beauty/Fashion': [330, 0, 30],
  Nature: [200, 120, 210],
  'Animals/Wildlife': [30, 90, 40],
};

/** Usage rights: most pictures anywhere; some only in a few countries, some not in one. */
function rightsFor(
  random: Random,
  event: EditorialEvent,
): { rights: string; instructions: string } {
  const roll = random.next();
  const name = (code: string) => RIGHTS_COUNTRIES[code] ?? code;
  if (roll < 0.06) {
    const allowed = [
      ...new Set(['GBR', 'USA', random.pick(['CAN', 'DEU', 'AUS', 'IRL']), event.place.code]),
    ].sort();
    return {
      rights: `${allowed.map((code) => `+${code}`).join(',')},-*`,
      instructions: `Editorial use only. Available for use in ${allowed.map(name).join(', ')} only.`,
    };
  }
  if (roll < 0.12) {
    const denied = event.place.code === 'GBR' ? 'FRA' : event.place.code;
    return {
      rights: `-${denied}`,
      instructions: `Editorial use only. No use in ${name(denied)}.`,
    };
  }
  return {
    rights: '',
    instructions: random.chance(0.3) ? 'Editorial use only' : '',
  };
}

interface PlannedEvent {
  time: number;
  count: number;
  feed: number;
}

/** When the events happened and how many pictures each has: live feeds last, in the days before now. */
function planEvents(random: Random, options: EditorialOptions): PlannedEvent[] {
  const feeds: PlannedEvent[] = [];
  let feedImages = 0;
  for (let f = 0; f < options.feedCount; f++) {
    const time = EDITORIAL_NOW - Math.floor(random.next() * 12 * DAY_MS) - HOUR_MS;
    const count = random.int(12, 48);
    feeds.push({ time, count, feed: f });
    feedImages += count;
  }
  const past: PlannedEvent[] = [];
  let remaining = Math.max(0, options.imageCount - feedImages);
  while (remaining > 0) {
    const count = Math.min(remaining, random.int(3, 24));
    // More recent years hold more pictures.
    const time =
      FIRST_DAY +
      Math.floor(Math.pow(random.next(), 0.6) * (EDITORIAL_NOW - 14 * DAY_MS - FIRST_DAY));
    past.push({ time, count, feed: -1 });
    remaining -= count;
  }
  return [...past, ...feeds].sort((a, b) => a.time - b.time);
}

export function generateEditorial(options: EditorialOptions): {
  images: EditorialRecord[];
  feeds: FeedRecord[];
} {
  const random = new Random(hashString(`editorial:${options.seed}`));
  const images: EditorialRecord[] = [];
  const feeds: FeedRecord[] = [];
  let num = 9_000_000;
  for (const planned of planEvents(random, options)) {
    const year = new Date(planned.time).getUTCFullYear();
    const place = random.pick(PLACES);
    const event = random.weighted(EVENT_KINDS)(random, place, year);
    const supplier = random.pick(event.suppliers);
    const photographer = `${random.pick(PHOTOGRAPHER_FIRST)} ${random.pick(PHOTOGRAPHER_LAST)}`;
    const day = isoDay(planned.time);
    const title = event.still ? event.name : `${event.name} - ${dateText(planned.time)}`;
    if (planned.feed >= 0) {
      const [y, m, d] = day.split('-');
      feeds.push({
        index: planned.feed,
        id: encodeURIComponent(`${y}/${m}/${d}/${event.name}`),
        name: event.name,
        createdTime: isoTime(planned.time),
      });
    }
    const hues = HUES[event.motif] ?? [0, 200];
    for (let k = 0; k < planned.count; k++) {
      num += random.int(1, 40);
      const picture = event.picture(random);
      const aspect = random.weighted(ASPECTS);
      const longSide = random.int(3000, 6000);
      const [width, height] =
        aspect >= 1
          ? [longSide, Math.round(longSide / aspect)]
          : [Math.round(longSide * aspect), longSide];
      const created = planned.time + k * random.int(30_000, 600_000);
      const edited = random.chance(0.2)
        ? Math.min(EDITORIAL_NOW, created + random.int(1, 400) * HOUR_MS)
        : created;
      const { rights, instructions } = rightsFor(random, event);
      const colors = Array.from({ length: random.int(2, 3) }, () =>
        rgbToHex(
          hslToRgb(
            random.pick(hues) + random.normal() * 20,
            Math.min(1, Math.max(0.1, 0.45 + random.normal() * 0.25)),
            Math.min(0.9, Math.max(0.1, 0.45 + random.normal() * 0.25)),
          ),
        ),
      );
      const categories = [...new Set([...event.categories, ...picture.categories])];
      const keywords = [
        ...new Set(
          [
            ...event.keywords,
            ...picture.keywords,
            place.city.toLowerCase(),
            place.country.toLowerCase(),
            place.region,
            ...categories.map((c) => c.toLowerCase()),
            'editorial',
          ].filter((keyword) => keyword.length > 1),
        ),
      ];
      images.push({
        num,
        id: `${num}${String.fromCharCode(97 + (hashString(String(num)) % 26))}`,
        title,
        description: picture.description,
        caption: event.still
          ? `${picture.description}.`
          : `${place.city.toUpperCase()}, ${place.country.toUpperCase()} - ${dateText(planned.time).toUpperCase()}: ${picture.description}.`,
        keywords,
        categories,
        supplierCode: supplier,
        byline: `${photographer}/${supplier}/Shutterstock`,
        dateTaken: day,
        createdTime: isoTime(created),
        updatedTime: isoTime(edited),
        width,
        height,
        colors,
        rights,
        specialInstructions: instructions,
        motif: event.motif,
        feed: planned.feed,
      });
    }
  }
  return { images, feeds: feeds.sort((a, b) => a.index - b.index) };
}

// prettier-ignore
const PHOTOGRAPHER_FIRST = ['Sam', 'Alex', 'Jo', 'Chris', 'Dana', 'Robin', 'Kim', 'Lee', 'Pat', 'Jamie', 'Morgan', 'Taylor'];
// prettier-ignore
const PHOTOGRAPHER_LAST = ['Rowe', 'Kessler', 'Mbeki', 'Santos', 'Lund', 'Farrow', 'Ibarra', 'Cole', 'Nakata', 'Doyle', 'Price'];

export const SUPPLIER_CODES = SUPPLIERS.map((supplier) => supplier.code);
