import type { Runtime } from '../services/runtime';
import type { Viewer } from '../auth/viewer';

/** Everything a resolver may use: the shared connections plus, per request, who is calling (null: anonymous). */
export type GraphQLContext = Omit<Runtime, 'close'> & {
  viewer: Viewer | null;
  /** The caller's address (for the audit log), when known. */
  ip?: string | null;
};
