// What editorial pictures are about: the vendor's editorial categories, invented press
// agencies, places, and the names that fill news, sport and entertainment captions.
// Every person, club, film and agency here is invented.

/** The editorial categories (GET /v2/editorial/images/categories), alphabetical. */
// prettier-ignore
export const EDITORIAL_CATEGORIES = [
  'Alone', 'Animal', 'Art', 'Awards', 'Backstage', 'Business', 'Celebrity', 'Concert', 'Crime', 'Disaster', 'Entertainment',
  'Event', 'Fashion', 'Festival', 'Film Stills', 'Food', 'Lifestyle', 'News', 'Performing', 'Politics', 'Portrait', 'Premiere',
  'Red Carpet', 'Royalty', 'Science', 'Sport', 'Television', 'Theatre', 'Travel', 'Weather',
] as const;
export type EditorialCategory = (typeof EDITORIAL_CATEGORIES)[number];

export interface Supplier {
  code: string;
  name: string;
}

// prettier-ignore
export const SUPPLIERS: readonly Supplier[] = [
  { code: 'NWP', name: 'Newswire Photos' }, { code: 'PPA', name: 'Pitchside Press Agency' },
  { code: 'RCP', name: 'Red Carpet Pictures' }, { code: 'CPA', name: 'Continental Press Agency' },
  { code: 'ROY', name: 'Royal Lens' }, { code: 'SPIX', name: 'Sport Pix' }, { code: 'STG', name: 'Stage and Screen' },
  { code: 'GLP', name: 'Global Lens Pictures' }, { code: 'MTX', name: 'Metro Images' }, { code: 'ARC', name: 'Archive Film Stills' },
  { code: 'FWK', name: 'Fashionweek Photo' }, { code: 'WSP', name: 'Wildside Photo' },
];

export interface Place {
  city: string;
  country: string;
  /** ISO 3166 alpha-3 */
  code: string;
  region: string;
}

// prettier-ignore
export const PLACES: readonly Place[] = [
  ['London', 'United Kingdom', 'GBR', 'western europe'], ['Manchester', 'United Kingdom', 'GBR', 'western europe'],
  ['Edinburgh', 'United Kingdom', 'GBR', 'western europe'], ['Paris', 'France', 'FRA', 'western europe'],
  ['Cannes', 'France', 'FRA', 'western europe'], ['Berlin', 'Germany', 'DEU', 'western europe'],
  ['Munich', 'Germany', 'DEU', 'western europe'], ['Madrid', 'Spain', 'ESP', 'southern europe'],
  ['Barcelona', 'Spain', 'ESP', 'southern europe'], ['Rome', 'Italy', 'ITA', 'southern europe'],
  ['Milan', 'Italy', 'ITA', 'southern europe'], ['Venice', 'Italy', 'ITA', 'southern europe'],
  ['Amsterdam', 'Netherlands', 'NLD', 'western europe'], ['Stockholm', 'Sweden', 'SWE', 'northern europe'],
  ['Vienna', 'Austria', 'AUT', 'central europe'], ['Dublin', 'Ireland', 'IRL', 'western europe'],
  ['New York', 'United States', 'USA', 'north america'], ['Los Angeles', 'United States', 'USA', 'north america'],
  ['Las Vegas', 'United States', 'USA', 'north america'], ['Chicago', 'United States', 'USA', 'north america'],
  ['Toronto', 'Canada', 'CAN', 'north america'], ['Mexico City', 'Mexico', 'MEX', 'latin america'],
  ['Rio de Janeiro', 'Brazil', 'BRA', 'latin america'], ['Buenos Aires', 'Argentina', 'ARG', 'latin america'],
  ['Sydney', 'Australia', 'AUS', 'oceania'], ['Melbourne', 'Australia', 'AUS', 'oceania'], ['Tokyo', 'Japan', 'JPN', 'east asia'],
  ['Seoul', 'South Korea', 'KOR', 'east asia'], ['Mumbai', 'India', 'IND', 'south asia'], ['Dubai', 'United Arab Emirates', 'ARE', 'middle east'],
  ['Cape Town', 'South Africa', 'ZAF', 'africa'], ['Lagos', 'Nigeria', 'NGA', 'africa'], ['Nairobi', 'Kenya', 'KEN', 'africa'],
].map(([city, country, code, region]) => ({ city, country, code, region }) as Place);

