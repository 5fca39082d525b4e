import type { GraphQLContext } from './context';
import { recordAudit, type AuditAction } from '../services/audit.service';

/** Records an audit event for the caller of this request; a failure is logged, never undoes the operation. */
export async function audit(ctx: GraphQLContext, action: AuditAction, target: string | null, details?: Record<string, unknown>): Promise<void> {
  await recordAudit(ctx.db, { actor: ctx.viewer, action, target, details, ip: ctx.ip ?? null }).catch((error: unknown) =>
    ctx.logger?.warn({ err: error, action, target }, 'audit event not recorded'),
  );
}
