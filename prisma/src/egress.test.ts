// SSRF refusals. Every server here listens on loopback and every name resolves to loopback (or is
// only classified, never dialled): no test sends a packet to any other address.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type dns from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import {
  addressRefusal,
  checkDestination,
  checkUrl,
  createEgressFetch,
  EgressError,
  egressPolicy,
  type EgressPolicy,
  type LookupFunction,
} from './egress';

interface TestServer {
  server: Server;
  port: number;
  seen: IncomingMessage[];
}

async function startServer(handler: (req: IncomingMessage, res: import('node:http').ServerResponse, port: number) => void): Promise<TestServer> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    handler(req, res, (server.address() as AddressInfo).port);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

/** Resolves the given names (every one to a loopback address); anything else does not exist. */
function fakeDns(names: Record<string, string | string[]>): LookupFunction & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (hostname: string, _options: dns.LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => {
    calls.push(hostname);
    const found = names[hostname];
    if (!found) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    const list = Array.isArray(found) ? found : [found];
    callback(null, list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };
  return Object.assign(lookup, { calls });
}

const strict = (extra: Partial<EgressPolicy> = {}): EgressPolicy => ({ allowLoopback: false, allowedHosts: new Set(), ownServices: [], ...extra });

let target: TestServer;
let other: TestServer;

beforeAll(async () => {
  // ~100 KB on the wire, 100 MB once inflated (made once: compressing takes a while).
  const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20));
  target = await startServer((req, res) => {
    if (req.url === '/elsewhere') {
      res.writeHead(302, { location: `http://localhost:${other.port}/landed` });
      return res.end();
    }
    if (req.url === '/same-origin') {
      res.writeHead(307, { location: '/ok' });
      return res.end();
    }
    if (req.url === '/bomb') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      return res.end(bomb);
    }
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, authorization: req.headers.authorization ?? null }));
  });
  other = await startServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ landed: true, authorization: req.headers.authorization ?? null, custom: req.headers['x-tenant'] ?? null }));
  });
});

