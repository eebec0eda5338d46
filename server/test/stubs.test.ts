// The web tests' stand-ins for the API (src/test/fixtures.ts, src/test/collections-stub.ts)
// answer what the vendor document says the API answers, so a component test cannot pass on
// a shape the real API never sends. Skipped, with the contract's notice, without the document.
import { describe, expect, it } from 'vitest';
import { collectionsRoute } from '../../src/test/collections-stub';
import { makeImage, searchResults, type Route } from '../../src/test/fixtures';
import { CONTRACT_SKIP_NOTICE, contract } from './openapi';

if (!contract) console.warn(CONTRACT_SKIP_NOTICE);

/** Sends a request to a stub route and checks its answer against the document. */
function expectDocumented(route: Route, method: string, path: string, body?: unknown) {
  const answer = route(new URL(path, 'http://localhost'), { method, body });
  expect(answer, `${method} ${path}`).toBeDefined();
  const status = answer?.status ?? 200;
  contract?.expectMatchesContract(method, path.replace(/^\/api/, ''), status, answer?.body);
  return answer;
}

describe.skipIf(!contract)('the web tests’ API stubs', () => {
  it('images and image searches are the vendor’s Image and ImageSearchResults', () => {
    const route: Route = (url) =>
      url.pathname === '/api/v2/images/search'
        ? { body: searchResults(12, 480) }
        : { body: makeImage(Number(url.pathname.split('/').at(-1)) - 1000) };
    expectDocumented(route, 'GET', '/api/v2/images/search?query=cat');
    expectDocumented(route, 'GET', '/api/v2/images/1003');
    for (let n = 0; n < 10; n++) {
      contract?.expectMatchesContract('GET', `/v2/images/${1000 + n}`, 200, makeImage(n));
    }
  });

  it('the collections stub answers every collection endpoint as documented', () => {
    const route = collectionsRoute([
      { id: '1', name: 'Cats', items: ['1001', '1002'] },
      { id: '2', name: 'Empty', items: [] },
    ]);
    expectDocumented(route, 'GET', '/api/v2/images/collections');
    expectDocumented(route, 'GET', '/api/v2/images/collections/1');
    expectDocumented(route, 'GET', '/api/v2/images/collections/2');
    expectDocumented(route, 'GET', '/api/v2/images/collections/1/items?sort=newest');
    expectDocumented(route, 'GET', '/api/v2/images?id=1001&id=1002');
    expectDocumented(route, 'GET', '/api/v2/images/collections/404');
    const created = expectDocumented(route, 'POST', '/api/v2/images/collections', {
      name: 'Dogs',
    });
    expect(created?.status).toBe(201);
    expectDocumented(route, 'POST', '/api/v2/images/collections/1', { name: 'Kittens' });
    expectDocumented(route, 'POST', '/api/v2/images/collections/1/items', {
      items: [{ id: '1003' }],
    });
    expectDocumented(route, 'DELETE', '/api/v2/images/collections/1/items?item_id=1003');
    expectDocumented(route, 'DELETE', '/api/v2/images/collections/2');
  });
});
