// License and re-download latency: single-image licenses, each with an Idempotency-Key,
// then a re-download of each.
import { performance } from 'node:perf_hooks';

/** Licenses (one image each, then a re-download of each) for the licensing latencies. */
export const LICENSES = 200;
/** The default user's annual image subscription (712 downloads left when seeded). */
const LICENSE_SUBSCRIPTION = 's8906100';

interface LicensingLatency {
  license: number[];
  redownload: number[];
  failures: string[];
}

/** LICENSES single-image licenses (each with an Idempotency-Key), then a re-download of each. */
export async function benchLicensing(url: string, token: string): Promise<LicensingLatency> {
  const result: LicensingLatency = { license: [], redownload: [], failures: [] };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const search = await fetch(`${url}/v2/images/search?per_page=${LICENSES}&sort=newest`, {
    headers,
  });
  const ids = ((await search.json()) as { data: { id: string }[] }).data.map((image) => image.id);
  const timed = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { ...headers, ...extra },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: { license_id?: string }[] };
    return { ms: performance.now() - started, status: response.status, json };
  };
  const licenseIds: string[] = [];
  for (const [index, id] of ids.entries()) {
    const { ms, status, json } = await timed(
      '/v2/images/licenses',
      { images: [{ image_id: id, subscription_id: LICENSE_SUBSCRIPTION, size: 'small' }] },
      { 'idempotency-key': `bench-${process.pid}-${index}` },
    );
    const licenseId = json.data?.[0]?.license_id;
    if (status !== 200 || !licenseId) result.failures.push(`license ${id} → ${status}`);
    else {
      result.license.push(ms);
      licenseIds.push(licenseId);
    }
  }
  for (const licenseId of licenseIds) {
    const { ms, status } = await timed(`/v2/images/licenses/${licenseId}/downloads`, {
      size: 'medium',
    });
    if (status !== 200) result.failures.push(`re-download ${licenseId} → ${status}`);
    else result.redownload.push(ms);
  }
  return result;
}
