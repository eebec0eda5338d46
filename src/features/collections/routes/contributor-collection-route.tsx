import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  contributorCollectionItemsOptions,
  contributorCollectionOptions,
} from '@/api/collections-browse';
import { useContributorName } from '@/api/contributors';
import { formatDate, pluralize } from '@/lib/format';
import { CollectionName } from '../components/CollectionName';
import { ImageCollectionPage } from '../components/ImageCollectionPage';

/** A contributor's collection of their own images: read it, open any, save them to yours. */
export function Component() {
  const { contributorId = '', id = '' } = useParams();
  const collection = useQuery(contributorCollectionOptions(contributorId, id));
  const items = useInfiniteQuery(contributorCollectionItemsOptions(contributorId, id));
  const data = collection.data;
  const contributorName = useContributorName(contributorId);

  return (
    <ImageCollectionPage
      collection={collection}
      items={items}
      selectionKey={`${contributorId}/${id}`}
      back={{
        to: `/contributors/${encodeURIComponent(contributorId)}`,
        label: contributorName ?? 'Contributor',
      }}
      missing={{ title: 'That collection isn’t available', action: 'See the contributor' }}
      pageTitle={data ? `${data.name} — Stockroom` : 'Contributor collection — Stockroom'}
      layoutKey="collection"
    >
      <div className="mb-6">
        <p className="text-xs font-semibold tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
          {contributorName ? `${contributorName}’s collection` : 'Contributor’s collection'}
        </p>
        <CollectionName name={data?.name} className="mt-1" />
        <p
          className="mt-1 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
          data-testid="collection-count"
        >
          {data ? (
            <>
              {pluralize(data.total_item_count, 'image')}
              {data.updated_time && <> · Updated {formatDate(data.updated_time)}</>}
            </>
          ) : (
            '\u00a0'
          )}
        </p>
      </div>
    </ImageCollectionPage>
  );
}
