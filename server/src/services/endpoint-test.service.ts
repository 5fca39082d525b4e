/**
 * "Test connection" for an OpenAI-compatible endpoint, saved or not yet saved: through the egress
 * policy (the same outbound fetch as model calls), with a short timeout, it lists the server's
 * models when it offers `GET /models` (absence is not an error) and sends one tiny chat completion
 * (max_tokens 1) for the endpoint's model. Every error names the URL and the HTTP status; the key
 * and header values never appear in it (redacted as stored provider errors are).
 */
import { openEndpointSecrets, redactSecrets, SecretDecryptionError, type PrismaClient } from '@benchhub/db';
import { createEgressFetch, EgressError } from '@benchhub/db/egress';
import type { Viewer } from '../auth/viewer';
import { ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../errors';
import { ownsOrAdmin, publicBaseUrl } from './access.service';
import type { EndpointInput } from './model-endpoint.service';

/** Short: a test should answer quickly or say it did not. */
export const TEST_TIMEOUT_MS = 10_000;
const MAX_MESSAGE_CHARS = 300;

export interface ConnectionTarget {
  baseUrl: string;
  modelId: string;
  apiKey: string | null;
  headers: Record<string, string>;
}

export interface ConnectionTestError {
  /** The URL requested (without user-info or query). */
  url: string;
  /** The HTTP status when the server answered, null when it could not be reached. */
  httpStatus: number | null;
  message: string;
  /**
   * Why, as a code a client says in its own language: CONNECT_FAILED (no connection; `detail` the system error),
   * TIMEOUT (`detail` the milliseconds), EGRESS_REFUSED (the egress policy; `detail` its reason), HTTP_ERROR (`detail`
   * the server's own message), NO_CHOICES / NOT_JSON (the answer is not a chat completion).
   */
  code: ConnectionFailureCode;
  detail: string;
}

export type ConnectionFailureCode = 'CONNECT_FAILED' | 'TIMEOUT' | 'EGRESS_REFUSED' | 'HTTP_ERROR' | 'NO_CHOICES' | 'NOT_JSON';

export interface ConnectionTestResult {
  ok: boolean;
  /** Model ids from `GET /models`, or null when the server does not offer the list. */
  models: string[] | null;
  /** Milliseconds the chat request took (null when it was not answered). */
  latencyMs: number | null;
  /** The (one-token) answer to the chat request. */
  chatReply: string | null;
  error: ConnectionTestError | null;
}

export interface TestOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

let egressFetch: typeof fetch | undefined;
const defaultFetch: typeof fetch = (input, init) => (egressFetch ??= createEgressFetch({ crossOrigin: 'refuse' }))(input, init);

const displayUrl = (url: string): string => publicBaseUrl(url) ?? url;

/** The server's own words (OpenAI-style `error.message`, or the text), short and without secrets. */
async function responseMessage(response: Response, secrets: string[]): Promise<string> {
  const text = await response.text().catch(() => '');
  let message = text;
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const candidate = typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message);
    if (typeof candidate === 'string') message = candidate;
  } catch {
    // not JSON: the text as is
  }
  message = redactSecrets(message.trim(), secrets).slice(0, MAX_MESSAGE_CHARS);
  return message || response.statusText || 'no message';
}

/** Why a request got no HTTP answer: refused by the egress policy, timed out, or a network error. */
function failureOf(error: unknown, timeoutMs: number, secrets: string[]): Pick<ConnectionTestError, 'code' | 'detail' | 'message'> {
  if (error instanceof EgressError) {
    const message = redactSecrets(error.message, secrets);
    return { code: 'EGRESS_REFUSED', detail: message, message };
  }
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return { code: 'TIMEOUT', detail: String(timeoutMs), message: `No answer within ${timeoutMs} ms` };
  }
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  const detail = redactSecrets(cause?.code ? `${cause.code}${cause.message ? `: ${cause.message}` : ''}` : error instanceof Error ? error.message : String(error), secrets);
  return { code: 'CONNECT_FAILED', detail, message: `Could not connect (${detail})` };
}

