import { ApiError } from '@/api/client';

/** A designer's words for what went wrong; the API's own message is kept below for support. */
export function describeError(error: unknown): {
  title: string;
  detail: string | undefined;
  technical: string[];
} {
  if (error instanceof ApiError) {
    const technical = [
      ...(error.apiMessage ? [error.apiMessage] : []),
      ...error.errors
        .map((item) => [item.code, item.message, item.path].filter(Boolean).join(' · '))
        .filter((line) => line && line !== error.apiMessage),
    ];
    const withStatus = (list: string[]) =>
      error.status ? [...list, `HTTP ${error.status}`] : list;
    switch (true) {
      case error.status === 0:
        return {
          title: 'You seem to be offline',
          detail: 'Check your connection, then try again.',
          technical,
        };
      case error.status === 400:
        return {
          title: 'Some search settings aren’t valid',
          detail: 'Change or clear the filters marked below and try again.',
          technical: withStatus(technical),
        };
      case error.status === 401 || error.status === 403:
        return {
          title: 'Stockroom can’t reach your Shutterstock account',
          detail:
            'The server’s credentials were refused. Ask whoever runs Stockroom to check its token.',
          technical: withStatus(technical),
        };
      case error.status === 404:
        return {
          title: 'We couldn’t find that',
          detail: 'It may have been removed from the catalog.',
          technical: withStatus(technical),
        };
      case error.status === 429:
        return {
          title: 'Too many requests at once',
          detail: 'Wait a few seconds, then try again.',
          technical: withStatus(technical),
        };
      default:
        return {
          title: 'The image service had a problem',
          detail: 'This is usually temporary. Try again in a moment.',
          technical: withStatus(technical),
        };
    }
  }
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return {
    title: 'Something went wrong',
    detail: 'Reload the page to try again.',
    technical: message ? [message] : [],
  };
}
