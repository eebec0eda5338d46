// Compiled by ../vendor-types.test.ts (never by `tsc -b`: it needs the types generated from
// the vendor document into .generated/). Each line states one of our types against the
// vendor's schema of the same resource, in the direction that matters:
//  - AppReads<Ours, Vendor>: everything the app reads is a field of the vendor's schema, and
//    every value the vendor may send there fits our type (whether a field is required is
//    not compared: the vendor marks nearly every field optional, `data` of its lists too);
//  - Returns<Ours, Vendor>: what the sandbox answers, or the app sends, satisfies the schema.
// A drift on either side stops the compile with the type and field it is about.
import type { components } from '../../../.generated/shutterstock-openapi';
import type * as App from '../../../src/api/types';
import type * as AppAudio from '../../../src/api/audio-types';
import type * as AppEditorial from '../../../src/api/editorial-types';
import type * as AppLicense from '../../../src/api/license-types';
import type * as AppVideo from '../../../src/api/video-types';
import type * as SandboxImages from '../../sandbox/catalog/images';
import type * as SandboxCollections from '../../sandbox/collections/shapes';
import type * as SandboxVideos from '../../sandbox/videos/videos';

type V = components['schemas'];

/** T where the document leaves a value open (unknown): the app may read it as it documents by example. */
type Open<T> = unknown extends T
  ? // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an open value fits any reading of it
    any
  : T extends readonly (infer Item)[]
    ? Open<Item>[]
    : T extends object
      ? { [K in keyof T]: Open<T[K]> }
      : T;
/** The vendor's schemas as the app reads them. */
type R = { [K in keyof V]: Open<V[K]> };

/** The paths of the fields of A that B lacks, through nested objects and arrays. */
type Unknown<A, B, At extends string = ''> = A extends readonly (infer AItem)[]
  ? B extends readonly (infer BItem)[]
    ? Unknown<AItem, BItem, `${At}[]`>
    : never
  : A extends object
    ? unknown extends B
      ? never
      : B extends object
        ? string extends keyof B
          ? never
          : {
              [K in keyof A & string]-?: K extends keyof B
                ? Unknown<NonNullable<A[K]>, NonNullable<B[K]>, `${At}.${K}`>
                : `${At}.${K}`;
            }[keyof A & string]
        : never
    : never;

/** T with every field optional, at every depth. */
type Optional<T> = T extends readonly (infer Item)[]
  ? Optional<Item>[]
  : T extends object
    ? { [K in keyof T]?: Optional<T[K]> }
    : T;

/** Compiles only when T is never; otherwise the error names what T holds. */
type None<T extends never> = T;

/** The vendor's values fit what the app reads; the surplus of fields is checked by None<…>. */
type AppReads<Ours, Vendor extends Optional<Ours>> = Unknown<Ours, Vendor>;

// Known fields the app reads that the document lacks, each shown only when present: an
// editorial asset's supplier and usage rights (and a video's special instructions), and an
// editorial license's id (its re-download needs one). They are left out of the comparison
// by name, so that any other field the document lacks still stops the compile.
type EditorialExtras = 'supplier_code' | 'rights';
type AppEditorialImage = Omit<AppEditorial.EditorialImage, EditorialExtras>;
type AppEditorialVideo = Omit<
  AppEditorial.EditorialVideo,
  EditorialExtras | 'special_instructions'
>;
type AppEditorialLicenses = AppLicense.LicenseResultDataList<
  Omit<AppLicense.LicenseEditorialContentResult, 'license_id'>
>;
// The country of an editorial license is an ISO 3166 code from the picker, not a union of
// the document's ~490 codes; the sandbox's schema checks it against them at run time.
type AppEditorialRequest = Omit<AppLicense.LicenseEditorialContentRequest, 'country'> & {
  country: V['ISOCountryCode'];
};
/** What we produce (a sandbox answer, an app request) is what the vendor's schema allows. */
type Returns<Ours extends Vendor, Vendor> = [Ours, Vendor];

