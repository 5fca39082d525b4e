import { selectable } from '../prisma-query';
import { builder } from '../builder';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { createModelEndpoint, deleteModelEndpoint, updateModelEndpointWithReport } from '../../services/model-endpoint.service';
import { BASELINE_MODELS } from '@benchhub/core/baselines';
import { headerNames, headersStatus, keyStatus } from '@benchhub/db';
import { ownsOrAdmin, publicBaseUrl, usableEndpointsWhere } from '../../services/access.service';
import { audit } from '../audit';
import { resolveTarget, testConnection, type ConnectionTestError, type ConnectionTestResult } from '../../services/endpoint-test.service';

const EndpointKindEnum = builder.enumType('EndpointKind', { values: ['OPENAI_COMPATIBLE', 'BASELINE'] as const });

const paramsOf = (params: unknown) =>
  (params ?? {}) as { temperature?: number; maxTokens?: number; timeoutMs?: number; maxRetries?: number };

const SecretStatusEnum = builder.enumType('SecretStatus', {
  description: 'Whether a stored secret can be used: NONE (none stored), READABLE, UNREADABLE (saved under another BENCHHUB_SECRET: enter it again).',
  values: ['NONE', 'READABLE', 'UNREADABLE'] as const,
});

builder.prismaObject('ModelEndpoint', {
  description: 'An OpenAI-compatible endpoint or a built-in baseline. The API key is write-only.',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: EndpointKindEnum, select: { kind: true }, resolve: (e) => e.kind as 'BASELINE' }),
    isBaseline: t.boolean({ select: { kind: true }, resolve: (e) => e.kind === 'BASELINE' }),
    description: t.string({
      nullable: true,
      select: { kind: true, modelId: true },
      description: 'For baselines: what they do (they are not LLMs).',
      resolve: (e) => Object.values(BASELINE_MODELS).find((b) => b.name === e.modelId)?.description ?? null,
    }),
    baseUrl: t.string({
      nullable: true,
      select: { baseUrl: true, ownerId: true },
      description: "Others than the owner and admins see it without user-info, query or fragment.",
      resolve: (e, _args, ctx) => (ctx.viewer && ownsOrAdmin(ctx.viewer, e) ? e.baseUrl : publicBaseUrl(e.baseUrl)),
    }),
    modelId: t.exposeString('modelId'),
    temperature: t.float({ nullable: true, select: { params: true }, resolve: (e) => paramsOf(e.params).temperature ?? null }),
    maxTokens: t.int({ nullable: true, select: { params: true }, resolve: (e) => paramsOf(e.params).maxTokens ?? null }),
    timeoutMs: t.int({ nullable: true, select: { params: true }, resolve: (e) => paramsOf(e.params).timeoutMs ?? null }),
    maxRetries: t.int({ nullable: true, select: { params: true }, resolve: (e) => paramsOf(e.params).maxRetries ?? null }),
    extraHeaderNames: t.stringList({
      select: { params: true },
      description: 'Names only: header values may be credentials.',
      resolve: (e) => headerNames(e.params),
    }),
    hasApiKey: t.boolean({
      select: { apiKeyCiphertext: true },
      description: 'A key is stored AND the current secret can decrypt it (see keyStatus).',
      resolve: (e) => keyStatus(e) === 'READABLE',
    }),
    keyStatus: t.field({ type: SecretStatusEnum, select: { apiKeyCiphertext: true }, resolve: (e) => keyStatus(e) }),
    extraHeadersStatus: t.field({ type: SecretStatusEnum, select: { params: true }, resolve: (e) => headersStatus(e) }),
    concurrency: t.exposeInt('concurrency', { description: 'Requests in flight at once, across all workers.' }),
    requestsPerMinute: t.exposeInt('requestsPerMinute', { nullable: true, description: 'Requests started per rolling minute, across all workers (null: no limit).' }),
    tokensPerMinute: t.exposeInt('tokensPerMinute', { nullable: true, description: 'Tokens (prompt + completion) per rolling minute, across all workers (null: no limit).' }),
    inputPricePerMTok: t.exposeFloat('inputPricePerMTok', { nullable: true }),
    outputPricePerMTok: t.exposeFloat('outputPricePerMTok', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('modelEndpoints', (t) =>
  t.prismaField({
    type: ['ModelEndpoint'],
    description: 'The built-in baselines, your endpoints and those shared with the team (admins: every endpoint).',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.modelEndpoint.findMany({ ...query, where: usableEndpointsWhere(ctx.viewer!), orderBy: [{ kind: 'desc' }, { name: 'asc' }] }),
  }),
);

const ModelEndpointInput = builder.inputType('ModelEndpointInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    baseUrl: t.string({ required: true, description: 'OpenAI-compatible base URL, e.g. http://localhost:11434/v1' }),
    modelId: t.string({ required: true }),
    apiKey: t.string({
      description: 'Write-only. On update: omit to keep the stored key, "" to remove it. Changing the origin (scheme, host, port) of baseUrl clears the stored key and headers unless new ones are given.',
    }),
    shared: t.boolean({ description: 'Let every member use it (never seeing its key or headers). On update: omit to keep.' }),
    temperature: t.float(),
    maxTokens: t.int(),
    timeoutMs: t.int(),
    maxRetries: t.int({ description: 'Retries per request on 429, 5xx, timeouts and connection errors (default 4, max 10).' }),
    extraHeaders: t.field({ type: 'JSON', description: 'Header name → value. Write-only; on update omit to keep the stored headers, {} to remove them.' }),
    concurrency: t.int({ description: 'Requests in flight at once, across all workers (default 8).' }),
    requestsPerMinute: t.int({ description: 'Requests started per rolling minute, across all workers (omit: no limit).' }),
    tokensPerMinute: t.int({ description: 'Tokens (prompt + completion) per rolling minute, across all workers (omit: no limit).' }),
    inputPricePerMTok: t.float({ description: 'USD per million input tokens, for cost estimates.' }),
    outputPricePerMTok: t.float(),
  }),
});

