// The query of GET /v2/images/search, shared with the routes that take its filters
// (images/search/suggestions and the like, in image-extras.ts).
import type { ImageView } from '../catalog/images';
import type { ImageSearchParams } from '../catalog/search';
import { PEOPLE_AGES, PEOPLE_ETHNICITIES } from '../seed/people';
import {
  addedDateProperties,
  languageSchema,
  pageSchema,
  searchPerPageSchema,
  stringList,
  viewSchema,
} from '../schemas';

const positive = { type: 'number', exclusiveMinimum: 0 } as const;

export const searchQuerySchema = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    ...addedDateProperties,
    aspect_ratio: positive,
    aspect_ratio_min: positive,
    aspect_ratio_max: positive,
    ai_search: { type: 'boolean' },
    ai_labels_limit: { type: 'integer', minimum: 0, maximum: 500, default: 20 },
    ai_industry: {
      type: 'string',
      enum: ['automotive', 'cpg', 'finance', 'healthcare', 'retail', 'technology'],
    },
    ai_objective: { type: 'string', enum: ['awareness', 'traffic', 'conversions'] },
    category: stringList(),
    color: { type: 'string', pattern: '^(#?[0-9a-fA-F]{6}|grayscale)$' },
    contributor: stringList(),
    contributor_country: stringList({ type: 'string', pattern: '^(NOT\\s)?[A-Za-z]{2}$' }),
    fields: { type: 'string' },
    height: { type: 'integer' },
    height_from: { type: 'integer' },
    height_to: { type: 'integer' },
    image_type: stringList({ type: 'string', enum: ['photo', 'illustration', 'vector'] }),
    keyword_safe_search: { type: 'boolean', default: true },
    language: languageSchema,
    license: stringList({ type: 'string', enum: ['commercial', 'editorial', 'enhanced'] }),
    model: stringList(),
    orientation: { type: 'string', enum: ['horizontal', 'vertical'] },
    page: pageSchema,
    per_page: searchPerPageSchema,
    people_model_released: { type: 'boolean' },
    people_age: { type: 'string', enum: PEOPLE_AGES },
    people_ethnicity: stringList({
      type: 'string',
      enum: [...PEOPLE_ETHNICITIES, ...PEOPLE_ETHNICITIES.map((e) => `NOT ${e}`)],
    }),
    people_gender: { type: 'string', enum: ['male', 'female', 'both'] },
    people_number: { type: 'integer', minimum: 0, maximum: 4 },
    region: { type: 'string' },
    safe: { type: 'boolean', default: true },
    sort: {
      type: 'string',
      enum: ['newest', 'popular', 'relevance', 'random'],
      default: 'popular',
    },
    spellcheck_query: { type: 'boolean', default: true },
    view: viewSchema('minimal'),
    width: { type: 'integer' },
    width_from: { type: 'integer' },
    width_to: { type: 'integer' },
  },
} as const;

export interface SearchQuery extends ImageSearchParams {
  page: number;
  per_page: number;
  view: ImageView;
}
