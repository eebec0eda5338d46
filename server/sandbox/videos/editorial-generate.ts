// Editorial videos: news, events, sport and viral footage with a title in the vendor's
// style ("What happened, City, Country - 13 Nov 2020"), a caption, a supplier, a date
// taken, a category, and the countries where they may not (or only may) be used.
import { hashString, Random } from '../seed/random';
import { addedDays, isoDay, videoColors, type VideoGeneratorOptions } from './generate';
import type { Resolution } from './formats';

export interface EditorialVideoRecord {
  id: string;
  title: string;
  caption: string;
  keywords: string[];
  categories: string[];
  supplierCode: string;
  byline: string;
  dateTaken: string;
  duration: number;
  fps: number;
  resolution: Resolution;
  width: number;
  height: number;
  colors: string[];
  /** ISO 3166 alpha-3 codes where it may not be used (empty: anywhere, unless allowedOnly). */
  restrictedIn: string[];
  /** When set, the only countries where it may be used. */
  allowedOnly: string[];
  popularity: number;
}

export interface Supplier {
  code: string;
  name: string;
}

// prettier-ignore
export const EDITORIAL_SUPPLIERS: readonly Supplier[] = [
  { code: 'SHT', name: 'Shutterstock' }, { code: 'VHG', name: 'ViralHog' }, { code: 'NFL', name: 'Newsflare' },
  { code: 'CTV', name: 'Clipline TV' }, { code: 'EVN', name: 'Event Video Network' }, { code: 'SPX', name: 'Sportsframe' },
  { code: 'FST', name: 'Film Stills Archive' }, { code: 'RYL', name: 'Court Circular Media' }, { code: 'WXV', name: 'Stormchase Video' },
  { code: 'NTV', name: 'Nature Wire' },
];

// prettier-ignore
const PLACES: [string, string, string][] = [
  ['London', 'UK', 'GBR'], ['Manchester', 'UK', 'GBR'], ['Paris', 'France', 'FRA'], ['Cannes', 'France', 'FRA'], ['Berlin', 'Germany', 'DEU'],
  ['Munich', 'Germany', 'DEU'], ['Rome', 'Italy', 'ITA'], ['Milan', 'Italy', 'ITA'], ['Madrid', 'Spain', 'ESP'], ['Barcelona', 'Spain', 'ESP'],
  ['New York', 'USA', 'USA'], ['Los Angeles', 'USA', 'USA'], ['Miami', 'USA', 'USA'], ['Chicago', 'USA', 'USA'], ['Toronto', 'Canada', 'CAN'],
  ['Mexico City', 'Mexico', 'MEX'], ['Rio de Janeiro', 'Brazil', 'BRA'], ['Buenos Aires', 'Argentina', 'ARG'], ['Tokyo', 'Japan', 'JPN'],
  ['Seoul', 'South Korea', 'KOR'], ['Sydney', 'Australia', 'AUS'], ['Melbourne', 'Australia', 'AUS'], ['Mumbai', 'India', 'IND'],
  ['Cape Town', 'South Africa', 'ZAF'], ['Nairobi', 'Kenya', 'KEN'], ['Dubai', 'UAE', 'ARE'], ['Stockholm', 'Sweden', 'SWE'],
  ['Amsterdam', 'Netherlands', 'NLD'], ['Venice', 'Italy', 'ITA'], ['Edinburgh', 'UK', 'GBR'], ['Reykjavik', 'Iceland', 'ISL'],
];
const RESTRICTABLE = [
  'USA',
  'GBR',
  'FRA',
  'DEU',
  'ITA',
  'ESP',
  'AUS',
  'CAN',
  'JPN',
  'BRA',
  'CHN',
  'IND',
  'NLD',
  'SWE',
  'MEX',
];

interface Template {
  category: string;
  headlines: string[];
  keywords: string[];
  suppliers: string[];
}

