/**
 * Browser protections on the real API server (issue #9 item 5): CSRF (form, multipart and text POSTs with a foreign
 * Origin change nothing; GET needs a header), CORS only for the web origins (a foreign preflight gets no CORS
 * headers), the Host allowlist (DNS rebinding), security headers, the body limit and the loopback bind.
 */
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SECURITY_HEADERS, GRAPHIQL_CSP } from '@benchhub/db/http-policy';
import { startStack, type TestStack } from '../support/stack';

const FOREIGN = 'https://evil.example';
let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ workers: 0, env: { ALLOWED_HOSTS: 'bench.example.org', MAX_BODY_BYTES: '65536' } });
}, 90_000);
afterAll(async () => {
  await stack?.stop();
});

const CREATE = 'mutation { createModelEndpoint(input: { name: "csrf-planted", baseUrl: "http://127.0.0.1:9/v1", modelId: "m" }) { __typename ... on MutationCreateModelEndpointSuccess { data { id } } } }';
const endpointCount = () => stack.db.modelEndpoint.count({ where: { name: 'csrf-planted' } });

/** A raw HTTP request (fetch would not let a test set Host). */
function raw(options: { method?: string; path?: string; headers?: Record<string, string | number>; body?: string | Buffer | Buffer[] }) {
  const url = new URL(stack.graphqlUrl);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path ?? '/graphql', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    for (const chunk of Array.isArray(options.body) ? options.body : options.body === undefined ? [] : [options.body]) req.write(chunk);
    req.end();
  });
}

describe('CSRF', () => {
  it('form-encoded, multipart and text/plain POSTs from a foreign origin are refused and change nothing', async () => {
    const boundary = '----benchhub';
    const attempts = [
      { type: 'application/x-www-form-urlencoded', body: `query=${encodeURIComponent(CREATE)}` },
      { type: `multipart/form-data; boundary=${boundary}`, body: `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: CREATE })}\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--${boundary}--\r\n` },
      { type: 'text/plain', body: JSON.stringify({ query: CREATE }) },
    ];
    for (const { type, body } of attempts) {
      const response = await fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': type, origin: FOREIGN }, body });
      expect([403, 415], type).toContain(response.status);
      expect(response.headers.get('access-control-allow-origin'), type).toBeNull();
      // Not even with the CSRF header: only JSON bodies are read.
      const withHeader = await fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': type, origin: FOREIGN, 'x-graphql-yoga-csrf': '1' }, body });
      expect(withHeader.status, type).toBe(415);
    }
    expect(await endpointCount()).toBe(0);
    // The same mutation as JSON does run: the refusals above were the protection, not a broken mutation.
    const control = await stack.gql<{ createModelEndpoint: { __typename: string } }>(CREATE);
    expect(control.data?.createModelEndpoint.__typename, JSON.stringify(control)).toBe('MutationCreateModelEndpointSuccess');
    expect(await endpointCount()).toBe(1);
    await stack.db.modelEndpoint.deleteMany({ where: { name: 'csrf-planted' } });
  });

  it('GET operations need the CSRF header; JSON POSTs work', async () => {
    const query = `${stack.graphqlUrl}?query=${encodeURIComponent('{ health { ok } }')}`;
    const bare = await fetch(query);
    expect(bare.status).toBe(403);
    expect(await bare.text()).toMatch(/CSRF/);
    expect((await fetch(query, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(200);
    // A mutation is never run over GET (Yoga), header or not.
    const mutation = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent(CREATE)}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(mutation.status).toBe(405);
    expect(await endpointCount()).toBe(0);
    expect((await stack.gql<{ health: { ok: boolean } }>('{ health { ok } }')).data?.health).toBeDefined();
  });
});

describe('CORS', () => {
  it('a preflight from a foreign origin gets no CORS headers; the web origin gets credentialed CORS', async () => {
    const preflight = (origin: string) =>
      fetch(stack.graphqlUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const foreign = await preflight(FOREIGN);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-allow-credentials')).toBeNull();
    const web = await preflight('http://localhost:5173');
    expect(web.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(web.headers.get('access-control-allow-credentials')).toBe('true');
    expect(web.headers.get('access-control-allow-methods')).toBe('GET, POST');

    // The actual request: a foreign origin can send it (a browser would), but cannot read the answer.
    const post = await fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', origin: FOREIGN }, body: JSON.stringify({ query: '{ health { ok } }' }) });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('Host allowlist (DNS rebinding)', () => {
  it('refuses a Host that names another site; answers localhost, IPs and configured names', async () => {
    const health = JSON.stringify({ query: '{ health { ok } }' });
    const post = (host: string, extra: Record<string, string> = {}) =>
      raw({ method: 'POST', headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(health), ...extra }, body: health });
    const port = new URL(stack.graphqlUrl).port;
    const refused = await post(`rebind.evil.example:${port}`);
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `bench.example.org`]) expect((await post(host)).status, host).toBe(200);
    // Through a trusted proxy (loopback: the web app), the browser's host is checked too.
    expect((await post(`127.0.0.1:${port}`, { 'x-forwarded-host': 'rebind.evil.example' })).status).toBe(421);
    expect((await post(`127.0.0.1:${port}`, { 'x-forwarded-host': 'bench.example.org' })).status).toBe(200);
    // Exports and GraphiQL files are behind the same check.
    expect((await raw({ path: '/export/leaderboard.json', headers: { host: 'rebind.evil.example' } })).status).toBe(421);
  });
});

describe('security headers', () => {
  it('every API response carries them; the GraphiQL page gets a CSP that allows only its own files', async () => {
    const json = await fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ health { ok } }' }) });
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) expect(json.headers.get(name), name).toBe(value);
    const exported = await fetch(new URL('/export/leaderboard.json', stack.graphqlUrl));
    expect(exported.headers.get('x-content-type-options')).toBe('nosniff');
    expect(exported.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const page = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).not.toMatch(/<script>(?!<\/script>)/); // no inline script
  });
});

describe('request body limit', () => {
  it('a declared or streamed body over MAX_BODY_BYTES gets 413, quickly, and the server keeps answering', async () => {
    const big = JSON.stringify({ query: '{ health { ok } }', variables: { pad: 'x'.repeat(70_000) } });
    let started = Date.now();
    const declared = await raw({ method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) }, body: big });
    expect(declared.status).toBe(413);
    const chunked = await raw({ method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: [Buffer.from(big.slice(0, 40_000)), Buffer.from(big.slice(40_000))] });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).errors[0].message).toMatch(/larger than 65536 bytes/);
    expect(Date.now() - started).toBeLessThan(5_000);
    started = Date.now();
    const small = JSON.stringify({ query: '{ health { ok } }', variables: { pad: 'x'.repeat(30_000) } });
    const ok = await raw({ method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: [Buffer.from(small)] });
    expect(ok.status).toBe(200);
  });
});

describe('listening address', () => {
  it('binds 127.0.0.1 by default: not reachable on the machine’s other addresses', async () => {
    const port = Number(new URL(stack.graphqlUrl).port);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    expect(stack.server.output()).toMatch(/"host":"127\.0\.0\.1"/);
    if (!external) return; // a machine with loopback only has nothing else to reach
    const reached = await fetch(`http://${external.address}:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health { ok } }"}' }).then(
      () => true,
      () => false,
    );
    expect(reached).toBe(false);
  });
});
