/**
 * What the signed-in user's role lets the web app offer. The server is the authority (every resolver checks its
 * own scopes); these rules only hide controls a role could not use, so nobody is shown a button that fails.
 */

export const ROLES = ['ADMIN', 'MEMBER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Something that may belong to a user (an endpoint, a task). `owner` is null for rows made by the system. */
export interface Owned {
  owner?: { id: string } | null;
}

export type Capability =
  /** Start evaluations (createEvaluation). */
  | 'evaluate'
  /** Add model endpoints (and edit or delete one's own). */
  | 'addEndpoints'
  /** Users page, audit log, imports, quarantine, deleting leaderboard entries, every endpoint and task. */
  | 'administer';

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  ADMIN: ['evaluate', 'addEndpoints', 'administer'],
  MEMBER: ['evaluate', 'addEndpoints'],
  VIEWER: [],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(user: Pick<SessionUser, 'role'> | null | undefined, capability: Capability): boolean {
  return !!user && CAPABILITIES[user.role].includes(capability);
}

/** The user owns `item` (false for unowned rows and for anonymous callers). */
export function owns(user: Pick<SessionUser, 'id'> | null | undefined, item: Owned): boolean {
  return !!user && !!item.owner && item.owner.id === user.id;
}

/** Only an endpoint's owner or an admin may update or delete it; baselines are built in and never editable. */
export function canEditEndpoint(user: Pick<SessionUser, 'id' | 'role'> | null | undefined, endpoint: Owned & { isBaseline?: boolean }): boolean {
  if (!user || endpoint.isBaseline) return false;
  if (can(user, 'administer')) return true;
  return can(user, 'addEndpoints') && owns(user, endpoint);
}

/** Hold, resume, cancel and retry: the task's owner (a member) or an admin. */
export function canControlTask(user: Pick<SessionUser, 'id' | 'role'> | null | undefined, task: Owned): boolean {
  if (!user) return false;
  if (can(user, 'administer')) return true;
  return can(user, 'evaluate') && owns(user, task);
}
