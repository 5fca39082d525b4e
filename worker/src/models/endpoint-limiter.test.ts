import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { EndpointLimiter, limitedCaller, type EndpointLimits } from './endpoint-limiter';
import { ModelCallError, type ModelCaller } from './model-caller';

let redis: TestRedisServer;
const limiters: EndpointLimiter[] = [];
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await Promise.allSettled(limiters.map((limiter) => limiter.close()));
  await redis?.stop();
});

/** A limiter as one worker process has it (its own Redis connections). */
function process(options: ConstructorParameters<typeof EndpointLimiter>[1] = {}): EndpointLimiter {
  const limiter = new EndpointLimiter(redis.url, options);
  limiters.push(limiter);
  return limiter;
}

let endpointCount = 0;
const endpoint = (limits: Partial<EndpointLimits> = {}): EndpointLimits => ({
  id: `endpoint-${++endpointCount}`,
  concurrency: 4,
  requestsPerMinute: null,
  tokensPerMinute: null,
  ...limits,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EndpointLimiter', () => {
  it('never lets more than `concurrency` requests run at once across processes, and runs them all', async () => {
    const workers = [process(), process(), process()];
    const limits = endpoint({ concurrency: 4 });
    let active = 0;
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 90 }, async (_, i) => {
        const permit = await workers[i % 3]!.acquire(limits, 10);
        active++;
        peak = Math.max(peak, active);
        await sleep(2 + (i % 5));
        active--;
        permit.release(10);
        done.push(i);
      }),
    );
    expect(peak).toBe(4);
    expect(done.length).toBe(90);
    await sleep(100);
    expect(workers.map((worker) => worker.heldBy(limits.id))).toEqual([0, 0, 0]);
  });

  it("gives a killed process's slots back once its lease lapses", async () => {
    const leaseMs = 600;
    const [doomed, survivor] = [process({ leaseMs }), process({ leaseMs })];
    const limits = endpoint({ concurrency: 2 });
    await Promise.all([doomed.acquire(limits, 1), doomed.acquire(limits, 1)]);
    // SIGKILL: nothing is released and the lease is no longer renewed.
    (doomed as unknown as { renewTimer: NodeJS.Timeout }).renewTimer.close();
    (doomed as unknown as { redis: { disconnect(): void } }).redis.disconnect();
    const started = Date.now();
    const abort = new AbortController();
    const waiting = survivor.acquire(limits, 1, abort.signal);
    const early = await Promise.race([waiting.then(() => 'granted'), sleep(leaseMs / 3).then(() => 'waiting')]);
    expect(early).toBe('waiting');
    (await waiting).release();
    expect(Date.now() - started).toBeGreaterThanOrEqual(leaseMs / 2);
    expect(Date.now() - started).toBeLessThan(leaseMs + 2000);
  });

  it('keeps the lease of a live process that holds slots for longer than the lease', async () => {
    const leaseMs = 400;
    const [holder, other] = [process({ leaseMs }), process({ leaseMs })];
    const limits = endpoint({ concurrency: 1 });
    const permit = await holder.acquire(limits, 1);
    const abort = new AbortController();
    const waiting = other.acquire(limits, 1, abort.signal);
    await sleep(leaseMs * 3);
    abort.abort();
    await expect(waiting).rejects.toBeInstanceOf(ModelCallError);
    permit.release();
  });

  it('starts at most requestsPerMinute requests per rolling window across processes', async () => {
    const windowMs = 1000;
    const workers = [process({ windowMs }), process({ windowMs })];
    const limits = endpoint({ concurrency: 50, requestsPerMinute: 5 });
    const started = Date.now();
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const permit = await workers[i % 2]!.acquire(limits, 1);
        starts.push(Date.now() - started);
        permit.release();
      }),
    );
    starts.sort((a, b) => a - b);
    // 5 at once, 5 more a window later, the last 2 a window after that; never 6 within one window.
    for (let i = 5; i < starts.length; i++) expect(starts[i]! - starts[i - 5]!).toBeGreaterThanOrEqual(windowMs - 50);
    expect(starts[4]!).toBeLessThan(windowMs / 2);
    expect(starts[11]!).toBeLessThan(windowMs * 3 + 1500);
  });

  it('reserves estimated tokens per rolling window and settles them with the usage reported', async () => {
    const windowMs = 1000;
    const limiter = process({ windowMs });
    const limits = endpoint({ concurrency: 10, tokensPerMinute: 100 });
    // Two requests estimated at 40 fit in 100, a third does not until the window moves on.
    const [a, b] = await Promise.all([limiter.acquire(limits, 40), limiter.acquire(limits, 40)]);
    const abort = new AbortController();
    const third = limiter.acquire(limits, 40, abort.signal);
    expect(await Promise.race([third.then(() => 'granted'), sleep(300).then(() => 'waiting')])).toBe('waiting');
    // They used 5 tokens each: 10 of 100 used, so the third one fits at once.
    a.release(5);
    b.release(5);
    expect(await Promise.race([third.then(() => 'granted'), sleep(300).then(() => 'waiting')])).toBe('granted');
    (await third).release(90);
    // 100 used: the next one waits for the window.
    const started = Date.now();
    (await limiter.acquire(limits, 10)).release(10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(windowMs / 2);
  });

  it('removes a cancelled request from the queue without leaking its slot', async () => {
    const limiter = process();
    const limits = endpoint({ concurrency: 1 });
    const held = await limiter.acquire(limits, 1);
    const abort = new AbortController();
    const cancelled = limiter.acquire(limits, 1, abort.signal);
    abort.abort();
    await expect(cancelled).rejects.toThrow('Request cancelled');
    held.release();
    (await limiter.acquire(limits, 1)).release();
    await sleep(50);
    expect(limiter.heldBy(limits.id)).toBe(0);
  });

  it('applies an edited limit at once', async () => {
    const limiter = process();
    const limits = endpoint({ concurrency: 1 });
    const first = await limiter.acquire(limits, 1);
    const second = await limiter.acquire({ ...limits, concurrency: 2 }, 1);
    first.release();
    second.release();
  });
});

