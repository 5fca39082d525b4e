import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { httpPolicy, normalizeAddress, webOrigins } from './http-policy';

const policyOf = (env: Record<string, string> = {}) => httpPolicy(loadConfig(env));

describe('webOrigins', () => {
  it('defaults to the web app on localhost and 127.0.0.1, plus the API itself; WEB_ORIGIN replaces the web part', () => {
    expect(webOrigins(loadConfig({}))).toEqual(['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4000', 'http://127.0.0.1:4000']);
    expect(webOrigins(loadConfig({ WEB_ORIGIN: 'https://bench.example.org/, https://b.example.org', PORT: '4100' }))).toEqual([
      'https://bench.example.org',
      'https://b.example.org',
      'http://localhost:4100',
      'http://127.0.0.1:4100',
    ]);
    expect(() => loadConfig({ WEB_ORIGIN: 'bench.example.org' })).toThrow(/WEB_ORIGIN/);
  });
});

describe('hostAllowed (DNS rebinding)', () => {
  it('answers localhost, IP addresses and the configured names, nothing else', () => {
    const policy = policyOf({ WEB_ORIGIN: 'https://bench.example.org', ALLOWED_HOSTS: 'api.example.org, *.corp.example' });
    for (const host of ['localhost:4000', '127.0.0.1:4000', '[::1]:5173', '192.0.2.2', 'bench.example.org', 'BENCH.example.org.:443', 'api.example.org:8080', 'x.corp.example', 'app.localhost:5173']) {
      expect(policy.hostAllowed(host), host).toBe(true);
    }
    for (const host of ['evil.example', 'bench.example.org.evil.example', 'corp.example', 'localhost.evil.example', '', undefined]) {
      expect(policy.hostAllowed(host), String(host)).toBe(false);
    }
    // The default configuration knows no name but localhost.
    expect(policyOf().hostAllowed('bench.example.org')).toBe(false);
    expect(policyOf({ ALLOWED_HOSTS: '*' }).hostAllowed('anything.example')).toBe(true);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'not a host' })).toThrow(/ALLOWED_HOSTS/);
  });
});

describe('clientAddress (TRUST_PROXY)', () => {
  it('believes X-Forwarded-For only from trusted proxies, walking from the right', () => {
    const byDefault = policyOf(); // loopback: the web app's own proxy hop
    expect(byDefault.clientAddress('::ffff:127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(byDefault.clientAddress('127.0.0.1', '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7'); // the first untrusted hop
    expect(byDefault.clientAddress('127.0.0.1', '203.0.113.7, 127.0.0.1')).toBe('203.0.113.7');
    expect(byDefault.clientAddress('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9'); // a client cannot choose its address
    expect(byDefault.clientAddress('127.0.0.1', 'garbage')).toBe('127.0.0.1');
    expect(byDefault.clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');

    const proxy = policyOf({ TRUST_PROXY: 'loopback, 10.0.0.0/8' });
    expect(proxy.clientAddress('10.1.2.3', '203.0.113.7')).toBe('203.0.113.7');
    expect(proxy.clientAddress('127.0.0.1', '203.0.113.7, 10.1.2.3')).toBe('203.0.113.7');
    expect(proxy.clientAddress('192.168.1.1', '203.0.113.7')).toBe('192.168.1.1');

    const none = policyOf({ TRUST_PROXY: 'none' });
    expect(none.clientAddress('127.0.0.1', '203.0.113.7')).toBe('127.0.0.1');
    expect(policyOf({ TRUST_PROXY: 'private' }).trusted('fd00::1')).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(normalizeAddress('[::ffff:10.0.0.1]')).toBe('10.0.0.1');
  });
});
