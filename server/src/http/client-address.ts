/**
 * Per-request limits context: the client's address (X-Forwarded-For believed only from TRUST_PROXY peers, see
 * @benchhub/db/http-policy) and the shared rate limiters, added to every GraphQL context by a Yoga plugin.
 */
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { HttpPolicy } from '@benchhub/db/http-policy';
import type { RateLimits } from '../services/rate-limits.service';

export interface LimitsContext {
  clientAddress: string;
  rateLimits: RateLimits;
}

/** The client address of a Node request under the policy. */
export function clientAddressOf(req: IncomingMessage, policy: HttpPolicy): string {
  const forwarded = req.headers['x-forwarded-for'];
  return policy.clientAddress(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded);
}

export function useLimitsContext(policy: HttpPolicy, rateLimits: RateLimits): Plugin<{ req?: IncomingMessage } & Partial<LimitsContext>> {
  return {
    onContextBuilding({ context, extendContext }) {
      const address = context.req ? clientAddressOf(context.req, policy) : 'unknown';
      extendContext({ clientAddress: address, rateLimits } satisfies LimitsContext);
    },
  };
}

/** The limits context of a resolver's context (always present on the API server; absent in bare schema tests). */
export function limitsOf(context: object): LimitsContext | null {
  const candidate = context as Partial<LimitsContext>;
  return candidate.rateLimits && candidate.clientAddress ? (candidate as LimitsContext) : null;
}
