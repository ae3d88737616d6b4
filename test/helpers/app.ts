import { loadConfig } from '../../src/config.js';
import type { Dialect } from '../../src/db/database.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { fixedClock } from '../../src/shared/clock.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

export interface TestApp extends Runtime {
  testDb: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  stop(): Promise<void>;
}

/** The whole application on a fresh database of the given engine, with a pinned clock. */
export async function createTestApp(
  dialect: Dialect,
  env: Record<string, string> = {},
  now = '2026-11-20T12:00:00.000Z',
): Promise<TestApp> {
  const testDb = await createTestDatabase(dialect);
  const clock = fixedClock(now);
  const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0', ...env });
  const runtime = await createRuntime(config, { database: testDb, clock, logger: false, migrate: false });
  return {
    ...runtime,
    testDb,
    clock,
    async stop() {
      await runtime.close();
      await testDb.drop();
    },
  };
}

import { after, before, describe } from 'node:test';
import { testDialects } from './db.js';

/** The same HTTP suite once per database engine, with one app per engine. */
export function describeEachApp(
  title: string,
  fn: (app: () => TestApp, dialect: Dialect) => void,
  env: Record<string, string> = {},
): void {
  for (const { dialect, skip } of testDialects) {
    describe(`${title} [${dialect}]`, { skip }, () => {
      let app: TestApp | undefined;
      before(async () => {
        app = await createTestApp(dialect, env);
      });
      after(async () => {
        await app?.stop();
      });
      fn(() => {
        if (!app) throw new Error('app not ready');
        return app;
      }, dialect);
    });
  }
}
