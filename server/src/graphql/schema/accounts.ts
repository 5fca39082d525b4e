/** Admin views of accounts (users, the audit log) and ownership on endpoints and tasks. */
import { builder } from '../builder';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { createUser, updateUser } from '../../services/user.service';
import { audit } from '../audit';
import { authChanged } from '../../auth/token-viewers';
import { prismaQuery, UserRoleEnum } from './user';

builder.prismaObjectField('ModelEndpoint', 'owner', (t) =>
  t.relation('owner', { nullable: true, description: 'Who created it (null for the built-in baselines).' }),
);
builder.prismaObjectField('ModelEndpoint', 'shared', (t) =>
  t.exposeBoolean('shared', { description: 'Usable by every member (who never sees its key, headers or URL credentials); only the owner or an admin edits it.' }),
);
builder.prismaObjectField('EvaluationTask', 'owner', (t) => t.relation('owner', { nullable: true, description: 'Who asked for it.' }));

builder.queryField('users', (t) =>
  t.prismaField({
    type: ['User'],
    description: 'Admin: every user.',
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => ctx.db.user.findMany({ ...prismaQuery(query), orderBy: { createdAt: 'asc' } }),
  }),
);

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({ type: UserRoleEnum, required: true }),
    password: t.string({ description: 'Omit to generate a one-time password (returned once as initialPassword).' }),
  }),
});

const CreateUserResultRef = builder.objectRef<{ userId: string; initialPassword: string | null }>('CreateUserResult').implement({
  fields: (t) => ({
    user: t.prismaField({ type: 'User', resolve: (query, r, _args, ctx) => ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id: r.userId } }) }),
    initialPassword: t.exposeString('initialPassword', { nullable: true, description: 'The generated password when none was given: shown this once.' }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    role: t.field({ type: UserRoleEnum }),
    disabled: t.boolean({ description: 'A disabled user cannot sign in; its sessions end and its API tokens are refused.' }),
    name: t.string(),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: CreateUserResultRef,
    description: 'Admin: invites a user with a role (password given, or generated and shown once).',
    authScopes: { admin: true },
    errors: { types: [ValidationError, ConflictError] },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, initialPassword } = await createUser(ctx.db, { ...input, password: input.password ?? null });
      await audit(ctx, 'user.create', user.email, { id: user.id, role: user.role });
      return { userId: user.id, initialPassword };
    },
  }),
  updateUser: t.prismaField({
    type: 'User',
    description: 'Admin: changes a role, a name, or disables/enables a user. The last active admin cannot be demoted or disabled (LAST_ADMIN).',
    authScopes: { admin: true },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { before, after } = await updateUser(ctx.db, { id: String(input.id), role: input.role, disabled: input.disabled, name: input.name });
      // The user's API tokens carry the new role (or stop working) on every server process before this answers.
      await authChanged(ctx.redis, ctx.logger);
      const changes = Object.fromEntries(
        (['role', 'disabled', 'name'] as const).filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }]),
      );
      await audit(ctx, 'user.update', after.email, { id: after.id, ...changes });
      return ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id: after.id } });
    },
  }),
}));

builder.prismaObject('AuditEvent', {
  description: 'Who did what, when.',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.relation('actor', { nullable: true, description: 'null for the system or an anonymous caller (or a deleted user: see actorEmail).' }),
    actorEmail: t.exposeString('actorEmail', { nullable: true }),
    action: t.exposeString('action', { description: 'e.g. auth.sign_in, user.update, endpoint.update, leaderboard.import, leaderboard.quarantine, leaderboard.delete.' }),
    target: t.exposeString('target', { nullable: true }),
    details: t.exposeString('details', { nullable: true, description: 'JSON object with the change (never secrets).' }),
    ip: t.exposeString('ip', { nullable: true }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: 'AuditEvent',
    cursor: 'id',
    description: 'Admin: the audit log, newest first; optionally one action.',
    authScopes: { admin: true },
    args: { action: t.arg.string() },
    resolve: (query, _root, { action }, ctx) =>
      ctx.db.auditEvent.findMany({ ...query, where: action ? { action } : {}, orderBy: [{ at: 'desc' }, { id: 'desc' }] }),
  }),
);
