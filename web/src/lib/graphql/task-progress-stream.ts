/**
 * Follows a task's progress over SSE and keeps following it when the connection is lost (the server
 * behind the proxy died or restarted, the network dropped): it reconnects with backoff, through the
 * same URL, so a deployment's reverse proxy hands it to another server, and resumes from the last
 * live `seq` it applied (`afterSeq`): the server replays the stored state (seq 0), then sends only
 * newer events. Stops after TASK_FINISHED or when the caller stops it.
 */
import type { Client } from '@urql/core';
import { onEnd, pipe, subscribe } from 'wonka';
import type { ResultOf } from './graphql';
import { TaskProgressSubscription } from './operations';

export type TaskProgressEvent = ResultOf<typeof TaskProgressSubscription>['taskProgress'];
export type StreamConnection = 'connecting' | 'live' | 'reconnecting' | 'ended';

export interface FollowTaskProgressOptions {
  onEvent(event: TaskProgressEvent): void;
  onConnection?(state: StreamConnection): void;
  /** Delay before reconnect attempt n (1, 2, …); default 1 s, 2 s, 4 s, 8 s, then 15 s. */
  retryDelayMs?(attempt: number): number;
}

const defaultRetryDelay = (attempt: number) => Math.min(15_000, 1000 * 2 ** Math.min(attempt - 1, 4));

/** Starts following; returns the function that stops. */
export function followTaskProgress(client: Client, taskId: string, options: FollowTaskProgressOptions): () => void {
  const retryDelay = options.retryDelayMs ?? defaultRetryDelay;
  let stopped = false;
  let finished = false;
  let attempts = 0;
  let afterSeq = 0;
  let unsubscribe: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    if (stopped) return;
    options.onConnection?.(attempts === 0 ? 'connecting' : 'reconnecting');
    const handle = pipe(
      client.subscription(TaskProgressSubscription, { taskId, afterSeq: afterSeq > 0 ? afterSeq : null }),
      onEnd(() => {
        if (stopped || finished) return;
        // The stream ended early: resume; the server replays stored state, then newer events only.
        attempts++;
        options.onConnection?.('reconnecting');
        retryTimer = setTimeout(connect, retryDelay(attempts));
      }),
      subscribe((result) => {
        const event = result.data?.taskProgress;
        if (!event) return;
        attempts = 0;
        if (event.seq > afterSeq) afterSeq = event.seq;
        options.onConnection?.('live');
        options.onEvent(event);
        if (event.kind === 'TASK_FINISHED') {
          finished = true;
          options.onConnection?.('ended');
        }
      }),
    );
    unsubscribe = handle.unsubscribe;
  };

  connect();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    unsubscribe?.();
  };
}
