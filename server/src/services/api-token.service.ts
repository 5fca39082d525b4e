/**
 * API tokens for scripts and the CLI: `bhp_` + 32 random bytes (base64url). Only the SHA-256 of a token is stored
 * (a 256-bit random value needs no slow hash); `prefix` (its first characters) identifies it in lists.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@benchhub/db';
import { NotFoundError, ValidationError } from '../errors';
import { isUserRole, type Viewer } from '../auth/viewer';

export const TOKEN_PREFIX = 'bhp_';
const PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
/** lastUsedAt is written at most this often per token (not on every request). */
const LAST_USED_GRANULARITY_MS = 60_000;

export const hashApiToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export async function createApiToken(db: PrismaClient, userId: string, name: string) {
  const label = name.trim();
  if (!label) throw ValidationError.ofField('A token needs a name', { path: 'name', message: 'Give the token a name, e.g. "ci"' }, 'TOKEN_NAME_REQUIRED');
  if (label.length > 100) throw ValidationError.ofField('The name is too long', { path: 'name', message: 'At most 100 characters' }, 'TOKEN_NAME_TOO_LONG', { max: 100 });
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const apiToken = await db.apiToken.create({ data: { name: label, prefix: token.slice(0, PREFIX_LENGTH), tokenHash: hashApiToken(token), userId } });
  return { token, apiToken };
}

/** The caller behind a token: who, and when the token was last used (written at most once a minute). */
export interface TokenCaller {
  viewer: Viewer;
  lastUsedAt: Date | null;
}

/** The active user behind a token's hash, or null (unknown, revoked, or its user is disabled). */
export async function tokenCallerByHash(db: PrismaClient, tokenHash: string): Promise<TokenCaller | null> {
  const row = await db.apiToken.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!row || row.revokedAt || row.user.disabled || !isUserRole(row.user.role)) return null;
  const viewer: Viewer = { id: row.user.id, email: row.user.email, name: row.user.name, role: row.user.role, via: 'token', tokenId: row.id };
  return { viewer: Object.freeze(viewer), lastUsedAt: row.lastUsedAt };
}

/** Records a use of the caller's token when its lastUsedAt is more than a minute old (not on every request). */
export function noteTokenUse(db: PrismaClient, caller: TokenCaller): void {
  const now = new Date();
  if (caller.lastUsedAt && now.getTime() - caller.lastUsedAt.getTime() <= LAST_USED_GRANULARITY_MS) return;
  caller.lastUsedAt = now;
  void db.apiToken.update({ where: { id: caller.viewer.tokenId! }, data: { lastUsedAt: now } }).catch(() => undefined);
}

/** The active user behind a token, or null (unknown, revoked, or its user is disabled). Uncached: see auth/token-viewers.ts. */
export async function viewerFromApiToken(db: PrismaClient, token: string): Promise<Viewer | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const caller = await tokenCallerByHash(db, hashApiToken(token));
  if (caller) noteTokenUse(db, caller);
  return caller?.viewer ?? null;
}

export async function listApiTokens(db: PrismaClient, options: { userId?: string }) {
  return db.apiToken.findMany({ where: options.userId ? { userId: options.userId } : {}, orderBy: { createdAt: 'desc' } });
}

/** Revokes a token (kept in the list with revokedAt). Only its owner or an admin (`asAdmin`) may. */
export async function revokeApiToken(db: PrismaClient, id: string, viewer: Viewer) {
  const row = await db.apiToken.findUnique({ where: { id } });
  if (!row || (row.userId !== viewer.id && viewer.role !== 'ADMIN')) throw new NotFoundError(`No API token ${id}`, 'ApiToken');
  if (row.revokedAt) return row;
  return db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
}
