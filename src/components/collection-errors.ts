import { ApiError } from '@/api/client';
import { COLLECTION_NAME_MAX } from '@/api/collections';

export interface CollectionProblem {
  /** A designer's words. */
  message: string;
  /** The API's own words, for support. */
  technical: string | undefined;
}

function technicalOf(error: ApiError): string | undefined {
  const lines = [
    ...(error.apiMessage ? [error.apiMessage] : []),
    ...error.errors
      .map((item) => [item.code, item.message, item.path].filter(Boolean).join(' · '))
      .filter((line) => line && line !== error.apiMessage),
  ];
  if (error.status) lines.push(`HTTP ${error.status}`);
  return lines.length ? lines.join(' — ') : undefined;
}

/** What a refused collection change means, in plain words; the API's message kept. */
export function describeCollectionError(error: unknown): CollectionProblem {
  if (!(error instanceof ApiError)) {
    return {
      message: 'Something went wrong. Try again.',
      technical: error instanceof Error ? error.message : undefined,
    };
  }
  const technical = technicalOf(error);
  const nameError = error.errors.find((item) => item.path?.endsWith('.name'));
  const itemError = error.errors.find((item) => /items\[\d+\]/.test(item.path ?? ''));
  switch (true) {
    case error.status === 0:
      return { message: 'You seem to be offline — nothing was changed.', technical };
    case error.status === 404 && /\.path\.id$/.test(error.errors[0]?.path ?? '$.path.id'):
      return { message: 'That collection no longer exists.', technical };
    case nameError !== undefined && /LONG|max/i.test(`${nameError.code} ${nameError.message}`):
      return {
        message: `Collection names can be at most ${COLLECTION_NAME_MAX} characters.`,
        technical,
      };
    case nameError !== undefined:
      return { message: 'Give the collection a name.', technical };
    case itemError?.code === 'NOT_FOUND':
      return {
        message: `${itemError.data ? `Image ${itemError.data}` : 'An image'} is no longer in the catalog, so nothing was saved.`,
        technical,
      };
    case error.status === 401 || error.status === 403:
      return { message: 'Stockroom isn’t allowed to change your collections.', technical };
    case error.status === 429:
      return { message: 'Too many changes at once — wait a moment and try again.', technical };
    default:
      return { message: 'The collection couldn’t be changed. Try again in a moment.', technical };
  }
}
