// What the media renderer needs to draw a video's or an editorial video's media.
import { categoryById } from '../../categories';
import type { VideoCatalog } from '..';
import type { VideoMediaKind } from './paths';
import type { VideoMediaSpec } from './render';

/** Editorial categories → the image category whose motif suits them. */
const EDITORIAL_MOTIFS: Record<string, string> = {
  Animal: 'Animals/Wildlife',
  Sport: 'Sports/Recreation',
  Weather: 'Nature',
  Environment: 'Nature',
  Travel: 'Buildings/Landmarks',
  Business: 'Business/Finance',
  Science: 'Science',
  Food: 'Food and Drink',
  Art: 'The Arts',
  Music: 'The Arts',
  'Film Stills': 'Vintage',
};

export function videoMediaSpec(
  catalog: VideoCatalog,
  kind: VideoMediaKind,
  id: string,
): VideoMediaSpec | undefined {
  if (kind === 'videos') {
    const row = catalog.videos.find(id);
    if (!row) return undefined;
    return {
      key: `video:${row.id}`,
      label: String(row.id),
      width: row.width,
      height: row.height,
      categories: row.categories.split(',').map((c) => categoryById(c)?.name ?? 'Miscellaneous'),
      colors: row.colors.split(','),
      description: row.description,
    };
  }
  const row = catalog.editorial.findAny(id);
  if (!row) return undefined;
  const main = row.categories.split('|')[0] ?? '';
  return {
    key: `editorial-video:${row.id}`,
    label: row.id,
    width: row.width,
    height: row.height,
    categories: [EDITORIAL_MOTIFS[main] ?? 'People'],
    colors: row.colors.split(','),
    description: row.title,
  };
}
