// Fixed preview specs for the media tests: a fake catalog, the unit boundary of the plugin.
import type { ImagePreviewSpec } from './types';

export const TEST_SPECS: readonly ImagePreviewSpec[] = [
  {
    id: '101',
    width: 6000,
    height: 4000,
    imageType: 'photo',
    categories: ['Nature'],
    colors: ['#3a78c2', '#e0c068', '#2d4a2b'],
    description: 'Hills under a blue sky',
  },
  {
    id: '102',
    width: 3000,
    height: 4500,
    imageType: 'illustration',
    categories: ['Buildings/Landmarks'],
    colors: ['#f1e4d3', '#b8433a'],
    description: 'City skyline',
  },
  {
    id: '103',
    width: 5000,
    height: 5000,
    imageType: 'vector',
    categories: ['Food and Drink'],
    colors: ['#1f2b3c', '#f4a52b', '#5aa0b4'],
    description: 'Plate from above',
  },
  {
    id: '104',
    width: 4000,
    height: 2250,
    imageType: 'photo',
    categories: ['Technology', 'Business/Finance'],
    colors: ['#c23a5e'],
    description: 'Circuit board',
  },
  {
    id: '105',
    width: 4500,
    height: 3000,
    imageType: 'vector',
    categories: ['Animals/Wildlife'],
    colors: ['#8fbf6a', '#2c3e50'],
    description: 'A cat',
  },
  {
    id: '106',
    width: 4500,
    height: 3000,
    imageType: 'illustration',
    categories: ['Unknown category'],
    colors: ['#e8d44d', '#333333', '#7b6cd9'],
    description: 'Fallback motif',
  },
];

export function testLookup(id: string): ImagePreviewSpec | undefined {
  return TEST_SPECS.find((spec) => spec.id === id);
}
