// Kinds of news events and how their pictures are captioned: a title naming the event,
// place and date ("Soccer: Lisbon Athletic v Hamburg Rovers, Premier Division, …"), and
// per picture a description of what it shows ("Fans cheer as …").
import type { Random } from '../seed/random';
import {
  ANIMALS,
  AWARDS,
  BANDS,
  CAUSES,
  CLUB_SUFFIXES,
  COMPETITIONS,
  DESIGNERS,
  FESTIVALS,
  FILMS,
  FIRST_NAMES,
  LAST_NAMES,
  PLACES,
  PLAYS,
  POLITICAL_EVENTS,
  ROYALS,
  TOURNAMENTS,
  type EditorialCategory,
  type Place,
} from './vocabulary';

export interface EditorialEvent {
  /** The title without its date, also a live feed's name. */
  name: string;
  place: Place;
  categories: EditorialCategory[];
  keywords: string[];
  /** Supplier codes that cover this kind of event. */
  suppliers: string[];
  /** The image category whose motif draws the preview. */
  motif: string;
  /** One picture of the event: its description, extra keywords and categories. */
  picture(random: Random): {
    description: string;
    keywords: string[];
    /** Categories besides the event's (names from EDITORIAL_CATEGORIES). */
    categories: readonly string[];
  };
  /** Film stills carry no event place or date in the title. */
  still?: boolean;
}

const person = (random: Random) => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
const club = (random: Random, place: Place) => `${place.city} ${random.pick(CLUB_SUFFIXES)}`;
const ORDINALS = ['first', 'second', 'third', 'fourth'];

type Kind = (random: Random, place: Place, year: number) => EditorialEvent;

const soccer: Kind = (random, place) => {
  const home = club(random, place);
  let away = club(random, random.pick(PLACES));
  if (away === home) away = `${away} Reserves`;
  const competition = random.pick(COMPETITIONS);
  const venue = `${place.city} ${random.pick(['Stadium', 'Park', 'Arena', 'Ground'])}`;
  return {
    name: `${home} v ${away}, ${competition}, ${venue}, ${place.city}, ${place.country}`,
    place,
    categories: ['Sport'],
    keywords: [
      'soccer',
      'football',
      'sports',
      competition.toLowerCase(),
      home.toLowerCase(),
      away.toLowerCase(),
    ],
    suppliers: ['PPA', 'SPIX', 'NWP'],
    motif: 'Sports/Recreation',
    picture: (r) =>
      r.pick([
        () => ({
          description: `${person(r)} of ${home} celebrates scoring his side's ${r.pick(ORDINALS)} goal during the ${competition} match between ${home} and ${away} at ${venue} in ${place.city}, ${place.country}`,
          keywords: ['goal', 'celebration'],
          categories: [],
        }),
        () => ({
          description: `Fans cheer as the ${home} players walk out before the ${competition} match against ${away} at ${venue}`,
          keywords: ['fans', 'supporters', 'crowd'],
          categories: ['Event'],
        }),
        () => ({
          description: `${person(r)}, manager of ${away}, looks on from the touchline during the match against ${home} in ${place.city}`,
          keywords: ['manager', 'coach'],
          categories: ['Portrait'],
        }),
        () => ({
          description: `${person(r)} of ${away} and ${person(r)} of ${home} battle for the ball during the ${competition} match at ${venue}`,
          keywords: ['action', 'tackle'],
          categories: [],
        }),
      ] as const)(),
  };
};

const tournament: Kind = (random, place, year) => {
  const name = `${place.city} ${random.pick(TOURNAMENTS)} ${year}`;
  const day = random.int(1, 9);
  return {
    name: `${name}, Day ${day}, ${place.city}, ${place.country}`,
    place,
    categories: ['Sport'],
    keywords: ['sports', 'competition', name.toLowerCase(), 'athlete'],
    suppliers: ['SPIX', 'PPA', 'GLP'],
    motif: 'Sports/Recreation',
    picture: (r) =>
      r.chance(0.6)
        ? {
            description: `${person(r)} in action against ${person(r)} on day ${day} of the ${name} in ${place.city}, ${place.country}`,
            keywords: ['action'],
            categories: [],
          }
        : {
            description: `${person(r)} celebrates victory with the trophy at the ${name} in ${place.city}`,
            keywords: ['trophy', 'winner', 'celebration'],
            categories: ['Alone'],
          },
  };
};

