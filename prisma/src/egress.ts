/**
 * Egress policy: the one gate every outbound HTTP call of the platform goes through — model
 * endpoints and the judge (worker), the LLM planner, URL imports and endpoint connection tests
 * (server). A caller may reach:
 *
 * - public unicast addresses;
 * - loopback addresses when `ENDPOINT_ALLOWED_HOSTS` says `loopback` (the default of the embedded
 *   single-machine setup: SQLite database and a server bound to loopback);
 * - any `host:port` listed in `ENDPOINT_ALLOWED_HOSTS`, whatever it resolves to;
 *
 * and never the stack's own services (its GraphQL server, web app, Redis and database), whatever
 * the list says. Private, link-local (cloud metadata), unique-local, CGNAT, unspecified, multicast,
 * broadcast, reserved and IPv4-embedding IPv6 ranges are refused. The address is checked where the
 * connection is made (a `lookup` on the socket agents, so a name that resolves differently a second
 * time — DNS rebinding — is checked on what is actually dialled) and again on every redirect hop.
 * URLs with credentials, and host names longer than 253 characters, are refused before any lookup.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import type { Duplex } from 'node:stream';
import ipaddr from 'ipaddr.js';
import { config, type Config } from './config';

export { createEgressFetch, type EgressFetchOptions } from './egress-fetch';

/** Model replies (and the judge's, the planner's, a connection test's) are cut off past this, after decompression. */
export const MODEL_RESPONSE_LIMIT_BYTES = 1024 * 1024;
const MAX_HOST_LENGTH = 253;

export type EgressCode =
  | 'INVALID_URL'
  | 'URL_CREDENTIALS'
  | 'URL_QUERY'
  | 'HOST_TOO_LONG'
  | 'OWN_SERVICE'
  | 'ADDRESS_NOT_ALLOWED'
  | 'REDIRECT_NOT_ALLOWED'
  | 'RESPONSE_TOO_LARGE';

/** An outbound call the policy refuses. `code` is stable (shown in GraphQL errors and sample errors). */
export class EgressError extends Error {
  override name = 'EgressError';
  constructor(
    message: string,
    readonly code: EgressCode,
  ) {
    super(message);
  }
}

export type LookupFunction = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

export interface OwnService {
  name: string;
  /** The host as configured (loopback for the embedded stack). */
  host: string;
  port: number;
}

