// The sandbox's seeded accounts, as data: its teams, users and each one's subscriptions
// (their formats, allotments and metadata). accounts.ts writes them to the state database.
import { APP_SCOPES as ALL_SCOPES } from '../lib/scopes';

export { ALL_SCOPES };

export interface UserSeed {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  team: string;
  scopes: string[];
  isDefault?: boolean;
  /** The user's subscriptions; their ids are `s<subscriptionBase + index>`. */
  subscriptionBase: number;
  subscriptions: SubscriptionSeed[];
}

/**
 * What a subscription covers: `images`, `videos`, `audio` (music), `sfx`, `editorial`
 * (editorial images) or `editorial_videos`; the license endpoints pick by it.
 */
export type SubscriptionAssetType =
  'images' | 'videos' | 'audio' | 'sfx' | 'editorial' | 'editorial_videos';

export interface LicenseFormat {
  description: string;
  format: string;
  media_type: 'image' | 'video' | 'audio' | 'editorial';
  min_resolution?: number;
  size: string;
}

/** The vendor's subscription metadata: each field a license request may carry, and whether it must. */
export type SubscriptionMetadata = Record<string, { is_required: boolean; name: string }>;

export interface SubscriptionSeed {
  assetType: SubscriptionAssetType;
  license: string;
  description: string;
  limit: number;
  used: number;
  formats: LicenseFormat[];
  metadata?: SubscriptionMetadata;
  price?: number;
  /** Ended this many days ago (an expired subscription); otherwise it runs another 335 days. */
  endedDaysAgo?: number;
}

export const TEAMS = [
  { id: '9001', name: 'Northwind Studio' },
  { id: '9002', name: 'Blue Harbor Agency' },
];

const IMAGE_FORMATS: LicenseFormat[] = [
  { description: 'Small', format: 'jpg', media_type: 'image', min_resolution: 500, size: 'small' },
  { description: 'Med', format: 'jpg', media_type: 'image', min_resolution: 1000, size: 'medium' },
  { description: 'Huge', format: 'jpg', media_type: 'image', min_resolution: 4000, size: 'huge' },
  { description: 'Vector', format: 'eps', media_type: 'image', size: 'vector' },
];
const CUSTOM_FORMAT: LicenseFormat = {
  description: 'Custom',
  format: 'jpg',
  media_type: 'image',
  min_resolution: 100,
  size: 'custom',
};
const VIDEO_FORMATS: LicenseFormat[] = [
  { description: 'Web', format: 'mov', media_type: 'video', min_resolution: 426, size: 'web' },
  { description: 'SD', format: 'mov', media_type: 'video', min_resolution: 640, size: 'sd' },
  { description: 'HD', format: 'mov', media_type: 'video', min_resolution: 1920, size: 'hd' },
  { description: '4K', format: 'mov', media_type: 'video', min_resolution: 3840, size: '4k' },
];
const AUDIO_FORMATS: LicenseFormat[] = [
  { description: 'WAV', format: 'wav', media_type: 'audio', size: 'original' },
];
const SFX_FORMATS: LicenseFormat[] = [
  { description: 'WAV', format: 'wav', media_type: 'audio', size: 'original' },
  { description: 'MP3', format: 'mp3', media_type: 'audio', size: 'original' },
];
const EDITORIAL_FORMATS: LicenseFormat[] = [
  {
    description: 'Small',
    format: 'jpg',
    media_type: 'editorial',
    min_resolution: 500,
    size: 'small',
  },
  {
    description: 'Med',
    format: 'jpg',
    media_type: 'editorial',
    min_resolution: 1000,
    size: 'medium',
  },
  { description: 'Original', format: 'jpg', media_type: 'editorial', size: 'original' },
];
const EDITORIAL_VIDEO_FORMATS: LicenseFormat[] = [
  { description: 'Original', format: 'mov', media_type: 'editorial', size: 'original' },
];
const field = (name: string, isRequired: boolean) => ({ is_required: isRequired, name });

