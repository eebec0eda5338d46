import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import type { Subscription } from '@/api/types';
import { makeImage, stubApi } from '@/test/fixtures';
import LicenseDialog from './LicenseDialog';

afterEach(() => vi.unstubAllGlobals());

const FUTURE = '2099-01-01T00:00:00Z';
const FORMATS = [
  { size: 'small', format: 'jpg', media_type: 'image' as const },
  { size: 'medium', format: 'jpg', media_type: 'image' as const },
  { size: 'huge', format: 'jpg', media_type: 'image' as const },
];
const SUBSCRIPTIONS: Subscription[] = [
  {
    id: 's1',
    asset_type: 'images',
    license: 'enhanced',
    description: 'Client work pack',
    expiration_time: FUTURE,
    allotment: { downloads_left: 20, downloads_limit: 25 },
    formats: FORMATS,
    metadata: {
      client: { is_required: true, name: 'client' },
      job: { is_required: true, name: 'job' },
      other: { is_required: false, name: 'other' },
    },
  },
  {
    id: 's2',
    asset_type: 'images',
    license: 'standard',
    description: 'Used-up pack',
    expiration_time: FUTURE,
    allotment: { downloads_left: 0, downloads_limit: 5 },
    formats: FORMATS,
  },
  {
    id: 's3',
    asset_type: 'videos',
    license: 'standard',
    description: 'Video pack',
    expiration_time: FUTURE,
    allotment: { downloads_left: 5, downloads_limit: 5 },
  },
];

const image = makeImage(5, {
  assets: {
    small_jpg: { width: 500, height: 333, file_size: 120_000, format: 'jpg' },
    medium_jpg: { width: 1000, height: 667, file_size: 480_000, format: 'jpg' },
    huge_jpg: { width: 4000, height: 2667, file_size: 5_400_000, format: 'jpg' },
  },
});

/** The license endpoint answers from a script: one answer per request, the last repeated. */
function setup(answers: { status: number; body: unknown }[]) {
  const posts: { key: string | undefined; body: unknown }[] = [];
  const fetchMock = stubApi((url, { method, body }) => {
    if (url.pathname === '/api/v2/user/subscriptions') return { body: { data: SUBSCRIPTIONS } };
    if (url.pathname === `/api/v2/images/${image.id}`) return { body: image };
    if (url.pathname === '/api/v2/images/licenses' && method === 'POST') {
      posts.push({ key: undefined, body });
      return answers[Math.min(posts.length - 1, answers.length - 1)];
    }
    return undefined;
  });
  const keys = () =>
    fetchMock.mock.calls
      .filter(([input, init]) => String(input).includes('/licenses') && init?.method === 'POST')
      .map(([, init]) => (init?.headers as Record<string, string>)['Idempotency-Key']);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LicenseDialog media="image" assetId={image.id} title="Test image" onClose={() => {}} />
    </QueryClientProvider>,
  );
  return { posts, keys };
}

const licensed = {
  status: 200,
  body: {
    data: [
      {
        image_id: image.id,
        license_id: 'i1',
        allotment_charge: 1,
        download: { url: '/sandbox/downloads/x' },
      },
    ],
  },
};

