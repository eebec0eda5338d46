// The chips of the filters in force (shown only while some filter is).
import type { Category, ImageSearchParams } from '@/api/types';
import { formatDate, humanize } from '@/lib/format';
import type { SearchParamKey } from '@/lib/search-params';
import { peopleNumberLabel } from '@/lib/search-params';

export interface FilterChip {
  key: string;
  label: string;
  /** The state without this chip's filter. */
  remove: (params: ImageSearchParams) => ImageSearchParams;
  /** A colour swatch shown in the chip. */
  swatch?: string;
}

function without<K extends SearchParamKey>(key: K) {
  return (params: ImageSearchParams): ImageSearchParams => {
    const next = { ...params };
    delete next[key];
    return next;
  };
}

function withoutValue<K extends 'image_type' | 'license' | 'contributor' | 'people_ethnicity'>(
  key: K,
  value: string,
) {
  return (params: ImageSearchParams): ImageSearchParams => {
    const list =
      (params[key] as readonly string[] | undefined)?.filter((item) => item !== value) ?? [];
    return { ...params, [key]: list.length ? list : undefined };
  };
}

const TYPE_LABELS: Record<string, string> = {
  photo: 'Photos',
  illustration: 'Illustrations',
  vector: 'Vectors',
};

/** One chip per active filter value, in the order of the filter panel. */
export function filterChips(
  params: ImageSearchParams,
  categories: readonly Category[] = [],
): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const type of params.image_type ?? []) {
    chips.push({
      key: `image_type:${type}`,
      label: TYPE_LABELS[type] ?? type,
      remove: withoutValue('image_type', type),
    });
  }
  if (params.orientation)
    chips.push({
      key: 'orientation',
      label: humanize(params.orientation),
      remove: without('orientation'),
    });
  if (params.color) {
    const grayscale = params.color === 'grayscale';
    chips.push({
      key: 'color',
      label: grayscale ? 'Black and white' : `#${params.color}`,
      swatch: grayscale ? 'linear-gradient(90deg,#000,#fff)' : `#${params.color}`,
      remove: without('color'),
    });
  }
  if (params.category) {
    const category = categories.find(
      (item) => item.id === params.category || item.name === params.category,
    );
    chips.push({
      key: 'category',
      label: category?.name ?? `Category ${params.category}`,
      remove: without('category'),
    });
  }
  if (params.people_number !== undefined) {
    chips.push({
      key: 'people_number',
      label: peopleNumberLabel(params.people_number),
      remove: without('people_number'),
    });
  }
  if (params.people_age)
    chips.push({
      key: 'people_age',
      label: `Age: ${params.people_age}`,
      remove: without('people_age'),
    });
  if (params.people_gender) {
    chips.push({
      key: 'people_gender',
      label: `Gender: ${humanize(params.people_gender)}`,
      remove: without('people_gender'),
    });
  }
  for (const ethnicity of params.people_ethnicity ?? []) {
    chips.push({
      key: `people_ethnicity:${ethnicity}`,
      label: ethnicity.startsWith('NOT ')
        ? `Not ${humanize(ethnicity.slice(4))}`
        : humanize(ethnicity),
      remove: withoutValue('people_ethnicity', ethnicity),
    });
  }
  if (params.people_model_released !== undefined) {
    chips.push({
      key: 'people_model_released',
      label: params.people_model_released ? 'Model released' : 'No model release',
      remove: without('people_model_released'),
    });
  }
  for (const contributor of params.contributor ?? []) {
    chips.push({
      key: `contributor:${contributor}`,
      label: `Contributor ${contributor}`,
      remove: withoutValue('contributor', contributor),
    });
  }
  if (params.added_date)
    chips.push({
      key: 'added_date',
      label: `Added ${formatDate(params.added_date)}`,
      remove: without('added_date'),
    });
  if (params.added_date_start) {
    chips.push({
      key: 'added_date_start',
      label: `Added from ${formatDate(params.added_date_start)}`,
      remove: without('added_date_start'),
    });
  }
  if (params.added_date_end) {
    chips.push({
      key: 'added_date_end',
      label: `Added until ${formatDate(params.added_date_end)}`,
      remove: without('added_date_end'),
    });
  }
  const ranges: [SearchParamKey, string][] = [
    ['width_from', 'Width ≥ {}px'],
    ['width_to', 'Width ≤ {}px'],
    ['height_from', 'Height ≥ {}px'],
    ['height_to', 'Height ≤ {}px'],
    ['aspect_ratio_min', 'Aspect ≥ {}'],
    ['aspect_ratio_max', 'Aspect ≤ {}'],
  ];
  for (const [key, template] of ranges) {
    const value = params[key];
    if (value !== undefined)
      chips.push({ key, label: template.replace('{}', String(value)), remove: without(key) });
  }
  for (const license of params.license ?? []) {
    chips.push({
      key: `license:${license}`,
      label: `${humanize(license)} license`,
      remove: withoutValue('license', license),
    });
  }
  if (params.safe === false)
    chips.push({ key: 'safe', label: 'Safe search off', remove: without('safe') });
  return chips;
}
