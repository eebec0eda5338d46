import { describe, expect, it } from 'vitest';
import { fileFetchUrl } from './files';

describe('fileFetchUrl', () => {
  const origin = 'http://localhost:3000';
  it('fetches the sandbox’s own links directly', () => {
    expect(fileFetchUrl('/sandbox/downloads/abc?sig=1', origin)).toBe(
      '/sandbox/downloads/abc?sig=1',
    );
    expect(fileFetchUrl('http://localhost:3000/sandbox/downloads/abc', origin)).toBe(
      'http://localhost:3000/sandbox/downloads/abc',
    );
  });
  it('sends another host’s link (the real API’s file host) through the gateway', () => {
    const url =
      'https://download.shutterstock.com/gatekeeper/W3siZSI6MX0/shutterstock_1.jpg?a=1&b=2';
    expect(fileFetchUrl(url, origin)).toBe(`/api/files?url=${encodeURIComponent(url)}`);
  });
});