const premiere: Kind = (random, place) => {
  const film = random.pick(FILMS);
  const venue = random.pick(['Grand Cinema', 'Palace Theatre', 'Festival Hall', 'Odeon Square']);
  return {
    name: `'${film}' film premiere, Arrivals, ${venue}, ${place.city}, ${place.country}`,
    place,
    categories: ['Premiere', 'Red Carpet', 'Celebrity'],
    keywords: ['premiere', 'arrivals', 'red carpet', 'film', 'celebrity', film.toLowerCase()],
    suppliers: ['RCP', 'STG', 'GLP'],
    motif: 'Celebrities',
    picture: (r) =>
      r.pick([
        () => ({
          description: `${person(r)} arrives for the premiere of '${film}' at the ${venue} in ${place.city}`,
          keywords: ['actress', 'arrival'],
          categories: ['Alone'],
        }),
        () => ({
          description: `Fans cheer as ${person(r)} signs autographs at the '${film}' premiere in ${place.city}, ${place.country}`,
          keywords: ['fans', 'autographs'],
          categories: ['Entertainment'],
        }),
        () => ({
          description: `${person(r)} and ${person(r)} pose on the red carpet at the premiere of '${film}'`,
          keywords: ['couple', 'posing'],
          categories: [],
        }),
      ] as const)(),
  };
};

const awards: Kind = (random, place, year) => {
  const name = `${random.pick(AWARDS)} ${year}`;
  return {
    name: `${name}, ${random.pick(['Arrivals', 'Ceremony', 'Press Room'])}, ${place.city}, ${place.country}`,
    place,
    categories: ['Awards', 'Celebrity'],
    keywords: ['awards', 'ceremony', 'celebrity', name.toLowerCase(), 'gala'],
    suppliers: ['RCP', 'STG'],
    motif: 'Celebrities',
    picture: (r) =>
      r.chance(0.5)
        ? {
            description: `${person(r)} poses with the award for ${r.pick(['Best Actress', 'Best Actor', 'Best Director', 'Best Album', 'Best Newcomer'])} at the ${name} in ${place.city}`,
            keywords: ['award', 'winner'],
            categories: ['Portrait'],
          }
        : {
            description: `${person(r)} arrives at the ${name} in ${place.city}, ${place.country}`,
            keywords: ['arrivals', 'red carpet'],
            categories: ['Red Carpet'],
          },
  };
};

const royalty: Kind = (random, place) => {
  const royal = random.pick(ROYALS);
  const site = random.pick([
    "a children's hospital",
    'the city hall',
    'a community garden',
    'the maritime museum',
    'a new railway station',
    'the cathedral',
  ]);
  const day = random.chance(0.4) ? `, Day ${random.int(1, 4)}` : '';
  return {
    name: `${royal} visit to ${place.city}${day}, ${place.country}`,
    place,
    categories: ['Royalty'],
    keywords: ['royalty', 'royal visit', 'royal', royal.toLowerCase(), 'official visit'],
    suppliers: ['ROY', 'NWP', 'CPA'],
    motif: 'People',
    picture: (r) =>
      r.pick([
        () => ({
          description: `${royal} meets well-wishers during a visit to ${site} in ${place.city}`,
          keywords: ['well-wishers', 'crowd'],
          categories: ['Event'],
        }),
        () => ({
          description: `${royal} unveils a plaque to mark the opening of ${site} in ${place.city}, ${place.country}`,
          keywords: ['plaque', 'opening'],
          categories: [],
        }),
        () => ({
          description: `Crowds wave flags as ${royal} arrives in ${place.city}`,
          keywords: ['flags', 'arrival'],
          categories: ['News'],
        }),
      ] as const)(),
  };
};

const politics: Kind = (random, place) => {
  const event = random.pick(POLITICAL_EVENTS);
  const cause = random.pick(CAUSES);
  return {
    name: `${event}, ${place.city}, ${place.country}`,
    place,
    categories: ['News', 'Politics'],
    keywords: ['politics', 'news', event.toLowerCase(), 'government'],
    suppliers: ['NWP', 'CPA', 'MTX'],
    motif: 'People',
    picture: (r) =>
      r.chance(0.5)
        ? {
            description: `Protesters hold placards during a demonstration against ${cause} in central ${place.city}, ${place.country}`,
            keywords: ['protest', 'demonstration', 'placards', cause],
            categories: ['Event'],
          }
        : {
            description: `${person(r)}, the ${r.pick(['prime minister', 'finance minister', 'opposition leader', 'mayor'])}, speaks to the media in ${place.city}`,
            keywords: ['politician', 'speech', 'media'],
            categories: ['Portrait'],
          },
  };
};

const concert: Kind = (random, place, year) => {
  const band = random.pick(BANDS);
  const festival = `${random.pick(FESTIVALS)} ${year}`;
  return {
    name: `${band} in concert, ${festival}, ${place.city}, ${place.country}`,
    place,
    categories: ['Concert', 'Performing', 'Festival'],
    keywords: ['music', 'concert', 'live', 'stage', band.toLowerCase(), 'festival'],
    suppliers: ['STG', 'MTX', 'GLP'],
    motif: 'The Arts',
    picture: (r) =>
      r.chance(0.6)
        ? {
            description: `${person(r)} of ${band} performs on stage at the ${festival} in ${place.city}`,
            keywords: ['singer', 'performance'],
            categories: [],
          }
        : {
            description: `Fans cheer as ${band} take the stage at the ${festival}, ${place.city}, ${place.country}`,
            keywords: ['fans', 'crowd'],
            categories: ['Event'],
          },
  };
};

