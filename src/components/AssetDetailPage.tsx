import type { ReactNode } from 'react';
import { useCollectionMembership } from '@/api/collections';
import { BackToResults } from './DetailParts';
import { CompDownload } from './CompDownload';
import { LicenseButton } from './license/LicenseButton';
import { LicensedNote } from './license/LicensedNote';
import { SaveToCollectionMenu } from './SaveToCollectionMenu';

export interface AssetDetailPageProps {
  media: 'image' | 'video';
  id: string;
  /** The asset's name: the page's heading and every action's accessible name. */
  title: string;
  /** The document title, after the asset's name ("— Stockroom"). */
  titleSuffix: string;
  /** What the asset is, before its id: "Photo", "Vector", "Video". */
  kind: string;
  /** The asset's details (its preview and comp URLs) as the API returned them. */
  assets: object | undefined;
  /** Where "Back" goes when the page was opened directly. */
  back: { fallback: string; label: string };
  /** The picture or the player. */
  preview: ReactNode;
  /** Facts, sizes and categories: beside the preview on wide screens, under the actions. */
  details: ReactNode;
  /** Keywords: under the preview on wide screens, after the details in reading order. */
  keywords: ReactNode;
  /** Similar assets, across the page's width. */
  related: ReactNode;
}

/**
 * The page of one image or video: its preview, its name, License, Save, the comp, whether
 * the team licensed or saved it, and its details. One layout for every media type with a
 * detail page of this shape, so they look and read the same.
 */
export function AssetDetailPage(props: AssetDetailPageProps) {
  const { media, id, title, assets } = props;
  const { membership } = useCollectionMembership(media);
  const savedIn = membership.get(id)?.length ?? 0;
  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] px-4 py-5 sm:px-6">
      <title>{`${title} ${props.titleSuffix}`}</title>
      <div className="mb-4">
        <BackToResults {...props.back} />
      </div>
      {/* The title and actions come before the keywords in reading order; on wide screens
          the keywords sit under the preview. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">{props.preview}</div>
        <div className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div>
            <p className="mb-2 text-xs font-medium tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
              {props.kind} · ID{' '}
              <span className="normal-case" data-testid="asset-id">
                {id}
              </span>
            </p>
            <h1
              className="text-xl leading-snug font-semibold tracking-tight sm:text-2xl"
              data-testid="asset-description"
            >
              {title}
            </h1>
            <div className="mt-4 flex flex-wrap items-center gap-3" data-testid="asset-save">
              <LicenseButton media={media} assetId={id} title={title} />
              <SaveToCollectionMenu
                ids={[id]}
                media={media}
                saved={savedIn > 0}
                buttonVariant="secondary"
                label={savedIn > 0 ? 'Saved' : 'Save to collection'}
              />
              <CompDownload media={media} assetId={id} assets={assets} title={title} />
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
              <LicensedNote media={media} assetId={id} />
            </div>
          </div>
          {props.details}
        </div>
        <div className="min-w-0 self-start lg:col-start-1 lg:row-start-2">{props.keywords}</div>
      </div>
      {props.related}
    </main>
  );
}