afterAll(async () => {
  for (const { server } of [target, other]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('address classification (nothing is dialled)', () => {
  const policy = strict();
  it.each([
    ['10.1.2.3', 'private'],
    ['172.16.0.9', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.100.100.200', 'carrierGradeNat'],
    ['127.0.0.1', 'loopback'],
    ['127.8.8.8', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.0.192', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::', '6to4'],
  ])('refuses %s (%s)', (address, range) => {
    const refusal = addressRefusal(address, 'example.test', 443, policy);
    expect(refusal).toBeInstanceOf(EgressError);
    expect(refusal!.code).toBe('ADDRESS_NOT_ALLOWED');
    expect(refusal!.message).toContain(`(${range} address)`);
    expect(refusal!.message).toContain('ENDPOINT_ALLOWED_HOSTS=example.test:443');
  });

  it('accepts public unicast addresses, loopback only when allowed, and listed host:port whatever they resolve to', () => {
    expect(addressRefusal('8.8.8.8', 'dns.test', 443, policy)).toBeNull();
    expect(addressRefusal('2001:4860:4860::8888', 'dns.test', 443, policy)).toBeNull();
    expect(addressRefusal('127.0.0.1', 'localhost', 11434, strict({ allowLoopback: true }))).toBeNull();
    expect(addressRefusal('::1', 'localhost', 11434, strict({ allowLoopback: true }))).toBeNull();
    expect(addressRefusal('10.0.0.7', 'vllm.internal', 8000, strict({ allowedHosts: new Set(['vllm.internal:8000']) }))).toBeNull();
    expect(addressRefusal('10.0.0.7', 'vllm.internal', 8001, strict({ allowedHosts: new Set(['vllm.internal:8000']) }))?.code).toBe('ADDRESS_NOT_ALLOWED');
    // Loopback allowed does not open the private ranges.
    expect(addressRefusal('192.168.0.2', 'nas.test', 80, strict({ allowLoopback: true }))?.code).toBe('ADDRESS_NOT_ALLOWED');
  });
});

describe('URL checks before any lookup', () => {
  const policy = egressPolicy(loadConfig({}));

  it('refuses credentials, a query or fragment on a base URL, and overlong host names', () => {
    expect(() => checkUrl('http://user:pw@localhost:11434/v1', policy)).toThrow(expect.objectContaining({ code: 'URL_CREDENTIALS' }));
    expect(() => checkUrl('http://:pw@localhost:11434/v1', policy)).toThrow(expect.objectContaining({ code: 'URL_CREDENTIALS' }));
    expect(() => checkUrl('http://localhost:11434/admin?x#', policy, { baseUrl: true })).toThrow(expect.objectContaining({ code: 'URL_QUERY' }));
    expect(() => checkUrl('http://localhost:11434/v1#', policy, { baseUrl: true })).toThrow(expect.objectContaining({ code: 'URL_QUERY' }));
    expect(() => checkUrl(`http://${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test/v1`, policy)).toThrow(
      expect.objectContaining({ code: 'HOST_TOO_LONG' }),
    );
    expect(() => checkUrl(`http://${'x.'.repeat(50_000)}test/v1`, policy)).toThrow(EgressError);
    expect(() => checkUrl('ftp://localhost/v1', policy)).toThrow(expect.objectContaining({ code: 'INVALID_URL' }));
    expect(checkUrl('http://localhost:11434/v1', policy, { baseUrl: true }).href).toBe('http://localhost:11434/v1');
  });

  it("refuses the stack's own server, web app, Redis and database by any local name", () => {
    const own = egressPolicy(loadConfig({ PORT: '4100', WEB_PORT: '5200', REDIS_URL: 'redis://127.0.0.1:6390/2' }));
    for (const url of ['http://localhost:4100/graphql', 'http://127.0.0.1:5200/', 'http://[::1]:6390/v1', 'http://0.0.0.0:4100/', 'http://127.0.0.1:6390']) {
      expect(() => checkUrl(url, own), url).toThrow(expect.objectContaining({ code: 'OWN_SERVICE' }));
    }
    const remote = egressPolicy(
      loadConfig({ DATABASE_URL: 'postgresql://u@db.internal:5433/bench', BENCHHUB_SECRET: 's', REDIS_URL: 'redis://cache.internal:6380', ENDPOINT_ALLOWED_HOSTS: 'db.internal:5433' }),
    );
    expect(() => checkUrl('http://db.internal:5433/v1', remote)).toThrow(expect.objectContaining({ code: 'OWN_SERVICE' }));
    expect(() => checkUrl('http://cache.internal:6380/v1', remote)).toThrow(expect.objectContaining({ code: 'OWN_SERVICE' }));
  });

  it('derives the default: loopback only for the embedded setup bound to loopback', () => {
    expect(egressPolicy(loadConfig({})).allowLoopback).toBe(true);
    expect(egressPolicy(loadConfig({ HOST: '0.0.0.0' })).allowLoopback).toBe(false);
    expect(egressPolicy(loadConfig({ DATABASE_URL: 'postgresql://u@h/db', BENCHHUB_SECRET: 's' })).allowLoopback).toBe(false);
    expect(egressPolicy(loadConfig({ ENDPOINT_ALLOWED_HOSTS: 'none' })).allowLoopback).toBe(false);
    const listed = egressPolicy(loadConfig({ HOST: '0.0.0.0', ENDPOINT_ALLOWED_HOSTS: 'LocalHost:11434, [::1]:8000,loopback' }));
    expect([...listed.allowedHosts]).toEqual(['localhost:11434', '[::1]:8000']);
    expect(listed.allowLoopback).toBe(true);
    expect(() => loadConfig({ ENDPOINT_ALLOWED_HOSTS: 'localhost' })).toThrow(/ENDPOINT_ALLOWED_HOSTS must be comma-separated host:port entries/);
  });
});

describe('connections (loopback servers only)', () => {
  it('refuses a name that resolves to loopback, and the server never sees the request', async () => {
    const before = target.seen.length;
    const fetchStrict = createEgressFetch({ policy: () => strict() });
    await expect(fetchStrict(`http://localhost:${target.port}/`)).rejects.toMatchObject({ name: 'EgressError', code: 'ADDRESS_NOT_ALLOWED' });
    const lookup = fakeDns({ 'models.internal.test': '127.0.0.1' });
    const viaName = createEgressFetch({ policy: () => strict({ lookup }) });
    await expect(viaName(`http://models.internal.test:${target.port}/`)).rejects.toMatchObject({ code: 'ADDRESS_NOT_ALLOWED' });
    expect(lookup.calls).toContain('models.internal.test');
    // Literal addresses (never looked up by sockets) and IPv4-mapped IPv6 are checked too.
    await expect(fetchStrict(`http://127.0.0.1:${target.port}/`)).rejects.toMatchObject({ code: 'ADDRESS_NOT_ALLOWED' });
    await expect(fetchStrict(`http://[::ffff:127.0.0.1]:${target.port}/`)).rejects.toMatchObject({ code: 'ADDRESS_NOT_ALLOWED' });
    expect(target.seen.length).toBe(before);
  });

  it('lets a listed host:port through whatever it resolves to', async () => {
    const lookup = fakeDns({ 'models.internal.test': '127.0.0.1' });
    const listed = createEgressFetch({ policy: () => strict({ lookup, allowedHosts: new Set([`models.internal.test:${target.port}`]) }) });
    expect(await (await listed(`http://models.internal.test:${target.port}/`)).json()).toMatchObject({ ok: true });
  });

  it('checks what is dialled, not what was checked earlier (DNS rebinding)', async () => {
    // The save-time check sees a public address (only classified, never dialled); at connect time
    // the same name resolves to loopback and the connection is refused.
    let answers = 0;
    const rebinding: LookupFunction = (_host, _options, callback) =>
      callback(null, [answers++ === 0 ? { address: '93.184.215.14', family: 4 } : { address: '127.0.0.1', family: 4 }]);
    const policy = strict({ lookup: rebinding });
    await expect(checkDestination(`http://rebind.test:${target.port}/v1`, policy, { baseUrl: true })).resolves.toBeInstanceOf(URL);
    const before = target.seen.length;
    await expect(createEgressFetch({ policy: () => policy })(`http://rebind.test:${target.port}/v1`)).rejects.toMatchObject({ code: 'ADDRESS_NOT_ALLOWED' });
    expect(target.seen.length).toBe(before);
  });

  it("refuses the stack's own ports at connect time even when listed or reached by another name", async () => {
    const lookup = fakeDns({ 'sneaky.test': '127.0.0.1' });
    const own = strict({
      lookup,
      allowLoopback: true,
      allowedHosts: new Set([`sneaky.test:${target.port}`]),
      ownServices: [{ name: 'Redis', host: '127.0.0.1', port: target.port }],
    });
    const before = target.seen.length;
    await expect(checkDestination(`http://sneaky.test:${target.port}/v1`, own)).rejects.toMatchObject({ code: 'OWN_SERVICE' });
    await expect(createEgressFetch({ policy: () => own })(`http://sneaky.test:${target.port}/`)).rejects.toMatchObject({ code: 'OWN_SERVICE' });
    expect(target.seen.length).toBe(before);
  });

  it('never carries the key or headers to another origin: refused for model calls, stripped otherwise', async () => {
    const loopback = strict({ allowLoopback: true });
    const headers = { authorization: 'Bearer sk-planted-key', 'x-tenant': 'secret-tenant' };
    const before = other.seen.length;
    await expect(createEgressFetch({ policy: () => loopback })(`http://127.0.0.1:${target.port}/elsewhere`, { headers })).rejects.toMatchObject({
      code: 'REDIRECT_NOT_ALLOWED',
    });
    expect(other.seen.length).toBe(before);
    const stripped = await createEgressFetch({ policy: () => loopback, crossOrigin: 'strip' })(`http://127.0.0.1:${target.port}/elsewhere`, { headers });
    expect(await stripped.json()).toEqual({ landed: true, authorization: null, custom: null });
    // Same origin: followed with the headers.
    const same = await createEgressFetch({ policy: () => loopback })(`http://127.0.0.1:${target.port}/same-origin`, { headers });
    expect(await same.json()).toMatchObject({ ok: true, authorization: 'Bearer sk-planted-key' });
  });

  it('checks every redirect hop against the policy', async () => {
    // The first host is listed; the redirect goes to a loopback name that is not.
    const lookup = fakeDns({ 'listed.test': '127.0.0.1', localhost: '127.0.0.1' });
    const policy = strict({ lookup, allowedHosts: new Set([`listed.test:${target.port}`]) });
    const before = other.seen.length;
    await expect(createEgressFetch({ policy: () => policy, crossOrigin: 'strip' })(`http://listed.test:${target.port}/elsewhere`)).rejects.toMatchObject({ code: 'ADDRESS_NOT_ALLOWED' });
    expect(other.seen.length).toBe(before);
  });

  it('caps bodies after decompression: a gzip bomb and a plain 2 MB body are refused quickly', async () => {
    const loopback = createEgressFetch({ policy: () => strict({ allowLoopback: true }) });
    const started = Date.now();
    await expect(loopback(`http://127.0.0.1:${target.port}/bomb`)).rejects.toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
    await expect(loopback(`http://127.0.0.1:${target.port}/big`)).rejects.toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
    // Upper bound with a wide margin (inflating all 100 MB would take far longer and hold 100 MB).
    expect(Date.now() - started).toBeLessThan(5_000);
    const streamed = createEgressFetch({ policy: () => strict({ allowLoopback: true }), stream: true, maxResponseBytes: 1024 * 1024 });
    const response = await streamed(`http://127.0.0.1:${target.port}/bomb`);
    await expect(response.arrayBuffer()).rejects.toThrow(/larger than 1024 KiB/);
    const unlimited = createEgressFetch({ policy: () => strict({ allowLoopback: true }), stream: true });
    expect((await (await unlimited(`http://127.0.0.1:${target.port}/big`)).arrayBuffer()).byteLength).toBe(2 * 1024 * 1024);
  });
});
