// Licensing as the vendor does it, for every media type: each asset of a request is
// licensed against a subscription (named, or the first one that fits) or refused with
// its own error; the answer carries both (partial success). Re-downloads hand out a new
// signed URL and charge nothing; history lists licenses with the vendor's filters.
import type { UserRecord } from '../accounts';
import type { ErrorItem } from '../errors';
import type { DownloadMedia, DownloadSigner } from '../downloads/signing';
import { otherKindOf, type LicenseKind, type LicenseRequestItem, type Resolved } from './kinds';
import { Refusal } from './refusal';
import {
  formatsOf,
  metadataOf,
  type HistoryQuery,
  type LicenseRow,
  type LicenseStore,
  type StoredAnswer,
  type SubscriptionRow,
} from './store';

/** Credits one license uses. */
const CHARGE = 1;

const ENDPOINTS: Record<DownloadMedia, string> = {
  image: 'POST /v2/images/licenses',
  video: 'POST /v2/videos/licenses',
  audio: 'POST /v2/audio/licenses',
  sfx: 'POST /v2/sfx/licenses',
  'editorial-image': 'POST /v2/editorial/images/licenses',
  'editorial-video': 'POST /v2/editorial/videos/licenses',
};

const ASSET_TYPE_NAMES: Record<string, string> = {
  images: 'images',
  videos: 'videos',
  audio: 'music',
  sfx: 'sound effects',
  editorial: 'editorial images',
  editorial_videos: 'editorial videos',
};

export interface Caller {
  user: UserRecord;
  /** Where download URLs point (the request's origin). */
  origin: string;
  now: Date;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || String(value).trim() === '';
}

export class Licensing {
  constructor(
    private readonly store: LicenseStore,
    private readonly kinds: Record<DownloadMedia, LicenseKind>,
    private readonly signer: DownloadSigner,
  ) {}

  kind(media: DownloadMedia): LicenseKind {
    return this.kinds[media];
  }

  /** Runs `work` in one write transaction, answering a repeated Idempotency-Key from the first answer. */
  once(
    caller: Caller,
    key: string | undefined,
    request: string,
    work: () => StoredAnswer,
  ): StoredAnswer & { replayed: boolean } {
    return this.store.transaction(() => {
      if (key === undefined) return { ...work(), replayed: false };
      const kept = this.store.answerFor(caller.user.id, key);
      if (kept) {
        if (kept.request !== request) {
          return {
            status: 422,
            replayed: false,
            body: {
              message: 'Idempotency-Key reused',
              errors: [
                {
                  code: 'IDEMPOTENCY_KEY_REUSED',
                  message:
                    'This Idempotency-Key was already used for a different request; use a new key for a new request',
                  path: '$.header.idempotency-key',
                },
              ],
            },
          };
        }
        return { status: kept.status, body: kept.body, replayed: true };
      }
      const answer = work();
      this.store.keepAnswer(caller.user.id, key, request, answer, caller.now);
      return { ...answer, replayed: false };
    });
  }

  /** Licenses each item (call inside `once`): the vendor's result list, or the refusal when none succeeded. */
  license(media: DownloadMedia, items: LicenseRequestItem[], caller: Caller): StoredAnswer {
    const kind = this.kinds[media];
    const data: Record<string, unknown>[] = [];
    const errors: ErrorItem[] = [];
    const refusals: Refusal[] = [];
    for (const item of items) {
      const outcome = this.licenseOne(kind, item, caller);
      if (outcome instanceof Refusal) {
        refusals.push(outcome);
        errors.push(outcome.item(item.assetId));
        data.push({ [kind.idField]: item.assetId, error: outcome.message });
        continue;
      }
      const { license, subscription } = outcome;
      data.push({
        [kind.idField]: item.assetId,
        license_id: license.id,
        allotment_charge: license.allotment_charge,
        download: { url: this.url(caller.origin, license, license.size, license.format) },
        ...(subscription.price_amount !== null && (media === 'image' || media === 'video')
          ? {
              price: {
                local_amount: subscription.price_amount,
                local_currency: subscription.price_currency ?? 'USD',
              },
            }
          : {}),
      });
    }
    const first = refusals[0];
    if (first && refusals.length === items.length) {
      return { status: first.status, body: { message: first.message, errors, data } };
    }
    return { status: 200, body: { data, ...(errors.length > 0 ? { errors } : {}) } };
  }

