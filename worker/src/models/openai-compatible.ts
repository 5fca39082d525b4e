import OpenAI from 'openai';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { createEgressFetch, EgressError } from '@benchhub/db/egress';
import { redactSecrets } from '@benchhub/db/secrets';
import { ModelCallError, type ModelCaller, type ModelReply, type RenderedPrompt } from './model-caller';

export interface EndpointParams {
  temperature?: number;
  maxTokens?: number;
  timeoutMs?: number;
  extraHeaders?: Record<string, string>;
  /** Retries on 429, 5xx, timeouts and connection errors (exponential backoff with jitter, honours Retry-After). */
  maxRetries?: number;
}

export interface OpenAiEndpoint {
  baseUrl: string;
  modelId: string;
  apiKey: string | null;
  params: EndpointParams;
}

/**
 * Per request (each retry has its own). A chat answer to a benchmark question normally arrives in
 * seconds; a hung endpoint should free its slot soon. Raise `timeoutMs` on an endpoint for slow
 * local or reasoning models (up to 600 s).
 */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 4;

/**
 * One socket pool per worker process, shared by every endpoint (their limits bound concurrency, see endpoint-limiter.ts).
 * Every connection obeys the egress policy; replies over 1 MiB and redirects to another origin
 * (which would carry the key and headers elsewhere) are refused.
 */
const keepAliveFetch = createEgressFetch({ crossOrigin: 'refuse' });

/** Any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp server, LM Studio). */
export class OpenAiCompatibleCaller implements ModelCaller {
  readonly cacheIdentity: string;
  private readonly client: OpenAI;
  /** The key and header values: removed from anything the provider sends back (errors echo them). */
  private readonly secrets: string[];

  /** `fetchImpl` is for the start-up warm-up only, which answers locally; calls use the socket pool. */
  constructor(
    private readonly endpoint: OpenAiEndpoint,
    fetchImpl: typeof fetch = keepAliveFetch,
  ) {
    const { temperature = 0, maxTokens = null, extraHeaders = {} } = endpoint.params;
    this.secrets = [endpoint.apiKey, ...Object.values(extraHeaders)].filter((value): value is string => Boolean(value));
    // The cache identity holds what changes the answer: never the API key.
    this.cacheIdentity = JSON.stringify([endpoint.baseUrl, endpoint.modelId, temperature, maxTokens]);
    // Retries are ours (callWithRetries): the client's own waits do not stop when the run is cancelled.
    this.client = new OpenAI({
      baseURL: endpoint.baseUrl,
      apiKey: endpoint.apiKey ?? 'not-needed',
      timeout: endpoint.params.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: 0,
      defaultHeaders: extraHeaders,
      fetch: fetchImpl,
      // Its debug log (OPENAI_LOG) prints request and response details; errors are reported by the run.
      logLevel: 'off',
    });
  }

  async call(prompt: RenderedPrompt, _item: BenchmarkItem, signal: AbortSignal): Promise<ModelReply> {
    // The client never removes the listener it adds to the signal it is given; a run-wide signal
    // would collect one per request (thousands per run). A per-call signal, unlinked after, does not.
    if (signal.aborted) throw new ModelCallError('Request cancelled', false);
    const callAbort = new AbortController();
    const forwardAbort = () => callAbort.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });
    try {
      return await this.callWithRetries(prompt, callAbort.signal);
    } catch (error) {
      const failure = toModelCallError(error);
      throw this.secrets.length ? new ModelCallError(redactSecrets(failure.message, this.secrets), failure.retryable) : failure;
    } finally {
      signal.removeEventListener('abort', forwardAbort);
    }
  }

  /**
   * Retries here, not in the client (its Retry-After and backoff sleeps cannot be interrupted: a
   * cancelled run would hold its slot for the whole wait): 408/409/429/5xx, timeouts, connection
   * errors and an HTTP 200 whose body is not a completion (garbage, cut off, no choices), with
   * backoff and jitter or the server's Retry-After. Every wait ends at once when `signal` aborts.
   */
  private async callWithRetries(prompt: RenderedPrompt, signal: AbortSignal): Promise<ModelReply> {
    const maxRetries = this.endpoint.params.maxRetries ?? DEFAULT_MAX_RETRIES;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.requestOnce(prompt, signal);
      } catch (error) {
        const delay = attempt < maxRetries && !signal.aborted ? retryDelayMs(error, attempt) : null;
        if (delay === null) throw error;
        if (!(await abortableSleep(delay, signal))) throw new ModelCallError('Request cancelled', false);
      }
    }
  }

  private async requestOnce(prompt: RenderedPrompt, signal: AbortSignal): Promise<ModelReply> {
    const { temperature = 0, maxTokens } = this.endpoint.params;
    const completion = await this.client.chat.completions.create(
      {
        model: this.endpoint.modelId,
        messages: [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
        temperature,
        ...(maxTokens ? { max_tokens: maxTokens } : {}),
      },
      { signal },
    );
    const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
    if (!choice?.message) throw new BadBodyError('HTTP 200 without a completion (no choices)');
    const content = choice.message.content ?? '';
    return {
      output: this.secrets.length ? redactSecrets(content, this.secrets) : content,
      tokensIn: completion.usage?.prompt_tokens ?? null,
      tokensOut: completion.usage?.completion_tokens ?? null,
    };
  }
}

