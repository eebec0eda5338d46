// Which motif paints which Shutterstock image category.
import type { Random } from '../random';
import {
  abstract,
  bokeh,
  books,
  brushstrokes,
  candles,
  chart,
  food,
  medical,
  molecule,
  ornaments,
  sunburst,
  symbols,
  texture,
} from './graphic';
import { animal, landscape, plants, sports, transport } from './outdoor';
import { people } from './people';
import { circuit, gears, interior, objects, skyline } from './urban';
import type { Motif } from './util';

export type { Motif } from './util';

const MOTIFS: Record<string, readonly Motif[]> = {
  'Animals/Wildlife': [animal],
  'Buildings/Landmarks': [skyline],
  'Backgrounds/Textures': [texture],
  'Business/Finance': [chart],
  Education: [books],
  'Food and Drink': [food],
  'Healthcare/Medical': [medical],
  Holidays: [ornaments],
  Objects: [objects],
  Industrial: [gears],
  Arts: [brushstrokes],
  'The Arts': [brushstrokes],
  Nature: [landscape, landscape, plants],
  People: [people],
  Religion: [candles],
  Science: [molecule],
  'Signs/Symbols': [symbols],
  'Sports/Recreation': [sports],
  Technology: [circuit],
  Transportation: [transport],
  'Parks/Outdoor': [landscape, plants],
  Vintage: [sunburst],
  Miscellaneous: [bokeh, abstract],
  Abstract: [abstract],
  Interiors: [interior],
  'Beauty/Fashion': [people],
  Celebrities: [people],
};

const BY_NAME = new Map(
  Object.entries(MOTIFS).map(([name, motifs]) => [name.toLowerCase(), motifs]),
);

/** The motif for an image: by its first category (name, any case), or a general one. */
export function motifFor(categories: readonly string[], rnd: Random): Motif {
  const options = BY_NAME.get((categories[0] ?? '').trim().toLowerCase()) ?? [bokeh, abstract];
  return rnd.pick(options);
}
