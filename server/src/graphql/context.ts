import type { Runtime } from '../services/runtime';

/** Everything a resolver may use; created once per server and shared by requests. */
export type GraphQLContext = Omit<Runtime, 'close'>;
