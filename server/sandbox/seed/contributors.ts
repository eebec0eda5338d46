// The catalog's contributors: a few thousand named photographers and illustrators,
// each with one to three specialties and a share of the catalog (a long tail).
import { Random } from './random';
import { THEMES } from './themes';

export interface ContributorRecord {
  id: number;
  name: string;
  /** Indexes into THEMES this contributor mostly shoots. */
  specialties: number[];
  /** Relative share of the catalog. */
  weight: number;
}

// prettier-ignore
const FIRST_NAMES = [
  'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Nikolai', 'Olivia',
  'Pablo', 'Quinn', 'Rosa', 'Samir', 'Tara', 'Umar', 'Vera', 'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bruno', 'Chloe', 'Dmitri',
  'Emma', 'Felix', 'Gabriela', 'Hannah', 'Ivan', 'Julia', 'Kai', 'Lucia', 'Marco', 'Nora', 'Oscar', 'Priya', 'Rafael', 'Sofia',
  'Tomas', 'Uma', 'Viktor', 'Wanda', 'Yara', 'Adrian', 'Beatriz', 'Chen', 'Daria', 'Emil', 'Fatima', 'Goran', 'Helena', 'Isaac', 'Jana',
];
// prettier-ignore
const LAST_NAMES = [
  'Adams', 'Becker', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Hansen', 'Ivanova', 'Jensen', 'Kowalski', 'Lopez', 'Moreau',
  'Nakamura', 'Okafor', 'Petrov', 'Quinlan', 'Rossi', 'Schmidt', 'Tanaka', 'Urban', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhang',
  'Almeida', 'Brennan', 'Castillo', 'Dvorak', 'Eriksen', 'Ferreira', 'Gomez', 'Horvat', 'Ito', 'Jovanovic', 'Kim', 'Larsen',
  'Mendes', 'Novak', 'Oliveira', 'Patel', 'Reyes', 'Silva', 'Torres', 'Uddin', 'Vidal', 'Wagner', 'Young', 'Zeller', 'Berg',
  'Chowdhury', 'Diaz', 'Engel', 'Fontaine', 'Grant', 'Haddad', 'Iqbal', 'Keller',
];

export function generateContributors(seed: number, count: number): ContributorRecord[] {
  const random = new Random(seed ^ 0x5eed);
  const names = new Set<string>();
  const contributors: ContributorRecord[] = [];
  let id = 200_000;
  for (let i = 0; i < count; i++) {
    let name: string;
    do {
      name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      if (names.has(name)) name = `${name} ${random.int(2, 99)}`;
    } while (names.has(name));
    names.add(name);
    id += random.int(1, 400);
    const specialtyCount = random.weighted<number>([
      [1, 40],
      [2, 40],
      [3, 20],
    ]);
    const specialties = random.sample(
      THEMES.map((_, index) => index),
      specialtyCount,
    );
    // A long tail: a few prolific contributors, many occasional ones.
    contributors.push({ id, name, specialties, weight: 1 / Math.pow(i + 1, 0.75) });
  }
  // Weights were by rank; shuffle them so ids do not predict productivity.
  const weights = random.sample(
    contributors.map((c) => c.weight),
    contributors.length,
  );
  contributors.forEach((c, i) => (c.weight = weights[i] as number));
  return contributors;
}
