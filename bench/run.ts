// `npm run bench [-- --articles N] [--quick] [--duration S] [--warmup S] [--connections N] [--no-pg]
//   [--publish N] [--only publish|wordpress|similarity]`
// Generates (or reuses) the dataset, starts the app in its own process and measures it
// next to the baselines, then prints the report and writes bench/output/report.json.
// `--publish N`: how many fresh articles the save/publish measurement writes (default 100,
// 50 with --quick). `--only publish`: just that measurement (SQLite, and PostgreSQL unless
// --no-pg), printed with its target and written to bench/output/publish-report.json.
// `--only similarity`: the submissions' near-duplicate check against --articles indexed
// articles (100,000 by default), SQLite; written to bench/output/similarity-report.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { startNginxBaseline, startNodeBaseline, nginxPath } from './baseline.js';
import { cachedSqliteDataset, generateDataset, resetVisits, schemaKey } from './dataset.js';
import { GENERATOR_VERSION } from './dataset-plan.js';
import { loadTool, loadUntil, measureLoad, type LoadOptions } from './load.js';
import { publishLatencyPostgres, publishLatencySqlite } from './publish.js';
import { coldRenders, searchLatency, searchQueries, storedVisits, timedGet, visitRecorderThroughput } from './measure.js';
import { cleanupAll, installCleanupHandlers, onCleanup, startApp } from './processes.js';
import {
  evaluateTargets,
  formatPublish,
  formatReport,
  publishTarget,
  type ArticleRound,
  type BenchReport,
  type PageThroughput,
  type PublishReport,
} from './report.js';
import { formatSimilarity, similarityBench } from './similarity.js';
import { buildVocabulary } from './vocabulary.js';
import { wordpressImportBench } from './wordpress.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = join(root, 'bench', 'output');
const log = (message: string) => console.log(`bench: ${message}`);

