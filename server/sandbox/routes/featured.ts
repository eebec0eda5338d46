// What the featured image and video collection routes share: their schemas, the lookup by
// id, a collection's vendor shape around its covers, and a page of its items.
import type { FeaturedRecord, FeaturedSet } from '../collections/featured-set';
import { SandboxError } from '../errors';
import { pagedAnswer } from '../lib/answers';
import { pageSchema, pageSlice, type Page } from '../schemas';

export const embedSchema = { type: 'string', enum: ['share_url'] } as const;
export const featuredIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' } },
} as const;
export const featuredItemsQuery = {
  type: 'object',
  properties: {
    page: pageSchema,
    per_page: { type: 'integer', minimum: 1, maximum: 150, default: 100 },
  },
} as const;

/** Finds a featured collection by id, or answers 404. */
export const featuredFinder =
  <Record extends FeaturedRecord>(featured: FeaturedSet<Record>) =>
  (id: string): Record => {
    const collection = featured.find(id);
    if (!collection)
      throw SandboxError.notFound(`Featured collection ${id} not found`, '$.path.id');
    return collection;
  };

/** A featured collection as the vendor shows it; `sharePath` is its page on the site. */
export function toFeatured(
  collection: FeaturedRecord,
  origin: string,
  embed: string | undefined,
  sharePath: string,
  covers: { cover_item: { url: string }; hero_item?: { url: string } },
) {
  return {
    id: collection.id,
    name: collection.name,
    total_item_count: collection.items.length,
    created_time: collection.time,
    updated_time: collection.time,
    items_updated_time: collection.time,
    ...covers,
    ...(embed === 'share_url' ? { share_url: `${origin}${sharePath}${collection.id}` } : {}),
  };
}

/** A page of a featured collection's items. */
export function featuredItemsAnswer(collection: FeaturedRecord, query: Page, mediaType: string) {
  return pagedAnswer(
    pageSlice(collection.items, query).map((id) => ({
      id,
      media_type: mediaType,
      added_time: collection.time,
    })),
    query,
    collection.items.length,
  );
}
