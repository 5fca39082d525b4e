import { hash } from 'node:crypto';
import { insertCachedResponses, type PrismaClient } from '@benchhub/db';
import type { ModelReply, RenderedPrompt } from './model-caller';

/** Key: (base URL, model id, generation parameters) identity + hash of the rendered prompt. */
export function responseCacheKey(cacheIdentity: string, prompt: RenderedPrompt): string {
  // One-shot hashes: the same digests as hashing the parts in turn, at a fraction of the cost per sample.
  const promptHash = hash('sha256', `${prompt.system}\u0000${prompt.user}`, 'hex');
  return hash('sha256', `${cacheIdentity}\u0000${promptHash}`, 'hex');
}

const CHUNK = 500;

/** Model responses stored in the database, read in bulk before a run and written with its samples. */
export class ResponseCache {
  constructor(private readonly db: PrismaClient) {}

  async getMany(keys: string[]): Promise<Map<string, ModelReply>> {
    const found = new Map<string, ModelReply>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await this.db.responseCache.findMany({ where: { key: { in: keys.slice(i, i + CHUNK) } } });
      for (const row of rows) found.set(row.key, { output: row.output, tokensIn: row.tokensIn, tokensOut: row.tokensOut });
    }
    return found;
  }

  async putMany(entries: Array<{ key: string; reply: ModelReply }>): Promise<void> {
    await insertCachedResponses(
      this.db,
      entries.map(({ key, reply }) => ({ key, output: reply.output, tokensIn: reply.tokensIn, tokensOut: reply.tokensOut })),
    );
  }
}
