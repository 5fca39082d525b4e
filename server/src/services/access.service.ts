/**
 * Who may do what with endpoints and tasks (roles and ownership). The GraphQL scopes (builder.ts) decide by role;
 * these rules add ownership: only an endpoint's owner or an admin edits it; members use their own, shared and
 * built-in endpoints; only a task's owner or an admin controls it. Refusals are ForbiddenError (FORBIDDEN).
 */
import type { PrismaClient, Prisma } from '@benchhub/db';
import { ForbiddenError } from '../errors';
import type { Viewer } from '../auth/viewer';

/** Endpoints a caller may see and use: admins all; others the built-ins, their own and the shared ones. */
export function usableEndpointsWhere(viewer: Viewer): Prisma.ModelEndpointWhereInput {
  if (viewer.role === 'ADMIN') return {};
  return { OR: [{ kind: 'BASELINE' }, { ownerId: viewer.id }, { shared: true }] };
}

export const ownsOrAdmin = (viewer: Viewer, row: { ownerId: string | null }): boolean => viewer.role === 'ADMIN' || (row.ownerId !== null && row.ownerId === viewer.id);

export function assertCanEditEndpoint(viewer: Viewer, endpoint: { name: string; ownerId: string | null }): void {
  if (!ownsOrAdmin(viewer, endpoint)) throw new ForbiddenError(`Only the owner of "${endpoint.name}" or an admin may change it`, { params: { reason: 'ENDPOINT_NOT_OWNED', name: endpoint.name } });
}

export function assertCanControlTask(viewer: Viewer, task: { id: string; ownerId: string | null }): void {
  if (!ownsOrAdmin(viewer, task)) throw new ForbiddenError(`Only the owner of task ${task.id} or an admin may control it`, { params: { reason: 'TASK_NOT_OWNED', taskId: task.id } });
}

/** Refuses (before anything is written) models the caller may not use: another member's endpoint that is not shared. */
export async function assertEndpointsUsable(db: PrismaClient, viewer: Viewer, names: Array<string | null | undefined>): Promise<void> {
  const wanted = [...new Set(names.map((n) => n?.trim()).filter((n): n is string => Boolean(n)))];
  if (wanted.length === 0 || viewer.role === 'ADMIN') return;
  const found = await db.modelEndpoint.findMany({ where: { name: { in: wanted } }, select: { name: true, kind: true, ownerId: true, shared: true } });
  const refused = found.filter((e) => e.kind !== 'BASELINE' && !e.shared && e.ownerId !== viewer.id);
  if (refused.length) {
    throw new ForbiddenError(`You may not use ${refused.map((e) => `"${e.name}"`).join(', ')}: another member's endpoint that is not shared with the team`);
  }
}

/** A base URL as non-owners see it: no user-info, query or fragment (where credentials could hide). */
export function publicBaseUrl(baseUrl: string | null): string | null {
  if (!baseUrl) return baseUrl;
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
