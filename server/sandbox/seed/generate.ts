// The catalog generator: a pure function of a seed. Every image gets a stock-photo
// caption composed from its category's vocabulary, keywords, categories, a contributor,
// a size, colours, people attributes, a date and a popularity figure.
import { colorName, hslToRgb, parseHex, rgbToHex } from '../colors';
import { composeCaption, type ImageType } from './captions';
import type { ContributorRecord } from './contributors';
import { generatePeople, NO_PEOPLE, type People } from './people';
import { hashString, Random, WeightedIndex } from './random';
import { THEMES, type Theme } from './themes';

export type { ImageType } from './captions';
export { generateContributors, type ContributorRecord } from './contributors';

export interface GeneratorOptions {
  seed: number;
  imageCount: number;
  contributorCount: number;
}

export interface ImageRecord {
  id: number;
  description: string;
  keywords: string[];
  /** Category ids, the main one first. */
  categories: string[];
  contributorId: number;
  imageType: ImageType;
  width: number;
  height: number;
  /** '#rrggbb', most dominant first. */
  colors: string[];
  people: People;
  /** YYYY-MM-DD */
  addedDate: string;
  popularity: number;
  isEditorial: boolean;
  isAdult: boolean;
  hasPropertyRelease: boolean;
  releases: string[];
  models: string[];
}

/** How many images each theme gets, relatively (people and business lead on stock sites). */
// prettier-ignore
const THEME_WEIGHTS: Record<string, number> = {
  '13': 14, '4': 10, '12': 10, '3': 8, '26': 6, '16': 7, '6': 7, '1': 6, '7': 5, '2': 5, '5': 4, '18': 5, '27': 4, '8': 4,
  '0': 4, '21': 3, '10': 3, '9': 3, '11': 3, '15': 3, '17': 3, '25': 3, '24': 2, '14': 2, '22': 2, '31': 1,
};

/** A likely second category, by main category. */
// prettier-ignore
const RELATED: Record<string, string[]> = {
  '1': ['12', '25'], '2': ['0', '24'], '3': ['26', '24'], '4': ['16', '13'], '5': ['13', '16'], '6': ['8', '9'], '7': ['15', '13'],
  '8': ['6', '13'], '10': ['16', '0'], '11': ['24', '13'], '12': ['25', '1'], '9': ['22', '24'], '25': ['12', '18'],
  '13': ['27', '18'], '14': ['2', '11'], '15': ['16', '7'], '17': ['26', '0'], '18': ['25', '13'], '16': ['4', '15'],
  '0': ['2', '10'], '21': ['9', '2'], '22': ['9', '26'], '24': ['11', '9'], '26': ['3', '11'], '27': ['13', '11'], '31': ['13', '11'],
};

/** Categories drawn as often as photographed. */
const GRAPHIC_CATEGORIES = new Set(['3', '26', '17']);
const PEOPLE = '13';
const CELEBRITIES = '31';

const TYPE_KEYWORDS: Record<ImageType, string[]> = {
  photo: ['photography'],
  illustration: ['illustration', 'drawing', 'artwork'],
  vector: ['vector', 'illustration', 'graphic', 'flat design'],
};
const ADULT_KEYWORDS = ['swimwear', 'lingerie', 'sensual'];

/** Aspect ratios and how common they are. */
// prettier-ignore
const ASPECTS: [number, number][] = [
  [3 / 2, 30], [2 / 3, 14], [4 / 3, 10], [3 / 4, 7], [16 / 9, 12], [9 / 16, 4], [1, 10], [5 / 4, 4], [4 / 5, 4], [2, 3], [3, 2],
];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2010, 0, 4) / DAY_MS;
const LAST_DAY = Date.UTC(2026, 9, 31) / DAY_MS;

/** Days added, ascending: more recent years hold more images, as on any growing stock site. */
function addedDays(seed: number, count: number): Int32Array {
  const random = new Random(hashString(`dates:${seed}`));
  const days = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    days[i] = Math.floor(FIRST_DAY + Math.pow(random.next(), 0.7) * (LAST_DAY - FIRST_DAY));
  }
  return days.sort();
}

function chooseImageType(random: Random, category: string, photographic: boolean): ImageType {
  if (photographic) return random.chance(0.93) ? 'photo' : 'illustration';
  const shares: [ImageType, number][] = GRAPHIC_CATEGORIES.has(category)
    ? [
        ['photo', 35],
        ['illustration', 30],
        ['vector', 35],
      ]
    : [
        ['photo', 72],
        ['illustration', 14],
        ['vector', 14],
      ];
  return random.weighted(shares);
}

function generateColors(
  random: Random,
  theme: Theme,
  imageType: ImageType,
  muted: boolean,
): string[] {
  const count = random.weighted<number>([
    [1, 20],
    [2, 40],
    [3, 40],
  ]);
  const grayscale = random.chance(0.06);
  const colors: string[] = [];
  for (let i = 0; i < count; i++) {
    const hue = random.pick(theme.hues) + random.normal() * 18;
    const base = (imageType === 'photo' ? 0.45 : 0.7) - (muted ? 0.25 : 0);
    const saturation = grayscale
      ? random.next() * 0.05
      : Math.min(1, Math.max(0.12, base + random.normal() * 0.3));
    const lightness = Math.min(0.92, Math.max(0.08, 0.5 + random.normal() * 0.3));
    colors.push(rgbToHex(hslToRgb(hue, saturation, lightness)));
  }
  return colors;
}

