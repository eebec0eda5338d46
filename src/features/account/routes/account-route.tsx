import { useSearchParams } from 'react-router';
import { signInHref, useSession, useSignOut } from '@/api/session';
import { useAccessToken, useSubscriptions, useUser } from '@/api/user';
import { buttonClass } from '@/components/button-class';
import { Button } from '@/components/Button';
import { ErrorMessage } from '@/components/ErrorMessage';
import { SignInError } from '@/components/SignInError';
import { AllotmentBar } from '../components/AllotmentBar';
import { AccountPage, Facts, Section, SectionSkeleton } from '../components/Section';
import { ScopeList } from '../components/token';
import { tokenExpiry } from '../components/token-expiry';

function Profile() {
  const user = useUser();
  const session = useSession();
  const signOut = useSignOut();
  const signedIn = session.data?.signed_in === true;
  const action = signedIn ? (
    <Button size="sm" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </Button>
  ) : (
    <a href={signInHref('/account')} className={buttonClass('primary', 'sm')}>
      Sign in with Shutterstock
    </a>
  );
  const description = signedIn
    ? 'Signed in with Shutterstock.'
    : 'Not signed in: Stockroom uses the server’s own account.';
  return (
    <Section title="Profile" description={description} action={action}>
      {user.isPending ? (
        <SectionSkeleton />
      ) : user.isError ? (
        <ErrorMessage compact error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <Facts
          items={[
            ['Name', user.data.full_name ?? '—'],
            ['Username', user.data.username ?? '—'],
            ['Email', user.data.email ?? '—'],
            ['Organization', user.data.organization_id ?? '—'],
            ['Customer id', user.data.customer_id ?? '—'],
            ['Language', user.data.language ?? '—'],
          ]}
        />
      )}
      {signOut.isError && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          Could not sign out. Try again.
        </p>
      )}
    </Section>
  );
}

function AccessToken() {
  const token = useAccessToken();
  return (
    <Section title="Access token" description="What the token Stockroom uses may do.">
      {token.isPending ? (
        <SectionSkeleton />
      ) : token.isError ? (
        <ErrorMessage compact error={token.error} onRetry={() => void token.refetch()} />
      ) : (
        <div className="flex flex-col gap-5">
          <Facts
            items={[
              ['Expires', tokenExpiry(token.data.expires_in)],
              ['Realm', token.data.realm ?? '—'],
              ['Application (client id)', <code key="client">{token.data.client_id ?? '—'}</code>],
              ['User id', token.data.user_id ?? '—'],
            ]}
          />
          <ScopeList scopes={token.data.scopes ?? []} />
        </div>
      )}
    </Section>
  );
}

function Subscriptions() {
  const subscriptions = useSubscriptions();
  return (
    <Section title="Subscriptions" description="Downloads used and left in each allotment.">
      {subscriptions.isPending ? (
        <SectionSkeleton />
      ) : subscriptions.isError ? (
        <ErrorMessage
          compact
          error={subscriptions.error}
          title="Subscriptions can’t be shown"
          onRetry={() => void subscriptions.refetch()}
        />
      ) : subscriptions.data.data.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No subscriptions.</p>
      ) : (
        <ul className="flex flex-col gap-6">
          {subscriptions.data.data.map((subscription) => (
            <AllotmentBar key={subscription.id} subscription={subscription} />
          ))}
        </ul>
      )}
    </Section>
  );
}

export function Component() {
  const [params] = useSearchParams();
  const signInError = params.get('signin_error');
  return (
    <AccountPage title="Account">
      {signInError && <SignInError code={signInError} />}
      <Profile />
      <Subscriptions />
      <AccessToken />
    </AccountPage>
  );
}
