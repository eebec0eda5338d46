// The per-page nonce that lets the app's own runtime <style> elements through the
// Content-Security-Policy: Radix's scroll lock writes one while a dialog is open (the
// page's overflow and the scrollbar's gap). Scripts stay 'self' only.
import { randomBytes } from 'node:crypto';

/**
 * What the build wrote where the nonce goes (vite.config.ts `html.cspNonce`), read from the
 * page's `<meta property="csp-nonce">` (which the app reads the real one from); undefined
 * in a page built without one.
 */
export function noncePlaceholder(html: string): string | undefined {
  return /<meta property="csp-nonce" nonce="([^"]+)"/.exec(html)?.[1];
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The policy with `'nonce-…'` added to its style-src; a policy without one is left alone. */
export function withStyleNonce(policy: string, nonce: string): string {
  return policy.replace(
    /(^|;)(\s*style-src\b[^;]*)/,
    (_, start: string, directive: string) => `${start}${directive.trimEnd()} 'nonce-${nonce}'`,
  );
}
