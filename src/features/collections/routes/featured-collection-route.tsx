import { useParams } from 'react-router';
import { useFeaturedCollection, useFeaturedCollectionItems } from '@/api/collections-browse';
import { CoverImage } from '@/components/CoverImage';
import { formatDate, pluralize } from '@/lib/format';
import { ImageCollectionPage } from '../components/ImageCollectionPage';

export function Component() {
  const { id = '' } = useParams();
  const collection = useFeaturedCollection('image', id);
  const items = useFeaturedCollectionItems('image', id);
  const data = collection.data;
  const hero = data?.hero_item?.url ?? data?.cover_item?.url;

  return (
    <ImageCollectionPage
      collection={collection}
      items={items}
      selectionKey={id}
      back={{ to: '/collections/featured', label: 'Featured collections' }}
      missing={{
        title: 'That featured collection isn’t available',
        action: 'See featured collections',
      }}
      pageTitle={data ? `${data.name} — Featured on Stockroom` : 'Featured collection — Stockroom'}
      layoutKey="featured"
    >
      <header className="relative mb-6 flex min-h-44 items-end overflow-hidden rounded-2xl bg-neutral-800 sm:min-h-56">
        <CoverImage src={hero} eager className="absolute inset-0 size-full object-cover" />
        <div className="absolute inset-0 bg-gradient-to-t from-black/80 via-black/30 to-black/0" />
        <div className="relative p-5 text-white sm:p-7">
          <p className="text-xs font-semibold tracking-wide text-white/80 uppercase">
            Featured collection
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-4xl">
            {data?.name ?? '\u00a0'}
          </h1>
          {data && (
            <p className="mt-1 text-sm text-white/85 tabular-nums">
              {pluralize(data.total_item_count, 'image')}
              {data.updated_time && <> · Updated {formatDate(data.updated_time)}</>}
            </p>
          )}
        </div>
      </header>
    </ImageCollectionPage>
  );
}
