import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequestFromLoad, isApiPath, proxyToApi, upstreamHeaders } from './api-proxy';
import { compressResponse } from './compress';

/** A stand-in API server: echoes what it received, sets two cookies, and streams events on /graphql/stream. */
let upstream: Server;
let origin: string;
const received: { method?: string; url?: string; headers?: IncomingHttpHeaders; body?: string }[] = [];
let releaseStream: () => void = () => {};

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url?.startsWith('/graphql/stream')) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write('event: next\ndata: {"n":1}\n\n');
        // The second event only when the test says so: the first must arrive before the response ends.
        releaseStream = () => res.end('event: complete\ndata:\n\n');
        return;
      }
      res.setHeader('set-cookie', ['session=abc; HttpOnly; Path=/', 'csrf=xyz; Path=/']);
      res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes', connection: 'keep-alive' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

const forwarded = (path: string) => ({ clientAddress: '203.0.113.7', url: new URL(`http://web.example:5173${path}`) });

describe('isApiPath', () => {
  it('matches the API paths only', () => {
    for (const path of ['/graphql', '/graphql/graphiql/5.21.3/graphiql.js', '/export/leaderboard.csv', '/api/auth/sign-in', '/api/auth']) expect(isApiPath(path)).toBe(true);
    for (const path of ['/', '/graphqlx', '/tasks/1', '/exports', '/api/other', '/leaderboard']) expect(isApiPath(path)).toBe(false);
  });
});

describe('proxyToApi', () => {
  it('forwards method, body and the browser headers, adds X-Forwarded-*, and returns every Set-Cookie', async () => {
    const request = new Request('http://web.example:5173/graphql?op=1', {
      method: 'POST',
      headers: {
        cookie: 'session=old',
        authorization: 'Bearer t0k3n',
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        origin: 'http://web.example:5173',
        connection: 'keep-alive',
      },
      body: '{"query":"{ __typename }"}',
    });
    const response = await proxyToApi(request, origin, forwarded('/graphql?op=1'));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.getSetCookie()).toEqual(['session=abc; HttpOnly; Path=/', 'csrf=xyz; Path=/']);
    expect(response.headers.get('x-upstream')).toBe('yes');
    expect(response.headers.has('connection')).toBe(false);

    const seen = received.at(-1)!;
    expect(seen).toMatchObject({ method: 'POST', url: '/graphql?op=1', body: '{"query":"{ __typename }"}' });
    expect(seen.headers).toMatchObject({
      cookie: 'session=old',
      authorization: 'Bearer t0k3n',
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      origin: 'http://web.example:5173',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': 'web.example:5173',
    });
    expect(seen.headers!.host).toBe(new URL(origin).host);
  });

  it('streams server-sent events as they come (no buffering)', async () => {
    const response = await proxyToApi(new Request('http://web.example:5173/graphql/stream', { headers: { accept: 'text/event-stream' } }), origin, forwarded('/graphql/stream'));
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('data: {"n":1}'); // while the upstream response is still open
    releaseStream();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toContain('event: complete');
  });

  it('answers 502 with a GraphQL error when the API is down', async () => {
    const response = await proxyToApi(new Request('http://web.example:5173/graphql', { method: 'POST', body: '{}' }), 'http://127.0.0.1:9', forwarded('/graphql'));
    expect(response.status).toBe(502);
    expect((await response.json()).errors[0].message).toMatch(/not reachable/);
  });
});

describe('upstreamHeaders', () => {
  const spoofed = new Headers({ 'x-forwarded-for': '198.51.100.66', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
  it('replaces X-Forwarded-* from a peer that is not a trusted proxy (a client cannot choose its address)', () => {
    const headers = upstreamHeaders(spoofed, forwarded('/graphql'));
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.7');
    expect(headers.get('x-forwarded-host')).toBe('web.example:5173');
    expect(headers.get('x-forwarded-proto')).toBe('http');
  });
  it('extends them from a trusted proxy (TRUST_PROXY)', () => {
    const headers = upstreamHeaders(spoofed, { ...forwarded('/graphql'), trustForwarded: true });
    expect(headers.get('x-forwarded-for')).toBe('198.51.100.66, 203.0.113.7');
    expect(headers.get('x-forwarded-host')).toBe('evil.example');
    expect(headers.get('x-forwarded-proto')).toBe('https');
  });
});

describe('apiRequestFromLoad', () => {
  it('sends a server-side load to the API with the browser cookie and authorization', async () => {
    const incoming = new Headers({ cookie: 'session=abc', authorization: 'Bearer t' });
    const request = apiRequestFromLoad(new Request('http://web.example:5173/graphql', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }), incoming, origin, forwarded('/graphql'));
    expect(request.url).toBe(`${origin}/graphql`);
    expect(request.headers.get('cookie')).toBe('session=abc');
    expect(request.headers.get('authorization')).toBe('Bearer t');
    expect(request.headers.get('content-type')).toBe('application/json');
  });
});

describe('compressResponse', () => {
  const big = 'x'.repeat(5000);
  it('gzips pages for clients that accept it, and leaves the rest alone', async () => {
    const gzip = new Headers({ 'accept-encoding': 'gzip, br' });
    const compressed = compressResponse(gzip, new Response(big, { headers: { 'content-type': 'text/html' } }));
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    const body = new Uint8Array(await compressed.arrayBuffer());
    expect(body.length).toBeLessThan(200);
    const roundTrip = await new Response(new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    expect(roundTrip).toBe(big);

    expect(compressResponse(new Headers(), new Response(big, { headers: { 'content-type': 'text/html' } })).headers.has('content-encoding')).toBe(false);
    expect(compressResponse(gzip, new Response(big, { headers: { 'content-type': 'image/png' } })).headers.has('content-encoding')).toBe(false);
    expect(compressResponse(gzip, new Response('small', { headers: { 'content-type': 'text/html', 'content-length': '5' } })).headers.has('content-encoding')).toBe(false);
  });
});
