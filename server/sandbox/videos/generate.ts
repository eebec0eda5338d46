// The video catalog generator: a pure function of a seed. Stock footage reuses the image
// catalog's themes (subjects, actions, settings) and contributors, with a camera style,
// a duration, a frame rate, a resolution and an aspect ratio per clip.
import { hslToRgb, rgbToHex } from '../colors';
import { composeCaption } from '../seed/captions';
import type { ContributorRecord } from '../seed/contributors';
import { generatePeople, NO_PEOPLE, type People } from '../seed/people';
import { hashString, Random, WeightedIndex } from '../seed/random';
import { THEMES, type Theme } from '../seed/themes';
import { THEME_TO_VIDEO_CATEGORY } from './categories';
import { ASPECT_FORMATS, type Resolution } from './formats';

export interface VideoGeneratorOptions {
  seed: number;
  videoCount: number;
  editorialCount: number;
}

export interface VideoRecord {
  id: number;
  description: string;
  keywords: string[];
  categories: string[];
  contributorId: number;
  duration: number;
  fps: number;
  resolution: Resolution;
  aspectRatio: string;
  width: number;
  height: number;
  colors: string[];
  people: People;
  addedDate: string;
  popularity: number;
  isEditorial: boolean;
  isAdult: boolean;
  hasPropertyRelease: boolean;
  models: string[];
}

// prettier-ignore
const CAMERA_STYLES: [string, string[], number][] = [
  ['', [], 20], ['Slow motion shot of', ['slow motion'], 12], ['Aerial drone shot of', ['aerial', 'drone', 'aerial view'], 8],
  ['Time lapse of', ['time lapse', 'timelapse'], 6], ['Handheld shot of', ['handheld'], 6], ['Cinematic shot of', ['cinematic'], 8],
  ['Close up footage of', ['close up'], 8], ['Tracking shot of', ['tracking shot', 'camera movement'], 6],
  ['Static shot of', ['static'], 5], ['Wide angle footage of', ['wide angle'], 5], ['Dolly shot of', ['dolly', 'camera movement'], 4],
  ['Point of view shot of', ['pov', 'point of view'], 3],
];
const STYLE_INDEX = new WeightedIndex(CAMERA_STYLES.map(([, , weight]) => weight));
const PHOTO_STYLES = /^(Close-up of|Candid photo of|Wide shot of|Beautiful|Detail of|Portrait of) /;
// prettier-ignore
const SUFFIXES: [string, number][] = [['', 50], [', 4k footage', 8], [' in slow motion', 6], ['. Real time', 5], ['. Cinematic footage', 5], [', loop', 3]];
const VIDEO_KEYWORDS = ['footage', 'video', 'clip', 'motion', 'stock footage', 'moving'];

/** How many clips each theme gets, relatively (nature, people and business lead for footage). */
// prettier-ignore
const THEME_WEIGHTS: Record<string, number> = {
  '13': 14, '12': 12, '4': 10, '25': 6, '16': 8, '0': 6, '1': 7, '18': 6, '2': 6, '6': 6, '3': 5, '26': 4, '7': 4, '10': 4,
  '5': 3, '8': 3, '11': 3, '15': 3, '9': 2, '17': 2, '21': 2, '14': 2, '22': 1, '27': 3, '24': 1, '31': 0,
};
// prettier-ignore
const ASPECT_WEIGHTS: [number, number][] = [[0, 78], [1, 6], [2, 9], [3, 3], [4, 2], [5, 2]];
// prettier-ignore
const FPS_WEIGHTS: [number, number][] = [[23.976, 10], [24, 12], [25, 15], [29.97, 33], [30, 12], [50, 6], [59.94, 8], [60, 4]];
// prettier-ignore
const RESOLUTION_WEIGHTS: [Resolution, number][] = [['4k', 38], ['hd', 52], ['sd', 10]];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2010, 0, 4) / DAY_MS;
const LAST_DAY = Date.UTC(2026, 9, 31) / DAY_MS;

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days added, ascending: footage grew fast in later years. */
export function addedDays(seed: number, count: number, first = FIRST_DAY): Int32Array {
  const random = new Random(hashString(`video-dates:${seed}`));
  const days = new Int32Array(count);
  for (let i = 0; i < count; i++)
    days[i] = Math.floor(first + Math.pow(random.next(), 0.6) * (LAST_DAY - first));
  return days.sort();
}

export function videoColors(random: Random, hues: number[]): string[] {
  const colors: string[] = [];
  const count = random.int(2, 3);
  for (let i = 0; i < count; i++) {
    const hue = random.pick(hues) + random.normal() * 18;
    const saturation = Math.min(1, Math.max(0.12, 0.45 + random.normal() * 0.3));
    const lightness = Math.min(0.9, Math.max(0.1, 0.5 + random.normal() * 0.28));
    colors.push(rgbToHex(hslToRgb(hue, saturation, lightness)));
  }
  return colors;
}

