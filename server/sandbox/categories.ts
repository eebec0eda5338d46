// Shutterstock's image categories (GET /v2/images/categories), with the vendor's ids.
// The vendor document's own example confirms "1 Animals/Wildlife" and "11 The Arts".

export interface ImageCategory {
  id: string;
  name: string;
}

export const IMAGE_CATEGORIES: readonly ImageCategory[] = [
  { id: '26', name: 'Abstract' },
  { id: '1', name: 'Animals/Wildlife' },
  { id: '11', name: 'The Arts' },
  { id: '3', name: 'Backgrounds/Textures' },
  { id: '27', name: 'Beauty/Fashion' },
  { id: '2', name: 'Buildings/Landmarks' },
  { id: '4', name: 'Business/Finance' },
  { id: '31', name: 'Celebrities' },
  { id: '5', name: 'Education' },
  { id: '6', name: 'Food and Drink' },
  { id: '7', name: 'Healthcare/Medical' },
  { id: '8', name: 'Holidays' },
  { id: '10', name: 'Industrial' },
  { id: '21', name: 'Interiors' },
  { id: '22', name: 'Miscellaneous' },
  { id: '12', name: 'Nature' },
  { id: '9', name: 'Objects' },
  { id: '25', name: 'Parks/Outdoor' },
  { id: '13', name: 'People' },
  { id: '14', name: 'Religion' },
  { id: '15', name: 'Science' },
  { id: '17', name: 'Signs/Symbols' },
  { id: '18', name: 'Sports/Recreation' },
  { id: '16', name: 'Technology' },
  { id: '0', name: 'Transportation' },
  { id: '24', name: 'Vintage' },
];

const byId = new Map(IMAGE_CATEGORIES.map((category) => [category.id, category]));
const byName = new Map(IMAGE_CATEGORIES.map((category) => [category.name.toLowerCase(), category]));

export function categoryById(id: string): ImageCategory | undefined {
  return byId.get(id);
}

/** A category given as the vendor allows it: its id or its name (case-insensitive). */
export function findCategory(idOrName: string): ImageCategory | undefined {
  const key = idOrName.trim();
  return byId.get(key) ?? byName.get(key.toLowerCase());
}

/** Bit of a category in an image's category mask (its position in IMAGE_CATEGORIES). */
export function categoryBit(id: string): number {
  const index = IMAGE_CATEGORIES.findIndex((category) => category.id === id);
  if (index < 0) throw new Error(`unknown category ${id}`);
  return 1 << index;
}
