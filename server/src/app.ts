import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createYoga, maskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { ForbiddenError } from './errors';
import { toNodeHandler, fromNodeHeaders } from 'better-auth/node';
import { config, type Logger, type PrismaClient } from '@benchhub/db';
import { httpPolicy } from '@benchhub/db/http-policy';
import { browserProtectionPlugins, corsFor, guardRequest } from './http/browser-protections';
import { useLimitsContext } from './http/client-address';
import { limitSignIn } from './http/sign-in-limit';
import { operationLimitPlugins } from './graphql/limits';
import { RateLimits } from './services/rate-limits.service';
import { createAuth, viewerFromSession, type Auth } from './auth/better-auth';
import { toBetterAuthOidcRoute } from './auth/oidc-routes';
import type { Viewer } from './auth/viewer';
import { TokenViewers } from './auth/token-viewers';
import { schema } from './graphql/schema';
import type { GraphQLContext } from './graphql/context';
import { createRuntime, type Runtime } from './services/runtime';
import { handleLeaderboardExportNode } from './http/leaderboard-export';
import { handleGraphiqlAsset, renderLocalGraphiQL } from './http/graphiql';

export interface AppOptions {
  db: PrismaClient;
  redisUrl: string;
  logger: Logger;
  /** Awaited before any GraphQL operation or export runs (the start-up warm-up; see main.ts). */
  beforeOperations?: () => Promise<void> | undefined;
}

export interface App {
  server: Server;
  runtime: Runtime;
  auth: Auth;
  close(): Promise<void>;
}

/** Builds the HTTP server: GraphQL (with GraphiQL and SSE subscriptions) at /graphql. */
export function createApp(options: AppOptions): App {
  const runtime = createRuntime(options);
  const { close: _close, ...context } = runtime;
  const logger = options.logger;
  const settings = config();
  const policy = httpPolicy(settings);
  const rateLimits = new RateLimits(runtime.redis, settings);
  const auth = createAuth(options.db, settings);
  const authHandler = toNodeHandler(auth);
  // API-token callers are remembered per process and checked against Redis on every request (auth/token-viewers.ts).
  const tokenViewers = TokenViewers.forDatabase(options.db, runtime.redis);

  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse; viewer: Viewer | null }, GraphQLContext>({
    schema,
    context: ({ viewer, req }) => ({ ...context, viewer, ip: policy.clientAddress(req.socket.remoteAddress, headerValue(req.headers['x-forwarded-for'])) }),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'BenchHub Plus GraphiQL', subscriptionsProtocol: 'SSE' },
    // Served from this server's own files (http/graphiql.ts): nothing is fetched from a CDN.
    renderGraphiQL: renderLocalGraphiQL('/graphql'),
    // Unexpected errors are masked (no internals or secrets leak); domain errors are union members.
    // ForbiddenError (ownership refusals from services) becomes extensions.code FORBIDDEN, like the scopes' refusals.
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof ForbiddenError) {
          return new GraphQLError(original.message, { nodes: (error as GraphQLError).nodes, path: (error as GraphQLError).path, extensions: { code: 'FORBIDDEN' } });
        }
        return maskError(error, message, isDev);
      },
    },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')),
    },
    // CORS for the web origins only; CSRF, content types, body limit, GraphiQL's CSP (http/browser-protections.ts).
    cors: corsFor(policy),
    plugins: [
      ...browserProtectionPlugins({ maxBodyBytes: settings.MAX_BODY_BYTES }),
      // Tokens, depth, aliases and cost on every operation; introspection and suggestions (graphql/limits.ts).
      ...operationLimitPlugins({ development: settings.NODE_ENV === 'development' }),
      useLimitsContext(policy, rateLimits),
    ],
  });

  // Public: GraphiQL's static files, /healthz and better-auth's sign-in routes (/api/auth/*). Everything else needs a
  // session cookie or an API token: /export/* and SSE subscriptions answer 401 without one, GraphQL fields
  // UNAUTHENTICATED (builder.ts scopes; `health` and `createFirstAdmin` on an empty database are open).
  const server = createServer((req, res) => {
    if (guardRequest(req, res, policy, settings.MAX_BODY_BYTES)) return;
    void route(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'internal error' }));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (await handleGraphiqlAsset(req, res, '/graphql')) return;
    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(req.method === 'GET' ? '{"ok":true}' : undefined);
      return;
    }
    if (pathname === '/api/auth' || pathname.startsWith('/api/auth/')) {
      // Sign-in attempts are rate-limited per address and per account before better-auth sees them.
      const request = await limitSignIn(req, res, { rateLimits, policy, maxBodyBytes: settings.MAX_BODY_BYTES });
      const routed = request && (await toBetterAuthOidcRoute(request, settings.MAX_BODY_BYTES));
      if (request && !routed) res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end('{"code":"PAYLOAD_TOO_LARGE"}');
      return routed ? authHandler(routed, res) : undefined;
    }
    await options.beforeOperations?.();
    const viewer = await viewerOf(req);
    if (pathname.startsWith('/export/') || isEventStream(req)) {
      if (!viewer) return unauthorized(res);
      if (await handleLeaderboardExportNode(req, res, { db: options.db })) return;
    }
    await yoga(req, res, { viewer });
  }

  async function viewerOf(req: IncomingMessage): Promise<Viewer | null> {
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      // A bearer token that does not check out is anonymous: no fall-back to a cookie.
      const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      return token ? tokenViewers.viewerOf(token) : null;
    }
    if (!req.headers.cookie) return null;
    return viewerFromSession(auth, fromNodeHeaders(req.headers));
  }

  return {
    server,
    runtime,
    auth,
    async close() {
      tokenViewers.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}

/**
 * A request that can only be answered as an event stream (an SSE subscription client). Clients that also accept
 * JSON (urql, graphql-sse's fallbacks) go through Yoga, where anonymous callers still reach `health` and every
 * other field answers UNAUTHENTICATED.
 */
const isEventStream = (req: IncomingMessage): boolean => {
  const accept = (req.headers.accept ?? '').toLowerCase();
  return accept.includes('text/event-stream') && !/application\/(graphql-response\+)?json|\*\/\*/.test(accept);
};

function unauthorized(res: ServerResponse): void {
  res
    .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' })
    .end(JSON.stringify({ errors: [{ message: 'Sign in or send an API token (Authorization: Bearer)', extensions: { code: 'UNAUTHENTICATED' } }] }));
}

const headerValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(',') : value);
