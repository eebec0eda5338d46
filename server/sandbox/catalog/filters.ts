// The image search filters of the vendor's searchImages operation, as predicates over
// the in-memory columns. Each filter narrows the result; all of them must hold (AND).
import { findCategory, categoryBit } from '../categories';
import { colorDistance, parseHex, saturation } from '../colors';
import { SandboxError } from '../errors';
import { IMAGE_TYPES, MAX_COLORS, type CatalogColumns, type ImageTypeName } from './columns';
import { assetFilters, listValues, type AssetFilterParams } from '../lib/asset-filters';
import type { Filter } from '../lib/catalog-search';

export interface ImageFilterParams extends AssetFilterParams {
  image_type?: string[];
  orientation?: 'horizontal' | 'vertical';
  category?: string[];
  color?: string;
  width?: number;
  width_from?: number;
  width_to?: number;
  height?: number;
  height_from?: number;
  height_to?: number;
  aspect_ratio?: number;
  aspect_ratio_min?: number;
  aspect_ratio_max?: number;
}

/** How close (redmean distance) an image's nearest dominant colour must be to the asked colour. */
export const COLOR_MATCH_DISTANCE = 110;
/** Tolerance of an exact aspect_ratio, as the vendor rounds aspects to 4 decimals in practice. */
const ASPECT_TOLERANCE = 0.01;

export function buildFilters(
  columns: CatalogColumns,
  params: ImageFilterParams,
  contributorIds: (namesOrIds: string[]) => number[],
): Filter[] {
  const c = columns;
  const filters: Filter[] = [];

  const types = listValues(params.image_type);
  if (types.length > 0) {
    const wanted = new Set(types.map((type) => IMAGE_TYPES.indexOf(type as ImageTypeName)));
    filters.push((i) => wanted.has(c.type[i] as number));
  }

  if (params.orientation === 'horizontal') filters.push((i) => (c.aspect[i] as number) > 1);
  if (params.orientation === 'vertical') filters.push((i) => (c.aspect[i] as number) < 1);

  const categories = listValues(params.category);
  if (categories.length > 0) {
    let mask = 0;
    for (const value of categories) {
      const category = findCategory(value);
      if (!category) {
        throw SandboxError.badRequest(
          `Unknown category "${value}"; see GET /v2/images/categories`,
          '$.query.category',
          'VALIDATION_ENUM_MISMATCH',
        );
      }
      mask |= categoryBit(category.id);
    }
    filters.push((i) => ((c.categoryMask[i] as number) & mask) !== 0);
  }

  if (params.color !== undefined) filters.push(colorFilter(c, params.color));

  range(filters, c.width, params.width, params.width_from, params.width_to);
  range(filters, c.height, params.height, params.height_from, params.height_to);
  if (params.aspect_ratio !== undefined) {
    const aspect = params.aspect_ratio;
    filters.push((i) => Math.abs((c.aspect[i] as number) - aspect) <= ASPECT_TOLERANCE);
  }
  if (params.aspect_ratio_min !== undefined) {
    const min = params.aspect_ratio_min;
    filters.push((i) => (c.aspect[i] as number) >= min);
  }
  if (params.aspect_ratio_max !== undefined) {
    const max = params.aspect_ratio_max;
    filters.push((i) => (c.aspect[i] as number) <= max);
  }

  // Editorial images are licensed editorially; commercial and enhanced licenses cover the rest.
  filters.push(...assetFilters(c, params, contributorIds, ['commercial', 'enhanced']));
  return filters;
}

function range(
  filters: Filter[],
  column: Int32Array,
  exact?: number,
  from?: number,
  to?: number,
): void {
  if (exact !== undefined) filters.push((i) => column[i] === exact);
  if (from !== undefined) filters.push((i) => (column[i] as number) >= from);
  if (to !== undefined) filters.push((i) => (column[i] as number) <= to);
}

function colorFilter(c: CatalogColumns, value: string): Filter {
  if (value.toLowerCase() === 'grayscale') {
    return (i) => {
      for (let k = 0; k < MAX_COLORS; k++) {
        const color = c.colors[i * MAX_COLORS + k] as number;
        if (color >= 0 && saturation(color) > 0.12) return false;
      }
      return true;
    };
  }
  const wanted = parseHex(value);
  if (wanted === undefined) {
    throw SandboxError.badRequest(
      'color must be a hexadecimal colour such as 4F21EA, or grayscale',
      '$.query.color',
      'VALIDATION_INVALID_FORMAT',
    );
  }
  return (i) => {
    for (let k = 0; k < MAX_COLORS; k++) {
      const color = c.colors[i * MAX_COLORS + k] as number;
      if (color >= 0 && colorDistance(color, wanted) <= COLOR_MATCH_DISTANCE) return true;
    }
    return false;
  };
}
