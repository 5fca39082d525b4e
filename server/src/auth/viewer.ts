/** Who is calling: resolved once per request (session cookie or API token) and carried in the GraphQL context. */
export const USER_ROLES = ['ADMIN', 'MEMBER', 'VIEWER'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** How the caller proved who it is. */
  via: 'session' | 'token';
  /** The API token used, when via is 'token'. */
  tokenId?: string;
}

export const isUserRole = (value: unknown): value is UserRole => typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);

/** Members and admins may create evaluations and endpoints; viewers only read. */
export const canWrite = (viewer: Viewer | null | undefined): boolean => viewer?.role === 'ADMIN' || viewer?.role === 'MEMBER';
export const isAdmin = (viewer: Viewer | null | undefined): boolean => viewer?.role === 'ADMIN';
