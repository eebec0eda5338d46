// The states of a bulk licensing: each asset's, the run's and its ZIP's.
import { type BulkOutcome } from '@/api/bulk-license';
import type { DownloadHistory } from '@/api/license-types';
import { type CollectProgress, type FailedItem } from '@/lib/collect';

/** One asset's state in the dialog: before licensing, its outcome, or the team's license. */
export type ItemState =
  BulkOutcome | { assetId: string; state: 'existing'; entry: DownloadHistory };

export type Phase =
  { step: 'form' } | { step: 'licensing'; done: number; total: number } | { step: 'results' };

export type ZipState =
  | { phase: 'idle' }
  | { phase: 'working'; progress: CollectProgress }
  | { phase: 'done'; count: number; size: number; failed: FailedItem[] }
  | { phase: 'error'; message: string };
