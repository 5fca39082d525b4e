import { encryptSecret, headerNames, sealHeaders, type PrismaClient, type Prisma } from '@benchhub/db';
import { checkDestination, EgressError } from '@benchhub/db/egress';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../errors';
import type { Viewer } from '../auth/viewer';
import { assertCanEditEndpoint } from './access.service';

export interface EndpointInput {
  /** Usable by every member (never seeing its secrets). On update: omit to keep. */
  shared?: boolean | null;
  name: string;
  baseUrl: string;
  modelId: string;
  /** Write-only: stored encrypted, never returned. Omit on update to keep the stored key; "" removes it. */
  apiKey?: string | null;
  temperature?: number | null;
  maxTokens?: number | null;
  timeoutMs?: number | null;
  /** Retries per request on 429, 5xx, timeouts and connection errors (default 4). */
  maxRetries?: number | null;
  extraHeaders?: Record<string, string> | null;
  concurrency?: number | null;
  /** Requests started per rolling minute, across all workers (unset: no limit). */
  requestsPerMinute?: number | null;
  /** Tokens (prompt + completion) per rolling minute, across all workers (unset: no limit). */
  tokensPerMinute?: number | null;
  inputPricePerMTok?: number | null;
  outputPricePerMTok?: number | null;
}

export const BASELINE_PREFIX = 'baseline/';

function validate(input: EndpointInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = input.name.trim();
  if (!name) issues.push({ path: 'name', message: 'Name is required', code: 'REQUIRED' });
  else if (name.length > 100) issues.push({ path: 'name', message: 'Name must be at most 100 characters', code: 'TOO_LONG', params: { max: 100 } });
  else if (name.startsWith(BASELINE_PREFIX)) {
    issues.push({ path: 'name', message: `Names starting with "${BASELINE_PREFIX}" are reserved for built-in baselines`, code: 'NAME_RESERVED', params: { prefix: BASELINE_PREFIX } });
  }
  try {
    const url = new URL(input.baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') issues.push({ path: 'baseUrl', message: 'Base URL must be http(s)', code: 'BASE_URL_SCHEME' });
  } catch {
    issues.push({ path: 'baseUrl', message: 'Base URL must be a valid URL, e.g. http://localhost:11434/v1', code: 'BASE_URL_INVALID' });
  }
  if (!input.modelId.trim()) issues.push({ path: 'modelId', message: 'Model id is required', code: 'REQUIRED' });
  const range = (path: string, value: number | null | undefined, min: number, max: number, integer = false) => {
    if (value === null || value === undefined) return;
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      issues.push({ path, message: `${path} must be ${integer ? 'an integer ' : ''}between ${min} and ${max}`, code: integer ? 'INTEGER_OUT_OF_RANGE' : 'OUT_OF_RANGE', params: { min, max } });
    }
  };
  range('temperature', input.temperature, 0, 2);
  range('maxTokens', input.maxTokens, 1, 1_000_000, true);
  range('timeoutMs', input.timeoutMs, 1000, 600_000, true);
  range('concurrency', input.concurrency, 1, 256, true);
  range('requestsPerMinute', input.requestsPerMinute, 1, 1_000_000, true);
  range('tokensPerMinute', input.tokensPerMinute, 1, 1_000_000_000, true);
  range('maxRetries', input.maxRetries, 0, 10, true);
  range('inputPricePerMTok', input.inputPricePerMTok, 0, 10_000);
  range('outputPricePerMTok', input.outputPricePerMTok, 0, 10_000);
  for (const [header, value] of Object.entries(input.extraHeaders ?? {})) {
    if (!/^[A-Za-z0-9-]+$/.test(header) || typeof value !== 'string') {
      issues.push({ path: 'extraHeaders', message: `Invalid header "${header}"`, code: 'INVALID_HEADER', params: { header } });
    }
  }
  return issues;
}

/**
 * The egress policy's answer for a base URL, as a typed error naming the reason (OWN_SERVICE,
 * ADDRESS_NOT_ALLOWED, URL_CREDENTIALS, URL_QUERY, HOST_TOO_LONG, INVALID_URL). Checked again at
 * every call, where the address actually dialled decides.
 */
export async function checkEndpointDestination(baseUrl: string): Promise<void> {
  try {
    await checkDestination(baseUrl.trim(), undefined, { baseUrl: true });
  } catch (error) {
    if (!(error instanceof EgressError)) throw error;
    // The host refused, so the client's sentence can name it (the English message already does).
    const params = { host: hostOf(baseUrl) };
    throw new ValidationError(`Invalid endpoint: ${error.message}`, [{ path: 'baseUrl', message: error.message, code: error.code, params }], error.code, params);
  }
}

const MAX_SHOWN_HOST = 120;

/** The host:port a base URL names, for messages (cut short: a refused host may be absurdly long). */
function hostOf(url: string): string {
  let host: string;
  try {
    host = new URL(url.trim()).host;
  } catch {
    host = url.trim();
  }
  return host.length > MAX_SHOWN_HOST ? `${host.slice(0, MAX_SHOWN_HOST)}…` : host;
}

