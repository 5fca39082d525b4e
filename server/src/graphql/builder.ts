import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type PrismaTypes from '@benchhub/db/generated/pothos-types';
import { getDatamodel } from '@benchhub/db/generated/pothos-types';
import { db } from '../db';
import type { GraphQLContext } from './context';

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: GraphQLContext;
  /** authenticated: any signed-in user or API token; member: MEMBER or ADMIN (may write); admin: ADMIN. */
  AuthScopes: { authenticated: boolean; member: boolean; admin: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Scope auth first: no other plugin's wrapper (errors, prisma) runs before a refused call is refused.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      // A context without a viewer (undefined as well as null) is anonymous: no caller is trusted by omission.
      authenticated: Boolean(ctx.viewer),
      member: ctx.viewer?.role === 'ADMIN' || ctx.viewer?.role === 'MEMBER',
      admin: ctx.viewer?.role === 'ADMIN',
    }),
    // Anonymous callers are told to authenticate; known callers whose role may not are FORBIDDEN.
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new GraphQLError('Your role may not do this', { extensions: { code: 'FORBIDDEN' } })
        : new GraphQLError('Sign in or send an API token (Authorization: Bearer)', { extensions: { code: 'UNAUTHENTICATED' } }),
  },
  defaultFieldNullability: false,
  prisma: { client: db, dmmf: getDatamodel(), filterConnectionTotalCount: true },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
  errors: { defaultTypes: [] },
});

// Every root field requires a caller; mutations a member (viewers only read). Fields that differ say so
// (health and createFirstAdmin: skipTypeScopes; admin-only fields: authScopes { admin: true }).
builder.queryType({ authScopes: { authenticated: true } });
builder.mutationType({ authScopes: { member: true } });
builder.subscriptionType({ authScopes: { authenticated: true } });

builder.scalarType('DateTime', {
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 string');
    return date;
  },
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
