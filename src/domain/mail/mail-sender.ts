import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Executor } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import type { MailTransport } from './mailer.js';
import { claimDueMail, markAttemptFailed, markDelivered, releaseClaim, type QueuedMail } from './outbox.queries.js';
import { redactLinks, redactText } from './redact-links.js';

// The background sender: delivers queued outbox rows after the request that wrote them has
// answered. Woken in-process right after an insert, and polling every few seconds for rows
// written by other instances or due for a retry. Each row is claimed with a lease (a
// conditional UPDATE, see claimDueMail), so several instances on one PostgreSQL never send
// one message twice; a sender that dies mid-send loses its lease and the row is retried.

/** Waits before attempt 2, 3, …; after the last one the message is failed for good. */
export const RETRY_DELAYS_MS: readonly number[] = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 6 * 60 * 60_000, 12 * 60 * 60_000, 24 * 60 * 60_000];
/** attempts in all (the first plus one per delay) */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export interface MailSenderDeps {
  db: Executor;
  clock: Clock;
  transport: MailTransport;
  from: string;
}

export interface MailSenderOptions {
  /** how often to look for due rows (default 5 s) */
  intervalMs?: number;
  /** this instance's name in the lease (default host, pid and a random suffix) */
  holder?: string;
  /** how long a claim lasts; longer than any one send can take (default 2 min) */
  leaseMs?: number;
  /** rows claimed per round (default 10) */
  batch?: number;
  /** how long stop() waits for a send in progress (default 5 s) */
  stopTimeoutMs?: number;
  /** reports a failed pass (a database error); the next pass tries again */
  onError?: (err: unknown) => void;
}

export interface MailSender {
  /** look for due mail now (sendMail calls it through MailDeps.onQueued) */
  wake(): void;
  /** delivers everything due now, waiting for passes in progress; resolves with how many were tried */
  drain(): Promise<number>;
  /** stops polling and waits (bounded) for a send in progress */
  stop(): Promise<void>;
}

/** The error kept on the row: no credentials from a URL, no live link, bounded. */
export function describeMailError(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return redactText(raw.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1')).slice(0, 500);
}

/** When attempt number `attemptsSoFar + 1` failed: the next try, or null when it was the last. */
export function nextAttemptAt(now: Date, attemptsSoFar: number): string | null {
  const delay = RETRY_DELAYS_MS[attemptsSoFar];
  return delay === undefined ? null : new Date(now.getTime() + delay).toISOString();
}

/** A sender that does nothing, for sites without SMTP (mail stays 'stored'). */
export const idleMailSender: MailSender = { wake: () => undefined, drain: async () => 0, stop: async () => undefined };

export function startMailSender(deps: MailSenderDeps, options: MailSenderOptions = {}): MailSender {
  const intervalMs = options.intervalMs ?? 5000;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  const batch = options.batch ?? 10;
  const stopTimeoutMs = options.stopTimeoutMs ?? 5000;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;

  async function deliver(mail: QueuedMail): Promise<void> {
    try {
      await deps.transport.send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, from: deps.from });
    } catch (err) {
      await markAttemptFailed(deps.db, mail.id, holder, describeMailError(err), nextAttemptAt(deps.clock.now(), mail.attempts));
      return;
    }
    await markDelivered(deps.db, mail.id, holder, deps.clock.now().toISOString(), redactLinks(mail));
  }

  async function pass(): Promise<number> {
    let tried = 0;
    while (!stopped) {
      const now = deps.clock.now();
      const claimed = await claimDueMail(deps.db, holder, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString(), batch);
      if (claimed.length === 0) break;
      for (const [i, mail] of claimed.entries()) {
        if (stopped) {
          // Shutting down: what was claimed but not started goes back at once, not after the lease.
          for (const rest of claimed.slice(i)) await releaseClaim(deps.db, rest.id, holder);
          break;
        }
        await deliver(mail);
        tried += 1;
      }
    }
    return tried;
  }

  function tick(): Promise<number> {
    // One pass at a time per process; a wake during a pass asks for one more right after it.
    if (running) {
      again = true;
      return running;
    }
    running = pass().finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        tick().catch((err: unknown) => options.onError?.(err));
      }
    });
    return running;
  }

  const timer = setInterval(() => {
    if (!stopped) tick().catch((err: unknown) => options.onError?.(err));
  }, intervalMs);
  timer.unref();

  return {
    wake() {
      if (!stopped) tick().catch((err: unknown) => options.onError?.(err));
    },
    async drain() {
      let total = 0;
      for (;;) {
        while (running) total += await running.catch(() => 0);
        const n = await tick();
        total += n;
        if (n === 0 && !running) return total;
      }
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (!running) return;
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        running.catch(() => undefined),
        new Promise<void>((resolve) => {
          timeout = setTimeout(resolve, stopTimeoutMs);
        }),
      ]);
      clearTimeout(timeout);
    },
  };
}
