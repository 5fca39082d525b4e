import type { Redis } from 'ioredis';
import { controlChannel, type ControlMessage } from '@benchhub/core/contracts';
import type { Logger } from '@benchhub/db';

type Listener = (action: ControlMessage['action']) => void;

/**
 * Cancel and hold, delivered to this worker process by Redis pub/sub (one subscriber connection per
 * process): runs listen for their task and stop within milliseconds of the server's acknowledgement.
 * ioredis re-subscribes after a reconnect; runs also poll the database in case a message was missed.
 */
export class ControlChannel {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly channel: string;

  constructor(
    private readonly subscriber: Redis,
    logger: Logger,
  ) {
    this.channel = controlChannel(subscriber.options.db ?? 0);
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        const parsed = JSON.parse(message) as ControlMessage;
        for (const listener of this.listeners.get(parsed.taskId) ?? []) listener(parsed.action);
      } catch (error) {
        logger.warn({ err: error }, 'unreadable task control message');
      }
    });
    void subscriber.subscribe(this.channel).catch((error: Error) => logger.warn({ err: error.message }, 'task control channel: subscribe failed'));
  }

  /** Calls `listener` when the task is cancelled or held; returns the unsubscribe function. */
  listen(taskId: string, listener: Listener): () => void {
    let set = this.listeners.get(taskId);
    if (!set) this.listeners.set(taskId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(taskId);
    };
  }
}
