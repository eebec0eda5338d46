import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setNonce } from 'get-nonce';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from '@/app/providers';
import { setSignInRequiredHandler } from '@/api/client';
import { createQueryClient } from '@/api/query-client';
import { sessionOptions } from '@/api/session';
import { createAppRouter } from '@/app/router';
import './index.css';

// The page's nonce (the server's, fresh on every load) goes on the <style> element Radix
// writes while a dialog is open: the Content-Security-Policy lets styles in only with it.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
if (nonce) setNonce(nonce);

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
const root = createRoot(document.getElementById('root')!);

// A server that requires sign-in shows nothing else until someone has signed in: told by
// the session (asked at once, the account menu asks the same) or by any call refused for it.
let signingIn = false;
function showSignIn() {
  if (signingIn) return;
  signingIn = true;
  // Only a server that requires sign-in ever shows it: it comes when it is needed.
  void import('@/app/SignInPage').then(({ SignInPage }) =>
    root.render(
      <StrictMode>
        <SignInPage location={window.location} />
      </StrictMode>,
    ),
  );
}
setSignInRequiredHandler(showSignIn);

// As a transition, the first render is done in slices: the frame index.html painted stays
// up meanwhile, and no long task holds the page.
startTransition(() =>
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  ),
);

queryClient.fetchQuery(sessionOptions()).then(
  (session) => {
    if (session.sign_in_required && !session.signed_in) showSignIn();
  },
  () => undefined, // the app's own calls show what went wrong
);