async function httpFailure(url: string, response: Response, secrets: string[]): Promise<{ failure: ConnectionTestError }> {
  const message = await responseMessage(response, secrets);
  return { failure: { url: displayUrl(url), httpStatus: response.status, message, code: 'HTTP_ERROR', detail: message } };
}

type Outcome = { response: Response; ms: number } | { failure: ConnectionTestError };

async function request(url: string, init: RequestInit, target: ConnectionTarget, options: Required<TestOptions>): Promise<Outcome> {
  const started = performance.now();
  const secrets = [target.apiKey, ...Object.values(target.headers)].filter((s): s is string => Boolean(s));
  try {
    const response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    return { response, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { failure: { url: displayUrl(url), httpStatus: null, ...failureOf(error, options.timeoutMs, secrets) } };
  }
}

function headersOf(target: ConnectionTarget, json = false): Record<string, string> {
  return {
    ...target.headers,
    ...(target.apiKey ? { authorization: `Bearer ${target.apiKey}` } : {}),
    ...(json ? { 'content-type': 'application/json' } : {}),
    accept: 'application/json',
  };
}

/** `GET /models`: the ids, null when the list is not offered (404/405/501 or not a list), or an error (auth, network). */
async function listModels(target: ConnectionTarget, options: Required<TestOptions>): Promise<{ models: string[] | null } | { failure: ConnectionTestError }> {
  const url = `${target.baseUrl}/models`;
  const outcome = await request(url, { method: 'GET', headers: headersOf(target) }, target, options);
  if ('failure' in outcome) return outcome;
  const { response } = outcome;
  if (response.status === 401 || response.status === 403) {
    const secrets = [target.apiKey, ...Object.values(target.headers)].filter((s): s is string => Boolean(s));
    return httpFailure(url, response, secrets);
  }
  if (!response.ok) {
    await response.text().catch(() => '');
    return { models: null };
  }
  try {
    const body = (await response.json()) as { data?: Array<{ id?: unknown }> };
    const ids = Array.isArray(body.data) ? body.data.map((m) => m?.id).filter((id): id is string => typeof id === 'string') : null;
    return { models: ids };
  } catch {
    return { models: null };
  }
}

async function tinyChat(target: ConnectionTarget, options: Required<TestOptions>): Promise<{ reply: string; ms: number } | { failure: ConnectionTestError }> {
  const url = `${target.baseUrl}/chat/completions`;
  const secrets = [target.apiKey, ...Object.values(target.headers)].filter((s): s is string => Boolean(s));
  const body = JSON.stringify({ model: target.modelId, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 1, temperature: 0 });
  const outcome = await request(url, { method: 'POST', headers: headersOf(target, true), body }, target, options);
  if ('failure' in outcome) return outcome;
  const { response, ms } = outcome;
  if (!response.ok) return httpFailure(url, response, secrets);
  try {
    const parsed = (await response.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
    const choice = parsed.choices?.[0];
    if (!choice) {
      const message = 'The answer has no choices: not a chat completion';
      return { failure: { url: displayUrl(url), httpStatus: response.status, message, code: 'NO_CHOICES', detail: '' } };
    }
    const content = choice.message?.content;
    return { reply: redactSecrets(typeof content === 'string' ? content : '', secrets), ms };
  } catch {
    const message = 'The answer is not JSON: not a chat completion';
    return { failure: { url: displayUrl(url), httpStatus: response.status, message, code: 'NOT_JSON', detail: '' } };
  }
}

/** Tests a connection; never throws for what the endpoint does (that is the result). */
export async function testConnection(target: ConnectionTarget, options: TestOptions = {}): Promise<ConnectionTestResult> {
  const settings: Required<TestOptions> = { timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS, fetch: options.fetch ?? defaultFetch };
  const clean = { ...target, baseUrl: target.baseUrl.trim().replace(/\/+$/, ''), modelId: target.modelId.trim() };
  const listed = await listModels(clean, settings);
  if ('failure' in listed) return { ok: false, models: null, latencyMs: null, chatReply: null, error: listed.failure };
  const chat = await tinyChat(clean, settings);
  if ('failure' in chat) return { ok: false, models: listed.models, latencyMs: null, chatReply: null, error: chat.failure };
  return { ok: true, models: listed.models, latencyMs: chat.ms, chatReply: chat.reply, error: null };
}

function inputIssues(input: Pick<EndpointInput, 'baseUrl' | 'modelId' | 'extraHeaders'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  try {
    const url = new URL(input.baseUrl.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') issues.push({ path: 'baseUrl', message: 'Base URL must be http(s)' });
  } catch {
    issues.push({ path: 'baseUrl', message: 'Base URL must be a valid URL, e.g. http://localhost:11434/v1' });
  }
  if (!input.modelId.trim()) issues.push({ path: 'modelId', message: 'Model id is required' });
  for (const [header, value] of Object.entries(input.extraHeaders ?? {})) {
    if (!/^[A-Za-z0-9-]+$/.test(header) || typeof value !== 'string') issues.push({ path: 'extraHeaders', message: `Invalid header "${header}"` });
  }
  return issues;
}

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * What to test: a saved endpoint (`id`: its owner, a member when shared, or an admin), unsaved input
 * (`input`), or a saved endpoint with edits not saved yet (`id` + `input`: owner or admin; the stored
 * key and headers are used when the input omits them and the origin is unchanged, as on save).
 */
export async function resolveTarget(db: PrismaClient, viewer: Viewer, id: string | null, input: EndpointInput | null): Promise<ConnectionTarget> {
  if (input) {
    const issues = inputIssues(input);
    if (issues.length) throw new ValidationError(`Invalid endpoint: ${issues.map((i) => i.message).join('; ')}`, issues);
  }
  if (!id) {
    if (!input) throw new ValidationError('Give the id of a saved endpoint or the endpoint to test', [{ path: 'input', message: 'Required without id' }]);
    return { baseUrl: input.baseUrl, modelId: input.modelId, apiKey: input.apiKey || null, headers: input.extraHeaders ?? {} };
  }
  const row = await db.modelEndpoint.findUnique({ where: { id } });
  const usable = row && (viewer.role === 'ADMIN' || row.shared || row.kind === 'BASELINE' || row.ownerId === viewer.id);
  if (!row || !usable) throw new NotFoundError(`No model endpoint with id ${id}`, 'ModelEndpoint');
  if (row.kind === 'BASELINE' || !row.baseUrl) throw new ValidationError(`"${row.name}" is a built-in baseline: it runs in the worker, there is no connection to test`, [{ path: 'id', message: 'A baseline' }]);
  if (input && !ownsOrAdmin(viewer, row)) throw new ForbiddenError(`Only the owner of "${row.name}" or an admin may test changes to it`);
  let stored: { apiKey: string | null; headers: Record<string, string> };
  try {
    stored = openEndpointSecrets(row);
  } catch (error) {
    if (!(error instanceof SecretDecryptionError)) throw error;
    throw new ValidationError(`The stored key or headers of "${row.name}" cannot be read with the current BENCHHUB_SECRET: enter them again`, [{ path: 'apiKey', message: 'Unreadable' }], 'SECRET_UNAVAILABLE');
  }
  if (!input) return { baseUrl: row.baseUrl, modelId: row.modelId, apiKey: stored.apiKey, headers: stored.headers };
  const sameOrigin = originOf(row.baseUrl) === originOf(input.baseUrl.trim());
  const apiKey = input.apiKey === undefined || input.apiKey === null ? (sameOrigin ? stored.apiKey : null) : input.apiKey || null;
  const headers = input.extraHeaders == null ? (sameOrigin ? stored.headers : {}) : input.extraHeaders;
  return { baseUrl: input.baseUrl, modelId: input.modelId, apiKey, headers };
}
