// Our own types for the Shutterstock v2 resources the app uses, named as the vendor
// names them. Only the fields we read are declared; everything optional that the
// vendor marks optional stays optional here.
import type {
  CollectionEmbed,
  ImageSizeDetails,
  ImageType,
  Thumbnail,
  View,
} from './vendor-shapes';

export type { CollectionEmbed, ImageSizeDetails, ImageType, Thumbnail };

/** One entry of an error response's `errors[]`. */
export interface ApiErrorItem {
  code?: string;
  message: string;
  path?: string;
  data?: string;
  items?: Record<string, unknown>[];
}

/** The vendor's list envelope (its `…DataList` schemas): one page of `T`, and how many in all. */
export interface DataList<T> {
  data: T[];
  page?: number;
  per_page?: number;
  total_count?: number;
  message?: string;
  errors?: ApiErrorItem[];
}

/** The body of a non-2xx response. */
export interface ApiErrorBody {
  message?: string;
  errors?: ApiErrorItem[];
}

export interface ImageAssets {
  small_thumb?: Thumbnail;
  large_thumb?: Thumbnail;
  huge_thumb?: Thumbnail;
  preview?: Thumbnail;
  preview_1000?: Thumbnail;
  preview_1500?: Thumbnail;
  small_jpg?: ImageSizeDetails;
  medium_jpg?: ImageSizeDetails;
  huge_jpg?: ImageSizeDetails;
  supersize_jpg?: ImageSizeDetails;
  vector_eps?: ImageSizeDetails;
}

export type ThumbnailSize =
  'small_thumb' | 'large_thumb' | 'huge_thumb' | 'preview' | 'preview_1000' | 'preview_1500';
export type ImageFileSize =
  'small_jpg' | 'medium_jpg' | 'huge_jpg' | 'supersize_jpg' | 'vector_eps';

export interface Category {
  id: string;
  name: string;
}

export interface Contributor {
  id: string;
}

export interface Model {
  id: string;
}

export interface Image {
  id: string;
  media_type: string;
  contributor: Contributor;
  description?: string;
  aspect?: number;
  assets?: ImageAssets;
  image_type?: ImageType | (string & {});
  added_date?: string;
  categories?: Category[];
  keywords?: string[];
  has_model_release?: boolean;
  has_property_release?: boolean;
  is_adult?: boolean;
  is_editorial?: boolean;
  is_illustration?: boolean;
  models?: Model[];
  releases?: string[];
  url?: string;
  affiliate_url?: string;
}

/** Opaque in the vendor document; we read a corrected query from it when there is one. */
export type SpellcheckInfo = Record<string, unknown>;

export interface ImageSearchResults {
  data: Image[];
  total_count: number;
  search_id: string;
  page?: number;
  per_page?: number;
  message?: string;
  spellcheck_info?: SpellcheckInfo;
}

export type ImageDataList = DataList<Image>;

export type CategoryDataList = DataList<Category>;

export interface Suggestions {
  data: string[];
}

export interface UserDetails {
  id?: string;
  username?: string;
  full_name?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  customer_id?: string;
  contributor_id?: string;
  organization_id?: string;
  language?: string;
  is_premier?: boolean;
  is_premier_parent?: boolean;
  only_enhanced_license?: boolean;
  only_sensitive_use?: boolean;
  premier_permissions?: string[];
}

export interface Allotment {
  downloads_left?: number;
  downloads_limit?: number;
  start_time?: string;
  end_time?: string;
}

export interface LicenseFormat {
  description?: string;
  format?: string;
  media_type?: 'image' | 'video' | 'audio' | 'editorial';
  min_resolution?: number;
  size?: string;
}

/** One field a subscription asks for when licensing, e.g. `job: { is_required: true }`. */
export interface SubscriptionMetadataField {
  is_required?: boolean;
  name?: string;
}
/** Open in the vendor document; by its example, a field per metadata key. */
export type SubscriptionMetadata = Record<string, SubscriptionMetadataField | undefined>;