/** Countries an image's rights may name (alpha-3, and how captions name them). */
export const RIGHTS_COUNTRIES: Record<string, string> = Object.fromEntries(
  PLACES.map((place) => [place.code, place.country]),
);

// prettier-ignore
export const FIRST_NAMES = [
  'Amelia', 'Jack', 'Sofia', 'Lucas', 'Isla', 'Mateo', 'Chloe', 'Noah', 'Ava', 'Leo', 'Mia', 'Oliver', 'Zara', 'Ethan', 'Nina',
  'Hugo', 'Lena', 'Marcus', 'Elise', 'Theo', 'Ruby', 'Dante', 'Iris', 'Felix', 'Naomi', 'Rafael', 'Clara', 'Omar', 'Freya', 'Kenji',
];
// prettier-ignore
export const LAST_NAMES = [
  'Hartley', 'Moreno', 'Lindqvist', 'Okoro', 'Castellano', 'Whitford', 'Brandt', 'Delacroix', 'Ashworth', 'Varela', 'Kimura',
  'Fairbanks', 'Osei', 'Marchetti', 'Sterling', 'Novak', 'Rourke', 'Haddon', 'Ferraro', 'Blackwood', 'Quintero', 'Halloran',
];
// prettier-ignore
export const ROYALS = [
  'Prince Edmund, Duke of Ashcombe', 'Princess Amelia of Valdoria', 'King Frederik of Nordmark', 'Queen Isabella of Valdoria',
  'The Duchess of Ashcombe', 'Crown Princess Ingrid of Nordmark', 'Prince Henrik of Nordmark', 'The Earl of Wexmoor',
];
// prettier-ignore
export const CLUB_SUFFIXES = ['United', 'City', 'Rovers', 'Athletic', 'Wanderers', 'FC', 'Albion', 'Sporting'];
// prettier-ignore
export const COMPETITIONS = ['Premier Division', 'National Cup', 'Champions Trophy', 'Continental League', 'Super Cup final', 'League One'];
// prettier-ignore
export const TOURNAMENTS = ['City Open tennis', 'Grand Masters golf', 'World Athletics Indoor Tour', 'Marathon', 'Cycling Classic', 'Boxing Night'];
// prettier-ignore
export const FILMS = [
  'The Silent Harbour', 'Midnight in Avalon', 'Glass Horizon', 'The Last Summer', 'Iron Meridian', 'A Winter Tale', 'Northern Lights',
  'Broken Compass', 'The Velvet Hour', 'Echoes of Paris', 'Wildfire Road', 'The Orchard', 'Paper Kingdoms', 'Blue Monday',
];
// prettier-ignore
export const AWARDS = ['Silver Screen Awards', 'Music Honours', 'Film Critics Circle Awards', 'Television Awards', 'Fashion Awards', 'Theatre Awards'];
// prettier-ignore
export const BANDS = ['The Lanterns', 'Velvet Static', 'Northbound', 'Kite Season', 'Paper Tigers', 'The Night Owls', 'Golden Hour', 'Neon Harbour'];
// prettier-ignore
export const FESTIVALS = ['Summer Sounds Festival', 'Riverside Music Festival', 'Jazz Weekend', 'Open Air Festival', 'Electric Fields'];
// prettier-ignore
export const DESIGNERS = ['Maison Ardent', 'Castellano Atelier', 'Studio Varela', 'Whitford & Co', 'Lumen', 'Haddon Couture'];
// prettier-ignore
export const PLAYS = ['The Lighthouse Keeper', 'Winter Garden', 'A Quiet Evening', 'The Glass Menagerie Revisited', 'Kings of Nothing'];
// prettier-ignore
export const ANIMALS = ['giraffe calf', 'baby elephant', 'red panda cub', 'snow leopard cub', 'penguin chick', 'baby gorilla', 'lion cubs'];
// prettier-ignore
export const CAUSES = ['climate change', 'rising rents', 'pension reform', 'university fees', 'fuel prices', 'road closures'];
// prettier-ignore
export const POLITICAL_EVENTS = ['Parliament session', 'Election campaign', 'Leaders summit', 'Budget day', 'Climate protest', 'Press conference'];
