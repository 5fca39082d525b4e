/**
 * Users: created by an admin (GraphQL), by `benchhub user add`, or as the first administrator on an empty database.
 * Passwords are hashed with better-auth's scrypt (memory-hard) and stored on a "credential" account, exactly as
 * better-auth's own sign-up does, so POST /api/auth/sign-in/email accepts them.
 */
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@benchhub/db';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../errors';
import { isUserRole, type UserRole } from '../auth/viewer';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export { ForbiddenError };

export interface CreateUserInput {
  email: string;
  name?: string | null;
  role: string;
  /** When absent a one-time password is generated and returned. */
  password?: string | null;
}

function validate(input: CreateUserInput): { email: string; name: string; role: UserRole } {
  const issues: FieldIssue[] = [];
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) issues.push({ path: 'email', message: 'Give an e-mail address, e.g. ada@example.org', code: 'EMAIL_INVALID' });
  const role = input.role.trim().toUpperCase();
  if (!isUserRole(role)) issues.push({ path: 'role', message: 'Role must be admin, member or viewer', code: 'ROLE_INVALID' });
  if (input.password != null) {
    if (input.password.length < MIN_PASSWORD_LENGTH) issues.push({ path: 'password', message: `At least ${MIN_PASSWORD_LENGTH} characters`, code: 'TOO_SHORT', params: { min: MIN_PASSWORD_LENGTH } });
    if (input.password.length > MAX_PASSWORD_LENGTH) issues.push({ path: 'password', message: `At most ${MAX_PASSWORD_LENGTH} characters`, code: 'TOO_LONG', params: { max: MAX_PASSWORD_LENGTH } });
  }
  const name = (input.name ?? '').trim() || email.split('@')[0]!;
  if (name.length > 200) issues.push({ path: 'name', message: 'At most 200 characters', code: 'TOO_LONG', params: { max: 200 } });
  if (issues.length) throw new ValidationError(`Invalid user: ${issues.map((i) => i.message).join('; ')}`, issues);
  return { email, name, role: role as UserRole };
}

export const userCount = (db: PrismaClient): Promise<number> => db.user.count();

/**
 * Creates a user with a password. `firstAdmin`: only while the database has no user at all (else FORBIDDEN).
 * The first admin becomes the owner of endpoints and tasks created before accounts existed.
 */
export async function createUser(db: PrismaClient, input: CreateUserInput, options: { firstAdmin?: boolean } = {}) {
  const valid = validate(input);
  const initialPassword = input.password == null ? randomBytes(12).toString('base64url') : null;
  const { hashPassword } = await import('better-auth/crypto');
  const hash = await hashPassword(input.password ?? initialPassword!);
  const user = await db.$transaction(async (tx) => {
    if (options.firstAdmin && (await tx.user.count()) > 0) throw new ForbiddenError('The administrator already exists: sign in instead');
    if (await tx.user.findUnique({ where: { email: valid.email } })) throw new ConflictError(`A user with e-mail ${valid.email} already exists`, { code: 'USER_EMAIL_TAKEN', params: { email: valid.email } });
    const created = await tx.user.create({ data: { email: valid.email, name: valid.name, role: valid.role } });
    await tx.account.create({ data: { userId: created.id, accountId: created.id, providerId: 'credential', password: hash } });
    if (valid.role === 'ADMIN' && (await tx.user.count({ where: { role: 'ADMIN' } })) === 1) {
      // Rows from before accounts existed belong to the first administrator (baselines stay ownerless).
      await tx.modelEndpoint.updateMany({ where: { ownerId: null, kind: { not: 'BASELINE' } }, data: { ownerId: created.id } });
      await tx.evaluationTask.updateMany({ where: { ownerId: null }, data: { ownerId: created.id } });
    }
    return created;
  });
  return { user, initialPassword };
}

export async function findUserByEmail(db: PrismaClient, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

/** Public sign-in facts for the web app (health.auth). OIDC joins when configured (see auth/better-auth.ts). */
export async function authStatus(
  db: PrismaClient,
  oidc: { providerId: string; name: string } | null = null,
): Promise<{ needsFirstAdmin: boolean; passwordSignIn: boolean; oidc: { providerId: string; name: string } | null }> {
  return { needsFirstAdmin: (await db.user.count()) === 0, passwordSignIn: true, oidc };
}

export interface UpdateUserInput {
  id: string;
  role?: string | null;
  disabled?: boolean | null;
  name?: string | null;
}

/**
 * Changes a user's role, name or disabled flag. The last active admin can be neither demoted nor disabled
 * (ValidationError LAST_ADMIN). Disabling ends the user's sessions (its API tokens are refused while disabled).
 */
export async function updateUser(db: PrismaClient, input: UpdateUserInput) {
  const role = input.role == null ? undefined : input.role.trim().toUpperCase();
  if (role !== undefined && !isUserRole(role)) throw new ValidationError('Role must be admin, member or viewer', [{ path: 'role', message: 'admin, member or viewer', code: 'ROLE_INVALID' }]);
  const name = input.name == null ? undefined : input.name.trim();
  if (name !== undefined && (name.length === 0 || name.length > 200)) throw new ValidationError('A name is 1 to 200 characters', [{ path: 'name', message: '1 to 200 characters', code: 'LENGTH_OUT_OF_RANGE', params: { min: 1, max: 200 } }]);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError(`No user ${input.id}`, 'User');
    const nextRole = role ?? before.role;
    const nextDisabled = input.disabled ?? before.disabled;
    if (before.role === 'ADMIN' && !before.disabled && (nextRole !== 'ADMIN' || nextDisabled)) {
      const otherAdmins = await tx.user.count({ where: { role: 'ADMIN', disabled: false, id: { not: before.id } } });
      if (otherAdmins === 0) {
        const path = nextRole !== 'ADMIN' ? 'role' : 'disabled';
        throw new ValidationError('The last active admin cannot be demoted or disabled: make another user admin first', [{ path, message: 'last active admin' }], 'LAST_ADMIN');
      }
    }
    const after = await tx.user.update({ where: { id: before.id }, data: { role: nextRole, disabled: nextDisabled, ...(name !== undefined ? { name } : {}) } });
    if (nextDisabled && !before.disabled) await tx.session.deleteMany({ where: { userId: before.id } });
    return { before, after };
  });
}