const ANNUAL: SubscriptionSeed = {
  assetType: 'images',
  license: 'standard',
  description: 'Annual Subscription, 750 images a month',
  limit: 750,
  used: 38,
  formats: [...IMAGE_FORMATS, CUSTOM_FORMAT],
  price: 0.27,
};
/** Client work: every license names the client and the job; a purchase order is optional. */
const ENHANCED: SubscriptionSeed = {
  assetType: 'images',
  license: 'enhanced',
  description: 'Enhanced License Image Pack, client work',
  limit: 25,
  used: 3,
  formats: IMAGE_FORMATS.slice(1),
  metadata: {
    client: field('client', true),
    job: field('job', true),
    purchase_order: field('purchase_order', false),
    other: field('other', false),
  },
  price: 79.6,
};
const ON_DEMAND: SubscriptionSeed = {
  assetType: 'images',
  license: 'standard',
  description: 'Image On Demand, 5 images',
  limit: 5,
  used: 4,
  formats: IMAGE_FORMATS.slice(0, 3),
  price: 9.8,
};
const EXPIRED: SubscriptionSeed = {
  assetType: 'images',
  license: 'standard',
  description: 'Monthly Subscription, 350 images (ended)',
  limit: 350,
  used: 60,
  formats: IMAGE_FORMATS,
  endedDaysAgo: 10,
};
const VIDEO_4K: SubscriptionSeed = {
  assetType: 'videos',
  license: 'standard',
  description: '4K Video Pack',
  limit: 10,
  used: 2,
  formats: VIDEO_FORMATS,
  price: 179,
};
const VIDEO_HD: SubscriptionSeed = {
  assetType: 'videos',
  license: 'standard',
  description: 'HD Video Pack',
  limit: 10,
  used: 2,
  formats: VIDEO_FORMATS.slice(0, 3),
  price: 65,
};
const MUSIC: SubscriptionSeed = {
  assetType: 'audio',
  license: 'premier_music_basic',
  description: 'Music Subscription, 100 tracks',
  limit: 100,
  used: 6,
  formats: AUDIO_FORMATS,
};
const SOUND_EFFECTS: SubscriptionSeed = {
  assetType: 'sfx',
  license: 'standard',
  description: 'Sound Effects Pack, 50 effects',
  limit: 50,
  used: 5,
  formats: SFX_FORMATS,
};
/** Editorial licenses carry the purchase order they were bought under. */
const EDITORIAL: SubscriptionSeed = {
  assetType: 'editorial',
  license: 'premier_editorial_all_digital',
  description: 'Editorial Images, all digital use',
  limit: 40,
  used: 1,
  formats: EDITORIAL_FORMATS,
  metadata: { purchase_order: field('purchase_order', true) },
};
const EDITORIAL_VIDEO: SubscriptionSeed = {
  assetType: 'editorial_videos',
  license: 'premier_editorial_video_digital_only',
  description: 'Editorial Video, digital only',
  limit: 10,
  used: 0,
  formats: EDITORIAL_VIDEO_FORMATS,
};
const TEAM_SET = [
  ANNUAL,
  ENHANCED,
  ON_DEMAND,
  EXPIRED,
  VIDEO_4K,
  VIDEO_HD,
  MUSIC,
  SOUND_EFFECTS,
  EDITORIAL,
  EDITORIAL_VIDEO,
];

// prettier-ignore
export const USERS: UserSeed[] = [
  { id: '101782601', username: 'alex', firstName: 'Alex', lastName: 'Morgan', team: '9001', scopes: ALL_SCOPES, isDefault: true, subscriptionBase: 8_906_100, subscriptions: TEAM_SET },
  { id: '101782602', username: 'sam', firstName: 'Sam', lastName: 'Rivera', team: '9001', scopes: ALL_SCOPES, subscriptionBase: 8_906_200, subscriptions: TEAM_SET },
  { id: '101782603', username: 'jordan', firstName: 'Jordan', lastName: 'Park', team: '9002', scopes: ALL_SCOPES, subscriptionBase: 8_906_300, subscriptions: [{ ...ANNUAL, description: 'Monthly Subscription, 350 images', limit: 350, used: 120 }, VIDEO_HD, MUSIC] },
  // Read-only: for trying what a token without licensing scopes gets (403).
  { id: '101782604', username: 'casey', firstName: 'Casey', lastName: 'Lee', team: '9001', scopes: ['user.view', 'collections.view'], subscriptionBase: 8_906_400, subscriptions: [ANNUAL] },
];
