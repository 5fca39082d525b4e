/**
 * The web app's share of the browser protections (issue #9 item 5): the Host allowlist (DNS rebinding), whose
 * X-Forwarded-* headers are believed (TRUST_PROXY), and security headers on everything it serves itself. Pages get
 * their Content-Security-Policy from SvelteKit (kit.csp in svelte.config.js: nonces for its inline scripts); the
 * API's responses passed through keep the API's own headers. Settings come from the project configuration
 * (@benchhub/db/config: WEB_ORIGIN, ALLOWED_HOSTS, HOST, TRUST_PROXY), the same policy the API server applies.
 */
import { config } from '@benchhub/db/config';
import { httpPolicy, type HttpPolicy } from '@benchhub/db/http-policy';

let cached: { settings: ReturnType<typeof config>; policy: HttpPolicy } | undefined;

/** The policy of the current configuration (rebuilt when the configuration changes). */
export function webPolicy(): HttpPolicy {
  const settings = config();
  if (cached?.settings !== settings) cached = { settings, policy: httpPolicy(settings) };
  return cached.policy;
}

/** Headers on every response the web app produces itself. */
export const WEB_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/** For responses without a CSP of their own (endpoints, errors before rendering): no framing, no plugins. */
export const FALLBACK_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/** `response` with the security headers added (a copy when its headers are immutable). */
export function withSecurityHeaders(response: Response): Response {
  const apply = (headers: Headers) => {
    for (const [name, value] of Object.entries(WEB_SECURITY_HEADERS)) if (!headers.has(name)) headers.set(name, value);
    if (!headers.has('content-security-policy')) headers.set('content-security-policy', FALLBACK_CSP);
  };
  try {
    apply(response.headers);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    apply(copy.headers);
    return copy;
  }
}

/** The refusal of a request naming a host that is not ours (421 Misdirected Request). */
export function hostRefused(): Response {
  return withSecurityHeaders(
    new Response('This server does not answer to that host name: add it to WEB_ORIGIN or ALLOWED_HOSTS.\n', {
      status: 421,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    }),
  );
}
