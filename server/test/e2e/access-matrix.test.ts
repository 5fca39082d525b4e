import { createHash } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectOf } from '@benchhub/db';
import { schema } from '../../src/graphql/schema';
import { startStack, type TestStack, type TestUser } from '../support/stack';

/**
 * Who may call what, enumerated from the schema itself: every root field (a field added later is covered without
 * editing this file) is called anonymously, as a viewer and as a member with well-formed dummy arguments, and every
 * HTTP route without credentials. Refusals are UNAUTHENTICATED / FORBIDDEN / 401 and change nothing in the database.
 */
const PUBLIC_QUERIES = new Set(['health']);
/** Open to anonymous callers only while no user exists (FORBIDDEN here: the stack has an admin). */
const FIRST_RUN_MUTATIONS = new Set(['createFirstAdmin']);
/** Mutations any signed-in user may call (a viewer manages its own API tokens). */
const SELF_SERVICE_MUTATIONS = new Set(['createApiToken', 'revokeApiToken']);
/** Admin-only root fields: a member gets FORBIDDEN. */
const ADMIN_QUERIES = new Set(['users', 'auditLog']);
const ADMIN_MUTATIONS = new Set([
  'importLeaderboard',
  'quarantineLeaderboardEntry',
  'unquarantineLeaderboardEntry',
  'setLeaderboardModelQuarantine',
  'deleteLeaderboardEntry',
  'createUser',
  'updateUser',
]);

let stack: TestStack;
let viewer: TestUser;
let member: TestUser;
beforeAll(async () => {
  stack = await startStack({ workers: 0 });
  viewer = await stack.createUser('viewer');
  member = await stack.createUser('member');
}, 90_000);
afterAll(async () => {
  await stack?.stop();
});

function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [dummyValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, dummyValue(f.type)]));
  }
  if (isScalarType(type)) {
    return ({ Int: 1, Float: 1, Boolean: false, DateTime: '2026-01-01T00:00:00Z', JSON: {} } as Record<string, unknown>)[type.name] ?? 'dummy-id';
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

/** `query ($a: T!) { field(a: $a) { __typename } }` with every required argument filled in. */
function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const vars = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind}${vars ? ` (${vars})` : ''} { ${field.name}${call}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, dummyValue(a.type)])),
  };
}

const rootFields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});
const codesOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => (result.errors ?? []).map((e) => e.extensions?.code);

/** Every table's rows, hashed (sign-in bookkeeping aside: token lastUsedAt, sessions; rate-limit state lives in Redis). */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const skip = new Set(['_prisma_migrations', 'ApiToken', 'Session']);
  const tables =
    dialectOf(stack.db) === 'postgresql'
      ? await stack.db.$queryRawUnsafe<Array<{ name: string }>>('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()')
      : await stack.db.$queryRawUnsafe<Array<{ name: string }>>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  const out: Record<string, string> = {};
  for (const { name } of tables.filter((t) => !skip.has(t.name))) {
    const rows = await stack.db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    const lines = rows.map((row) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).sort();
    out[name] = createHash('sha256').update(lines.join('\n')).digest('hex');
  }
  return out;
}

describe('anonymous access matrix (every root field of the schema)', () => {
  it('answers only health; every other query and mutation is UNAUTHENTICATED (createFirstAdmin FORBIDDEN) and changes nothing', async () => {
    const before = await databaseFingerprint();
    const fields = [
      ...rootFields(schema.getQueryType()).map((f) => ['query', f] as const),
      ...rootFields(schema.getMutationType()).map((f) => ['mutation', f] as const),
    ];
    expect(fields.length).toBeGreaterThan(20);
    for (const [kind, field] of fields) {
      const { query, variables } = operationFor(kind, field);
      const result = await stack.anonymousGql(query, variables);
      if (kind === 'query' && PUBLIC_QUERIES.has(field.name)) {
        expect(result.errors, field.name).toBeUndefined();
        continue;
      }
      expect([field.name, codesOf(result)], JSON.stringify(result.errors)).toEqual([field.name, [FIRST_RUN_MUTATIONS.has(field.name) ? 'FORBIDDEN' : 'UNAUTHENTICATED']]);
      expect(result.data?.[field.name as never] ?? null, field.name).toBeNull();
    }
    expect(await databaseFingerprint()).toEqual(before);
  }, 120_000);

  it('refuses every subscription without credentials (401 over SSE, UNAUTHENTICATED otherwise)', async () => {
    for (const field of rootFields(schema.getSubscriptionType())) {
      const { query, variables } = operationFor('subscription', field);
      const sse = await fetch(stack.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query, variables }),
      });
      expect([field.name, sse.status]).toEqual([field.name, 401]);
      await sse.body?.cancel();
      const get = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`, {
        headers: { accept: 'text/event-stream' },
      });
      expect([field.name, get.status]).toEqual([field.name, 401]);
      await get.body?.cancel();
    }
  });

  it('answers 401 on every HTTP route but /healthz, the sign-in routes and GraphiQL\'s static page', async () => {
    const api = new URL(stack.graphqlUrl).origin;
    for (const route of ['/export/leaderboard.csv', '/export/leaderboard.json', '/export/leaderboard.csv?language=KOREAN', '/export/anything']) {
      const response = await fetch(`${api}${route}`);
      expect([route, response.status]).toEqual([route, 401]);
      expect(await response.text()).not.toMatch(/modelName|model_name/);
    }
    expect((await fetch(`${api}/healthz`)).status).toBe(200);
    // The sign-in routes are public by nature; without a session they say so.
    const session = await fetch(`${api}/api/auth/get-session`);
    expect(session.status).toBe(200);
    expect(await session.json()).toBeNull();
  });
});

describe('role matrix (every root field of the schema)', () => {
  it('a viewer reads everything but admin queries, and every mutation but its own tokens is FORBIDDEN, changing nothing', async () => {
    const before = await databaseFingerprint();
    for (const field of rootFields(schema.getQueryType())) {
      const { query, variables } = operationFor('query', field);
      const codes = codesOf(await stack.gql(query, variables, { token: viewer.token }));
      if (ADMIN_QUERIES.has(field.name)) expect([field.name, codes]).toEqual([field.name, ['FORBIDDEN']]);
      else expect([field.name, codes.filter((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')]).toEqual([field.name, []]);
    }
    for (const field of rootFields(schema.getMutationType())) {
      if (SELF_SERVICE_MUTATIONS.has(field.name)) continue;
      const { query, variables } = operationFor('mutation', field);
      const codes = codesOf(await stack.gql(query, variables, { token: viewer.token }));
      expect([field.name, codes]).toEqual([field.name, ['FORBIDDEN']]);
    }
    expect(await databaseFingerprint()).toEqual(before);
  }, 120_000);

  it('a member gets FORBIDDEN on every admin field, changing nothing', async () => {
    const before = await databaseFingerprint();
    const admin = [
      ...rootFields(schema.getQueryType()).filter((f) => ADMIN_QUERIES.has(f.name)).map((f) => ['query', f] as const),
      ...rootFields(schema.getMutationType()).filter((f) => ADMIN_MUTATIONS.has(f.name)).map((f) => ['mutation', f] as const),
    ];
    expect(admin.length).toBeGreaterThanOrEqual(5);
    for (const [kind, field] of admin) {
      const { query, variables } = operationFor(kind, field);
      expect([field.name, codesOf(await stack.gql(query, variables, { token: member.token }))]).toEqual([field.name, ['FORBIDDEN']]);
    }
    expect(await databaseFingerprint()).toEqual(before);
  }, 120_000);
});