function options() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      cold: { type: 'string' },
      'no-pg': { type: 'boolean', default: false },
      publish: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (values.only !== undefined && values.only !== 'publish' && values.only !== 'wordpress' && values.only !== 'similarity') {
    throw new Error(`--only takes "publish", "wordpress" or "similarity" (got "${values.only}")`);
  }
  const num = (v: string | undefined, fallback: number, name: string) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got "${v}")`);
    return n;
  };
  const quick = values.quick ?? false;
  return {
    quick,
    articles: Math.floor(num(values.articles, quick ? 2000 : 100_000, 'articles')),
    durationS: num(values.duration, quick ? 2 : 10, 'duration'),
    warmupS: num(values.warmup, quick ? 1 : 3, 'warmup'),
    connections: Math.floor(num(values.connections, 32, 'connections')),
    cold: Math.floor(num(values.cold, quick ? 50 : 200, 'cold')),
    noPg: values['no-pg'] ?? false,
    publishCount: Math.floor(num(values.publish, quick ? 50 : 100, 'publish')),
    onlyPublish: values.only === 'publish',
    onlyWordpress: values.only === 'wordpress',
    onlySimilarity: values.only === 'similarity',
    wordpressPosts: Math.floor(num(values.articles, 10_000, 'articles')),
  };
}

interface PgClusterModule {
  postgresAvailable(): boolean;
  startPgCluster(options?: { dataDir?: string }): Promise<{ url: string; stop(): void; reused: boolean }>;
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const opts = options();
  const startedAt = new Date().toISOString();
  mkdirSync(outputDir, { recursive: true });

  if (opts.onlyPublish) return publishOnly(opts);
  if (opts.onlySimilarity) {
    log(`near-duplicate check against ${opts.articles.toLocaleString('en-US')} indexed articles (SQLite)`);
    const result = await similarityBench(opts.articles, log);
    const text = formatSimilarity(result);
    writeFileSync(join(outputDir, 'similarity-report.json'), `${JSON.stringify({ startedAt, ...result }, null, 2)}\n`);
    console.log(`\n${text}\n\nwritten: bench/output/similarity-report.json`);
    return;
  }
  if (opts.onlyWordpress) {
    // The WordPress import (issue 10): the generated export, 10,000 posts unless --articles says otherwise.
    const posts = opts.wordpressPosts;
    log(`WordPress import of a generated ${posts.toLocaleString('en-US')}-post export (SQLite)`);
    const r = wordpressImportBench(posts);
    log(`  ${r.seconds} s, peak RSS ${r.maxRssMb} MB, CPU ${r.cpuSeconds} s (targets: under 60 s, under 400 MB); ${JSON.stringify(r.counts)}`);
    return;
  }

  log('building the app (npm run build)');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed; fix it first:\n${build.stdout}${build.stderr}`);

  log(`dataset: ${opts.articles.toLocaleString('en-US')} articles on SQLite`);
  const dataset = await cachedSqliteDataset(outputDir, { articles: opts.articles, log: (m) => log(m) });
  log(dataset.generated ? `generated ${dataset.path}` : `reusing ${dataset.path}`);

  // Everything read straight from the database happens before the app starts, so the
  // app never shares the CPU with the benchmark's own queries.
  const handle = openDatabase({ kind: 'sqlite', path: dataset.path });
  await resetVisits(handle.db);
  const published = await handle.db
    .selectFrom('articles')
    .select(['id', 'slug'])
    .where('status', '=', 'published')
    .orderBy('id')
    .execute();
  const middle = published[Math.floor(published.length / 2)]!;
  const category = await handle.db.selectFrom('categories').select('slug').orderBy('position').executeTakeFirstOrThrow();
  const others = published.filter((a) => a.id !== middle.id);
  const step = Math.max(1, Math.floor(others.length / (opts.cold + 20)));
  const coldPaths = others.filter((_, i) => i % step === 0).slice(0, opts.cold + 20).map((a) => `/${a.slug}/`);

  const vocab = buildVocabulary();
  const queries = searchQueries(vocab);
  log(`search latency on SQLite (${queries.length} queries)`);
  const sqliteSearch = await searchLatency(handle.db, 'sqlite', queries);
  log(`  p50 ${sqliteSearch.timings.p50Ms.toFixed(2)} ms, p95 ${sqliteSearch.timings.p95Ms.toFixed(2)} ms`);

  log('visit recorder throughput');
  const recorder = await visitRecorderThroughput(handle.db, others.slice(0, 5000).map((a) => a.id), opts.quick ? 2 : 5);
  log(`  ${Math.round(recorder.perSecond).toLocaleString('en-US')} counted visits/s, ${recorder.lost} lost`);
  await resetVisits(handle.db);
  await handle.close();

  log(`save and publish: ${opts.publishCount} fresh articles on a copy of the SQLite dataset`);
  const publishSqlite = await publishLatencySqlite(dataset.path, opts.publishCount);
  log(`  publish p50 ${publishSqlite.publish.p50Ms.toFixed(1)} ms, p95 ${publishSqlite.publish.p95Ms.toFixed(1)} ms; save p95 ${publishSqlite.save.p95Ms.toFixed(1)} ms`);
  let publishPg: PublishReport['postgres'] = null;

  log('starting the app');
  const dbUrl = `sqlite:${dataset.path}`;
  const app = await startApp(root, dbUrl);
  const startupSamples = [app.startupMs];
  let articleOk = 0;

  log(`cold renders of ${opts.cold} articles`);
  const warm = await coldRenders(app.url, coldPaths.slice(0, 20));
  const cold = await coldRenders(app.url, coldPaths.slice(20));
  articleOk += warm.ok + cold.ok;

  const articlePath = `/${middle.slug}/`;
  const articleRes = await timedGet(app.url + articlePath);
  if (articleRes.status !== 200) throw new Error(`GET ${articlePath} answered ${articleRes.status}`);
  articleOk++;
  const articleBytes = articleRes.body;

  const load = (url: string, path: string): LoadOptions => ({
    url,
    paths: [path],
    durationS: opts.durationS,
    warmupS: opts.warmupS,
    connections: opts.connections,
  });
  const pages: Array<[string, string]> = [
    ['article', articlePath],
    ['home', '/'],
    ['category', `/category/${category.slug}/`],
    ['search', '/search?q=policy'],
  ];
  const throughput: PageThroughput[] = [];
  let rss = 0;
  // The article and the node:http baseline are measured in alternating rounds and the round
  // with the median ratio is reported: on a shared 2-core machine the speed available drifts
  // by tens of per cent over minutes, and a ratio of runs minutes apart measures the drift.
  log('baseline: node:http (alternating with the article page)');
  const nodeBase = await startNodeBaseline(articleBytes, articleRes.headers);
  const rounds: ArticleRound[] = [];
  for (let i = 0; i < (opts.quick ? 1 : 3); i++) {
    const appRun = await measureLoad(load(app.url, articlePath));
    articleOk += appRun.ok + appRun.warmupOk;
    rss = Math.max(rss, app.rssMb() ?? 0);
    const nodeRun = await measureLoad(load(nodeBase.url, articlePath));
    rounds.push({ app: appRun, node: nodeRun, ratio: appRun.requestsPerSec / Math.max(1, nodeRun.requestsPerSec) });
    log(`  round ${i + 1}: article ${Math.round(appRun.requestsPerSec)} req/s, node:http ${Math.round(nodeRun.requestsPerSec)} req/s`);
  }
  await nodeBase.stop();
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)]!;
  throughput.push({ page: 'article', path: articlePath, app: median.app });
  const nodeResult = median.node;
  for (const [page, path] of pages.slice(1)) {
    log(`load: ${page} ${path}`);
    const result = await measureLoad(load(app.url, path));
    if (result.non2xx > 0 || result.errors > 0) log(`  warning: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    log(`  ${Math.round(result.requestsPerSec)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`);
    throughput.push({ page, path, app: result });
    rss = Math.max(rss, app.rssMb() ?? 0);
  }

  log('graceful shutdown under load (SIGTERM)');
  let shutdownExit: number | string = 'unknown';
  const killRun = await loadUntil({ ...load(app.url, articlePath), durationS: opts.quick ? 3 : 4, warmupS: 0 }, async () => {
    await new Promise((r) => setTimeout(r, opts.quick ? 1500 : 2000));
    shutdownExit = await app.stop('SIGTERM');
  });
  articleOk += killRun.ok;
  const after = openDatabase({ kind: 'sqlite', path: dataset.path });
  const countedInDb = await storedVisits(after.db);
  await after.close();
  const httpLost = Math.max(0, articleOk - countedInDb);
  log(`  ${articleOk} article pages served, ${countedInDb} visits in the database, ${httpLost} lost (exit ${shutdownExit})`);

  for (let i = 0; i < (opts.quick ? 1 : 2); i++) {
    const again = await startApp(root, dbUrl);
    startupSamples.push(again.startupMs);
    await again.stop('SIGTERM');
  }

  let nginxResult = null;
  let nginxNote = 'nginx not installed: its baseline was skipped';
  if (nginxPath()) {
    log('baseline: nginx');
    const nginx = await startNginxBaseline(articleBytes, articleRes.headers);
    if (nginx) {
      nginxResult = await measureLoad(load(nginx.url, articlePath));
      await nginx.stop('SIGQUIT');
      nginxNote = 'nginx: 1 worker, sendfile, open_file_cache';
    }
  }

  let postgres = null;
  let pgPerQuery: Array<{ q: string; total: number; medianMs: number }> = [];
  let postgresSeconds: number | null = null;
  let postgresNote = '';
  const pgModule = (await import(pathToFileURL(join(root, 'scripts', 'pg-cluster.mjs')).href)) as PgClusterModule;
  if (opts.noPg) postgresNote = 'skipped (--no-pg)';
  else if (!pgModule.postgresAvailable()) postgresNote = 'skipped: PostgreSQL (initdb, pg_ctl) is not installed';
  else {
    // The cluster is kept in bench/output, keyed like the SQLite file, so only the first run
    // pays for building 100,000 articles in PostgreSQL.
    const dataDir = join(outputDir, `pg-${opts.articles}-g${GENERATOR_VERSION}-s${await schemaKey()}`);
    const ready = join(dataDir, 'generated.json');
    if (existsSync(dataDir) && !existsSync(ready)) rmSync(dataDir, { recursive: true, force: true });
    log(`PostgreSQL: starting the cluster in ${dataDir}`);
    const cluster = await pgModule.startPgCluster({ dataDir });
    onCleanup(() => cluster.stop());
    const pg = openDatabase({ kind: 'postgres', url: cluster.url });
    try {
      await migrateToLatest(pg);
      if (existsSync(ready)) {
        log('PostgreSQL: reusing the generated dataset');
        postgresSeconds = (JSON.parse(readFileSync(ready, 'utf8')) as { seconds: number }).seconds;
      } else {
        const summary = await generateDataset(pg, { articles: opts.articles, log: (m) => log(`pg ${m}`) });
        postgresSeconds = summary.seconds;
        writeFileSync(ready, JSON.stringify({ seconds: summary.seconds }));
      }
      log(`search latency on PostgreSQL (${queries.length} queries)`);
      const pgSearch = await searchLatency(pg.db, 'postgres', queries);
      postgres = pgSearch.timings;
      pgPerQuery = pgSearch.perQuery;
      log(`  p50 ${postgres.p50Ms.toFixed(2)} ms, p95 ${postgres.p95Ms.toFixed(2)} ms`);
    } finally {
      await pg.close();
    }
    log(`PostgreSQL: save and publish ${opts.publishCount} fresh articles on a copy of the dataset`);
    publishPg = await publishLatencyPostgres(cluster.url, opts.publishCount);
    log(`  publish p50 ${publishPg.publish.p50Ms.toFixed(1)} ms, p95 ${publishPg.publish.p95Ms.toFixed(1)} ms`);
  }

  const sortedStartup = [...startupSamples].sort((a, b) => a - b);
  const partial: Omit<BenchReport, 'targets'> = {
    startedAt,
    machine: { cpus: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` },
    options: { articles: opts.articles, durationS: opts.durationS, warmupS: opts.warmupS, connections: opts.connections, quick: opts.quick },
    dataset: {
      articles: opts.articles,
      published: published.length,
      sqliteFile: dataset.path,
      generatedSeconds: dataset.summary?.seconds ?? null,
      postgresSeconds,
    },
    throughput,
    baselines: { node: nodeResult, nginx: nginxResult, nginxNote, articleBytes: articleBytes.length },
    articleRounds: rounds,
    loadTool,
    coldRender: { ...cold.timings, ok: cold.ok },
    search: {
      queries: queries.length,
      sqlite: sqliteSearch.timings,
      postgres,
      postgresNote,
      perQuery: { sqlite: sqliteSearch.perQuery, postgres: pgPerQuery },
    },
    visits: {
      recorder,
      http: {
        okResponses: articleOk,
        countedInDb,
        lost: httpLost,
        perSecond: throughput[0]?.app.requestsPerSec ?? 0,
        shutdownExit,
      },
    },
    startup: { samplesMs: startupSamples, medianMs: sortedStartup[Math.floor(sortedStartup.length / 2)] ?? 0 },
    rssMb: rss || null,
    publish: { sqlite: publishSqlite, postgres: publishPg, postgresNote },
  };
  const report: BenchReport = { ...partial, targets: evaluateTargets(partial) };
  const text = formatReport(report);
  writeFileSync(join(outputDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outputDir, 'report.txt'), `${text}\n`);
  console.log(`\n${text}\n\nwritten: bench/output/report.json, bench/output/report.txt`);
}

