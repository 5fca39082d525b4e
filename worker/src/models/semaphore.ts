/** Counting semaphore: at most `limit` holders at once, FIFO for waiters. */
export class Semaphore {
  private active = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency limit must be a positive integer (got ${limit})`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiters.shift();
      if (next) next();
      else this.active--;
    }
  }
}

const perEndpoint = new Map<string, { limit: number; semaphore: Semaphore }>();

/** One semaphore per endpoint per worker process, so concurrent runs on one endpoint share its limit. */
export function endpointSemaphore(endpointId: string, limit: number): Semaphore {
  const existing = perEndpoint.get(endpointId);
  if (existing && existing.limit === limit) return existing.semaphore;
  const semaphore = new Semaphore(limit);
  perEndpoint.set(endpointId, { limit, semaphore });
  return semaphore;
}