  private licenseOne(
    kind: LicenseKind,
    item: LicenseRequestItem,
    caller: Caller,
  ): { license: LicenseRow; subscription: SubscriptionRow } | Refusal {
    const resolved = kind.resolve(item);
    if (resolved instanceof Refusal) {
      const other =
        resolved.status === 404 ? otherKindOf(this.kinds, kind, item.assetId) : undefined;
      if (!other) return resolved;
      return Refusal.badRequest(
        'WRONG_ASSET_TYPE',
        `${item.assetId} is not ${article(kind.noun)} but ${article(other.noun)}: license it with ${ENDPOINTS[other.media]}`,
        `${item.path}.${kind.idField}`,
      );
    }
    const subscription = this.chooseSubscription(kind, item, resolved, caller);
    if (subscription instanceof Refusal) return subscription;
    const license = this.store.insert(
      {
        user_id: caller.user.id,
        team_id: caller.user.team_id,
        media: kind.media,
        asset_id: item.assetId,
        subscription_id: subscription.id,
        license: subscription.license,
        size: resolved.size,
        format: resolved.format,
        metadata: JSON.stringify(item.metadata),
        allotment_charge: CHARGE,
        price_amount: item.price ?? null,
        price_currency: item.price === undefined ? null : (subscription.price_currency ?? 'USD'),
        search_id: item.searchId ?? null,
        country: item.country ?? null,
      },
      caller.now,
    );
    return license instanceof Refusal ? license : { license, subscription };
  }

  /** The named subscription when it fits, else the first of the user's that does. */
  private chooseSubscription(
    kind: LicenseKind,
    item: LicenseRequestItem,
    resolved: Resolved,
    caller: Caller,
  ): SubscriptionRow | Refusal {
    const typeName = ASSET_TYPE_NAMES[kind.assetType] ?? kind.assetType;
    if (item.subscriptionId !== undefined) {
      const named = this.store.subscription(caller.user.id, item.subscriptionId);
      const path = `${item.path}.subscription_id`;
      if (!named) {
        return Refusal.badRequest(
          'SUBSCRIPTION_NOT_FOUND',
          `Subscription ${item.subscriptionId} is not one of yours`,
          path,
        );
      }
      if (named.asset_type !== kind.assetType) {
        return Refusal.badRequest(
          'WRONG_SUBSCRIPTION_TYPE',
          `Subscription ${named.id} is for ${ASSET_TYPE_NAMES[named.asset_type] ?? named.asset_type}, not ${typeName}`,
          path,
        );
      }
      return this.check(named, item, resolved, caller.now) ?? named;
    }
    const candidates = this.store
      .subscriptionsOf(caller.user.id, kind.assetType)
      .filter((s) => item.license === undefined || s.license === item.license);
    let firstRefusal: Refusal | undefined;
    for (const candidate of candidates) {
      const refusal = this.check(candidate, item, resolved, caller.now);
      if (!refusal) return candidate;
      firstRefusal ??= refusal;
    }
    return (
      firstRefusal ??
      Refusal.forbidden(
        'NO_SUBSCRIPTION',
        `You have no ${typeName} subscription${item.license ? ` with license ${item.license}` : ''}`,
        item.license ? `${item.path}.license` : `${item.path}.subscription_id`,
      )
    );
  }

  /** Why a subscription cannot license this item, or undefined when it can. */
  private check(
    subscription: SubscriptionRow,
    item: LicenseRequestItem,
    resolved: Resolved,
    now: Date,
  ): Refusal | undefined {
    const name = `Subscription ${subscription.id} (${subscription.description})`;
    if (item.license !== undefined && subscription.license !== item.license) {
      return Refusal.badRequest(
        'WRONG_LICENSE',
        `${name} licenses ${subscription.license}, not ${item.license}`,
        `${item.path}.license`,
      );
    }
    if (Date.parse(subscription.end_time) <= now.getTime()) {
      return Refusal.forbidden(
        'SUBSCRIPTION_EXPIRED',
        `${name} expired on ${subscription.end_time.slice(0, 10)}`,
        `${item.path}.subscription_id`,
      );
    }
    const formats = formatsOf(subscription);
    const fits = formats.some(
      (f) =>
        f.size === resolved.subscriptionSize &&
        (f.media_type === 'audio' ? f.format === resolved.format : true),
    );
    if (!fits) {
      const allowed = [
        ...new Set(formats.map((f) => (f.media_type === 'audio' ? f.format : f.size))),
      ];
      const asked =
        formats[0]?.media_type === 'audio' ? resolved.format : resolved.subscriptionSize;
      return Refusal.forbidden(
        'SIZE_NOT_ALLOWED',
        `${name} does not allow ${asked} (it allows ${allowed.join(', ')})`,
        `${item.path}.${formats[0]?.media_type === 'audio' ? 'format' : 'size'}`,
      );
    }
    const missing = Object.entries(metadataOf(subscription))
      .filter(([key, field]) => field.is_required && isBlank(item.metadata[key]))
      .map(([key]) => key);
    if (missing.length > 0) {
      return Refusal.badRequest(
        'METADATA_REQUIRED',
        `${name} requires license metadata: ${missing.join(', ')}`,
        `${item.path}.metadata.${missing[0]}`,
      );
    }
    if (subscription.downloads_left < CHARGE) {
      return Refusal.forbidden(
        'NO_ALLOTMENT_LEFT',
        `${name} has no downloads left (${subscription.downloads_limit} used)`,
        `${item.path}.subscription_id`,
      );
    }
    return undefined;
  }