export interface Subscription {
  id: string;
  description?: string;
  license?: string;
  asset_type?: string;
  expiration_time?: string;
  allotment?: Allotment;
  formats?: LicenseFormat[];
  /** The metadata fields licensing against this subscription asks for. */
  metadata?: SubscriptionMetadata;
}

export interface SubscriptionDataList {
  data: Subscription[];
  page?: number;
  per_page?: number;
  total_count?: number;
}

// ---- search parameters -------------------------------------------------------------

export type ImageSort = 'newest' | 'popular' | 'relevance' | 'random';
export type ImageOrientation = 'horizontal' | 'vertical';
export type ImageLicense = 'commercial' | 'editorial' | 'enhanced';
export type PeopleAge =
  'infants' | 'children' | 'teenagers' | '20s' | '30s' | '40s' | '50s' | '60s' | 'older';
export type PeopleGender = 'male' | 'female' | 'both';
export type PeopleEthnicityName =
  | 'african'
  | 'african_american'
  | 'black'
  | 'brazilian'
  | 'chinese'
  | 'caucasian'
  | 'east_asian'
  | 'hispanic'
  | 'japanese'
  | 'middle_eastern'
  | 'native_american'
  | 'pacific_islander'
  | 'south_asian'
  | 'southeast_asian'
  | 'other';
export type PeopleEthnicity = PeopleEthnicityName | `NOT ${PeopleEthnicityName}`;
export type SearchView = View;

/** The filters and sort of `GET /v2/images/search` that the app offers. */
export interface ImageSearchParams {
  query?: string;
  image_type?: ImageType[];
  orientation?: ImageOrientation;
  category?: string;
  /** A hex colour without '#', e.g. `4F21EA`, or `grayscale`. */
  color?: string;
  people_number?: number;
  people_age?: PeopleAge;
  people_gender?: PeopleGender;
  people_ethnicity?: PeopleEthnicity[];
  people_model_released?: boolean;
  contributor?: string[];
  added_date?: string;
  added_date_start?: string;
  added_date_end?: string;
  width_from?: number;
  width_to?: number;
  height_from?: number;
  height_to?: number;
  aspect_ratio_min?: number;
  aspect_ratio_max?: number;
  license?: ImageLicense[];
  safe?: boolean;
  sort?: ImageSort;
  /** false: search the query as typed, without the API's spelling correction. */
  spellcheck_query?: boolean;
}

/** Paging and view, added by the API layer; not part of the URL state. */
export interface PageParams {
  page?: number;
  per_page?: number;
  view?: SearchView;
}

// ---- collections -------------------------------------------------------------------

/** The media types that have per-user collections: `/v2/{images|videos|audio}/collections`. */
export type CollectionMediaType = 'image' | 'video' | 'audio';

/** One asset in a collection. `added_time` is set by the API. */
export interface CollectionItem {
  id: string;
  media_type?: string;
  added_time?: string;
}

export interface Collection {
  id: string;
  name: string;
  total_item_count: number;
  created_time?: string;
  updated_time?: string;
  items_updated_time?: string;
  cover_item?: CollectionItem;
  share_code?: string;
  share_url?: string;
}

export type CollectionDataList = DataList<Collection>;

export type CollectionItemDataList = DataList<CollectionItem>;

export interface CollectionCreateRequest {
  name: string;
}

export interface CollectionCreateResponse {
  id: string;
}

export interface CollectionUpdateRequest {
  name: string;
}

export interface CollectionItemRequest {
  items: CollectionItem[];
}

export type CollectionItemSort = 'newest' | 'oldest';

/** A featured collection's cover: a URL only, not an asset. */
export interface FeaturedCollectionCoverItem {
  url: string;
}

export interface FeaturedCollection {
  id: string;
  name: string;
  total_item_count: number;
  created_time?: string;
  updated_time?: string;
  items_updated_time?: string;
  cover_item?: FeaturedCollectionCoverItem;
  hero_item?: FeaturedCollectionCoverItem;
  share_url?: string;
}

export type FeaturedCollectionDataList = DataList<FeaturedCollection>;

export type FeaturedCollectionType = 'photo' | 'editorial' | 'vector';
export type ContributorCollectionSort = 'newest' | 'last_updated' | 'item_count';
