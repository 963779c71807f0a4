/**
 * When the scheduler wakes and how an execution is recorded. Timers are only a wake-up call: what
 * is due is read from the database each time, so a timer set on stale knowledge (another instance
 * changed the action) costs a query, never an early or a second execution.
 */

/**
 * Milliseconds until the next wake-up: the next due time, or the rescan interval when that comes
 * first (actions set or changed on other instances are seen then). Never negative.
 */
export function nextWakeUpIn(nextDueAt: Date | null, now: Date, rescanIntervalMs: number): number {
  if (nextDueAt === null) return rescanIntervalMs;
  return Math.max(0, Math.min(nextDueAt.getTime() - now.getTime(), rescanIntervalMs));
}

/** Whether an action is due: never before its instant. */
export const isDue = (dueAt: Date, now: Date) => now.getTime() >= dueAt.getTime();

/** How an execution is recorded: how late, and `late` when beyond the allowance (a catch-up after downtime). */
export function outcomeOf(dueAt: Date, executedAt: Date, lateAfterMs: number): { status: 'done' | 'late'; lateByMs: number } {
  const lateByMs = Math.max(0, executedAt.getTime() - dueAt.getTime());
  return { status: lateByMs > lateAfterMs ? 'late' : 'done', lateByMs };
}

/** A random order, so several instances facing the same due actions start on different ones. */
export function shuffled<T>(items: T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
