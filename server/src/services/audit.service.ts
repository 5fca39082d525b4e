/**
 * The audit log: who did what, when — sign-ins, user and role changes, endpoint changes, imports, quarantines and
 * deletions. Details never hold secrets (keys and header values are reported as "changed", never as values).
 */
import type { PrismaClient, Prisma } from '@benchhub/db';
import type { Viewer } from '../auth/viewer';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.first_admin'
  | 'user.create'
  | 'user.update'
  | 'user.quotas'
  | 'token.create'
  | 'token.revoke'
  | 'endpoint.create'
  | 'endpoint.update'
  | 'endpoint.delete'
  | 'leaderboard.import'
  | 'leaderboard.quarantine'
  | 'leaderboard.unquarantine'
  | 'leaderboard.model_quarantine'
  | 'leaderboard.delete';

export interface AuditInput {
  actor: Pick<Viewer, 'id' | 'email'> | null;
  action: AuditAction;
  target?: string | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
}

export async function recordAudit(db: PrismaClient | Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      action: input.action,
      target: input.target ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
      ip: input.ip ?? null,
    },
  });
}
