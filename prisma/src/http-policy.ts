/**
 * Browser-facing HTTP policy shared by the API server and the web app: which origins may call the API from a
 * browser (CORS), which Host names are answered (DNS-rebinding protection), whose X-Forwarded-For is believed
 * (the client address for rate limits and the audit log), and the security headers.
 *
 * Pure: reads settings from a Config, no I/O.
 */
import ipaddr from 'ipaddr.js';
import type { Config } from './config';

export type HttpPolicySettings = Pick<Config, 'WEB_ORIGIN' | 'WEB_PORT' | 'PORT' | 'HOST' | 'ALLOWED_HOSTS' | 'TRUST_PROXY'>;

export interface HttpPolicy {
  /** Browser origins allowed to call the API (CORS, sign-in): WEB_ORIGIN, else the web app on localhost/127.0.0.1, plus the API's own. */
  webOrigins: string[];
  /** Whether a Host (or X-Forwarded-Host) header value names this deployment. */
  hostAllowed(host: string | undefined): boolean;
  /** Whether a peer address is a proxy whose X-Forwarded-* headers are believed. */
  trusted(address: string): boolean;
  /** The client address: the peer, or, through trusted proxies, the first untrusted address of X-Forwarded-For. */
  clientAddress(peer: string | undefined, forwardedFor: string | null | undefined): string;
}

/** Web origins from WEB_ORIGIN, or the defaults (localhost and 127.0.0.1 on WEB_PORT), plus the API's own origins. */
export function webOrigins(settings: Pick<Config, 'WEB_ORIGIN' | 'WEB_PORT' | 'PORT'>): string[] {
  const web = settings.WEB_ORIGIN ?? [`http://localhost:${settings.WEB_PORT}`, `http://127.0.0.1:${settings.WEB_PORT}`];
  return [...new Set([...web, `http://localhost:${settings.PORT}`, `http://127.0.0.1:${settings.PORT}`])];
}

/** `::ffff:127.0.0.1` → `127.0.0.1`; `[::1]` → `::1`; zone ids dropped. Null when not an IP address. */
export function normalizeAddress(address: string | undefined | null): string | null {
  if (!address) return null;
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1').split('%')[0]!;
  if (!ipaddr.isValid(bare)) return null;
  return ipaddr.process(bare).toString();
}

/** The host name of a Host header value (`Example.org:443` → `example.org`, `[::1]:4000` → `::1`). */
export function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') > 0 ? value.indexOf(']') : undefined);
  return value.replace(/:\d*$/, '').replace(/\.$/, '');
}

function matcher(entries: readonly string[]): (address: string) => boolean {
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  const addresses = new Set<string>();
  let loopback = false;
  let privateRanges = false;
  for (const entry of entries) {
    if (entry === 'loopback') loopback = true;
    else if (entry === 'private') privateRanges = true;
    else if (entry.includes('/')) ranges.push(ipaddr.parseCIDR(entry));
    else addresses.add(ipaddr.process(entry).toString());
  }
  return (address) => {
    const normalized = normalizeAddress(address);
    if (normalized === null) return false;
    const parsed = ipaddr.parse(normalized);
    const range = parsed.range();
    if (loopback && range === 'loopback') return true;
    if (privateRanges && (range === 'private' || range === 'uniqueLocal' || range === 'carrierGradeNat')) return true;
    if (addresses.has(normalized)) return true;
    return ranges.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
  };
}

export function httpPolicy(settings: HttpPolicySettings): HttpPolicy {
  const origins = webOrigins(settings);
  const names = new Set<string>(['localhost', ...origins.map((origin) => hostName(new URL(origin).host))]);
  const wildcards: string[] = [];
  let anyHost = false;
  for (const name of [...settings.ALLOWED_HOSTS, settings.HOST.toLowerCase()]) {
    if (name === '*') anyHost = true;
    else if (name.startsWith('*.')) wildcards.push(name.slice(1));
    else names.add(hostName(name));
  }
  const trusted = matcher(settings.TRUST_PROXY);
  return {
    webOrigins: origins,
    hostAllowed(host) {
      if (anyHost) return true;
      if (!host) return false;
      const name = hostName(host);
      // An IP address cannot be rebound: DNS rebinding needs the attacker's name in Host.
      if (ipaddr.isValid(name) && normalizeAddress(name) !== null) return true;
      return names.has(name) || name.endsWith('.localhost') || wildcards.some((suffix) => name.endsWith(suffix));
    },
    trusted,
    clientAddress(peer, forwardedFor) {
      let client = normalizeAddress(peer) ?? peer ?? 'unknown';
      if (!trusted(client) || !forwardedFor) return client;
      const hops = forwardedFor.split(',').map((hop) => hop.trim()).filter(Boolean);
      for (let i = hops.length - 1; i >= 0; i--) {
        const hop = normalizeAddress(hops[i]);
        if (hop === null) return client; // garbage from an untrusted party: stop at the last proxy we believe
        client = hop;
        if (!trusted(hop)) return hop;
      }
      return client;
    },
  };
}

/** Headers every API response carries (JSON, exports, errors). */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * The CSP of the GraphiQL page: its script, styles and editor workers are files of this server (no inline script:
 * the page's options travel in a JSON data block); the editor injects styles and fonts at run time.
 */
export const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";
