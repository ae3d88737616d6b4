import { availableParallelism } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { bridgeEventsOverPostgres } from './db/notify.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/database.js';
import type { DomainContext } from './domain/context.js';
import { stopBackgroundRelated } from './domain/articles/related.service.js';
import { mailDepsFromConfig } from './domain/mail/mailer.js';
import { idleMailSender, startMailSender, type MailSender } from './domain/mail/mail-sender.js';
import { startScheduler, type Scheduler } from './domain/scheduler/scheduler.js';
import { searchIndexFor } from './domain/search/search-index.js';
import { VisitRecorder } from './domain/views/visit-recorder.js';
import { databaseWriter, sqliteWorkerWriter } from './domain/views/visit-writer.js';
import { systemClock, type Clock } from './shared/clock.js';
import { createContentEvents } from './shared/events.js';
import { loadThemeAssets } from './web/theme/assets.js';

export interface Runtime {
  config: Config;
  database: DatabaseHandle;
  ctx: DomainContext;
  visits: VisitRecorder;
  app: FastifyInstance;
  /** publishes scheduled articles and empties the trash (one instance at a time, by lease) */
  scheduler: Scheduler;
  /** delivers queued mail after the response (idle without SMTP_URL); tests call drain() */
  mailSender: MailSender;
  /** graceful: stop taking requests, write buffered visits, close the database */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  clock?: Clock;
  logger?: boolean;
  /** use an already-open database (tests) instead of opening config.database */
  database?: DatabaseHandle;
  migrate?: boolean;
  /** how often the scheduler looks for due work (default 5 s; tests make it short) */
  schedulerIntervalMs?: number;
  /** how often the mail sender polls for due mail (default 5 s) */
  mailIntervalMs?: number;
}

export function domainContext(database: DatabaseHandle, clock: Clock = systemClock): DomainContext {
  return {
    db: database.db,
    dialect: database.dialect,
    clock,
    search: searchIndexFor(database.dialect),
    events: createContentEvents(),
  };
}

export async function createRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const database = options.database ?? openDatabase(config.database);
  if (options.migrate !== false) await migrateToLatest(database);
  const ctx = domainContext(database, options.clock);
  // On a SQLite file with cores to spare, visits are written by a thread of their own (see
  // visit-writer.ts): no request waits behind a batch (measured: p99 8 ms instead of 120 ms
  // at 11,000–13,000 new visitors a second). On two cores the thread competes with the server
  // itself for the second core and added some 20 MB, so there the main thread writes instead.
  const dbConfig = config.database;
  const writer =
    !options.database && dbConfig.kind === 'sqlite' && dbConfig.path !== ':memory:' && availableParallelism() >= 4
      ? sqliteWorkerWriter(dbConfig.path, databaseWriter(database.db))
      : undefined;
  const visits = new VisitRecorder(database.db, ctx.clock, { perAddress: config.visitsPerAddress, ...(writer ? { writer } : {}) });
  // Several instances on one PostgreSQL hear each other's content changes.
  const bridge = database.pgPool ? await bridgeEventsOverPostgres(database.pgPool, ctx.events) : undefined;
  const theme = await loadThemeAssets();
  // Mail is queued by requests and delivered by the sender; sendMail wakes it after each insert.
  const mail = mailDepsFromConfig(config, ctx.db, ctx.clock);
  const mailSender = mail.transport
    ? startMailSender(
        { db: ctx.db, clock: ctx.clock, transport: mail.transport, from: mail.from },
        {
          ...(options.mailIntervalMs ? { intervalMs: options.mailIntervalMs } : {}),
          onError: (err) => app.log.error({ err }, 'mail sender pass failed'),
        },
      )
    : idleMailSender;
  mail.onQueued = () => mailSender.wake();
  const app = await buildApp({ config, ctx, visits, theme, mail, ...(options.logger !== undefined ? { logger: options.logger } : {}) });
  visits.start();
  const scheduler = startScheduler(ctx, {
    ...(options.schedulerIntervalMs ? { intervalMs: options.schedulerIntervalMs } : {}),
    onError: (err) => app.log.error({ err }, 'scheduler pass failed'),
    reminders: { mail, siteUrl: config.siteUrl },
  });
  let closed = false;
  return {
    config,
    database,
    ctx,
    visits,
    app,
    scheduler,
    mailSender,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await scheduler.stop();
      await mailSender.stop();
      await stopBackgroundRelated();
      await visits.stop();
      await bridge?.close();
      if (!options.database) await database.close();
    },
  };
}
