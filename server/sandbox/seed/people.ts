// People in a picture: the vendor's people_* attributes, and how a caption names them.
import type { Random } from './random';

export const PEOPLE_AGES = [
  'infants',
  'children',
  'teenagers',
  '20s',
  '30s',
  '40s',
  '50s',
  '60s',
  'older',
] as const;
export type PeopleAge = (typeof PEOPLE_AGES)[number];

export const PEOPLE_GENDERS = ['male', 'female', 'both'] as const;
export type PeopleGender = (typeof PEOPLE_GENDERS)[number];

// prettier-ignore
export const PEOPLE_ETHNICITIES = [
  'african', 'african_american', 'black', 'brazilian', 'chinese', 'caucasian', 'east_asian', 'hispanic', 'japanese',
  'middle_eastern', 'native_american', 'pacific_islander', 'south_asian', 'southeast_asian', 'other',
] as const;
export type PeopleEthnicity = (typeof PEOPLE_ETHNICITIES)[number];

export interface People {
  /** 0 to 4; 4 stands for "four or more". */
  number: number;
  age: PeopleAge | null;
  gender: PeopleGender | null;
  ethnicities: PeopleEthnicity[];
  modelReleased: boolean;
}

export const NO_PEOPLE: People = {
  number: 0,
  age: null,
  gender: null,
  ethnicities: [],
  modelReleased: false,
};

const ETHNICITY_KEYWORDS: Record<PeopleEthnicity, string[]> = {
  african: ['african'],
  african_american: ['african american', 'black'],
  black: ['black'],
  brazilian: ['brazilian', 'latin'],
  chinese: ['chinese', 'asian'],
  caucasian: ['caucasian'],
  east_asian: ['asian', 'east asian'],
  hispanic: ['hispanic', 'latin'],
  japanese: ['japanese', 'asian'],
  middle_eastern: ['middle eastern', 'arab'],
  native_american: ['native american', 'indigenous'],
  pacific_islander: ['pacific islander', 'polynesian'],
  south_asian: ['indian', 'south asian'],
  southeast_asian: ['asian', 'southeast asian'],
  other: ['multiethnic'],
};

const AGE_ADJECTIVES: Record<PeopleAge, string> = {
  infants: 'baby',
  children: 'little',
  teenagers: 'teenage',
  '20s': 'young',
  '30s': 'adult',
  '40s': 'middle-aged',
  '50s': 'mature',
  '60s': 'senior',
  older: 'elderly',
};

const AGE_KEYWORDS: Record<PeopleAge, string[]> = {
  infants: ['baby', 'infant', 'newborn'],
  children: ['child', 'kid', 'childhood'],
  teenagers: ['teenager', 'teen', 'youth'],
  '20s': ['young adult', 'millennial'],
  '30s': ['adult', 'thirties'],
  '40s': ['middle aged', 'forties'],
  '50s': ['mature', 'fifties'],
  '60s': ['senior', 'retired'],
  older: ['elderly', 'senior', 'old age'],
};

const MOODS = [
  'smiling',
  'happy',
  'confident',
  'cheerful',
  'focused',
  'relaxed',
  'thoughtful',
  '',
  '',
  '',
];

/** Ages typical of a category's people (others are possible but rarer). */
const CATEGORY_AGES: Record<string, PeopleAge[]> = {
  '4': ['20s', '30s', '40s', '50s'],
  '5': ['children', 'teenagers', '20s', '30s'],
  '7': ['30s', '40s', '50s', '60s', 'older'],
  '18': ['20s', '30s', 'teenagers'],
  '27': ['20s', '30s'],
  '31': ['30s', '40s', '50s'],
};

