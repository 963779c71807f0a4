/**
 * Wakes this instance when the next action falls due, and runs what is due. The due times live in
 * the database: each wake-up reads them again, so actions set, changed or cancelled on another
 * instance are seen at the next rescan (every `rescanIntervalMs`, one indexed query), and what fell
 * due while no instance ran is run at the first wake-up after boot, recorded as late.
 */
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { nextWakeUpIn, shuffled } from '../domain/timing';
import { getService } from '../get-service';

/** Due actions read per query; more are read again at once. */
const BATCH = 100;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let running: Promise<void> | null = null;
  let wakeAgain = false;

  const log = (error: unknown) => strapi.log.error(`[embargo] The scheduler failed: ${error instanceof Error ? error.stack : error}`);

  function setTimer(delayMs: number) {
    if (!started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void wake(), delayMs);
    timer.unref();
  }

  async function runDue() {
    const actions = getService(strapi, 'actions');
    const executor = getService(strapi, 'executor');
    for (;;) {
      const ids = await actions.dueIds(new Date(), BATCH);
      // Instances facing the same due actions start on different ones instead of queueing on one
      // row; each instance runs up to `concurrency` at once, each in its own transaction.
      const queue = shuffled(ids);
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined && started; id = queue.shift()) await executor.execute(id);
      };
      await Promise.all(Array.from({ length: getConfig(strapi).scheduler.concurrency }, worker));
      if (!started) return;
      if (ids.length < BATCH) return;
    }
  }

  async function cycle() {
    do {
      wakeAgain = false;
      await runDue();
    } while (wakeAgain && started);
    const { rescanIntervalMs } = getConfig(strapi).scheduler;
    setTimer(nextWakeUpIn(await getService(strapi, 'actions').nextDueAt(), new Date(), rescanIntervalMs));
  }

  /** Runs what is due now and sets the timer for the next; a wake-up during a run runs again after it. */
  function wake(): Promise<void> {
    if (!started) return Promise.resolve();
    if (running) {
      wakeAgain = true;
      return running;
    }
    timer = null;
    running = cycle()
      .catch((error) => {
        log(error);
        setTimer(getConfig(strapi).scheduler.rescanIntervalMs);
      })
      .finally(() => {
        running = null;
        // Woken after the last read of the next due time: read it again.
        if (wakeAgain) void wake();
      });
    return running;
  }

  return {
    start() {
      if (started || !getConfig(strapi).scheduler.enabled) return;
      started = true;
      void wake();
    },

    /** After an action was set or changed here: the timer may have to move earlier. */
    wake,

    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      // An execution in flight holds a transaction: let it commit before Strapi closes the pool.
      await running;
    },
  };
};
