import { useParams } from 'react-router';
import { useCollectionMembership } from '@/api/collections';
import { useImage, useSimilarImages } from '@/api/image-detail';
import { BackToResults, DetailSection } from '@/components/DetailParts';
import { NoneFound, QueryView } from '@/components/QueryView';
import { GridSkeleton } from '@/components/GridSkeleton';
import { JustifiedGrid } from '@/components/JustifiedGrid';
import { LicenseButton } from '@/components/license/LicenseButton';
import { LicensedNote } from '@/components/license/LicensedNote';
import { SaveToCollectionMenu } from '@/components/SaveToCollectionMenu';
import { CompDownload } from '@/components/CompDownload';
import { capitalize } from '@/lib/format';
import { AssetFacts, CategoryLinks, KeywordLinks, SizeTable } from '../components/AssetDetails';
import { AssetPreview } from '../components/AssetPreview';

function SimilarImages({ id }: { id: string }) {
  const similar = useSimilarImages(id);
  return (
    <DetailSection title="Similar images">
      <QueryView
        query={similar}
        compact
        skeleton={<GridSkeleton rows={2} layoutKey="similar" />}
        isEmpty={(found) => found.data.length === 0}
        empty={<NoneFound>No similar images found.</NoneFound>}
      >
        {(found) => <JustifiedGrid images={found.data} layoutKey="similar" />}
      </QueryView>
    </DetailSection>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const { data: image } = useImage(id);
  const title = image.description?.trim() || `Image ${image.id}`;
  const { membership } = useCollectionMembership('image');
  const savedIn = membership.get(image.id)?.length ?? 0;
  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] px-4 py-5 sm:px-6">
      <title>{`${title} — Stockroom`}</title>
      <div className="mb-4">
        <BackToResults fallback="/" label="Search images" />
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="lg:col-start-1 lg:row-start-1">
          <AssetPreview image={image} />
        </div>
        <div className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div>
            <p className="mb-2 text-xs font-medium tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
              {capitalize(image.image_type ?? 'image')} · ID{' '}
              <span className="normal-case" data-testid="asset-id">
                {image.id}
              </span>
            </p>
            <h1
              className="text-xl leading-snug font-semibold tracking-tight sm:text-2xl"
              data-testid="asset-description"
            >
              {title}
            </h1>
            <div className="mt-4 flex flex-wrap items-center gap-3" data-testid="asset-save">
              <LicenseButton media="image" assetId={image.id} title={title} />
              <SaveToCollectionMenu
                ids={[image.id]}
                saved={savedIn > 0}
                buttonVariant="secondary"
                label={savedIn > 0 ? 'Saved' : 'Save to collection'}
              />
              <CompDownload media="image" assetId={image.id} assets={image.assets} title={title} />
              {savedIn > 0 && (
                <p
                  className="text-sm text-neutral-600 dark:text-neutral-400"
                  data-testid="saved-in"
                >
                  In {savedIn === 1 ? '1 collection' : `${savedIn} collections`}
                </p>
              )}
            </div>
            <div className="mt-3">
              <LicensedNote media="image" assetId={image.id} />
            </div>
          </div>
          <AssetFacts image={image} />
          <SizeTable image={image} />
          <CategoryLinks categories={image.categories} />
        </div>
        <div className="self-start lg:col-start-1 lg:row-start-2">
          <KeywordLinks keywords={image.keywords} />
        </div>
      </div>
      <SimilarImages key={id} id={id} />
    </main>
  );
}