  /**
   * A fresh URL for a license the user (or their team) holds, at its size or another the
   * subscription allows; nothing is charged.
   */
  redownload(
    media: DownloadMedia,
    licenseId: string,
    size: string | undefined,
    caller: Caller,
  ): { url: string } | Refusal {
    const kind = this.kinds[media];
    const license = this.store.visibleLicense(media, licenseId, caller.user);
    if (!license) return Refusal.notFound(`License ${licenseId} not found`, '$.path.id');
    if (!isDownloadable(kind, license, caller.now)) {
      return Refusal.forbidden(
        'SUBSCRIPTION_EXPIRED',
        `License ${licenseId} was made under subscription ${license.subscription_id}, which ended on ${license.subscription_end_time?.slice(0, 10)}: it can no longer be downloaded again`,
        '$.path.id',
      );
    }
    if (size === undefined || size === license.size) {
      return { url: this.url(caller.origin, license, license.size, license.format) };
    }
    const resolved = kind.resolve({
      path: '$.body',
      assetId: license.asset_id,
      size,
      metadata: {},
      editorialAcknowledgement: true,
      country: license.country ?? undefined,
    });
    if (resolved instanceof Refusal) return resolved;
    const subscription = this.store.subscriptionById(license.subscription_id);
    const formats = subscription ? formatsOf(subscription) : [];
    if (!formats.some((f) => f.size === resolved.subscriptionSize)) {
      return Refusal.forbidden(
        'SIZE_NOT_ALLOWED',
        `License ${licenseId} was made under subscription ${license.subscription_id}, which does not allow size ${size} (it allows ${formats.map((f) => f.size).join(', ')})`,
        '$.body.size',
      );
    }
    return { url: this.url(caller.origin, license, resolved.size, resolved.format) };
  }

  history(
    query: Omit<HistoryQuery, 'redownloadable' | 'now'>,
    now: Date,
  ): {
    data: Record<string, unknown>[];
    total_count: number;
  } {
    const kind = this.kinds[query.media];
    const { rows, total } = this.store.history({
      ...query,
      redownloadable: kind.redownloadable,
      now: now.toISOString(),
    });
    return {
      total_count: total,
      data: rows.map((row) => ({
        id: row.id,
        download_time: row.created_time,
        license: row.license,
        metadata: JSON.parse(row.metadata) as Record<string, unknown>,
        subscription_id: row.subscription_id,
        user: { username: row.username },
        is_downloadable: isDownloadable(kind, row, now),
        [kind.historyField]: { id: row.asset_id, format: { size: row.size, format: row.format } },
        ...(row.price_amount !== null
          ? {
              revshare: {
                purchase_amount: String(row.price_amount),
                purchase_currency: row.price_currency ?? 'USD',
              },
            }
          : {}),
      })),
    };
  }

  private url(origin: string, license: LicenseRow, size: string, format: string): string {
    return this.signer.sign(origin, {
      media: license.media,
      assetId: license.asset_id,
      size,
      format,
      licenseId: license.id,
    }).url;
  }
}

/** Whether a license can be downloaded again: its type has the endpoint and its subscription has not ended. */
function isDownloadable(kind: LicenseKind, license: LicenseRow, now: Date): boolean {
  return (
    kind.redownloadable &&
    (license.subscription_end_time === undefined ||
      Date.parse(license.subscription_end_time) > now.getTime())
  );
}

function article(noun: string): string {
  const lower = noun.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}
