import type { BenchmarkItem } from '@benchhub/core/benchmark';

export interface RenderedPrompt {
  system: string;
  user: string;
}

export interface ModelReply {
  output: string;
  tokensIn: number | null;
  tokensOut: number | null;
}

/** Something that answers a rendered prompt: an OpenAI-compatible endpoint or a built-in baseline. */
export interface ModelCaller {
  /** Stable identity for the response cache; null means never cache (baselines are free to recompute). */
  readonly cacheIdentity: string | null;
  call(prompt: RenderedPrompt, item: BenchmarkItem, signal: AbortSignal): Promise<ModelReply>;
}

/** A request failed after the caller's own retries; recorded on the sample, never thrown past the run. */
export class ModelCallError extends Error {
  override name = 'ModelCallError';
  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}