export function generatePeople(random: Random, category: string, editorial: boolean): People {
  const number = random.weighted<number>([
    [1, 50],
    [2, 25],
    [3, 9],
    [4, 16],
  ]);
  const ages = CATEGORY_AGES[category];
  const age = ages && random.chance(0.85) ? random.pick(ages) : random.pick(PEOPLE_AGES);
  const gender: PeopleGender =
    number === 1
      ? random.pick(['male', 'female'] as const)
      : random.weighted([
          ['both', 55],
          ['female', 25],
          ['male', 20],
        ] as const);
  const first = random.pick(PEOPLE_ETHNICITIES.slice(0, -1));
  const ethnicities: PeopleEthnicity[] = [first];
  if (number > 1 && random.chance(0.45)) {
    const second = random.pick(PEOPLE_ETHNICITIES);
    if (second !== first) ethnicities.push(second);
  }
  return { number, age, gender, ethnicities, modelReleased: !editorial && random.chance(0.9) };
}

function genderNoun(people: People, plural: boolean): string {
  const young = people.age === 'children' || people.age === 'teenagers';
  if (people.age === 'infants') return plural ? 'babies' : 'baby';
  if (people.gender === 'female')
    return young ? (plural ? 'girls' : 'girl') : plural ? 'women' : 'woman';
  if (people.gender === 'male') return young ? (plural ? 'boys' : 'boy') : plural ? 'men' : 'man';
  return young ? 'children' : 'people';
}

const GENDERED_ROLES: Record<string, PeopleGender> = {
  woman: 'female',
  women: 'female',
  businesswoman: 'female',
  businesswomen: 'female',
  schoolgirl: 'female',
  schoolgirls: 'female',
  man: 'male',
  men: 'male',
  businessman: 'male',
  businessmen: 'male',
  schoolboy: 'male',
  schoolboys: 'male',
};

/** The people as a caption names them, e.g. "smiling young woman" or "group of colleagues". */
export function describePeople(
  random: Random,
  people: People,
  roles: [string, string][] | undefined,
): string {
  const usable = (roles ?? []).filter(([singular]) => {
    const gendered = GENDERED_ROLES[singular];
    return !gendered || gendered === people.gender;
  });
  const role =
    usable.length > 0 && people.age !== 'infants' && random.chance(0.55)
      ? random.pick(usable)
      : undefined;
  const ageAdjective = people.age ? AGE_ADJECTIVES[people.age] : '';
  const age = ageAdjective === 'baby' || ageAdjective === 'adult' ? '' : ageAdjective;
  const mood = random.pick(MOODS);
  switch (people.number) {
    case 1:
      return [mood, age, role ? role[0] : genderNoun(people, false)].filter(Boolean).join(' ');
    case 2:
      if (people.gender === 'both' && !role)
        return [age, people.age === 'children' ? 'brother and sister' : 'couple']
          .filter(Boolean)
          .join(' ');
      return ['two', mood, age, role ? role[1] : genderNoun(people, true)]
        .filter(Boolean)
        .join(' ');
    case 3:
      return [
        'three',
        age,
        role
          ? role[1]
          : people.age === 'infants'
            ? 'babies'
            : people.age === 'children'
              ? 'children'
              : 'friends',
      ]
        .filter(Boolean)
        .join(' ');
    default:
      return ['group of', age, role ? role[1] : genderNoun(people, true)].filter(Boolean).join(' ');
  }
}

export function peopleKeywords(people: People): string[] {
  if (people.number === 0) return [];
  const words: string[] = [
    'people',
    people.number === 1 ? 'one person' : people.number === 2 ? 'two people' : 'group',
  ];
  if (people.age) words.push(...AGE_KEYWORDS[people.age]);
  if (people.gender === 'female' || people.gender === 'both') words.push('woman', 'female');
  if (people.gender === 'male' || people.gender === 'both') words.push('man', 'male');
  for (const ethnicity of people.ethnicities) words.push(...ETHNICITY_KEYWORDS[ethnicity]);
  if (people.ethnicities.length > 1) words.push('diverse', 'multiethnic');
  return words;
}
