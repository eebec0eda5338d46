// Every image's picture is drawn from a PRNG seeded by its id, so it is the same on every
// machine and run. The generator is the catalog's own (mulberry32).
import { hashString, Random } from '../seed/random';

export { Random };

/** A PRNG seeded from a string. */
export function seededRandom(seed: string): Random {
  return new Random(hashString(seed));
}