describe('LicenseDialog', () => {
  it('shows each subscription with what is left, disables a used-up one, and only fitting ones', async () => {
    setup([licensed]);
    const options = await screen.findAllByTestId('subscription-option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Client work pack20 of 25 left'),
      expect.stringContaining('No downloads left'),
    ]);
    expect(within(options[1]!).getByRole('radio')).toBeDisabled();
    const sizes = screen.getAllByTestId('size-option').map((o) => o.textContent);
    expect(sizes[0]).toContain('500 × 333 px');
    expect(sizes[2]).toContain('4000 × 2667 px');
  });

  it('asks for the metadata the subscription requires before sending anything', async () => {
    const user = userEvent.setup();
    const { posts } = setup([licensed]);
    await screen.findAllByTestId('subscription-option');
    await user.click(screen.getByRole('button', { name: /License and download/ }));
    expect(await screen.findByText('Client is required by this subscription')).toBeVisible();
    expect(screen.getByText('Job is required by this subscription')).toBeVisible();
    // Each error sits beside its field and is how the field is described; the optional one is fine.
    const client = screen.getByRole('textbox', { name: /^Client/ });
    expect(client).toHaveAttribute('aria-invalid', 'true');
    expect(client).toHaveAccessibleDescription('Client is required by this subscription');
    expect(screen.getByRole('textbox', { name: /^Job/ })).toHaveAccessibleDescription(
      'Job is required by this subscription',
    );
    expect(screen.getByRole('textbox', { name: /^Other/ })).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(client).toHaveFocus());
    expect(posts).toHaveLength(0);

    // Filling a field clears its error; spaces alone do not fill it.
    await user.type(client, '   ');
    await user.click(screen.getByRole('button', { name: /License and download/ }));
    await waitFor(() => expect(client).toHaveFocus());
    expect(screen.getByText('Client is required by this subscription')).toBeVisible();
    await user.clear(client);

    await user.type(screen.getByRole('textbox', { name: /^Client/ }), ' Acme ');
    await user.type(screen.getByRole('textbox', { name: /^Job/ }), 'Spring campaign');
    expect(screen.queryByText('Client is required by this subscription')).toBeNull();
    await user.click(screen.getByRole('button', { name: /License and download/ }));
    await screen.findByTestId('license-done');
    expect(posts).toEqual([
      {
        key: undefined,
        body: {
          images: [
            {
              image_id: image.id,
              subscription_id: 's1',
              size: 'huge',
              format: 'jpg',
              metadata: { client: 'Acme', job: 'Spring campaign' },
            },
          ],
        },
      },
    ]);
  });

  it('retries with the same Idempotency-Key, and a changed form is a new key', async () => {
    const user = userEvent.setup();
    const { keys } = setup([
      { status: 503, body: { message: 'Service unavailable' } },
      {
        status: 400,
        body: {
          message: 'Subscription s1 requires license metadata: job',
          errors: [
            {
              code: 'METADATA_REQUIRED',
              message: 'requires job',
              path: '$.body.images[0].metadata.job',
            },
          ],
        },
      },
      licensed,
    ]);
    await screen.findAllByTestId('subscription-option');
    await user.type(screen.getByRole('textbox', { name: /^Client/ }), 'Acme');
    await user.type(screen.getByRole('textbox', { name: /^Job/ }), 'J-1');
    const submit = screen.getByRole('button', { name: /License and download/ });
    await user.click(submit);
    // The refusal is shown next to the action, in words, with the form still filled in.
    expect(await screen.findByRole('alert')).toHaveTextContent(/licensing service had a problem/);
    expect(screen.getByRole('textbox', { name: /^Client/ })).toHaveValue('Acme');

    await user.click(submit);
    expect(await screen.findByText('Job is required by this subscription')).toBeVisible();
    expect(screen.getByTestId('api-message')).toHaveTextContent('requires license metadata: job');
    await waitFor(() => expect(keys()).toHaveLength(2));
    expect(keys()[1]).toBe(keys()[0]);

    await user.type(screen.getByRole('textbox', { name: /^Job/ }), '2');
    await user.click(submit);
    await screen.findByTestId('license-done');
    expect(keys()).toHaveLength(3);
    expect(keys()[2]).not.toBe(keys()[0]);
  });

  it('puts a refusal that names a field beside that field, keeping everything typed', async () => {
    const user = userEvent.setup();
    const { posts } = setup([
      {
        status: 400,
        body: {
          message: 'Invalid license request',
          errors: [
            {
              code: 'METADATA_REQUIRED',
              message: 'is not allowed',
              path: '$.body.images[0].metadata.client',
            },
          ],
        },
      },
      licensed,
    ]);
    await screen.findAllByTestId('subscription-option');
    const client = screen.getByRole('textbox', { name: /^Client/ });
    await user.type(client, 'Acme');
    await user.type(screen.getByRole('textbox', { name: /^Job/ }), 'J-1');
    await user.type(screen.getByRole('textbox', { name: /^Other/ }), 'Note');
    await user.click(screen.getByRole('button', { name: /License and download/ }));

    await waitFor(() =>
      expect(client).toHaveAccessibleDescription('Client is required by this subscription'),
    );
    expect(client).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(client).toHaveFocus());
    expect(client).toHaveValue('Acme');
    expect(screen.getByRole('textbox', { name: /^Job/ })).toHaveValue('J-1');
    expect(screen.getByRole('textbox', { name: /^Other/ })).toHaveValue('Note');
    // The API's own words stay by the action, for support.
    expect(screen.getByRole('alert')).toHaveTextContent(/see the field marked above/);
    expect(screen.getByTestId('api-message')).toHaveTextContent('Invalid license request');

    await user.type(client, ' Ltd');
    expect(client).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: /License and download/ }));
    await screen.findByTestId('license-done');
    expect(posts.at(-1)?.body).toMatchObject({
      images: [{ metadata: { client: 'Acme Ltd', job: 'J-1', other: 'Note' } }],
    });
  });
});
