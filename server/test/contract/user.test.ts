// The test and user resources against the vendor document.
import { expect, it } from 'vitest';
import { dataOf, describeContract, errorText, field, useContractClient } from './harness';

describeContract('contract: test and user', () => {
  const api = useContractClient(import.meta.filename);

  it('GET /v2/test echoes text, "ok" by default', async () => {
    expect((await api.get('/v2/test')).body).toEqual({ text: 'ok' });
    expect((await api.get('/v2/test?text=hello%20there')).body).toEqual({ text: 'hello there' });
  });

  it('GET /v2/test/validate echoes the query and the user agent', async () => {
    const { status, body } = await api.get('/v2/test/validate?id=123&tag=a&tag=b', 'default', {
      'user-agent': 'stockroom-contract-test',
    });
    expect(status).toBe(200);
    expect(field(body, 'query')).toEqual({ id: 123, tag: ['a', 'b'] });
    expect(field(field(body, 'header'), 'user-agent')).toBe('stockroom-contract-test');
  });

  it('GET /v2/test/validate: id missing or not an integer is 400 naming id', async () => {
    for (const url of ['/v2/test/validate', '/v2/test/validate?id=abc']) {
      const { status, body } = await api.get(url);
      expect(status, url).toBe(400);
      expect(errorText(body)).toContain('id');
    }
  });

  it('GET /v2/user describes the default user', async () => {
    const { status, body } = await api.get('/v2/user');
    expect(status).toBe(200);
    expect(field(body, 'username')).toBe(api.app.sandbox.defaultUser().username);
  });

  it('GET /v2/user/access_token describes the token: customer realm, its scopes', async () => {
    const { status, body } = await api.get('/v2/user/access_token');
    expect(status).toBe(200);
    expect(field(body, 'realm')).toBe('customer');
    expect(field(body, 'username')).toBe(api.app.sandbox.defaultUser().username);
    const scopes = field(body, 'scopes');
    expect(Array.isArray(scopes)).toBe(true);
    expect(scopes).toEqual(expect.arrayContaining(['user.view', 'purchases.view']));
  });

  it('GET /v2/user/subscriptions lists the user’s subscriptions', async () => {
    const { status, body } = await api.get('/v2/user/subscriptions');
    expect(status).toBe(200);
    const subscriptions = dataOf(body);
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const subscription of subscriptions) expect(subscription.id).toBeTypeOf('string');
  });
});