/** 5 to 60 seconds, most clips 10–25 s, to the millisecond. */
function duration(random: Random): number {
  const seconds = Math.exp(Math.log(15) + random.normal() * 0.55);
  return Math.round(Math.min(60, Math.max(5, seconds)) * 1000) / 1000;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function caption(
  random: Random,
  theme: Theme,
  people: People,
): { description: string; keywords: string[] } {
  const base = composeCaption(random, theme, people, 'photo');
  const [style, styleKeywords] = CAMERA_STYLES[STYLE_INDEX.pick(random)] as [
    string,
    string[],
    number,
  ];
  const plain = base.description.replace(PHOTO_STYLES, '');
  const text = style
    ? `${style} ${lowerFirst(plain)}`
    : plain.charAt(0).toUpperCase() + plain.slice(1);
  return {
    description: text + random.weighted(SUFFIXES),
    keywords: [...base.keywords, ...styleKeywords],
  };
}

function keywordsOf(random: Random, theme: Theme, words: string[]): string[] {
  const keywords = [
    ...new Set(words.map((k) => k.trim().toLowerCase()).filter((k) => k.length > 1)),
  ];
  for (const concept of random.sample(theme.concepts, random.int(5, 10))) keywords.push(concept);
  return [...new Set(keywords)].slice(0, 40);
}

/** Yields the catalog's videos in id order (ids grow with the date added). */
export function* generateVideos(
  options: VideoGeneratorOptions,
  contributors: ContributorRecord[],
): Generator<VideoRecord> {
  const random = new Random(hashString(`videos:${options.seed}`));
  const days = addedDays(options.seed, options.videoCount);
  const contributorIndex = new WeightedIndex(contributors.map((c) => c.weight));
  const themeIndex = new WeightedIndex(THEMES.map((t) => THEME_WEIGHTS[t.category] ?? 1));
  let id = 2_000_000;

  for (let i = 0; i < options.videoCount; i++) {
    id += random.int(1, 60_000);
    const contributor = contributors[contributorIndex.pick(random)] as ContributorRecord;
    let theme = THEMES[
      random.chance(0.75) ? random.pick(contributor.specialties) : themeIndex.pick(random)
    ] as Theme;
    if (theme.category === '31') theme = THEMES[themeIndex.pick(random)] as Theme;
    const main = THEME_TO_VIDEO_CATEGORY[theme.category] ?? theme.category;
    const categories = [main];
    const isEditorial = random.chance(['2', '0', '18', '8'].includes(main) ? 0.06 : 0.015);
    const hasPeople = theme.subjects.length === 0 || random.chance(theme.people);
    const people = hasPeople ? generatePeople(random, theme.category, isEditorial) : NO_PEOPLE;
    if (hasPeople && main !== '13' && random.chance(0.35)) categories.push('13');
    const text = caption(random, theme, people);
    const format = ASPECT_FORMATS[
      random.weighted(ASPECT_WEIGHTS)
    ] as (typeof ASPECT_FORMATS)[number];
    const day = days[i] as number;
    // 4K grew common after 2015; before, most footage was HD.
    const resolution: Resolution =
      day < Date.UTC(2015, 0, 1) / DAY_MS
        ? random.weighted<Resolution>([
            ['hd', 70],
            ['sd', 25],
            ['4k', 5],
          ])
        : format.ratio === '17:9'
          ? '4k'
          : random.weighted(RESOLUTION_WEIGHTS);
    const [width, height] = format.sizes[resolution];
    const fps = random.weighted(FPS_WEIGHTS);
    const colors = videoColors(random, theme.hues);
    const isAdult = theme.category === '27' && random.chance(0.03);
    const keywords = keywordsOf(random, theme, [
      ...text.keywords,
      ...random.sample(VIDEO_KEYWORDS, 2),
      ...(resolution === '4k' ? ['4k', 'uhd'] : resolution === 'hd' ? ['hd'] : []),
      ...(fps >= 50 ? ['high frame rate'] : []),
      ...(format.ratio === '9:16' ? ['vertical video', 'social media'] : []),
      ...(hasPeople ? [] : ['nobody']),
      ...(isEditorial ? ['editorial'] : []),
    ]);
    const popularity = Math.round(
      Math.exp(2 + random.normal() * 1.6) * (1 + ((LAST_DAY - day) / 365) * 0.3),
    );
    const hasPropertyRelease =
      !isEditorial && ['2', '22', '0'].includes(main) && random.chance(0.3);
    const models: string[] = [];
    if (people.modelReleased)
      for (let p = 0; p < people.number; p++)
        models.push(String(50_000_000 + ((id * 7 + p * 104_729) % 9_000_000)));
    yield {
      id,
      description: text.description,
      keywords,
      categories,
      contributorId: contributor.id,
      duration: duration(random),
      fps,
      resolution,
      aspectRatio: format.ratio,
      width,
      height,
      colors,
      people,
      addedDate: isoDay(day),
      popularity,
      isEditorial,
      isAdult,
      hasPropertyRelease,
      models,
    };
  }
}