function toData(input: EndpointInput) {
  return {
    name: input.name.trim(),
    kind: 'OPENAI_COMPATIBLE',
    baseUrl: input.baseUrl.trim().replace(/\/+$/, ''),
    modelId: input.modelId.trim(),
    params: {
      temperature: input.temperature ?? 0,
      ...(input.maxTokens ? { maxTokens: input.maxTokens } : {}),
      ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
      ...(input.maxRetries !== null && input.maxRetries !== undefined ? { maxRetries: input.maxRetries } : {}),
      // Header values may be credentials: sealed like the key; names kept apart for display.
      ...(input.extraHeaders ? sealHeaders(input.extraHeaders) : {}),
    } satisfies Prisma.InputJsonValue,
    concurrency: input.concurrency ?? 8,
    requestsPerMinute: input.requestsPerMinute ?? null,
    tokensPerMinute: input.tokensPerMinute ?? null,
    inputPricePerMTok: input.inputPricePerMTok ?? null,
    outputPricePerMTok: input.outputPricePerMTok ?? null,
  };
}

export async function createModelEndpoint(db: PrismaClient, input: EndpointInput & { ownerId?: string | null }) {
  const issues = validate(input);
  if (issues.length) throw new ValidationError(`Invalid endpoint: ${issues.map((i) => i.message).join('; ')}`, issues);
  await checkEndpointDestination(input.baseUrl);
  if (await db.modelEndpoint.findUnique({ where: { name: input.name.trim() } })) {
    throw new ConflictError(`A model named "${input.name.trim()}" already exists`, { code: 'MODEL_NAME_TAKEN', params: { name: input.name.trim() } });
  }
  return db.modelEndpoint.create({
    data: { ...toData(input), shared: input.shared ?? false, ownerId: input.ownerId ?? null, apiKeyCiphertext: input.apiKey ? encryptSecret(input.apiKey) : null },
  });
}

export async function updateModelEndpoint(db: PrismaClient, id: string, input: EndpointInput, actor?: Viewer) {
  return (await updateModelEndpointWithReport(db, id, input, actor)).after;
}

const originOf = (url: string | null): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * Updates an endpoint (only its owner or an admin, when `actor` is given). Moving it to another origin (scheme, host
 * or port) clears the stored key and extra headers unless the same change gives new ones: a stored key is never
 * sent to a host it was not entered for. Reports the row before and after, and whether secrets were cleared.
 */
export async function updateModelEndpointWithReport(db: PrismaClient, id: string, input: EndpointInput, actor?: Viewer) {
  const existing = await db.modelEndpoint.findUnique({ where: { id } });
  if (!existing) throw new NotFoundError(`No model endpoint with id ${id}`, 'ModelEndpoint');
  if (existing.kind === 'BASELINE') throw new ConflictError('Built-in baselines cannot be edited', { code: 'BASELINE_READ_ONLY', params: { name: existing.name } });
  if (actor) assertCanEditEndpoint(actor, existing);
  const issues = validate(input);
  if (issues.length) throw new ValidationError(`Invalid endpoint: ${issues.map((i) => i.message).join('; ')}`, issues);
  await checkEndpointDestination(input.baseUrl);
  const clash = await db.modelEndpoint.findUnique({ where: { name: input.name.trim() } });
  if (clash && clash.id !== id) throw new ConflictError(`A model named "${input.name.trim()}" already exists`, { code: 'MODEL_NAME_TAKEN', params: { name: input.name.trim() } });
  const data = toData(input);
  const moved = originOf(existing.baseUrl) !== originOf(data.baseUrl);
  const keepKey = input.apiKey === undefined || input.apiKey === null;
  const key = keepKey ? (moved ? { apiKeyCiphertext: null } : {}) : { apiKeyCiphertext: input.apiKey === '' ? null : encryptSecret(input.apiKey!) };
  // Header values are never sent back, so omitting them keeps the stored ones ({} removes them) — on the same origin.
  const keepHeaders = input.extraHeaders == null;
  const params = keepHeaders && !moved ? { ...data.params, ...storedHeaderFields(existing.params) } : data.params;
  const secretsCleared = moved && ((keepKey && existing.apiKeyCiphertext !== null) || (keepHeaders && headerNames(existing.params).length > 0));
  const after = await db.modelEndpoint.update({ where: { id }, data: { ...data, params, ...key, ...(input.shared != null ? { shared: input.shared } : {}) } });
  return { before: existing, after, secretsCleared };
}

/** The stored header fields as they are (sealed), or legacy plain headers sealed now. */
function storedHeaderFields(params: unknown) {
  const { extraHeaders, extraHeaderNames, extraHeadersCiphertext } = (params ?? {}) as { extraHeaders?: Record<string, string>; extraHeaderNames?: string[]; extraHeadersCiphertext?: string };
  if (extraHeadersCiphertext) return { extraHeaderNames, extraHeadersCiphertext };
  return extraHeaders ? sealHeaders(extraHeaders) : {};
}

export async function deleteModelEndpoint(db: PrismaClient, id: string, actor?: Viewer) {
  const existing = await db.modelEndpoint.findUnique({ where: { id }, include: { _count: { select: { runs: true } } } });
  if (!existing) throw new NotFoundError(`No model endpoint with id ${id}`, 'ModelEndpoint');
  if (existing.kind === 'BASELINE') throw new ConflictError('Built-in baselines cannot be deleted', { code: 'BASELINE_READ_ONLY', params: { name: existing.name } });
  if (actor) assertCanEditEndpoint(actor, existing);
  if (existing._count.runs > 0) {
    throw new ConflictError(`"${existing.name}" has ${existing._count.runs} stored runs; its results are kept, so it cannot be deleted`, {
      code: 'ENDPOINT_HAS_RUNS',
      params: { name: existing.name, runs: existing._count.runs },
    });
  }
  return db.modelEndpoint.delete({ where: { id } });
}
