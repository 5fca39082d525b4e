/**
 * Which page the app may show, from the path and what is known about the caller. Pure, so the rules are tested
 * without a browser:
 * - a database with no users shows only the "create the administrator" page (/setup), whatever was asked for;
 * - once a user exists, /setup is gone (sign-in instead);
 * - an anonymous caller sees only the sign-in page, which remembers where they were going (?redirectTo=);
 * - a signed-in user on /signin is sent on (to redirectTo or home);
 * - admin-only pages answer "forbidden" to other roles (the server refuses them too).
 */
import { can, type SessionUser } from './access';

export type AuthState =
  | { kind: 'loading' }
  /** The API could not be asked (network error): the page shows the error and a retry. */
  | { kind: 'unreachable'; error: string }
  | { kind: 'needsFirstAdmin' }
  | { kind: 'anonymous' }
  | { kind: 'signedIn'; user: SessionUser };

export type RouteDecision =
  | { kind: 'wait' }
  | { kind: 'render'; chrome: 'app' | 'bare' }
  | { kind: 'redirect'; to: string }
  | { kind: 'forbidden' };

export const SETUP_PATH = '/setup';
export const SIGN_IN_PATH = '/signin';
/** Pages only an admin may open. */
export const ADMIN_PATHS = ['/users'] as const;

const isUnder = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

export function isAdminPath(pathname: string): boolean {
  return ADMIN_PATHS.some((base) => isUnder(pathname, base));
}

/**
 * A redirect target taken from the query string: only a path on this origin (no scheme, no "//host", no
 * backslash tricks) and never the sign-in or setup page itself; anything else means home.
 */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return '/';
  if (/[\u0000-\u001f]/.test(target)) return '/';
  let parsed: URL;
  try {
    parsed = new URL(target, 'http://app.invalid');
  } catch {
    return '/';
  }
  if (parsed.origin !== 'http://app.invalid') return '/';
  if (isUnder(parsed.pathname, SIGN_IN_PATH) || isUnder(parsed.pathname, SETUP_PATH)) return '/';
  return parsed.pathname + parsed.search + parsed.hash;
}

/** The sign-in URL that comes back to `pathname + search` afterwards. */
export function signInUrl(pathname: string, search = ''): string {
  const back = safeRedirect(pathname + search);
  return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?redirectTo=${encodeURIComponent(back)}`;
}

export function routeDecision(url: { pathname: string; search: string; searchParams: URLSearchParams }, state: AuthState): RouteDecision {
  const { pathname } = url;
  switch (state.kind) {
    case 'loading':
      return { kind: 'wait' };
    case 'unreachable':
      return { kind: 'render', chrome: 'bare' };
    case 'needsFirstAdmin':
      return isUnder(pathname, SETUP_PATH) ? { kind: 'render', chrome: 'bare' } : { kind: 'redirect', to: SETUP_PATH };
    case 'anonymous':
      if (isUnder(pathname, SIGN_IN_PATH)) return { kind: 'render', chrome: 'bare' };
      if (isUnder(pathname, SETUP_PATH)) return { kind: 'redirect', to: SIGN_IN_PATH };
      return { kind: 'redirect', to: signInUrl(pathname, url.search) };
    case 'signedIn':
      if (isUnder(pathname, SIGN_IN_PATH) || isUnder(pathname, SETUP_PATH)) {
        return { kind: 'redirect', to: safeRedirect(url.searchParams.get('redirectTo')) };
      }
      if (isAdminPath(pathname) && !can(state.user, 'administer')) return { kind: 'forbidden' };
      return { kind: 'render', chrome: 'app' };
  }
}