// prettier-ignore
const TEMPLATES: Template[] = [
  { category: 'News', headlines: ['Protesters march through the city centre', 'Crowds gather outside parliament', 'Firefighters tackle a warehouse blaze', 'Commuters face delays after a rail strike', 'Residents clear up after flooding'], keywords: ['news', 'crowd', 'city', 'event', 'people'], suppliers: ['SHT', 'NFL', 'CTV'] },
  { category: 'Politics', headlines: ['Prime minister arrives for a summit', 'Election night count under way', 'Leaders meet for talks', 'Minister speaks to the press', 'Voters queue at a polling station'], keywords: ['politics', 'government', 'election', 'press conference', 'leader'], suppliers: ['SHT', 'CTV'] },
  { category: 'Sport', headlines: ['Marathon runners cross the finish line', 'Fans celebrate a late winner', 'Cyclists climb through the mountains', 'Surfers compete in big waves', 'Skiers race down the slalom course'], keywords: ['sport', 'competition', 'athlete', 'race', 'fans'], suppliers: ['SPX', 'SHT'] },
  { category: 'Entertainment', headlines: ['Stars arrive at a film premiere', 'Red carpet arrivals at the gala', 'Cast members greet fans', 'Festival crowds enjoy the opening night', 'Comedy show audience reactions'], keywords: ['premiere', 'red carpet', 'celebrity', 'entertainment', 'film'], suppliers: ['EVN', 'SHT'] },
  { category: 'Awards', headlines: ['Winners pose with their trophies', 'Guests arrive at the music awards', 'Host opens the awards ceremony', 'Nominees walk the red carpet'], keywords: ['awards', 'ceremony', 'trophy', 'red carpet', 'gala'], suppliers: ['EVN', 'SHT'] },
  { category: 'Celebrity', headlines: ['Actor signs autographs for fans', 'Singer spotted leaving a studio', 'Model arrives at a fashion party', 'TV presenter out and about'], keywords: ['celebrity', 'star', 'fans', 'paparazzi', 'famous'], suppliers: ['EVN', 'SHT'] },
  { category: 'Music', headlines: ['Band performs on the main stage', 'Crowd sings along at a summer festival', 'Orchestra rehearses for the season opener', 'Rapper performs in concert'], keywords: ['music', 'concert', 'festival', 'stage', 'live music'], suppliers: ['EVN', 'SHT'] },
  { category: 'Fashion', headlines: ['Models walk the runway at fashion week', 'Street style outside the shows', 'Designer takes a bow after the show', 'Backstage at the spring collection'], keywords: ['fashion', 'runway', 'catwalk', 'fashion week', 'model'], suppliers: ['EVN', 'SHT'] },
  { category: 'Royalty', headlines: ['Royal couple greet well-wishers', 'Royal visit to a community centre', 'Changing of the guard ceremony', 'Royal procession through the city'], keywords: ['royal', 'royalty', 'ceremony', 'visit', 'tradition'], suppliers: ['RYL', 'SHT'] },
  { category: 'Weather', headlines: ['Storm waves batter the seafront', 'Heavy snow blankets the city', 'Heatwave draws crowds to the beach', 'Tornado crosses farmland', 'Lightning storm lights up the sky'], keywords: ['weather', 'storm', 'climate', 'extreme weather', 'sky'], suppliers: ['WXV', 'NFL'] },
  { category: 'Viral', headlines: ['Dog surprises owner with a skateboard trick', 'Toddler dances in the rain', 'Cat steals a sandwich from the table', 'Goose rides along on a jet ski', 'Grandmother wins a dance-off'], keywords: ['viral', 'funny', 'cute', 'amazing', 'feel good'], suppliers: ['VHG', 'NFL'] },
  { category: 'Animal', headlines: ['Bear cubs play in a river', 'Rescued seal released into the sea', 'Elephants cross a dusty road', 'Newborn giraffe takes its first steps'], keywords: ['animal', 'wildlife', 'nature', 'rescue', 'cute'], suppliers: ['NTV', 'VHG'] },
  { category: 'Environment', headlines: ['Glacier calves into the sea', 'Volunteers clean plastic from a beach', 'Wildfire smoke over the hills', 'Drought leaves a reservoir dry'], keywords: ['environment', 'climate change', 'nature', 'pollution', 'conservation'], suppliers: ['NTV', 'NFL'] },
  { category: 'Human Interest', headlines: ['Centenarian celebrates a birthday', 'Community garden opens for neighbours', 'Street musicians entertain shoppers', 'Volunteers serve meals at a shelter'], keywords: ['community', 'people', 'lifestyle', 'human interest', 'celebration'], suppliers: ['SHT', 'NFL'] },
  { category: 'Travel', headlines: ['Tourists explore the old town', 'Lantern festival lights up the river', 'Cruise ship arrives in port', 'Crowds watch the new year fireworks'], keywords: ['travel', 'tourism', 'festival', 'landmark', 'holiday'], suppliers: ['SHT', 'CTV'] },
  { category: 'Business', headlines: ['Traders on the exchange floor', 'Factory production line restarts', 'Shoppers queue for a store opening', 'Electric car unveiled at a motor show'], keywords: ['business', 'economy', 'industry', 'finance', 'retail'], suppliers: ['SHT', 'CTV'] },
  { category: 'Science', headlines: ['Rocket lifts off from the launch pad', 'Robot demonstrated at a tech fair', 'Scientists study coral in the lab', 'Solar eclipse seen from the city'], keywords: ['science', 'technology', 'space', 'research', 'innovation'], suppliers: ['SHT', 'NTV'] },
  { category: 'Film Stills', headlines: ['Scene from a classic western', 'Archive footage from a silent comedy', 'Behind the scenes of a period drama', 'Scene from a science fiction classic'], keywords: ['film', 'movie', 'cinema', 'archive', 'classic'], suppliers: ['FST'] },
  { category: 'Documentary', headlines: ['Life on a remote island', 'Fishermen haul in the morning catch', 'Inside a traditional workshop', 'Nomads move their herds'], keywords: ['documentary', 'culture', 'tradition', 'daily life', 'people'], suppliers: ['SHT', 'NTV'] },
  { category: 'Food', headlines: ['Chefs compete in a cooking contest', 'Street food market opens for the season', 'Giant paella cooked in the square', 'Harvest festival celebrates local produce'], keywords: ['food', 'cooking', 'market', 'festival', 'chef'], suppliers: ['SHT', 'EVN'] },
  { category: 'Art', headlines: ['Visitors view a new exhibition', 'Street artist paints a giant mural', 'Sculpture unveiled in the park', 'Auction of modern art'], keywords: ['art', 'exhibition', 'museum', 'gallery', 'culture'], suppliers: ['SHT', 'EVN'] },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FIRST_DAY = Date.UTC(2012, 0, 1) / 86_400_000;

function titleDate(iso: string): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** Yields editorial videos, oldest first; ids are digits and a letter, as the vendor's are. */
export function* generateEditorialVideos(
  options: VideoGeneratorOptions,
): Generator<EditorialVideoRecord> {
  const random = new Random(hashString(`editorial-videos:${options.seed}`));
  const days = addedDays(options.seed + 1, options.editorialCount, FIRST_DAY);
  let number = 9_000_000;
  for (let i = 0; i < options.editorialCount; i++) {
    number += random.int(1, 400);
    const template = random.pick(TEMPLATES);
    const [city, country, code] = random.pick(PLACES);
    const headline = random.pick(template.headlines);
    const dateTaken = isoDay(days[i] as number);
    const supplierCode = random.pick(template.suppliers);
    const supplier = EDITORIAL_SUPPLIERS.find((s) => s.code === supplierCode) as Supplier;
    const categories = [template.category];
    if (random.chance(0.25)) categories.push(random.pick(TEMPLATES).category);
    const restriction = random.next();
    const restrictedIn = restriction < 0.25 ? random.sample(RESTRICTABLE, random.int(1, 4)) : [];
    const allowedOnly =
      restriction > 0.95 ? [code, ...random.sample(RESTRICTABLE, random.int(0, 3))] : [];
    const resolution: Resolution = random.weighted<Resolution>([
      ['hd', 60],
      ['4k', 25],
      ['sd', 15],
    ]);
    const vertical = template.category === 'Viral' && random.chance(0.4);
    const [width, height] = {
      sd: vertical ? [480, 852] : [852, 480],
      hd: vertical ? [1080, 1920] : [1920, 1080],
      '4k': vertical ? [2160, 3840] : [3840, 2160],
    }[resolution] as [number, number];
    const year = dateTaken.slice(0, 4);
    const words = headline.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    yield {
      id: `${number}${String.fromCharCode(97 + random.int(0, 5))}`,
      title: `${headline}, ${city}, ${country} - ${titleDate(dateTaken)}`,
      caption: `${headline} in ${city}, ${country}, on ${titleDate(dateTaken)}. Footage supplied by ${supplier.name}.`,
      keywords: [
        ...new Set([
          ...template.keywords,
          ...words,
          city.toLowerCase(),
          country.toLowerCase(),
          year,
        ]),
      ],
      categories: [...new Set(categories)],
      supplierCode: supplier.code,
      byline: supplier.code === 'SHT' ? 'Shutterstock' : `${supplier.name}/Shutterstock`,
      dateTaken,
      duration: Math.round((8 + random.next() * 170) * 1000) / 1000,
      fps: random.weighted<number>([
        [25, 35],
        [29.97, 35],
        [30, 15],
        [50, 8],
        [59.94, 7],
      ]),
      resolution,
      width,
      height,
      colors: videoColors(random, [random.int(0, 359), random.int(0, 359)]),
      restrictedIn,
      allowedOnly,
      popularity: Math.round(Math.exp(2 + random.normal() * 1.5)),
    };
  }
}
