/**
 * Active running time of a task as the server reports it (activeSeconds at the time of the query; held time never
 * counts), ticking on the client while the task is running (runningSince set).
 */
export function activeDuration(
  task: { activeSeconds: number | null; runningSince: string | null },
  loadedAt: number,
  now: number = Date.now(),
): number | null {
  if (task.activeSeconds === null) return null;
  if (!task.runningSince) return task.activeSeconds;
  return task.activeSeconds + Math.max(0, now - loadedAt) / 1000;
}
