/**
 * Many servers on one database and one Redis: a subscriber gets a task's progress from whichever
 * server it is connected to (the workers' events reach every server through Redis pub/sub), and a
 * subscriber whose server dies (SIGKILL) resumes on another server from the last seq it applied:
 * the stored state again, then only newer events, up to TASK_FINISHED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { sseSubscription, startStack, type TestStack } from '../support/stack';
import { correctAnswer, createEndpoint, createTask, waitUntil } from '../support/scenario';

let stack: TestStack;
let llm: OpenAiTestServer;
let second: { graphqlUrl: string };
let third: { graphqlUrl: string; handle: { stop(signal?: NodeJS.Signals): Promise<number | null> } };

beforeAll(async () => {
  llm = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 40 });
  stack = await startStack({ workers: 2 });
  second = await stack.startServer();
  third = await stack.startServer();
  await createEndpoint(stack, 'many-llm', llm.url, { concurrency: 3 });
}, 90_000);

afterAll(async () => {
  await stack?.stop();
  await llm?.close();
});

const PROGRESS = `subscription ($taskId: ID!, $afterSeq: Int) {
  taskProgress(taskId: $taskId, afterSeq: $afterSeq) { seq kind taskStatus run { runId status done total correct } }
}`;

interface Event {
  seq: number;
  kind: string;
  taskStatus: string;
  run: { runId: string; status: string; done: number; total: number; correct: number } | null;
}

/** Every event of a subscription until it completes (or its connection breaks: then `broken`). */
async function collect(url: string, variables: Record<string, unknown>, onEvent?: (event: Event) => void) {
  const events: Event[] = [];
  let broken: unknown = null;
  try {
    for await (const data of sseSubscription<{ taskProgress: Event }>(url, PROGRESS, variables, { token: stack.token })) {
      events.push(data.taskProgress);
      onEvent?.(data.taskProgress);
    }
  } catch (error) {
    broken = error;
  }
  return { events, broken };
}

const live = (events: Event[]) => events.filter((e) => e.seq > 0);

describe('several servers on one database and Redis', () => {
  it('subscribers on different servers than the one that took the mutation see the same live events', async () => {
    const { id } = await createTask(stack, ['many-llm'], 40, 31);
    const [onFirst, onSecond] = await Promise.all([collect(stack.graphqlUrl, { taskId: id }), collect(second.graphqlUrl, { taskId: id })]);
    for (const { events, broken } of [onFirst, onSecond]) {
      expect(broken).toBeNull();
      expect(events.at(-1)).toMatchObject({ kind: 'TASK_FINISHED', taskStatus: 'SUCCEEDED' });
      expect(live(events).length).toBeGreaterThan(1);
    }
    // Both servers relayed the same numbered events of the workers (every one published after both subscribed).
    const seqs = (events: Event[]) => new Set(live(events).map((e) => e.seq));
    const common = [...seqs(onFirst.events)].filter((seq) => seqs(onSecond.events).has(seq));
    expect(common.length).toBeGreaterThan(1);
    const last = Math.max(...common);
    expect(live(onFirst.events).find((e) => e.seq === last)).toEqual(live(onSecond.events).find((e) => e.seq === last));
  }, 120_000);

  it('a subscriber whose server is killed resumes on another server from its last seq and sees TASK_FINISHED', async () => {
    const { id, itemIds } = await createTask(stack, ['many-llm'], 50, 32);
    expect(itemIds).toHaveLength(50);
    let killed: Promise<unknown> | null = null;
    // Connected to the third server; kill it (SIGKILL) once some live progress arrived and the run is mid-way.
    const before = await collect(third.graphqlUrl, { taskId: id }, (event) => {
      if (!killed && event.seq > 0 && event.run && event.run.done >= 10 && event.run.done < event.run.total) killed = third.handle.stop('SIGKILL');
    });
    expect(killed).not.toBeNull();
    await killed;
    expect(before.events.at(-1)?.kind).not.toBe('TASK_FINISHED');
    const lastSeq = Math.max(...live(before.events).map((e) => e.seq));
    const lastDone = live(before.events).at(-1)!.run!.done;

    // The reconnect goes to a surviving server with the last applied seq.
    const after = await collect(second.graphqlUrl, { taskId: id, afterSeq: lastSeq });
    expect(after.broken).toBeNull();
    const replay = after.events.filter((e) => e.seq === 0);
    expect(replay.length).toBeGreaterThan(0);
    expect(after.events.indexOf(replay.at(-1)!)).toBe(replay.length - 1); // the stored state comes first
    expect(replay[0]!.run!.done).toBeGreaterThanOrEqual(lastDone);
    expect(live(after.events).every((e) => e.seq > lastSeq)).toBe(true);
    expect(after.events.at(-1)).toMatchObject({ kind: 'TASK_FINISHED', taskStatus: 'SUCCEEDED' });

    const task = await waitUntil(() => stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } }), (t) => t.status === 'SUCCEEDED', 'task finished');
    const stored = task.runs[0]!;
    expect(stored.done).toBe(stored.total);
    const finalRun = [...after.events].reverse().find((e) => e.run)!.run!;
    expect(finalRun).toMatchObject({ status: 'SUCCEEDED', done: stored.done, total: stored.total });
    expect(await stack.db.experimentSample.count({ where: { taskId: id } })).toBe(stored.total);
  }, 120_000);
});
