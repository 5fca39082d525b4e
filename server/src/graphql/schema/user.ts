import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { USER_ROLES, type UserRole } from '../../auth/viewer';
import { createUser, ForbiddenError } from '../../services/user.service';
import { recordAudit } from '../../services/audit.service';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/api-token.service';
import { authChanged } from '../../auth/token-viewers';
import { audit } from '../audit';

/** Pothos' query for a prisma field, without an empty `select` (a selection of only __typename) that Prisma refuses. */
export function prismaQuery<Q extends { select?: object; include?: object }>(query: Q): Q | Record<string, never> {
  return query.select && Object.keys(query.select).length === 0 ? {} : query;
}

export const UserRoleEnum = builder.enumType('UserRole', {
  description: 'ADMIN: everything (users, imports, quarantine, all endpoints and tasks); MEMBER: evaluates, owns endpoints and tasks; VIEWER: reads.',
  values: USER_ROLES,
});

builder.prismaObject('User', {
  description: 'A person who signs in.',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.field({ type: UserRoleEnum, select: { role: true }, resolve: (u) => u.role as UserRole }),
    disabled: t.exposeBoolean('disabled', { description: 'A disabled user cannot sign in; its sessions and API tokens are refused.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSignInAt: t.expose('lastSignInAt', { type: 'DateTime', nullable: true }),
  }),
});

export interface OidcProviderInfo {
  providerId: string;
  name: string;
}
export interface AuthStatus {
  needsFirstAdmin: boolean;
  passwordSignIn: boolean;
  oidc: OidcProviderInfo | null;
}

const OidcProviderRef = builder.objectRef<OidcProviderInfo>('OidcProvider').implement({
  description: 'The OpenID Connect provider configured for sign-in (POST /api/auth/sign-in/oauth2 with this providerId).',
  fields: (t) => ({ providerId: t.exposeString('providerId'), name: t.exposeString('name', { description: 'Button label.' }) }),
});

export const AuthStatusRef = builder.objectRef<AuthStatus>('AuthStatus').implement({
  description: 'What the sign-in page needs to know (public).',
  fields: (t) => ({
    needsFirstAdmin: t.exposeBoolean('needsFirstAdmin', { description: 'No user exists yet: createFirstAdmin is open.' }),
    passwordSignIn: t.exposeBoolean('passwordSignIn'),
    oidc: t.field({ type: OidcProviderRef, nullable: true, resolve: (s) => s.oidc }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    description: 'The signed-in user (or the owner of the API token).',
    resolve: (query, _root, _args, ctx) => ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id: ctx.viewer!.id } }),
  }),
);

const FirstAdminInput = builder.inputType('CreateFirstAdminInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 8 characters.' }),
  }),
});

builder.mutationField('createFirstAdmin', (t) =>
  t.prismaField({
    type: 'User',
    description: 'Creates the administrator on a database without users (open to anyone only then; FORBIDDEN afterwards). Sign in next with POST /api/auth/sign-in/email.',
    skipTypeScopes: true,
    errors: { types: [ValidationError, ConflictError] },
    args: { input: t.arg({ type: FirstAdminInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      try {
        // Closed once anyone exists, whatever the input (checked again inside the creating transaction).
        if ((await ctx.db.user.count()) > 0) throw new ForbiddenError('The administrator already exists: sign in instead');
        const { user } = await createUser(ctx.db, { ...input, role: 'ADMIN' }, { firstAdmin: true });
        await recordAudit(ctx.db, { actor: { id: user.id, email: user.email }, action: 'auth.first_admin', target: user.email, ip: ctx.ip ?? null }).catch(() => undefined);
        return ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id: user.id } });
      } catch (error) {
        if (error instanceof ForbiddenError) throw new GraphQLError(error.message, { extensions: { code: 'FORBIDDEN' } });
        throw error;
      }
    },
  }),
);

builder.prismaObject('ApiToken', {
  description: 'An API token for scripts (Authorization: Bearer). Only a hash is stored; the token is shown once.',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters, to recognise it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    owner: t.relation('user'),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.prismaField({
    type: ['ApiToken'],
    description: 'Your API tokens; admins may pass all: true for everyone\'s.',
    args: { all: t.arg.boolean({ description: 'Admins only: every user\'s tokens.' }) },
    resolve: async (query, _root, { all }, ctx) => {
      if (all && ctx.viewer!.role !== 'ADMIN') throw new GraphQLError('Only admins may list every token', { extensions: { code: 'FORBIDDEN' } });
      const ids = (await listApiTokens(ctx.db, { userId: all ? undefined : ctx.viewer!.id })).map((row) => row.id);
      return ctx.db.apiToken.findMany({ ...prismaQuery(query), where: { id: { in: ids } }, orderBy: { createdAt: 'desc' } });
    },
  }),
);

const CreateApiTokenResultRef = builder.objectRef<{ token: string; apiTokenId: string }>('CreateApiTokenResult').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The token itself: shown this once, store it now.' }),
    apiToken: t.prismaField({
      type: 'ApiToken',
      resolve: (query, result, _args, ctx) => ctx.db.apiToken.findUniqueOrThrow({ ...prismaQuery(query), where: { id: result.apiTokenId } }),
    }),
  }),
});

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({ name: t.string({ required: true, description: 'What it is for, e.g. "ci".' }) }),
});

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreateApiTokenResultRef,
    description: 'A new API token for the caller (viewers too: they read through scripts).',
    authScopes: { authenticated: true },
    skipTypeScopes: true,
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { token, apiToken } = await createApiToken(ctx.db, ctx.viewer!.id, input.name);
      await audit(ctx, 'token.create', apiToken.prefix, { id: apiToken.id, name: apiToken.name });
      return { token, apiTokenId: apiToken.id };
    },
  }),
  revokeApiToken: t.prismaField({
    type: 'ApiToken',
    description: 'Revokes one of your tokens (admins: anyone\'s); it stops working at once. Idempotent.',
    authScopes: { authenticated: true },
    skipTypeScopes: true,
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const row = await revokeApiToken(ctx.db, String(id), ctx.viewer!);
      // Every server process stops accepting it before this answers.
      await authChanged(ctx.redis, ctx.logger);
      await audit(ctx, 'token.revoke', row.prefix, { id: row.id, name: row.name, owner: row.userId });
      return ctx.db.apiToken.findUniqueOrThrow({ ...prismaQuery(query), where: { id: row.id } });
    },
  }),
}));
