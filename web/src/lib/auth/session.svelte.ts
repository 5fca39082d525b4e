/**
 * Who is using the app, known before any page renders: the server's `health.auth` (is there a user yet, which
 * sign-in methods exist) and, when there is, `me`. The layout loads it once, the route guard (./guard) decides
 * from it, and a request refused as UNAUTHENTICATED anywhere (an expired or revoked session) turns it anonymous,
 * which sends the page to sign-in.
 */
import type { Client } from '@urql/core';
import { getContext, setContext } from 'svelte';
import { AuthHealthQuery, MeQuery } from '$lib/graphql/auth-operations';
import type { ResultOf } from '$lib/graphql/graphql';
import type { SessionUser } from './access';
import { refusalOfError } from './errors';
import type { AuthState } from './guard';

export type AuthInfo = ResultOf<typeof AuthHealthQuery>['health']['auth'];
export type Me = ResultOf<typeof MeQuery>['me'];
/** What a server-rendered page was rendered for (its load asked the API): the browser starts from it. */
export interface SessionSnapshot {
  info: AuthInfo;
  me: Me;
}

export class Session {
  state = $state<AuthState>({ kind: 'loading' });
  /** Sign-in methods (null until the first load answered). */
  info = $state<AuthInfo | null>(null);
  /** The full user record while signed in. */
  me = $state<Me | null>(null);
  /** Set when a signed-in session was refused (expired, revoked, user disabled): the sign-in page says so. */
  expired = $state(false);

  get user(): SessionUser | null {
    return this.state.kind === 'signedIn' ? this.state.user : null;
  }

  /** Asks the server who we are (network only: a cached answer could be another session's). */
  async load(client: Client): Promise<void> {
    const health = await client.query(AuthHealthQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!health.data) {
      this.state = { kind: 'unreachable', error: health.error?.message.replace(/^\[(Network|GraphQL)\]\s*/, '') ?? 'no answer' };
      return;
    }
    this.info = health.data.health.auth;
    if (this.info.needsFirstAdmin) {
      this.me = null;
      this.state = { kind: 'needsFirstAdmin' };
      return;
    }
    const me = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (me.data) {
      this.signedIn(me.data.me);
    } else if (refusalOfError(me.error) === 'UNAUTHENTICATED') {
      this.signedOut();
    } else {
      this.state = { kind: 'unreachable', error: me.error?.message.replace(/^\[(Network|GraphQL)\]\s*/, '') ?? 'no answer' };
    }
  }

  /** Starts from a server-rendered page's snapshot (no request: the server asked a moment ago). */
  seed(snapshot: SessionSnapshot): void {
    this.info = snapshot.info;
    this.signedIn(snapshot.me);
  }

  signedIn(me: Me): void {
    this.me = me;
    this.expired = false;
    this.state = { kind: 'signedIn', user: { id: me.id, email: me.email, name: me.name, role: me.role } };
  }

  /** A request of this session was refused as UNAUTHENTICATED. */
  expire(): void {
    this.expired = true;
    this.signedOut();
  }

  /** The session ended or was never there (a refusal seen while on the needsFirstAdmin page changes nothing). */
  signedOut(): void {
    this.me = null;
    if (this.state.kind !== 'needsFirstAdmin') this.state = { kind: 'anonymous' };
  }
}

/** The browser's session (one per tab). */
export const session = new Session();

const SESSION_KEY = Symbol('session');

/**
 * The layout provides the session to every component: in the browser the tab's `session`; during server-side
 * rendering a Session of this request alone (module state is shared by every request the server renders).
 */
export function provideSession(value: Session): void {
  setContext(SESSION_KEY, value);
}

/** The session of the page being rendered (call during component initialisation). */
export function useSession(): Session {
  return getContext<Session | undefined>(SESSION_KEY) ?? session;
}
