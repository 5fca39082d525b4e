import {
  buildPlannerMessages,
  fallbackPlan,
  parseLlmPlan,
  planFromQuery,
  validateQuery,
  type EvaluationPlan,
} from '@benchhub/core/planner';
// Config and logger by subpath: the package index loads the Prisma client, which the `plan` command must not.
import { config } from '@benchhub/db/config';
import type { Logger } from '@benchhub/db/logger';
import { ValidationError } from '../errors';

export interface LlmPlannerConfig {
  baseUrl: string;
  apiKey: string | null;
  model: string;
  timeoutMs: number;
}

/** The LLM planner is used when PLANNER_BASE_URL and PLANNER_MODEL are set (any OpenAI-compatible endpoint). */
export function llmPlannerConfig(): LlmPlannerConfig | null {
  const { PLANNER_BASE_URL: baseUrl, PLANNER_MODEL: model, PLANNER_API_KEY: apiKey, PLANNER_TIMEOUT_MS: timeoutMs } = config();
  if (!baseUrl || !model) return null;
  return { baseUrl, model, apiKey: apiKey ?? null, timeoutMs };
}

/** The planner's calls obey the egress policy like every other outbound call (one pool per process). */
let plannerFetch: typeof fetch | undefined;

export interface PlanningDeps {
  logger?: Logger;
  /** Overrides the environment (tests). null forces the rules planner. */
  llm?: LlmPlannerConfig | null;
}

/**
 * Plans a query: with the LLM planner when configured (structured JSON validated against the
 * taxonomy), falling back to the rules planner on timeout, an HTTP error, invalid JSON or an
 * invalid category — the plan then says so in `fallbackReason` and its rationale.
 */
export async function planQuery(deps: PlanningDeps, query: string): Promise<EvaluationPlan> {
  const checked = validateQuery(query);
  if (!checked.ok) throw new ValidationError(checked.message, [{ path: 'query', message: checked.message, code: checked.code }], checked.code);
  const config = deps.llm === undefined ? llmPlannerConfig() : deps.llm;
  if (!config) return planFromQuery(checked.query);

  const { default: OpenAI } = await import('openai');
  const { createEgressFetch, EgressError } = await import('@benchhub/db/egress');
  plannerFetch ??= createEgressFetch({ crossOrigin: 'refuse' });
  const client = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey ?? 'not-needed', timeout: config.timeoutMs, maxRetries: 1, fetch: plannerFetch, logLevel: 'off' });
  const messages = buildPlannerMessages(checked.query);
  let text: string;
  try {
    const completion = await client.chat.completions.create({
      model: config.model,
      temperature: 0,
      messages: [
        { role: 'system', content: messages.system },
        { role: 'user', content: messages.user },
      ],
    });
    text = completion.choices[0]?.message.content ?? '';
  } catch (error) {
    const egress = error instanceof Error && error.cause instanceof EgressError ? error.cause : null;
    const reason = egress
      ? `planner endpoint refused by the egress policy (${egress.code}: ${egress.message})`
      : error instanceof OpenAI.APIConnectionTimeoutError
        ? `timed out after ${config.timeoutMs} ms`
        : error instanceof OpenAI.APIError
          ? `HTTP ${error.status ?? 'error'} from the planner endpoint`
          : `planner endpoint unreachable (${error instanceof Error ? error.message : String(error)})`;
    deps.logger?.warn({ reason }, 'LLM planner failed; using the rules planner');
    return fallbackPlan(checked.query, reason);
  }
  const parsed = parseLlmPlan(text, checked.query);
  if (parsed.ok) return parsed.plan;
  deps.logger?.warn({ reason: parsed.reason }, 'LLM planner returned an invalid plan; using the rules planner');
  return fallbackPlan(checked.query, parsed.reason);
}
