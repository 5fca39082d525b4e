import { describe, expect, it } from 'vitest';
import type { SessionUser } from './access';
import { routeDecision, safeRedirect, signInUrl, type AuthState } from './guard';

const at = (href: string) => new URL(href, 'http://127.0.0.1:5173');
const signedIn = (role: SessionUser['role']): AuthState => ({ kind: 'signedIn', user: { id: 'u1', email: 'a@x.test', name: 'A', role } });

describe('routeDecision', () => {
  it('waits while the session is loading', () => {
    expect(routeDecision(at('/tasks'), { kind: 'loading' })).toEqual({ kind: 'wait' });
  });

  it('shows only the setup page on a database with no users', () => {
    const state: AuthState = { kind: 'needsFirstAdmin' };
    for (const path of ['/', '/tasks/abc', '/signin', '/users', '/system?x=1']) {
      expect(routeDecision(at(path), state), path).toEqual({ kind: 'redirect', to: '/setup' });
    }
    expect(routeDecision(at('/setup'), state)).toEqual({ kind: 'render', chrome: 'bare' });
  });

  it('sends anonymous callers to sign-in, remembering where they were going', () => {
    const state: AuthState = { kind: 'anonymous' };
    expect(routeDecision(at('/tasks/t1?tab=samples'), state)).toEqual({ kind: 'redirect', to: '/signin?redirectTo=%2Ftasks%2Ft1%3Ftab%3Dsamples' });
    expect(routeDecision(at('/'), state)).toEqual({ kind: 'redirect', to: '/signin' });
    expect(routeDecision(at('/setup'), state)).toEqual({ kind: 'redirect', to: '/signin' });
    expect(routeDecision(at('/signin?redirectTo=%2Ftasks'), state)).toEqual({ kind: 'render', chrome: 'bare' });
  });

  it('moves a signed-in user off sign-in and setup, to a safe target', () => {
    expect(routeDecision(at('/signin?redirectTo=%2Ftasks%2Ft1'), signedIn('MEMBER'))).toEqual({ kind: 'redirect', to: '/tasks/t1' });
    expect(routeDecision(at('/signin?redirectTo=https%3A%2F%2Fevil.test'), signedIn('MEMBER'))).toEqual({ kind: 'redirect', to: '/' });
    expect(routeDecision(at('/setup'), signedIn('ADMIN'))).toEqual({ kind: 'redirect', to: '/' });
  });

  it('keeps admin pages from other roles', () => {
    expect(routeDecision(at('/users'), signedIn('ADMIN'))).toEqual({ kind: 'render', chrome: 'app' });
    expect(routeDecision(at('/users'), signedIn('MEMBER'))).toEqual({ kind: 'forbidden' });
    expect(routeDecision(at('/users/x'), signedIn('VIEWER'))).toEqual({ kind: 'forbidden' });
    expect(routeDecision(at('/usersettings'), signedIn('VIEWER'))).toEqual({ kind: 'render', chrome: 'app' });
    expect(routeDecision(at('/tokens'), signedIn('VIEWER'))).toEqual({ kind: 'render', chrome: 'app' });
  });

  it('renders the bare page with the error when the API is unreachable', () => {
    expect(routeDecision(at('/tasks'), { kind: 'unreachable', error: 'down' })).toEqual({ kind: 'render', chrome: 'bare' });
  });
});

describe('safeRedirect', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeRedirect('/tasks/t1?x=1#top')).toBe('/tasks/t1?x=1#top');
  });

  it('refuses other origins, protocol-relative and backslash URLs, and loops back to sign-in', () => {
    for (const target of ['https://evil.test/', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)', 'tasks', '/signin', '/signin?redirectTo=/x', '/setup', '/%0d%0a', '', null, undefined]) {
      const result = safeRedirect(target);
      expect(result.startsWith('/') && !result.startsWith('//'), String(target)).toBe(true);
      if (target !== '/%0d%0a') expect(result, String(target)).toBe('/');
    }
    expect(safeRedirect('/\tevil')).toBe('/');
  });

  it('builds sign-in URLs that come back', () => {
    expect(signInUrl('/models')).toBe('/signin?redirectTo=%2Fmodels');
    expect(signInUrl('/', '')).toBe('/signin');
  });
});
