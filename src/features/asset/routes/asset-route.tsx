import { useParams } from 'react-router';
import { useImage, useSimilarImages } from '@/api/image-detail';
import { AssetDetailPage } from '@/components/AssetDetailPage';
import { DetailSection } from '@/components/DetailParts';
import { NoneFound, QueryView } from '@/components/QueryView';
import { GridSkeleton } from '@/components/GridSkeleton';
import { JustifiedGrid } from '@/components/JustifiedGrid';
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
  return (
    <AssetDetailPage
      media="image"
      id={image.id}
      title={image.description?.trim() || `Image ${image.id}`}
      titleSuffix="— Stockroom"
      kind={capitalize(image.image_type ?? 'image')}
      assets={image.assets}
      back={{ fallback: '/', label: 'Search images' }}
      preview={<AssetPreview image={image} />}
      details={
        <>
          <AssetFacts image={image} />
          <SizeTable image={image} />
          <CategoryLinks categories={image.categories} />
        </>
      }
      keywords={<KeywordLinks keywords={image.keywords} />}
      related={<SimilarImages key={id} id={id} />}
    />
  );
}