export type AppReadsChecks = [
  None<AppReads<App.Image, R['Image']>>,
  None<AppReads<App.ImageSearchResults, R['ImageSearchResults']>>,
  None<AppReads<App.ImageDataList, R['ImageDataList']>>,
  None<AppReads<App.CategoryDataList, R['CategoryDataList']>>,
  None<AppReads<App.Suggestions, R['Suggestions']>>,
  None<AppReads<App.UserDetails, R['UserDetails']>>,
  None<AppReads<App.Subscription, R['Subscription']>>,
  None<AppReads<App.SubscriptionDataList, R['SubscriptionDataList']>>,
  None<AppReads<App.Collection, R['Collection']>>,
  None<AppReads<App.CollectionDataList, R['CollectionDataList']>>,
  None<AppReads<App.CollectionItemDataList, R['CollectionItemDataList']>>,
  None<AppReads<App.CollectionCreateResponse, R['CollectionCreateResponse']>>,
  None<AppReads<App.FeaturedCollection, R['FeaturedCollection']>>,
  None<AppReads<App.FeaturedCollectionDataList, R['FeaturedCollectionDataList']>>,
  None<AppReads<AppVideo.Video, R['Video']>>,
  None<AppReads<AppVideo.VideoSearchResults, R['VideoSearchResults']>>,
  None<AppReads<AppAudio.Audio, R['Audio']>>,
  None<AppReads<AppAudio.AudioSearchResults, R['AudioSearchResults']>>,
  None<AppReads<AppAudio.Sfx, R['SFX']>>,
  None<AppReads<AppAudio.SfxSearchResults, R['SFXSearchResults']>>,
  None<AppReads<AppEditorialImage, R['EditorialContent']>>,
  None<AppReads<AppEditorialVideo, R['EditorialVideoContent']>>,
  None<
    AppReads<AppEditorial.EditorialSearchResults<AppEditorialImage>, R['EditorialSearchResults']>
  >,
  None<
    AppReads<
      AppEditorial.EditorialSearchResults<AppEditorialVideo>,
      R['EditorialVideoSearchResults']
    >
  >,
  None<AppReads<AppEditorial.EditorialLivefeed, R['EditorialLivefeed']>>,
  None<AppReads<AppEditorial.EditorialLivefeedList, R['EditorialLivefeedList']>>,
  None<AppReads<AppLicense.LicenseImageResultDataList, R['LicenseImageResultDataList']>>,
  None<AppReads<AppLicense.LicenseVideoResultDataList, R['LicenseVideoResultDataList']>>,
  None<AppReads<AppLicense.LicenseAudioResultDataList, R['LicenseAudioResultDataList']>>,
  None<AppReads<AppLicense.LicenseSFXResultDataList, R['LicenseSFXResultDataList']>>,
  None<AppReads<AppEditorialLicenses, R['LicenseEditorialContentResults']>>,
  None<AppReads<AppLicense.DownloadHistoryDataList, R['DownloadHistoryDataList']>>,
  None<AppReads<AppLicense.Url, R['Url']>>,
];

export type AppSendsChecks = [
  Returns<App.CollectionCreateRequest, V['CollectionCreateRequest']>,
  Returns<App.CollectionUpdateRequest, V['CollectionUpdateRequest']>,
  Returns<App.CollectionItemRequest, V['CollectionItemRequest']>,
  Returns<AppLicense.LicenseImageRequest, V['LicenseImageRequest']>,
  Returns<AppLicense.LicenseVideoRequest, V['LicenseVideoRequest']>,
  Returns<AppLicense.LicenseAudioRequest, V['LicenseAudioRequest']>,
  Returns<AppLicense.LicenseSFXRequest, V['LicenseSFXRequest']>,
  Returns<AppEditorialRequest, V['LicenseEditorialContentRequest']>,
  Returns<AppLicense.RedownloadImage, V['RedownloadImage']>,
  Returns<AppLicense.RedownloadVideo, V['RedownloadVideo']>,
];

export type SandboxReturnsChecks = [
  Returns<SandboxImages.Image, V['Image']>,
  Returns<SandboxImages.Thumbnail, V['Thumbnail']>,
  Returns<SandboxImages.ImageSizeDetails, V['ImageSizeDetails']>,
  Returns<SandboxVideos.Video, V['Video']>,
  Returns<SandboxVideos.VideoSizeDetails, V['VideoSizeDetails']>,
  Returns<SandboxCollections.Collection, V['Collection']>,
  Returns<SandboxCollections.CollectionItem, V['CollectionItem']>,
];
