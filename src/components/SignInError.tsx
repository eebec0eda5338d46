import { AlertIcon } from '@/components/icons';

/** What went wrong with a sign-in, from /auth/callback's `signin_error`. */
const SIGN_IN_ERRORS: Record<string, string> = {
  state:
    'The sign-in could not be checked (it was started in another window, or took too long). Please sign in again.',
  denied: 'Sign-in was cancelled: Stockroom was not given access to your Shutterstock account.',
  exchange: 'Shutterstock refused to finish the sign-in. Please try again.',
  refused: 'Shutterstock refused the sign-in. Please try again.',
  unavailable:
    'Sign-in with Shutterstock is not set up on this server (it needs SHUTTERSTOCK_CLIENT_ID and SHUTTERSTOCK_CLIENT_SECRET).',
};

export function SignInError({ code }: { code: string }) {
  return (
    <div
      role="alert"
      className="flex gap-3 rounded-xl border border-red-200 bg-red-50 p-4 text-sm dark:border-red-900/60 dark:bg-red-950/40"
    >
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-red-600 dark:text-red-400" />
      <p>{SIGN_IN_ERRORS[code] ?? SIGN_IN_ERRORS.refused}</p>
    </div>
  );
}
