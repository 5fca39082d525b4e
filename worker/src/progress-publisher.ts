import type { Redis } from 'ioredis';
import {
  leaderboardUpdatedChannel,
  PUBLISH_WITH_SEQUENCE_LUA,
  runStorageErrorKey,
  taskProgressChannel,
  taskSequenceKey,
  type LeaderboardUpdatedEvent,
  type TaskProgressEvent,
} from '@benchhub/core/contracts';

type EventBody = Omit<TaskProgressEvent, 'seq'>;

/** At most 10 progress events per second per task (shared by all workers through Redis). */
const THROTTLE_MS = 100;

export class ProgressPublisher {
  private readonly trailing = new Map<string, { timer: NodeJS.Timeout; body: EventBody }>();

  constructor(private readonly redis: Redis) {}

  /** Publishes now, cancelling any pending throttled event of the same run (its state is older). */
  async publish(body: EventBody): Promise<number> {
    const key = body.run?.runId ?? body.taskId;
    const pending = this.trailing.get(key);
    if (pending) {
      clearTimeout(pending.timer);
      this.trailing.delete(key);
    }
    const json = JSON.stringify(body);
    const seq = await this.redis.eval(
      PUBLISH_WITH_SEQUENCE_LUA,
      2,
      taskSequenceKey(body.taskId),
      taskProgressChannel(body.taskId),
      json.slice(1),
    );
    return Number(seq);
  }

  /** Publishes if the task's throttle window is open; otherwise keeps the newest state and sends it when it opens. */
  async publishThrottled(body: EventBody): Promise<void> {
    const key = body.run?.runId ?? body.taskId;
    const pending = this.trailing.get(key);
    if (pending) {
      pending.body = body;
      return;
    }
    const open = await this.redis.set(`benchhub:throttle:${body.taskId}`, '1', 'PX', THROTTLE_MS, 'NX');
    if (open === 'OK') {
      await this.publish(body);
      return;
    }
    const entry = {
      body,
      timer: setTimeout(() => {
        this.trailing.delete(key);
        void this.publishThrottled(entry.body).catch(() => {});
      }, THROTTLE_MS),
    };
    this.trailing.set(key, entry);
  }

  async publishLeaderboardUpdated(event: LeaderboardUpdatedEvent): Promise<void> {
    await this.redis.publish(leaderboardUpdatedChannel(this.redis.options.db ?? 0), JSON.stringify(event));
  }

  /** The run's storage error while it lasts (read by GraphQL's ModelRun.storageError); null clears it. */
  async setStorageError(runId: string, message: string | null): Promise<void> {
    if (message === null) await this.redis.del(runStorageErrorKey(runId));
    // Refreshed on every failed attempt; expires by itself if the worker dies meanwhile.
    else await this.redis.set(runStorageErrorKey(runId), message, 'PX', 30_000);
  }

  /** Drops pending throttled events of a run (its final event supersedes them). */
  discardPending(runId: string): void {
    const pending = this.trailing.get(runId);
    if (pending) clearTimeout(pending.timer);
    this.trailing.delete(runId);
  }
}
