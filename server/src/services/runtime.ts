import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { reportConnectionErrors, type Logger, type PrismaClient } from '@benchhub/db';
import { EvaluationQueue } from './evaluation-queue';

/** The connections services need, shared by the GraphQL server and the CLI. */
export interface Runtime {
  db: PrismaClient;
  redis: Redis;
  pubsub: RedisPubSub;
  queue: EvaluationQueue;
  logger: Logger;
  close(): Promise<void>;
}

export function createRuntime(options: { db: PrismaClient; redisUrl: string; logger: Logger }): Runtime {
  // Fail fast instead of queueing commands forever when Redis is down (health reports it).
  const redisOptions = { maxRetriesPerRequest: 2, enableOfflineQueue: true, connectTimeout: 2000 };
  const redis = new Redis(options.redisUrl, redisOptions);
  const pubsub = new RedisPubSub({
    publisher: new Redis(options.redisUrl, redisOptions),
    subscriber: new Redis(options.redisUrl, redisOptions),
  });
  const queue = new EvaluationQueue(options.redisUrl);
  const connections = { commands: redis, publisher: pubsub.getPublisher(), subscriber: pubsub.getSubscriber(), queue: queue.connection };
  for (const [name, connection] of Object.entries(connections)) reportConnectionErrors(connection, options.logger, `redis (${name})`);
  return {
    db: options.db,
    redis,
    pubsub,
    queue,
    logger: options.logger,
    async close() {
      await Promise.allSettled([queue.close(), pubsub.close(), redis.quit()]);
    },
  };
}
