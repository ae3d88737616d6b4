import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DomainContext } from '../context.js';
import { emptyTrash, publishDueArticles } from '../articles/article-status.service.js';
import { acquireLease, releaseLease } from './lease.queries.js';
import { runReminders, type ReminderDeps } from '../submissions/reminders/run-reminders.js';

// The in-process scheduler: every few seconds, the instance that holds the
// database lease publishes what is due and, once an hour, empties the trash.
// Several instances on one PostgreSQL take turns through the lease; even if two
// ran at once, each article's publication is a conditional UPDATE that only one
// of them can make.

export const SCHEDULER_LEASE = 'scheduler';

export interface SchedulerOptions {
  /** how often to look for due work (default 5 s) */
  intervalMs?: number;
  /** this instance's name in the lease (default host, pid and a random suffix) */
  holder?: string;
  /** reports a failed tick; the next tick tries again */
  onError?: (err: unknown) => void;
  /** review reminders and the editors' digest (submissions/reminders), once a minute; off without it */
  reminders?: ReminderDeps;
}

export interface Scheduler {
  /** one pass now (tests, and the first pass at start-up) */
  tick(): Promise<{ ran: boolean; published: number; purged: number }>;
  /** stops the timer, waits for a pass in progress and gives the lease up */
  stop(): Promise<void>;
}

const TRASH_EVERY_MS = 60 * 60_000;
// Reminders are counted in days: once a minute is plenty, and each one is claimed, so a repeat is harmless.
const REMINDERS_EVERY_MS = 60_000;

export function startScheduler(ctx: DomainContext, options: SchedulerOptions = {}): Scheduler {
  const intervalMs = options.intervalMs ?? 5000;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  let lastTrash = 0;
  let lastReminders = 0;
  let running: Promise<{ ran: boolean; published: number; purged: number }> | undefined;
  let stopped = false;

  async function pass(): Promise<{ ran: boolean; published: number; purged: number }> {
    const now = ctx.clock.now();
    // The lease outlives a few missed ticks, so a busy holder keeps it; a dead one loses it soon.
    if (!(await acquireLease(ctx.db, SCHEDULER_LEASE, holder, now, intervalMs * 3))) return { ran: false, published: 0, purged: 0 };
    const published = await publishDueArticles(ctx);
    let purged = 0;
    if (now.getTime() - lastTrash >= TRASH_EVERY_MS) {
      purged = await emptyTrash(ctx);
      lastTrash = now.getTime();
    }
    if (options.reminders && now.getTime() - lastReminders >= REMINDERS_EVERY_MS) {
      lastReminders = now.getTime();
      // A failing reminder pass must not stop publishing: report it, try again next minute.
      await runReminders(ctx, options.reminders).catch((err: unknown) => options.onError?.(err));
    }
    return { ran: true, published, purged };
  }

  function tick(): Promise<{ ran: boolean; published: number; purged: number }> {
    // Never two passes at once in one process: a slow pass makes the next tick wait for it.
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  }

  const timer = setInterval(() => {
    if (!stopped) tick().catch((err: unknown) => options.onError?.(err));
  }, intervalMs);
  timer.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      await releaseLease(ctx.db, SCHEDULER_LEASE, holder).catch(() => undefined);
    },
  };
}
