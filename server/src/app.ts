import { createServer, type Server } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { config, type Logger, type PrismaClient } from '@benchhub/db';
import { httpPolicy } from '@benchhub/db/http-policy';
import { browserProtectionPlugins, corsFor, guardRequest } from './http/browser-protections';
import { useLimitsContext } from './http/client-address';
import { operationLimitPlugins } from './graphql/limits';
import { RateLimits } from './services/rate-limits.service';
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

  const yoga = createYoga<object, GraphQLContext>({
    schema,
    context: () => context,
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'BenchHub Plus GraphiQL', subscriptionsProtocol: 'SSE' },
    // Served from this server's own files (http/graphiql.ts): nothing is fetched from a CDN.
    renderGraphiQL: renderLocalGraphiQL('/graphql'),
    // Unexpected errors are masked (no internals or secrets leak); domain errors are union members.
    maskedErrors: true,
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

  // CSV/JSON exports of leaderboard views live beside /graphql; everything else is Yoga's.
  const server = createServer((req, res) => {
    if (guardRequest(req, res, policy, settings.MAX_BODY_BYTES)) return;
    void handleGraphiqlAsset(req, res, '/graphql')
      .then(async (handled) => handled || (await options.beforeOperations?.(), handleLeaderboardExportNode(req, res, { db: options.db })))
      .then((handled) => {
        if (!handled) void yoga(req, res);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'request failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal error' }));
      });
  });
  return {
    server,
    runtime,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}