/** Longest Retry-After honoured; a longer (or unreadable) one falls back to the backoff, as the openai client did. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Exponential backoff from 0.5 s to 8 s with jitter (the openai client's schedule). */
const backoffMs = (attempt: number) => Math.min(8000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.25);

/** The wait before retrying `error` (null: not retryable). */
export function retryDelayMs(error: unknown, attempt: number): number | null {
  if (isBadBody(error)) return backoffMs(attempt);
  if (error instanceof OpenAI.APIUserAbortError) return null;
  // Timeouts and connection errors, except those the egress policy caused (not retryable).
  if (error instanceof OpenAI.APIConnectionError) return error.cause instanceof EgressError ? null : backoffMs(attempt);
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return null;
  const header = (name: string) => (error.headers instanceof Headers ? error.headers.get(name) : null);
  const shouldRetry = header('x-should-retry');
  if (shouldRetry === 'false') return null;
  if (shouldRetry !== 'true' && ![408, 409, 429].includes(error.status) && error.status < 500) return null;
  const asked = retryAfterMs(header('retry-after-ms'), header('retry-after'));
  return asked !== null && asked >= 0 && asked <= MAX_RETRY_AFTER_MS ? asked : backoffMs(attempt);
}

/** `retry-after-ms` (milliseconds), else `Retry-After` (seconds or an HTTP date). */
function retryAfterMs(milliseconds: string | null, retryAfter: string | null): number | null {
  const ms = milliseconds === null ? NaN : Number.parseFloat(milliseconds);
  if (!Number.isNaN(ms)) return ms;
  if (retryAfter === null) return null;
  const seconds = Number.parseFloat(retryAfter);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : date - Date.now();
}

/** Waits `ms`; false (at once) if `signal` aborts first. */
function abortableSleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A 200 answer that is not a chat completion. */
class BadBodyError extends ModelCallError {
  constructor(message: string) {
    super(message, true);
  }
}

/** The body of a 200 could not be read as a completion (invalid JSON, cut-off stream, missing choices). */
function isBadBody(error: unknown): boolean {
  return error instanceof BadBodyError || error instanceof SyntaxError;
}

function toModelCallError(error: unknown): ModelCallError {
  if (error instanceof ModelCallError) return error;
  if (error instanceof SyntaxError) return new ModelCallError(`HTTP 200 with a body that is not JSON: ${error.message.slice(0, 200)}`, true);
  // Refused by the egress policy (at connect time, on a redirect, or an oversized reply): not retryable.
  const egress = error instanceof EgressError ? error : error instanceof Error && error.cause instanceof EgressError ? error.cause : null;
  if (egress) return new ModelCallError(`${egress.code}: ${egress.message}`, false);
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new ModelCallError('Request timed out', true);
  if (error instanceof OpenAI.APIUserAbortError) return new ModelCallError('Request cancelled', false);
  if (error instanceof OpenAI.APIConnectionError) return new ModelCallError(`Connection error: ${error.message}`, true);
  if (error instanceof OpenAI.APIError) {
    // Keep the message short: provider errors can echo request details.
    const retryable = error.status === 429 || (error.status ?? 0) >= 500;
    return new ModelCallError(`HTTP ${error.status ?? '?'}: ${String(error.message).slice(0, 300)}`, retryable);
  }
  return new ModelCallError(error instanceof Error ? error.message : String(error), false);
}
