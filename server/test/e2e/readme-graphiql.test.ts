import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sseSubscription, startStack, type TestStack } from '../support/stack';

/**
 * The README's GraphiQL example (issue #13 item 8), exactly as written there: its mutation and subscription are read
 * out of README.md and run against a fresh stack (the sample benchmark only, nothing cached). The subscription must
 * show the run live — several progress events with a count between 0 and the total before TASK_FINISHED — not a
 * task answered from stored cells at once.
 */
const README = path.resolve(fileURLToPath(import.meta.url), '../../../../README.md');

/** The ```graphql blocks of the README paragraph that starts "In GraphiQL": the mutation, then the subscription. */
export function readmeGraphiqlExample(markdown: string): { mutation: string; subscription: string } {
  const start = markdown.indexOf('In GraphiQL');
  if (start < 0) throw new Error('README.md has no "In GraphiQL" paragraph');
  const blocks = [...markdown.slice(start).matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
  const mutation = blocks.find((b) => b.startsWith('mutation'));
  const subscription = blocks.find((b) => b.startsWith('subscription'));
  if (!mutation || !subscription) throw new Error('README.md: the GraphiQL example needs a mutation and a subscription block');
  return { mutation, subscription };
}

interface Progress {
  seq: number;
  kind: string;
  taskStatus: string;
  run: { modelName: string; done: number; total: number } | null;
}

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe("the README's GraphiQL example", () => {
  it('starts an evaluation whose subscription shows live progress before the task finishes', async () => {
    const example = readmeGraphiqlExample(readFileSync(README, 'utf8'));
    expect(example.subscription).toContain('"<id>"');

    const created = await stack.gql<{ createEvaluation: { data?: { id: string; status: string; plan: { sampleSize: number } }; code?: string; message?: string } }>(example.mutation);
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const task = created.data?.createEvaluation.data;
    expect(task?.id, JSON.stringify(created.data)).toBeTruthy();

    const subscription = example.subscription.replace('"<id>"', JSON.stringify(task!.id));
    const events: Progress[] = [];
    for await (const event of sseSubscription<{ taskProgress: Progress }>(stack.graphqlUrl, subscription, {}, { token: stack.token })) {
      events.push(event.taskProgress);
    }
    expect(events.at(-1)).toMatchObject({ kind: 'TASK_FINISHED', taskStatus: 'SUCCEEDED' });
    // Live: counts strictly between nothing and everything, several of them, before the end.
    const partial = events.filter((e) => e.kind !== 'TASK_FINISHED' && e.run !== null && e.run.done > 0 && e.run.done < e.run.total);
    const counts = new Set(partial.map((e) => `${e.run!.modelName}:${e.run!.done}`));
    console.log(`[readme] ${events.length} events, ${partial.length} with partial progress (${counts.size} distinct counts), items ${events.find((e) => e.run)?.run?.total}`);
    expect(partial.length, JSON.stringify(events.slice(0, 6))).toBeGreaterThanOrEqual(3);
    expect(counts.size).toBeGreaterThanOrEqual(3);
    // Nothing came from stored cells or cached responses: every item was answered by the models now.
    const stored = await stack.db.evaluationTask.findUniqueOrThrow({ where: { id: task!.id }, include: { runs: true } });
    expect(stored.runs.map((r) => r.source)).toEqual(stored.runs.map(() => 'LIVE'));
    expect(await stack.db.experimentSample.count({ where: { taskId: task!.id } })).toBe((stored.itemIds as string[]).length * stored.runs.length);
  }, 180_000);
});