const fashion: Kind = (random, place) => {
  const designer = random.pick(DESIGNERS);
  const season = random.pick(['Spring Summer', 'Autumn Winter']);
  return {
    name: `${designer} show, Runway, ${season} ${place.city} Fashion Week, ${place.country}`,
    place,
    categories: ['Fashion'],
    keywords: ['fashion', 'runway', 'catwalk', 'model', 'fashion week', designer.toLowerCase()],
    suppliers: ['FWK', 'RCP'],
    motif: 'Beauty/Fashion',
    picture: (r) =>
      r.chance(0.7)
        ? {
            description: `A model walks the runway at the ${designer} show during ${place.city} Fashion Week`,
            keywords: ['model', 'catwalk'],
            categories: [],
          }
        : {
            description: `Models prepare backstage before the ${designer} show in ${place.city}, ${place.country}`,
            keywords: ['backstage', 'make-up'],
            categories: ['Backstage'],
          },
  };
};

const weather: Kind = (random, place) => {
  const flood = random.chance(0.25);
  return {
    name: flood
      ? `Flooding, ${place.city}, ${place.country}`
      : `Seasonal weather, ${place.city}, ${place.country}`,
    place,
    categories: flood ? ['Disaster', 'News', 'Weather'] : ['Weather'],
    keywords: flood ? ['flood', 'floodwater', 'storm', 'weather'] : ['weather', 'season'],
    suppliers: ['NWP', 'MTX', 'CPA'],
    motif: 'Nature',
    picture: (r) =>
      flood
        ? {
            description: `Residents wade through floodwater after heavy rain in ${place.city}, ${place.country}`,
            keywords: ['rain', 'residents'],
            categories: [],
          }
        : r.pick([
            () => ({
              description: `Commuters brave heavy rain in ${place.city}`,
              keywords: ['rain', 'umbrella', 'commuters'],
              categories: ['Lifestyle'],
            }),
            () => ({
              description: `People enjoy the sunshine in a park in ${place.city}, ${place.country}`,
              keywords: ['sunshine', 'heatwave', 'park'],
              categories: ['Lifestyle'],
            }),
            () => ({
              description: `Snow covers the streets of ${place.city} as temperatures drop`,
              keywords: ['snow', 'winter', 'cold'],
              categories: [],
            }),
          ] as const)(),
  };
};

const zoo: Kind = (random, place) => {
  const animal = random.pick(ANIMALS);
  const zooName = `${place.city} Zoo`;
  return {
    name: `${animal.charAt(0).toUpperCase()}${animal.slice(1)} born at ${zooName}, ${place.city}, ${place.country}`,
    place,
    categories: ['Animal'],
    keywords: ['animal', 'zoo', 'newborn', ...animal.split(' ')],
    suppliers: ['WSP', 'NWP'],
    motif: 'Animals/Wildlife',
    picture: (r) => ({
      description: `A newborn ${animal} ${r.pick(['explores its enclosure', 'stays close to its mother', 'is weighed by keepers', 'plays in the straw'])} at ${zooName}`,
      keywords: ['cute', 'keeper'],
      categories: r.chance(0.3) ? ['Alone'] : [],
    }),
  };
};

const filmStill: Kind = (random, place, year) => {
  const film = random.pick(FILMS);
  return {
    name: `'${film}' Film - ${year}`,
    place,
    categories: ['Film Stills', 'Entertainment'],
    keywords: ['film still', 'movie', film.toLowerCase()],
    suppliers: ['ARC'],
    motif: 'Celebrities',
    still: true,
    picture: (r) => ({
      description: `${person(r)} as ${r.pick(FIRST_NAMES)} in '${film}' (${year})`,
      keywords: ['actor', 'scene'],
      categories: [],
    }),
  };
};

const theatre: Kind = (random, place) => {
  const play = random.pick(PLAYS);
  return {
    name: `'${play}' play photocall, ${place.city}, ${place.country}`,
    place,
    categories: ['Theatre', 'Performing'],
    keywords: ['theatre', 'play', 'photocall', 'stage', play.toLowerCase()],
    suppliers: ['STG', 'RCP'],
    motif: 'The Arts',
    picture: (r) => ({
      description: `${person(r)} performs during a photocall for '${play}' in ${place.city}`,
      keywords: ['actor', 'performance'],
      categories: [],
    }),
  };
};

/** Kinds of events and how common they are. */
export const EVENT_KINDS: readonly (readonly [Kind, number])[] = [
  [soccer, 18],
  [tournament, 9],
  [premiere, 12],
  [awards, 7],
  [royalty, 8],
  [politics, 12],
  [concert, 9],
  [fashion, 7],
  [weather, 8],
  [zoo, 4],
  [filmStill, 3],
  [theatre, 3],
];
