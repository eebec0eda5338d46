import { signInHref, useApiStatus, useSession } from '@/api/session';
import { useConnectionTest } from '@/api/user';
import { buttonClass } from '@/components/button-class';
import { Button } from '@/components/Button';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckIcon } from '@/components/icons';
import { AccountPage, Facts, Section, SectionSkeleton } from '../components/Section';

function ApiInUse() {
  const status = useApiStatus();
  const session = useSession();
  if (status.isPending) return <SectionSkeleton />;
  if (status.isError)
    return <ErrorMessage compact error={status.error} onRetry={() => void status.refetch()} />;
  const sandbox = status.data.upstream === 'sandbox';
  const user = session.data?.user;
  return (
    <div className="flex flex-col gap-4">
      <Facts
        items={[
          ['API', sandbox ? 'Built-in sandbox' : 'Shutterstock API'],
          [
            'Address',
            <code key="url" data-testid="api-url">
              {status.data.api_url}
            </code>,
          ],
          [
            'Sign in with Shutterstock',
            status.data.sign_in ? 'Available' : 'Not set up on this server',
          ],
          [
            'Signed in as',
            user ? `${user.name} (${user.username})` : 'Nobody: the server’s account',
          ],
        ]}
      />
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        {sandbox
          ? 'Everything runs locally against generated data. Set SHUTTERSTOCK_API_TOKEN (or SHUTTERSTOCK_CLIENT_ID and SHUTTERSTOCK_CLIENT_SECRET) on the server to use the real API.'
          : 'Requests go to Shutterstock with the server’s credentials, or yours once you sign in.'}
      </p>
      {status.data.sign_in && !user && (
        <a
          href={signInHref('/settings')}
          className={`${buttonClass('secondary', 'sm')} self-start`}
        >
          Sign in with Shutterstock
        </a>
      )}
    </div>
  );
}

function ConnectionTest() {
  const test = useConnectionTest();
  return (
    <Section
      title="Connection"
      description="Calls the API’s test endpoints through the server and shows what came back."
      action={
        <Button variant="primary" size="sm" onClick={() => test.mutate()} disabled={test.isPending}>
          {test.isPending ? 'Testing…' : 'Test connection'}
        </Button>
      }
    >
      <div aria-live="polite">
        {test.isError && (
          <ErrorMessage compact title="The connection test failed" error={test.error} />
        )}
        {test.isSuccess && (
          <ul className="flex flex-col gap-3 text-sm" data-testid="connection-result">
            <li className="flex gap-3">
              <CheckIcon className="mt-0.5 size-5 shrink-0 text-green-600 dark:text-green-400" />
              <div className="min-w-0">
                <p className="font-medium">
                  Echo <code className="text-xs font-normal">GET /v2/test</code>
                </p>
                <p className="text-neutral-600 dark:text-neutral-400">
                  Answered “<span className="font-mono">{test.data.echo.text}</span>”
                </p>
              </div>
            </li>
            <li className="flex gap-3">
              <CheckIcon className="mt-0.5 size-5 shrink-0 text-green-600 dark:text-green-400" />
              <div className="min-w-0">
                <p className="font-medium">
                  Validation <code className="text-xs font-normal">GET /v2/test/validate</code>
                </p>
                <p className="break-words text-neutral-600 dark:text-neutral-400">
                  Read the query as{' '}
                  <span className="font-mono">{JSON.stringify(test.data.validate.query)}</span>
                </p>
              </div>
            </li>
          </ul>
        )}
        {test.isIdle && (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">Not tested yet.</p>
        )}
      </div>
    </Section>
  );
}

export function Component() {
  return (
    <AccountPage title="Settings">
      <Section title="API" description="Which Shutterstock API this Stockroom uses.">
        <ApiInUse />
      </Section>
      <ConnectionTest />
    </AccountPage>
  );
}
