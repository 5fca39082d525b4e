/**
 * The web app's progress stream (src/lib/graphql/task-progress-stream.ts, used by the task page) when its
 * server dies: two GraphQL servers on one database and Redis, reached through a failover fetch that does
 * what a reverse proxy does (the first server that accepts the connection). The first server is killed
 * with SIGKILL mid-run; the client reconnects, lands on the other server with the last seq it applied,
 * gets the stored state and then only newer events, and ends with TASK_FINISHED and the stored counts.
 */
import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../worker/src/testing/openai-test-server';
import { startStack, type TestStack } from '../../server/test/support/stack';
import { correctAnswer, createEndpoint, createTask, waitUntil } from '../../server/test/support/scenario';
import { followTaskProgress, type StreamConnection, type TaskProgressEvent } from '../src/lib/graphql/task-progress-stream';

let stack: TestStack;
let llm: OpenAiTestServer;
let backends: string[];

beforeAll(async () => {
  llm = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 40 });
  stack = await startStack({ workers: 2 });
  const other = await stack.startServer();
  backends = [stack.graphqlUrl, other.graphqlUrl];
  await createEndpoint(stack, 'resume-llm', llm.url, { concurrency: 2 });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await llm?.close();
});

describe('the web app progress stream', () => {
  it('reconnects to another server after its server is killed and resumes from its last seq', async () => {
    const { id, itemIds } = await createTask(stack, ['resume-llm'], 50, 41);
    const requests: Array<{ backend: string; variables: Record<string, unknown> }> = [];
    // A reverse proxy's failover: the first backend that accepts the connection serves the request.
    const failoverFetch: typeof fetch = async (_input, init) => {
      let lastError: unknown;
      for (const backend of backends) {
        try {
          // Signed in, as the web app's browser is (here with the stack admin's API token).
          const headers = new Headers(init?.headers);
          headers.set('authorization', `Bearer ${stack.token}`);
          const response = await fetch(backend, { ...init, headers });
          requests.push({ backend, variables: (JSON.parse(String(init?.body)) as { variables: Record<string, unknown> }).variables });
          return response;
        } catch (error) {
          lastError = error;
        }
      }
      throw lastError;
    };
    const client = new Client({ url: 'http://proxy.test/graphql', exchanges: [fetchExchange], fetchSubscriptions: true, fetch: failoverFetch });

    const events: TaskProgressEvent[] = [];
    const states: StreamConnection[] = [];
    let killedAfter: number | null = null;
    let killing: Promise<unknown> | null = null;
    let stop = () => {};
    const finished = new Promise<void>((resolve) => {
      stop = followTaskProgress(client, id, {
        retryDelayMs: () => 200,
        onConnection: (state) => states.push(state),
        onEvent: (event) => {
          events.push(event);
          if (!killing && event.seq > 0 && event.run && event.run.done >= 10 && event.run.done < event.run.total) {
            killedAfter = events.length;
            killing = stack.server.stop('SIGKILL');
          }
          if (event.kind === 'TASK_FINISHED') resolve();
        },
      });
    });
    await finished;
    // The server completes the stream after TASK_FINISHED; stopping afterwards aborts nothing.
    await waitUntil(async () => states.at(-1), (state) => state === 'ended', 'stream ended');
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();

    expect(killedAfter).not.toBeNull();
    expect(states).toContain('reconnecting');
    expect(states.at(-1)).toBe('ended');
    // First request to the first server without afterSeq; after the kill, the other server with the last live seq.
    expect(requests[0]).toMatchObject({ backend: backends[0], variables: { taskId: id, afterSeq: null } });
    const before = events.slice(0, killedAfter!);
    const lastSeq = Math.max(...before.filter((e) => e.seq > 0).map((e) => e.seq));
    const resumed = requests.at(-1)!;
    expect(resumed).toMatchObject({ backend: backends[1], variables: { taskId: id, afterSeq: lastSeq } });
    // After the reconnect: the stored state (seq 0) first, then only events newer than lastSeq.
    const after = events.slice(killedAfter!).filter((e) => e.seq === 0 || e.seq > lastSeq || e.kind === 'TASK_FINISHED');
    const replayed = events.slice(killedAfter!).findIndex((e) => e.seq === 0);
    expect(replayed).toBeGreaterThanOrEqual(0);
    expect(events.slice(killedAfter! + replayed).every((e) => e.seq === 0 || e.seq > lastSeq)).toBe(true);
    expect(after.at(-1)).toMatchObject({ kind: 'TASK_FINISHED', taskStatus: 'SUCCEEDED' });

    const task = await waitUntil(() => stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } }), (t) => t.status === 'SUCCEEDED', 'task stored');
    const lastRun = [...events].reverse().find((e) => e.run)!.run!;
    expect(lastRun).toMatchObject({ status: 'SUCCEEDED', done: itemIds.length, total: itemIds.length });
    expect(task.runs[0]).toMatchObject({ done: itemIds.length, correct: lastRun.correct });
    await killing;
  }, 120_000);
});