/**
 * `--only publish`: the save/publish measurement alone, on the cached SQLite dataset and,
 * when a full run already built it, on the PostgreSQL one.
 */
async function publishOnly(opts: ReturnType<typeof options>): Promise<void> {
  log(`dataset: ${opts.articles.toLocaleString('en-US')} articles on SQLite`);
  const dataset = await cachedSqliteDataset(outputDir, { articles: opts.articles, log: (m) => log(m) });
  log(`save and publish: ${opts.publishCount} fresh articles on a copy of the SQLite dataset`);
  const sqlite = await publishLatencySqlite(dataset.path, opts.publishCount);
  let postgres: PublishReport['postgres'] = null;
  let postgresNote = '';
  const pgModule = (await import(pathToFileURL(join(root, 'scripts', 'pg-cluster.mjs')).href)) as PgClusterModule;
  const dataDir = join(outputDir, `pg-${opts.articles}-g${GENERATOR_VERSION}-s${await schemaKey()}`);
  if (opts.noPg) postgresNote = 'skipped (--no-pg)';
  else if (!pgModule.postgresAvailable()) postgresNote = 'skipped: PostgreSQL (initdb, pg_ctl) is not installed';
  else if (!existsSync(join(dataDir, 'generated.json'))) postgresNote = 'skipped: no PostgreSQL dataset yet (a full `npm run bench` builds it)';
  else {
    const cluster = await pgModule.startPgCluster({ dataDir });
    onCleanup(() => cluster.stop());
    log('PostgreSQL: save and publish on a copy of the dataset');
    postgres = await publishLatencyPostgres(cluster.url, opts.publishCount);
  }
  const report: PublishReport = { sqlite, postgres, postgresNote };
  const target = publishTarget(report);
  const text = `${formatPublish(report)}\n\nTarget: ${target.name}: wanted ${target.target}, measured ${target.actual}: ${target.pass ? 'PASS' : 'FAIL'}`;
  writeFileSync(join(outputDir, 'publish-report.json'), `${JSON.stringify({ startedAt: new Date().toISOString(), ...report, target }, null, 2)}\n`);
  console.log(`\n${text}\n\nwritten: bench/output/publish-report.json`);
}

main().then(
  () => {
    cleanupAll();
    process.exit(0);
  },
  (err: unknown) => {
    console.error(`bench: failed: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
    cleanupAll();
    process.exit(1);
  },
);
