/**
 * Sign-in sessions with better-auth (email + password hashed with scrypt; sessions in HTTP-only SameSite=Lax
 * cookies), mounted at /api/auth/* on the API server. Users are created by admins or the CLI, never by sign-up.
 */
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { derivedKey, providerOf, type Config, type PrismaClient } from '@benchhub/db';
import { isUserRole, type Viewer } from './viewer';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../services/user.service';
import { recordAudit } from '../services/audit.service';

/** The web origins browsers use (WEB_ORIGIN, default localhost and 127.0.0.1 on WEB_PORT). */
export function webOrigins(config: Pick<Config, 'WEB_ORIGIN' | 'WEB_PORT'>): string[] {
  return config.WEB_ORIGIN ?? [`http://localhost:${config.WEB_PORT}`, `http://127.0.0.1:${config.WEB_PORT}`];
}

export const OIDC_PROVIDER_ID = 'oidc';

type OidcConfig = Pick<Config, 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_NAME'>;

/** The OpenID Connect provider shown on the sign-in page, or null unless issuer, client id and secret are all set. */
export function oidcProvider(config: OidcConfig): { providerId: string; name: string } | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return { providerId: OIDC_PROVIDER_ID, name: config.OIDC_NAME ?? 'Single sign-on' };
}

/**
 * One generic OpenID Connect provider (Google, Keycloak, Entra, GitLab…) through better-auth's genericOAuth plugin,
 * configured by discovery. Users it creates are VIEWERs (see the user create hook); an existing user with the same
 * email is linked when the provider says the email is verified (better-auth's account linking).
 */
function oidcPlugins(config: OidcConfig, origin: string) {
  if (!oidcProvider(config)) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          discoveryUrl: `${config.OIDC_ISSUER}/.well-known/openid-configuration`,
          clientId: config.OIDC_CLIENT_ID!,
          clientSecret: config.OIDC_CLIENT_SECRET!,
          scopes: ['openid', 'email', 'profile'],
          pkce: true,
          // The contract's callback route (auth/oidc-routes.ts hands it to better-auth's /callback/oidc).
          redirectURI: `${origin}/api/auth/oauth2/callback/${OIDC_PROVIDER_ID}`,
        },
      ],
    }),
  ];
}

/** Signed in through the OpenID Connect callback (rather than email + password)? */
function viaOidc(context: { path?: string } | null): boolean {
  return typeof context?.path === 'string' && /^\/(oauth2\/)?callback\//.test(context.path);
}

export function createAuth(db: PrismaClient, config: Pick<Config, 'WEB_ORIGIN' | 'WEB_PORT' | 'PORT' | 'DATABASE_URL'> & OidcConfig) {
  const origins = webOrigins(config);
  return betterAuth({
    appName: 'BenchHub Plus',
    // The browser reaches /api/auth through the web app (hooks.server.ts proxies it), so redirects go there.
    baseURL: origins[0],
    basePath: '/api/auth',
    secret: derivedKey('better-auth sessions').toString('base64url'),
    trustedOrigins: [...origins, `http://localhost:${config.PORT}`, `http://127.0.0.1:${config.PORT}`],
    database: prismaAdapter(db, { provider: providerOf(config.DATABASE_URL) === 'postgresql' ? 'postgresql' : 'sqlite' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'MEMBER' },
        disabled: { type: 'boolean', input: false, defaultValue: false },
      },
    },
    plugins: oidcPlugins(config, origins[0]!),
    // An existing user is linked on its first OpenID Connect sign-in when the provider says the email is verified
    // (users here have no local e-mail verification: an admin or the CLI vouched for the address when creating them).
    account: { accountLinking: { enabled: true, allowDifferentEmails: false, requireLocalEmailVerified: false } },
    databaseHooks: {
      user: {
        create: {
          // better-auth creates users only on a first OpenID Connect sign-in (sign-up is off; admins and the CLI
          // create the others directly): they start as VIEWER, and an admin may raise the role.
          before: async (user) => ({ data: { ...user, role: 'VIEWER', disabled: false } }),
        },
      },
      session: {
        create: {
          // A disabled user gets no session; a successful sign-in is recorded on the user.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            return user && !user.disabled ? undefined : false;
          },
          after: async (session, context) => {
            const user = await db.user.update({ where: { id: session.userId }, data: { lastSignInAt: new Date() } });
            const details = { method: viaOidc(context) ? 'oidc' : 'password' };
            await recordAudit(db, { actor: user, action: 'auth.sign_in', target: user.email, details, ip: session.ipAddress ?? null }).catch(() => undefined);
          },
        },
      },
    },
    advanced: {
      // The same origin and CSRF checks in tests as in production (better-auth skips them when NODE_ENV=test).
      disableOriginCheck: false,
      disableCSRFCheck: false,
      cookiePrefix: 'benchhub',
      useSecureCookies: origins[0]!.startsWith('https:'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The signed-in user of a session cookie, or null (none, expired, or the user is disabled). */
export async function viewerFromSession(auth: Auth, headers: Headers): Promise<Viewer | null> {
  const session = await auth.api.getSession({ headers }).catch(() => null);
  const user = session?.user as { id: string; email: string; name: string; role?: unknown; disabled?: unknown } | undefined;
  if (!user || user.disabled === true || !isUserRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, via: 'session' };
}
