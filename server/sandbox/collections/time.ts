/** Now, as the vendor writes times: ISO 8601 in UTC with milliseconds. */
export const nowIso = (): string => new Date().toISOString();