const toInput = (input: typeof ModelEndpointInput.$inferInput) => ({
  ...input,
  extraHeaders: (input.extraHeaders ?? null) as Record<string, string> | null,
});

builder.mutationFields((t) => ({
  createModelEndpoint: t.prismaField({
    type: 'ModelEndpoint',
    errors: { types: [ValidationError, ConflictError] },
    args: { input: t.arg({ type: ModelEndpointInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await createModelEndpoint(ctx.db, { ...toInput(input), ownerId: ctx.viewer!.id });
      await audit(ctx, 'endpoint.create', created.name, { id: created.id, baseUrl: created.baseUrl, modelId: created.modelId, shared: created.shared, apiKey: input.apiKey ? 'set' : 'none' });
      return ctx.db.modelEndpoint.findUniqueOrThrow({ ...selectable(query), where: { id: created.id } });
    },
  }),
  updateModelEndpoint: t.prismaField({
    type: 'ModelEndpoint',
    errors: { types: [ValidationError, ConflictError, NotFoundError] },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ModelEndpointInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const { before, after, secretsCleared } = await updateModelEndpointWithReport(ctx.db, String(id), toInput(input), ctx.viewer!);
      await audit(ctx, 'endpoint.update', after.name, {
        id: after.id,
        ...Object.fromEntries((['name', 'baseUrl', 'modelId', 'shared'] as const).filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }])),
        ...(input.apiKey != null ? { apiKey: input.apiKey === '' ? 'removed' : 'replaced' } : {}),
        ...(secretsCleared ? { secretsCleared: true } : {}),
      });
      const updated = after;
      return ctx.db.modelEndpoint.findUniqueOrThrow({ ...selectable(query), where: { id: updated.id } });
    },
  }),
  deleteModelEndpoint: t.field({
    type: 'ID',
    errors: { types: [ConflictError, NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const deleted = await deleteModelEndpoint(ctx.db, String(id), ctx.viewer!);
      await audit(ctx, 'endpoint.delete', deleted.name, { id: deleted.id });
      return deleted.id;
    },
  }),
}));

const EndpointTestFailureEnum = builder.enumType('EndpointTestFailure', {
  values: ['CONNECT_FAILED', 'TIMEOUT', 'EGRESS_REFUSED', 'HTTP_ERROR', 'NO_CHOICES', 'NOT_JSON'] as const,
});

const EndpointTestErrorRef = builder.objectRef<ConnectionTestError>('EndpointTestError').implement({
  description: 'Why a connection test failed: the URL requested, the HTTP status (null: no answer) and the message (secrets redacted).',
  fields: (t) => ({
    url: t.exposeString('url'),
    httpStatus: t.exposeInt('httpStatus', { nullable: true }),
    message: t.exposeString('message', { description: 'In English; clients may say `code` with `detail` in their own language instead.' }),
    code: t.field({ type: EndpointTestFailureEnum, resolve: (e) => e.code }),
    detail: t.exposeString('detail', { description: 'The system error, the timeout in ms, the egress reason or the server\'s own message, as given.' }),
  }),
});

const EndpointTestResultRef = builder.objectRef<ConnectionTestResult>('EndpointTestResult').implement({
  description: 'A connection test: GET {baseUrl}/models (when offered), then one chat completion with max_tokens 1.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    models: t.exposeStringList('models', { nullable: true, description: 'Model ids the server lists; null when it does not offer /models.' }),
    latencyMs: t.exposeInt('latencyMs', { nullable: true, description: 'How long the chat request took.' }),
    chatReply: t.exposeString('chatReply', { nullable: true }),
    error: t.expose('error', { type: EndpointTestErrorRef, nullable: true }),
  }),
});

builder.mutationField('testModelEndpoint', (t) =>
  t.field({
    type: EndpointTestResultRef,
    description:
      'Tests a connection through the egress policy, with a short timeout: a saved endpoint (id: yours, shared or, for admins, any), unsaved input (input), or unsaved changes to a saved one (both; the stored key and headers are used when omitted, on the same origin). Nothing is stored.',
    errors: { types: [ValidationError, NotFoundError] },
    args: { id: t.arg.id(), input: t.arg({ type: ModelEndpointInput }) },
    resolve: async (_root, { id, input }, ctx) => {
      const target = await resolveTarget(ctx.db, ctx.viewer!, id == null ? null : String(id), input ? toInput(input) : null);
      return testConnection(target);
    },
  }),
);
