import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { ApiError } from '@/api/client';
import { buttonClass } from '@/components/button-class';
import { ErrorMessage } from '@/components/ErrorMessage';

export function NotFoundPage() {
  return (
    <main
      id="main"
      className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-24 text-center"
    >
      <p className="text-sm font-semibold tracking-wide text-accent-600 uppercase dark:text-accent-400">
        404
      </p>
      <h1 className="text-2xl font-semibold">This page isn’t here</h1>
      <p className="text-neutral-600 dark:text-neutral-400">
        The link may be old, or the address mistyped.
      </p>
      <Link to="/" className={buttonClass('primary')}>
        Search images
      </Link>
    </main>
  );
}

/** The error boundary of a page: the header stays, the page says what went wrong. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && error.isNotFound)
  ) {
    return (
      <main
        id="main"
        className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-24 text-center"
      >
        <h1 className="text-2xl font-semibold">We couldn’t find that</h1>
        <p className="text-neutral-600 dark:text-neutral-400">
          {error instanceof ApiError
            ? error.message
            : 'The page or image you asked for isn’t in the catalog.'}
        </p>
        <Link to="/" className={buttonClass('primary')}>
          Back to search
        </Link>
      </main>
    );
  }
  return (
    <main id="main">
      <ErrorMessage error={error} onRetry={() => void revalidator.revalidate()} />
    </main>
  );
}

/** The last line of defence, when even the layout failed. */
export function RootErrorBoundary() {
  const error = useRouteError();
  return (
    <main className="min-h-screen">
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