function generateSize(random: Random, imageType: ImageType): { width: number; height: number } {
  const aspect = random.weighted(ASPECTS);
  const [min, max] = { photo: [2400, 7360], vector: [3000, 8000], illustration: [2000, 6000] }[
    imageType
  ];
  const longSide = random.int(min as number, max as number);
  return aspect >= 1
    ? { width: longSide, height: Math.round(longSide / aspect) }
    : { width: Math.round(longSide * aspect), height: longSide };
}

/** 10 to 40 distinct keywords: the caption's, concepts of the theme, colours, the image type. */
function collectKeywords(random: Random, theme: Theme, words: string[]): string[] {
  const keywords = [
    ...new Set(words.map((k) => k.trim().toLowerCase()).filter((k) => k.length > 1)),
  ];
  while (keywords.length < 10) {
    const concept = random.pick(theme.concepts);
    keywords.push(
      keywords.includes(concept)
        ? `${concept} ${random.pick(['concept', 'design', 'idea'])}`
        : concept,
    );
  }
  return [...new Set(keywords)].slice(0, 40);
}

function releasesFor(id: number, people: People, propertyRelease: boolean) {
  const models: string[] = [];
  if (people.modelReleased) {
    for (let p = 0; p < people.number; p++)
      models.push(String(40_000_000 + ((id * 7 + p * 104_729) % 9_000_000)));
  }
  const releases = models.map((model) => `Model Release ${model}`);
  if (propertyRelease) releases.push(`Property Release ${30_000_000 + (id % 9_000_000)}`);
  return { models, releases };
}

/** Yields the catalog's images in id order (ids grow with the date added, as the vendor's do). */
export function* generateImages(
  options: GeneratorOptions,
  contributors: ContributorRecord[],
): Generator<ImageRecord> {
  const random = new Random(hashString(`images:${options.seed}`));
  const days = addedDays(options.seed, options.imageCount);
  const contributorIndex = new WeightedIndex(contributors.map((c) => c.weight));
  const themeIndex = new WeightedIndex(THEMES.map((t) => THEME_WEIGHTS[t.category] ?? 1));
  let id = 100_000_000;

  for (let i = 0; i < options.imageCount; i++) {
    id += random.int(1, 18_000);
    const contributor = contributors[contributorIndex.pick(random)] as ContributorRecord;
    const theme = THEMES[
      random.chance(0.8) ? random.pick(contributor.specialties) : themeIndex.pick(random)
    ] as Theme;
    const category = theme.category;
    const categories = [category];
    const related = RELATED[category];
    if (related && random.chance(0.35)) categories.push(random.pick(related));

    const isEditorial =
      category === CELEBRITIES ||
      random.chance(['2', '0', '18', '8'].includes(category) ? 0.06 : 0.01);
    const hasPeople = theme.subjects.length === 0 || random.chance(theme.people);
    const people = hasPeople ? generatePeople(random, category, isEditorial) : NO_PEOPLE;
    if (
      hasPeople &&
      categories.length < 2 &&
      category !== CELEBRITIES &&
      category !== PEOPLE &&
      random.chance(0.3)
    ) {
      categories.push(PEOPLE);
    }
    const imageType = isEditorial ? 'photo' : chooseImageType(random, category, hasPeople);
    const caption = composeCaption(random, theme, people, imageType);
    const colors = generateColors(random, theme, imageType, category === '24');
    const isAdult = category === '27' && random.chance(0.04);
    const keywords = collectKeywords(random, theme, [
      ...caption.keywords,
      ...random.sample(theme.concepts, random.int(6, 14)),
      ...colors.map((color) => colorName(parseHex(color) ?? 0)),
      ...TYPE_KEYWORDS[imageType],
      ...(hasPeople ? [] : ['nobody']),
      ...(isAdult ? ADULT_KEYWORDS : []),
      ...(isEditorial ? ['editorial'] : []),
    ]);
    const { width, height } = generateSize(random, imageType);
    const day = days[i] as number;
    // Older images have had longer to be downloaded.
    const popularity = Math.round(
      Math.exp(2.2 + random.normal() * 1.6) * (1 + ((LAST_DAY - day) / 365) * 0.35),
    );
    const hasPropertyRelease =
      !isEditorial && ['2', '21', '0'].includes(category) && random.chance(0.3);

    yield {
      id,
      description: caption.description,
      keywords,
      categories,
      contributorId: contributor.id,
      imageType,
      width,
      height,
      colors,
      people,
      addedDate: new Date(day * DAY_MS).toISOString().slice(0, 10),
      popularity,
      isEditorial,
      isAdult,
      hasPropertyRelease,
      ...releasesFor(id, people, hasPropertyRelease),
    };
  }
}
