import { generateSampleBenchmark } from '@benchhub/core/sample';
import { resolveGoldChoice } from '@benchhub/core/scoring';
import type { TestStack } from './stack';

const items = generateSampleBenchmark();
const byPrompt = items.filter((item) => item.options);

/** A test model that always answers MCQA items correctly (it looks the item up by its prompt text). */
export function correctAnswer(userPrompt: string): string {
  const item = byPrompt.find((candidate) => userPrompt.includes(candidate.prompt));
  if (!item || !item.options) return 'I do not know.';
  return `The answer is ${String.fromCharCode(65 + resolveGoldChoice(item.answer, item.options)!)}.`;
}

export async function createEndpoint(stack: TestStack, name: string, baseUrl: string, extra: Record<string, unknown> = {}) {
  const result = await stack.gql<{ createModelEndpoint: { __typename: string; data?: { id: string } } }>(
    `mutation ($input: ModelEndpointInput!) { createModelEndpoint(input: $input) { __typename ... on MutationCreateModelEndpointSuccess { data { id } } ... on BaseError { message } } }`,
    { input: { name, baseUrl, modelId: 'test-model', ...extra } },
  );
  if (!result.data?.createModelEndpoint.data) throw new Error(`createModelEndpoint failed: ${JSON.stringify(result)}`);
  return result.data.createModelEndpoint.data.id;
}

export async function createTask(stack: TestStack, models: string[], sampleSize: number, seed = 3): Promise<{ id: string; itemIds: string[] }> {
  const result = await stack.gql<{ createEvaluation: { __typename: string; data?: { id: string } } }>(
    `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { __typename ... on MutationCreateEvaluationSuccess { data { id } } ... on BaseError { message code } } }`,
    // forceLive + forceFresh: these scenarios exercise live calls, not earlier runs' cells or cached responses.
    { input: { query: 'English math problems', models, forceLive: true, forceFresh: true, plan: { language: 'ENGLISH', subjects: ['Science/Math'], problemType: 'MCQA', sampleSize, seed } } },
  );
  const id = result.data?.createEvaluation.data?.id;
  if (!id) throw new Error(`createEvaluation failed: ${JSON.stringify(result)}`);
  const task = await stack.db.evaluationTask.findUniqueOrThrow({ where: { id } });
  return { id, itemIds: task.itemIds as string[] };
}

export async function control(stack: TestStack, mutation: string, taskId: string) {
  return stack.gql<Record<string, { __typename: string; data?: { status: string }; message?: string }>>(
    `mutation ($id: ID!) { ${mutation}(taskId: $id) { __typename ... on BaseError { message } ... on Mutation${mutation[0]!.toUpperCase()}${mutation.slice(1)}Success { data { status } } } }`,
    { id: taskId },
  );
}

export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