export interface EgressPolicy {
  /** `host:port` entries (lower case, IPv6 in brackets) that skip the address check. */
  allowedHosts: ReadonlySet<string>;
  /** Loopback addresses (127.0.0.0/8, ::1, localhost) may be reached. */
  allowLoopback: boolean;
  /** Never reachable, whatever else allows: the stack's own server, web app, Redis and database. */
  ownServices: readonly OwnService[];
  /** Name resolution (tests substitute one that maps names to loopback). Default dns.lookup. */
  lookup?: LookupFunction;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** `host:port` of a URL as the allowlist spells it (default ports filled in). */
export function hostKey(url: URL): string {
  return `${url.hostname.toLowerCase()}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

const bracketed = (host: string) => (net.isIPv6(host) ? `[${host}]` : host.toLowerCase());
const unbracketed = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

/** The stack's own services, from the configuration: never a model endpoint. */
function ownServices(settings: Config): OwnService[] {
  const services: OwnService[] = [
    { name: 'GraphQL server', host: settings.HOST, port: settings.PORT },
    { name: 'web app', host: settings.HOST, port: settings.WEB_PORT },
  ];
  const redis = new URL(settings.REDIS_URL ?? 'redis://127.0.0.1:6379');
  services.push({ name: 'Redis', host: unbracketed(redis.hostname), port: Number(redis.port || 6379) });
  if (!settings.DATABASE_URL.startsWith('file:')) {
    const database = new URL(settings.DATABASE_URL);
    services.push({ name: 'database', host: unbracketed(database.hostname), port: Number(database.port || 5432) });
  }
  return services;
}

/** Whether the configuration is the embedded single-machine setup (loopback egress allowed by default). */
export function isEmbeddedSetup(settings: Config = config()): boolean {
  return settings.DATABASE_URL.startsWith('file:') && isLoopbackHost(settings.HOST);
}

function isLoopbackHost(host: string): boolean {
  const bare = unbracketed(host).toLowerCase();
  if (bare === 'localhost') return true;
  return ipaddr.isValid(bare) && ipaddr.process(bare).range() === 'loopback';
}

const policies = new WeakMap<Config, EgressPolicy>();

/** The policy of the current configuration (ENDPOINT_ALLOWED_HOSTS, HOST, ports, Redis and database URLs). */
export function egressPolicy(settings: Config = config()): EgressPolicy {
  let policy = policies.get(settings);
  if (!policy) {
    const entries = settings.ENDPOINT_ALLOWED_HOSTS ?? (isEmbeddedSetup(settings) ? ['loopback'] : []);
    policy = {
      allowLoopback: entries.includes('loopback'),
      allowedHosts: new Set(entries.filter((entry) => entry !== 'loopback' && entry !== 'none')),
      ownServices: ownServices(settings),
    };
    policies.set(settings, policy);
  }
  return policy;
}

/**
 * Checks a URL before anything is resolved or sent: http(s), no credentials, a sane host name, and
 * not one of the stack's own services by name. `baseUrl` also refuses a query or fragment (a base
 * URL ending in `?x#` would make every request go to a path of the caller's choosing).
 */
export function checkUrl(raw: string | URL, policy: EgressPolicy, options: { baseUrl?: boolean } = {}): URL {
  let url: URL;
  try {
    url = typeof raw === 'string' ? new URL(raw) : raw;
  } catch {
    throw new EgressError('Not a valid URL, e.g. http://localhost:11434/v1', 'INVALID_URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EgressError(`Only http(s) URLs are allowed (got ${url.protocol})`, 'INVALID_URL');
  if (url.username || url.password) {
    throw new EgressError('URLs must not contain credentials (user:password@); give the API key or a header instead', 'URL_CREDENTIALS');
  }
  if (url.hostname.length > MAX_HOST_LENGTH) throw new EgressError(`The host name is longer than ${MAX_HOST_LENGTH} characters`, 'HOST_TOO_LONG');
  if (options.baseUrl && (url.search || url.hash || /[?#]/.test(typeof raw === 'string' ? raw : raw.href))) {
    throw new EgressError('A base URL must not have a query (?…) or fragment (#…)', 'URL_QUERY');
  }
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const service = policy.ownServices.find((s) => s.port === port && sameHost(s.host, url.hostname));
  if (service) throw ownServiceError(service, url);
  return url;
}

function sameHost(a: string, b: string): boolean {
  const x = unbracketed(a).toLowerCase();
  const y = unbracketed(b).toLowerCase();
  if (x === y) return true;
  // Every local spelling of the machine names the same services.
  return isLocalName(x) && isLocalName(y);
}

function isLocalName(host: string): boolean {
  if (LOOPBACK_HOSTS.has(host) || host === '0.0.0.0' || host === '::' || host === os.hostname().toLowerCase()) return true;
  return ipaddr.isValid(host) && localAddresses().has(ipaddr.process(host).toString());
}

function ownServiceError(service: OwnService, url: URL | string): EgressError {
  return new EgressError(
    `${typeof url === 'string' ? url : url.host} is this stack's own ${service.name} (port ${service.port}); it can never be a model endpoint`,
    'OWN_SERVICE',
  );
}

let interfaceAddresses: Set<string> | undefined;
/** Addresses of this machine: connecting to any of them with a service's port reaches the service. */
function localAddresses(): Set<string> {
  interfaceAddresses ??= new Set(
    Object.values(os.networkInterfaces())
      .flat()
      .flatMap((info) => (info ? [ipaddr.process(info.address.split('%')[0]!).toString()] : [])),
  );
  return interfaceAddresses;
}

/** Ranges a caller may reach: only global unicast (loopback when the policy allows it). */
function rangeRefusal(address: ipaddr.IPv4 | ipaddr.IPv6, policy: EgressPolicy): string | null {
  const range = address.range();
  if (range === 'unicast') return null;
  if (range === 'loopback' && policy.allowLoopback) return null;
  return range;
}

/**
 * The refusal (if any) for dialling `address` (a resolved or literal IP) for `host:port`. Own
 * services are refused always; otherwise a listed `host:port` may go anywhere, others only to
 * public addresses (and loopback when allowed).
 */
export function addressRefusal(address: string, host: string, port: number, policy: EgressPolicy, serviceAddresses: ReadonlySet<string> = new Set()): EgressError | null {
  if (!ipaddr.isValid(address)) return new EgressError(`${host} resolved to an invalid address`, 'ADDRESS_NOT_ALLOWED');
  const parsed = ipaddr.process(address.split('%')[0]!);
  const normal = parsed.toString();
  const range = parsed.range();
  const local = range === 'loopback' || range === 'unspecified' || localAddresses().has(normal);
  const service = policy.ownServices.find((s) => s.port === port && (local ? isLocalName(unbracketed(s.host).toLowerCase()) : serviceAddresses.has(`${normal}:${s.port}`)));
  if (service) return ownServiceError(service, `${bracketed(host)}:${port}`);
  if (policy.allowedHosts.has(`${bracketed(host)}:${port}`)) return null;
  const refused = rangeRefusal(parsed, policy);
  if (refused === null) return null;
  return new EgressError(
    `${bracketed(host)}:${port} resolves to ${normal} (${refused} address), which endpoints may not reach; ` +
      `an administrator can allow it with ENDPOINT_ALLOWED_HOSTS=${bracketed(host)}:${port}`,
    'ADDRESS_NOT_ALLOWED',
  );
}

function resolveAll(policy: EgressPolicy, hostname: string): Promise<dns.LookupAddress[]> {
  const lookup = policy.lookup ?? (dns.lookup as unknown as LookupFunction);
  return new Promise((resolve, reject) => lookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));
}

/** `address:port` of every remote (non-local) service host, resolved once per policy. */
const remoteServiceAddresses = new WeakMap<EgressPolicy, Promise<Set<string>>>();
function serviceAddressesOf(policy: EgressPolicy): Promise<Set<string>> {
  let pending = remoteServiceAddresses.get(policy);
  if (!pending) {
    pending = Promise.all(
      policy.ownServices
        .filter((s) => !isLocalName(unbracketed(s.host).toLowerCase()))
        .map(async (s) => {
          const host = unbracketed(s.host);
          const addresses = net.isIP(host) ? [{ address: host }] : await resolveAll(policy, host).catch(() => []);
          return addresses.map((a) => `${ipaddr.process(a.address).toString()}:${s.port}`);
        }),
    ).then((lists) => new Set(lists.flat()));
    remoteServiceAddresses.set(policy, pending);
  }
  return pending;
}

/** Resolves a host and checks every address it resolves to (refused if any one is). */
async function checkHost(policy: EgressPolicy, host: string, port: number): Promise<dns.LookupAddress[]> {
  const bare = unbracketed(host);
  const addresses = net.isIP(bare) ? [{ address: bare, family: net.isIP(bare) }] : await resolveAll(policy, bare);
  const services = await serviceAddressesOf(policy);
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, bare, port, policy, services);
    if (refusal) throw refusal;
  }
  return addresses;
}

/**
 * Checks a URL and what its host resolves to now (used when an endpoint is saved, for an early,
 * clear answer). A name that does not resolve now is accepted: the check at connect time decides.
 */
export async function checkDestination(raw: string, policy: EgressPolicy = egressPolicy(), options: { baseUrl?: boolean } = {}): Promise<URL> {
  const url = checkUrl(raw, policy, options);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  try {
    await checkHost(policy, url.hostname, port);
  } catch (error) {
    if (error instanceof EgressError) throw error;
  }
  return url;
}

/** A `lookup` for sockets: resolves, then refuses the connection if any address is not allowed. */
function guardedLookup(policy: EgressPolicy, port: number) {
  return (hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    checkHost(policy, hostname, port).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        if (options.all) return callback(null, wanted);
        const first = wanted[0];
        if (!first) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
        return callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error),
    );
  };
}

type CreateConnection = (options: http.ClientRequestArgs, callback: (error: Error | null, socket?: Duplex) => void) => Duplex | undefined;

/**
 * Wraps an agent's createConnection: names are resolved through the guarded lookup; literal
 * addresses (which sockets never look up) are checked before dialling.
 */
function guarded(base: CreateConnection, policy: () => EgressPolicy): CreateConnection {
  return function (this: http.Agent, options, callback) {
    const current = policy();
    const host = unbracketed(String(options.host ?? options.hostname ?? 'localhost'));
    const port = Number(options.port);
    if (net.isIP(host) === 0) return base.call(this, { ...options, lookup: guardedLookup(current, port) } as http.ClientRequestArgs, callback);
    checkHost(current, host, port).then(
      () => callback(null, base.call(this, options, () => {})),
      (error: Error) => callback(error),
    );
    return undefined;
  };
}

export interface GuardedAgents {
  'http:': http.Agent;
  'https:': https.Agent;
}

/** http and https agents whose every connection obeys the policy (read at connect time). */
export function createGuardedAgents(policy: () => EgressPolicy, options: http.AgentOptions = {}): GuardedAgents {
  const httpAgent = new http.Agent(options);
  const httpsAgent = new https.Agent(options);
  for (const agent of [httpAgent, httpsAgent]) {
    const base = (agent as unknown as { createConnection: CreateConnection }).createConnection;
    (agent as unknown as { createConnection: CreateConnection }).createConnection = guarded(base, policy);
  }
  return { 'http:': httpAgent, 'https:': httpsAgent };
}
