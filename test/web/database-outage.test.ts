import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { migrateToLatest, openDatabase } from '../../src/db/database.js';
import { databaseOutage } from '../../src/db/unavailable.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { fixedClock } from '../../src/shared/clock.js';
import { registerErrorHandling } from '../../src/web/plugins/errors.js';
import type { SiteChrome } from '../../src/web/view/site.js';
import { BROWSER_UA } from '../helpers/app.js';
import { pgAdminUrl } from '../helpers/db.js';
import { makeArticle } from '../helpers/factories.js';

// The database goes away while the app runs: pages that need it answer a plain 503 with
// Retry-After (not a 500 with an error id), /healthz names the problem, and once the
// server is back the app answers again by itself.

interface PgCluster {
  url: string;
  stop(): void;
}
interface PgClusterModule {
  postgresAvailable(): boolean;
  startPgCluster(options?: { dataDir?: string; port?: number }): Promise<PgCluster>;
}
const clusters = (await import(pathToFileURL(join(import.meta.dirname, '../../scripts/pg-cluster.mjs')).href)) as PgClusterModule;

/** A port nothing listens on: connecting there is refused at once. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function refusedConnectionError(): Promise<unknown> {
  const client = new pg.Client({ host: '127.0.0.1', port: await closedPort(), user: 'postgres', connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  return client.connect().then(
    () => assert.fail('connected to a closed port'),
    (err: unknown) => err,
  );
}

describe('which errors mean the database is away', () => {
  test('a refused connection, a server shutdown and a dropped socket are outages; bad SQL is not', async () => {
    assert.equal(databaseOutage(await refusedConnectionError()), 'ECONNREFUSED');
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    assert.equal(databaseOutage(shutdown), '57P01');
    assert.equal(databaseOutage(new Error('Connection terminated unexpectedly')), 'Connection terminated');
    const wrapped = new Error('query failed', { cause: new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })]) });
    assert.equal(databaseOutage(wrapped), 'ECONNREFUSED');
    assert.equal(databaseOutage(Object.assign(new Error('syntax error at or near "selec"'), { code: '42601' })), undefined);
    assert.equal(databaseOutage(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed')), undefined);
    assert.equal(databaseOutage('not an error'), undefined);
  });

  test('the error handler answers an outage with a plain 503 and Retry-After, anything else with a 500 and an id', async () => {
    const app = Fastify({ logger: false });
    const chrome = {
      site: () => Promise.reject(new Error('the database is away')),
      absolute: (path: string) => `https://journal.example${path}`,
    } as unknown as SiteChrome;
    registerErrorHandling(app, chrome);
    const refused = await refusedConnectionError();
    app.get('/away', async () => {
      throw refused;
    });
    app.get('/bug', async () => {
      throw new Error('a bug');
    });
    const away = await app.inject({ method: 'GET', url: '/away', headers: { accept: 'text/html' } });
    assert.equal(away.statusCode, 503);
    assert.equal(away.headers['retry-after'], '30');
    assert.equal(away.headers['cache-control'], 'no-store');
    assert.match(String(away.headers['content-type']), /text\/html/);
    assert.match(away.body, /<h1>Temporarily unavailable<\/h1>/);
    assert.match(away.body, /cannot reach its database/);
    assert.doesNotMatch(away.body, /error [0-9a-f]{8}|ECONNREFUSED|127\.0\.0\.1/);
    const json = await app.inject({ method: 'GET', url: '/away', headers: { accept: 'application/json' } });
    assert.equal(json.statusCode, 503);
    assert.equal(json.json().error, 'Temporarily unavailable');
    const bug = await app.inject({ method: 'GET', url: '/bug', headers: { accept: 'text/html' } });
    assert.equal(bug.statusCode, 500);
    assert.match(bug.body, /error [0-9a-f]{8}/);
    await app.close();
  });
});

describe('the PostgreSQL server stops and starts while the app runs', { skip: pgAdminUrl && clusters.postgresAvailable() ? false : 'PostgreSQL is not installed' }, () => {
  // A private cluster: stopping the suite's shared one would fail every other test file.
  const dataDir = mkdtempSync(join(tmpdir(), 'masthead-outage-'));
  let cluster: PgCluster | undefined;
  let port = 0;
  let runtime: Runtime | undefined;
  const get = (url: string) => runtime!.app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, accept: 'text/html' } });

  before(async () => {
    cluster = await clusters.startPgCluster({ dataDir });
    port = Number(new URL(cluster.url).port);
    const database = openDatabase({ kind: 'postgres', url: cluster.url });
    await migrateToLatest(database);
    const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0', DATABASE_URL: cluster.url });
    runtime = await createRuntime(config, { database, clock: fixedClock('2026-11-20T12:00:00.000Z'), logger: false, migrate: false });
  });
  after(async () => {
    try {
      await runtime?.close();
    } finally {
      cluster?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('cached pages still serve, uncached ones answer 503, /healthz says why, and all recovers', async () => {
    const ctx = runtime!.ctx;
    const cached = await makeArticle(ctx, { title: 'Read before the outage' });
    const uncached = await makeArticle(ctx, { title: 'First read during the outage' });
    assert.equal((await get(`/${cached.slug}/`)).statusCode, 200);

    cluster!.stop();
    const health = await get('/healthz');
    assert.equal(health.statusCode, 503);
    assert.equal(health.json().status, 'unavailable');
    assert.match(health.json().problem, /cannot reach the database \((ECONNREFUSED|57P01|Connection terminated)/);

    const page = await get(`/${uncached.slug}/`);
    assert.equal(page.statusCode, 503);
    assert.equal(page.headers['retry-after'], '30');
    assert.match(page.body, /Temporarily unavailable/);
    assert.doesNotMatch(page.body, /error [0-9a-f]{8}/);
    const still = await get(`/${cached.slug}/`);
    assert.equal(still.statusCode, 200, 'the page cache does not need the database');
    assert.match(still.body, /Read before the outage/);

    // Readers of the cached page are still counted: their visits wait in memory.
    for (let i = 0; i < 5; i++) {
      const r = await runtime!.app.inject({ method: 'GET', url: `/${cached.slug}/`, headers: { 'user-agent': BROWSER_UA.replace('156.0.0.0', `156.1.${i}.0`), accept: 'text/html' } });
      assert.equal(r.statusCode, 200);
    }
    await assert.rejects(runtime!.visits.flush(), 'a flush during the outage fails and keeps its batch');
    const buffered = runtime!.visits.pending;
    assert.ok(buffered >= 5, `the outage's visits are buffered (${buffered})`);

    cluster = await clusters.startPgCluster({ dataDir, port });
    // The pool makes new connections on demand: no restart, no reconnect call.
    assert.equal((await get('/healthz')).statusCode, 200);
    const back = await get(`/${uncached.slug}/`);
    assert.equal(back.statusCode, 200);
    assert.match(back.body, /First read during the outage/);

    await runtime!.visits.flush();
    assert.equal(runtime!.visits.pending, 0);
    const counted = await ctx.db.selectFrom('visit_days').select((eb) => eb.fn.sum<number>('count').as('n')).where('article_id', '=', cached.id).executeTakeFirst();
    // The reader who came back during the outage was the same visitor as the first: one visit.
    assert.equal(Number(counted?.n ?? 0), 6, 'the first reader and five during the outage: all written once the database is back');
  });
});
