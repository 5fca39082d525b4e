import { createHash } from 'node:crypto';
import type { PrismaClient } from '@benchhub/db';
import type { ModelReply, RenderedPrompt } from './model-caller';

/** Key: (base URL, model id, generation parameters) identity + hash of the rendered prompt. */
export function responseCacheKey(cacheIdentity: string, prompt: RenderedPrompt): string {
  const promptHash = createHash('sha256').update(prompt.system).update('\u0000').update(prompt.user).digest('hex');
  return createHash('sha256').update(cacheIdentity).update('\u0000').update(promptHash).digest('hex');
}

export class ResponseCache {
  constructor(private readonly db: PrismaClient) {}

  async get(key: string): Promise<ModelReply | null> {
    const row = await this.db.responseCache.findUnique({ where: { key } });
    return row ? { output: row.output, tokensIn: row.tokensIn, tokensOut: row.tokensOut } : null;
  }

  async put(key: string, reply: ModelReply): Promise<void> {
    await this.db.responseCache.upsert({
      where: { key },
      create: { key, output: reply.output, tokensIn: reply.tokensIn, tokensOut: reply.tokensOut },
      update: {},
    });
  }
}