describe('limitedCaller', () => {
  it('holds a slot for each call, releases it on failure too, and settles the reported usage', async () => {
    const limiter = process();
    const limits = endpoint({ concurrency: 2 });
    let active = 0;
    let peak = 0;
    const inner: ModelCaller = {
      cacheIdentity: 'x',
      async call(prompt) {
        active++;
        peak = Math.max(peak, active);
        await sleep(5);
        active--;
        if (prompt.user === 'fail') throw new ModelCallError('HTTP 500', true);
        return { output: 'A', tokensIn: 3, tokensOut: 1 };
      },
    };
    const caller = limitedCaller(inner, limits, () => limiter);
    const item = {} as Parameters<ModelCaller['call']>[1];
    const signal = new AbortController().signal;
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => caller.call({ system: 's', user: i % 3 === 0 ? 'fail' : 'ok' }, item, signal)));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(caller.cacheIdentity).toBe('x');
    await sleep(50);
    expect(limiter.heldBy(limits.id)).toBe(0);
  });
  it('a lease renewal sent while an exchange gives every slot back does not re-register the released slots (cancel then resume stalled)', async () => {
    const worker = process();
    const limits = endpoint({ concurrency: 2 });
    const permits = [await worker.acquire(limits, 10), await worker.acquire(limits, 10)];
    // A cancel releases every in-flight request at once: one exchange gives both slots back…
    for (const permit of permits) permit.release(10);
    await new Promise((resolve) => setImmediate(resolve));
    // …and the periodic renewal fires before its answer arrives (as under load), with the old count.
    await (worker as unknown as { renew(): Promise<void> }).renew();
    await sleep(50);
    expect(worker.heldBy(limits.id)).toBe(0);
    // The resumed run asks again: it must get both slots, not wait forever for phantom ones.
    const resumed = await Promise.all([worker.acquire(limits, 10, AbortSignal.timeout(3000)), worker.acquire(limits, 10, AbortSignal.timeout(3000))]);
    for (const permit of resumed) permit.release(10);
  });
});
