// TestApi and UsersApi of the official SDK, unmodified, against the sandbox over a real socket.
import { describe, expect, it } from 'vitest';
import { field, list, sstk, statusOfFailure, useSdk } from './client';

describe('SDK: TestApi and UsersApi against the sandbox', () => {
  const sdk = useSdk();

  it('TestApi echo', async () => {
    const test = new sstk.TestApi(sdk.client);
    expect(field(await test.echo({ text: 'hello' }), 'text')).toBe('hello');
    expect(field(await test.echo(), 'text')).toBe('ok');
  });

  it('TestApi validate, with tags and a user agent', async () => {
    const test = new sstk.TestApi(sdk.client);
    const result = await test.validate(42, { tag: ['x', 'y'], user_agent: 'stockroom-sdk-test' });
    expect(field(field(result, 'query'), 'id')).toBe(42);
    expect(field(field(result, 'query'), 'tag')).toEqual(['x', 'y']);
    expect(field(field(result, 'header'), 'user-agent')).toBe('stockroom-sdk-test');
  });

  it('UsersApi getUser', async () => {
    const user = await new sstk.UsersApi(sdk.client).getUser();
    expect(field(user, 'username')).toBe(sdk.app.sandbox.defaultUser().username);
  });

  it('UsersApi getAccessToken', async () => {
    const token = await new sstk.UsersApi(sdk.client).getAccessToken();
    expect(field(token, 'realm')).toBe('customer');
    expect(list(token, 'scopes')).toContain('user.view');
  });

  it('UsersApi getUserSubscriptionList', async () => {
    const subscriptions = await new sstk.UsersApi(sdk.client).getUserSubscriptionList();
    expect(list(subscriptions).length).toBeGreaterThan(0);
  });

  it('UsersApi without a token is refused with 401', async () => {
    expect(await statusOfFailure(new sstk.UsersApi(sdk.newClient()).getUser())).toBe(401);
  });
});
