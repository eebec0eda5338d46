import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { useContributorName } from '@/api/contributors';
import type { Category, Image } from '@/api/types';
import { capitalize, formatBytes, formatDate } from '@/lib/format';
import { searchHref } from '@/lib/search-params';
import { largestDimensions, sizeList } from '../sizes';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-2">
      <dt className="text-neutral-500 dark:text-neutral-400">{term}</dt>
      <dd className="text-right font-medium text-neutral-900 dark:text-neutral-100">{children}</dd>
    </div>
  );
}

const linkClass = 'text-accent-700 hover:underline underline-offset-2 dark:text-accent-400';

export function AssetFacts({ image }: { image: Image }) {
  const dimensions = largestDimensions(image);
  const contributorName = useContributorName(image.contributor.id);
  return (
    <dl className="divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
      <Row term="Contributor">
        <Link
          to={`/contributors/${encodeURIComponent(image.contributor.id)}`}
          className={linkClass}
          data-testid="contributor-link"
        >
          {contributorName ?? image.contributor.id}
        </Link>
        <span className="text-neutral-400"> · </span>
        <Link to={searchHref({ contributor: [image.contributor.id] })} className={linkClass}>
          All their images
        </Link>
      </Row>
      {image.image_type && <Row term="Image type">{capitalize(image.image_type)}</Row>}
      {dimensions && <Row term="Dimensions">{dimensions}</Row>}
      {image.aspect && <Row term="Aspect ratio">{image.aspect.toFixed(2)}</Row>}
      {image.added_date && <Row term="Added">{formatDate(image.added_date)}</Row>}
      <Row term="Model release">{image.has_model_release ? 'Yes' : 'No'}</Row>
      {image.has_property_release !== undefined && (
        <Row term="Property release">{image.has_property_release ? 'Yes' : 'No'}</Row>
      )}
      <Row term="Use">{image.is_editorial ? 'Editorial only' : 'Commercial and editorial'}</Row>
    </dl>
  );
}

export function SizeTable({ image }: { image: Image }) {
  const sizes = sizeList(image);
  if (sizes.length === 0) return null;
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left text-[13px] font-semibold text-neutral-900 dark:text-neutral-100">
        Available sizes
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Size</th>
          <th scope="col">Pixels</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {sizes.map(({ key, label, details }) => (
          <tr key={key}>
            <th scope="row" className="py-2 pr-3 text-left font-medium">
              {label}
            </th>
            <td className="py-2 pr-3 text-neutral-700 tabular-nums dark:text-neutral-300">
              {details.width && details.height ? `${details.width} × ${details.height}` : '—'}
            </td>
            <td className="py-2 text-right text-neutral-500 tabular-nums dark:text-neutral-400">
              {[
                details.format?.toUpperCase(),
                details.dpi ? `${details.dpi} dpi` : undefined,
                formatBytes(details.file_size),
              ]
                .filter(Boolean)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CategoryLinks({ categories }: { categories: readonly Category[] | undefined }) {
  if (!categories?.length) return null;
  return (
    <div>
      <h2 className="mb-2 text-[13px] font-semibold">Categories</h2>
      <ul className="flex flex-wrap gap-2">
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              to={searchHref({ category: category.id })}
              className="inline-block rounded-md bg-neutral-100 px-2.5 py-1 text-sm text-neutral-800 hover:bg-neutral-200 dark:bg-neutral-800 dark:text-neutral-200 dark:hover:bg-neutral-700"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function KeywordLinks({ keywords }: { keywords: readonly string[] | undefined }) {
  if (!keywords?.length) return null;
  return (
    <div>
      <h2 className="mb-2 text-[13px] font-semibold">Keywords</h2>
      <ul className="flex flex-wrap gap-1.5" data-testid="keywords">
        {keywords.map((keyword) => (
          <li key={keyword}>
            <Link
              to={searchHref({ query: keyword })}
              className="inline-block rounded-full border border-neutral-300 px-3 py-1 text-[13px] text-neutral-700 hover:border-neutral-400 hover:bg-neutral-50 dark:border-neutral-700 dark:text-neutral-300 dark:hover:bg-neutral-800"
            >
              {keyword}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
