/**
 * Sign-in sessions with better-auth (email + password hashed with scrypt; sessions in HTTP-only SameSite=Lax
 * cookies), mounted at /api/auth/* on the API server. Users are created by admins or the CLI, never by sign-up.
 */
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { derivedKey, providerOf, type Config, type PrismaClient } from '@benchhub/db';
import { isUserRole, type Viewer } from './viewer';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../services/user.service';
import { recordAudit } from '../services/audit.service';

/** The web origins browsers use (WEB_ORIGIN, default localhost and 127.0.0.1 on WEB_PORT). */
export function webOrigins(config: Pick<Config, 'WEB_ORIGIN' | 'WEB_PORT'>): string[] {
  return config.WEB_ORIGIN ?? [`http://localhost:${config.WEB_PORT}`, `http://127.0.0.1:${config.WEB_PORT}`];
}

export function createAuth(db: PrismaClient, config: Pick<Config, 'WEB_ORIGIN' | 'WEB_PORT' | 'PORT' | 'DATABASE_URL'>) {
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
    databaseHooks: {
      session: {
        create: {
          // A disabled user gets no session; a successful sign-in is recorded on the user.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            return user && !user.disabled ? undefined : false;
          },
          after: async (session) => {
            const user = await db.user.update({ where: { id: session.userId }, data: { lastSignInAt: new Date() } });
            await recordAudit(db, { actor: user, action: 'auth.sign_in', target: user.email, ip: session.ipAddress ?? null }).catch(() => undefined);
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
