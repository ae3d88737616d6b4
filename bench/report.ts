// The benchmark report: one JSON document, and the same figures printed as tables with
// each target's pass or fail.
import type { LoadResult } from './load.js';
import type { Distribution, VisitThroughput } from './measure.js';
import type { PublishResult } from './publish.js';

export interface PageThroughput {
  page: string;
  path: string;
  app: LoadResult;
}

/** One alternating round: the article page, then the node:http baseline, right after. */
export interface ArticleRound {
  app: LoadResult;
  node: LoadResult;
  ratio: number;
}

export interface Target {
  name: string;
  target: string;
  actual: string;
  pass: boolean | null;
}

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; node: string; platform: string };
  options: { articles: number; durationS: number; warmupS: number; connections: number; quick: boolean };
  dataset: { articles: number; published: number; sqliteFile: string; generatedSeconds: number | null; postgresSeconds: number | null };
  throughput: PageThroughput[];
  baselines: { node: LoadResult; nginx: LoadResult | null; nginxNote: string; articleBytes: number };
  /** the article against node:http in alternating rounds; the median round is the one above */
  articleRounds: ArticleRound[];
  loadTool: 'wrk' | 'autocannon';
  coldRender: Distribution & { ok: number };
  search: {
    queries: number;
    sqlite: Distribution;
    postgres: Distribution | null;
    postgresNote: string;
    perQuery: { sqlite: Array<{ q: string; total: number; medianMs: number }>; postgres: Array<{ q: string; total: number; medianMs: number }> };
  };
  visits: {
    recorder: VisitThroughput;
    http: { okResponses: number; countedInDb: number; lost: number; perSecond: number; shutdownExit: number | string };
  };
  startup: { samplesMs: number[]; medianMs: number };
  rssMb: number | null;
  /** saving and publishing fresh articles through the domain functions (bench/publish.ts) */
  publish?: PublishReport;
  targets: Target[];
}

export interface PublishReport {
  sqlite: PublishResult;
  /** informative: the same run on the PostgreSQL copy of the dataset */
  postgres: PublishResult | null;
  postgresNote: string;
}

/** The publish target alone (also used by `--only publish`). */
export function publishTarget(p: PublishReport): Target {
  const s = p.sqlite;
  const complete = s.relatedOnReturn === s.articles;
  return {
    name: `publish p95, ${n0(s.published)} published articles, SQLite, related reading before return`,
    target: '≤ 150 ms',
    actual: `${n2(s.publish.p95Ms)} ms (p50 ${n2(s.publish.p50Ms)}; related reading stored on return for ${s.relatedOnReturn}/${s.articles})`,
    pass: s.publish.p95Ms <= 150 && complete,
  };
}

export function formatPublish(p: PublishReport): string {
  const rows = [p.sqlite, ...(p.postgres ? [p.postgres] : [])].flatMap((r) => {
    const tag = r.engine === 'PostgreSQL' ? ' (informative)' : '';
    return [
      [`${r.engine}${tag}: save draft (render, version, search index)`, ...cells(r.save)],
      [`${r.engine}${tag}: publish (version, search, related, cache event)`, ...cells(r.publish)],
      [`${r.engine}${tag}: related reading alone (refreshRelatedFor, again)`, ...cells(r.related)],
    ];
  });
  const s = p.sqlite;
  return [
    `Saving and publishing: ${s.articles} fresh articles (about ${n0(s.wordsMean)} words) through saveArticle and publishArticle, on a copy of the dataset (${n0(s.published)} published)`,
    table(['operation', 'p50 ms', 'p95 ms', 'max ms'], rows),
    `related reading stored when publish returned: ${s.relatedOnReturn}/${s.articles} (SQLite)` +
      (p.postgres ? `, ${p.postgres.relatedOnReturn}/${p.postgres.articles} (PostgreSQL)` : `; PostgreSQL: ${p.postgresNote}`) +
      `; cache events: ${s.cacheEvents}`,
  ].join('\n');
}

function cells(d: Distribution): string[] {
  return [n2(d.p50Ms), n2(d.p95Ms), n2(d.maxMs)];
}

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const n1 = (v: number) => v.toFixed(1);
const n2 = (v: number) => v.toFixed(2);
const ratio = (a: number, b: number | undefined) => (b ? `${((a / b) * 100).toFixed(0)}%` : '—');

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function evaluateTargets(r: Omit<BenchReport, 'targets'>): Target[] {
  const article = r.throughput.find((t) => t.page === 'article');
  const share = article ? article.app.requestsPerSec / r.baselines.node.requestsPerSec : 0;
  const visitsLost = r.visits.recorder.lost + r.visits.http.lost;
  return [
    {
      name: 'cached article page vs bare node:http',
      target: '≥ 60%',
      actual: `${(share * 100).toFixed(0)}% (${n0(article?.app.requestsPerSec ?? 0)} vs ${n0(r.baselines.node.requestsPerSec)} req/s)`,
      pass: share >= 0.6,
    },
    {
      name: `search p95, ${n0(r.dataset.articles)} articles, SQLite`,
      target: '≤ 20 ms',
      actual: `${n2(r.search.sqlite.p95Ms)} ms`,
      pass: r.search.sqlite.p95Ms <= 20,
    },
    {
      name: 'counted visits per second (recorder)',
      target: '≥ 20,000/s',
      actual: `${n0(r.visits.recorder.perSecond)}/s`,
      pass: r.visits.recorder.perSecond >= 20_000,
    },
    {
      name: 'visits lost on graceful shutdown',
      target: '0',
      actual: `${visitsLost} (recorder ${r.visits.recorder.lost}, HTTP+SIGTERM ${r.visits.http.lost})`,
      pass: visitsLost === 0,
    },
    { name: 'startup to first /healthz', target: '≤ 1 s', actual: `${n0(r.startup.medianMs)} ms (median)`, pass: r.startup.medianMs <= 1000 },
    ...(r.publish ? [publishTarget(r.publish)] : []),
    {
      name: `RSS after warm-up, ${n0(r.dataset.articles)} articles`,
      target: '≤ 200 MB',
      actual: r.rssMb === null ? 'unavailable' : `${n1(r.rssMb)} MB`,
      pass: r.rssMb === null ? null : r.rssMb <= 200,
    },
  ];
}

export function formatReport(r: BenchReport): string {
  const out: string[] = [];
  const o = r.options;
  out.push(
    `Masthead benchmark — ${r.startedAt} — ${r.machine.cpus} cores, Node ${r.machine.node}`,
    `dataset: ${n0(r.dataset.articles)} articles (${n0(r.dataset.published)} published) on SQLite` +
      (r.dataset.generatedSeconds !== null ? `, generated in ${n1(r.dataset.generatedSeconds)} s` : ', cached') +
      (r.dataset.postgresSeconds !== null ? `; PostgreSQL copy in ${n1(r.dataset.postgresSeconds)} s` : ''),
    '',
    `Throughput: ${r.loadTool === 'wrk' ? 'wrk (1 thread)' : 'autocannon'}, ${o.connections} connections, ${o.durationS} s after ${o.warmupS} s warm-up; every request a distinct browser visitor`,
  );
  const nginx = r.baselines.nginx?.requestsPerSec;
  const rows = r.throughput.map((t) => [
    `${t.page} (${t.path.length > 38 ? `${t.path.slice(0, 35)}…` : t.path})`,
    n0(t.app.requestsPerSec),
    n2(t.app.p50Ms),
    n2(t.app.p99Ms),
    ratio(t.app.requestsPerSec, r.baselines.node.requestsPerSec),
    ratio(t.app.requestsPerSec, nginx),
  ]);
  rows.push(['baseline: node:http, same article bytes', n0(r.baselines.node.requestsPerSec), n2(r.baselines.node.p50Ms), n2(r.baselines.node.p99Ms), '100%', ratio(r.baselines.node.requestsPerSec, nginx)]);
  if (r.baselines.nginx) {
    const b = r.baselines.nginx;
    rows.push(['baseline: nginx, same article bytes', n0(b.requestsPerSec), n2(b.p50Ms), n2(b.p99Ms), ratio(b.requestsPerSec, r.baselines.node.requestsPerSec), '100%']);
  }
  out.push(table(['page', 'req/s', 'p50 ms', 'p99 ms', 'vs node:http', 'vs nginx'], rows));
  out.push(`article bytes: ${n0(r.baselines.articleBytes)}, sent by both baselines with the app's own headers for the page; ${r.baselines.nginxNote}`);
  if (r.articleRounds.length > 1) {
    const list = r.articleRounds.map((x) => `${n0(x.app.requestsPerSec)} / ${n0(x.node.requestsPerSec)} = ${ratio(x.app.requestsPerSec, x.node.requestsPerSec)}`);
    out.push(`article vs node:http in alternating rounds (the median round is shown above): ${list.join('; ')}`);
  }
  out.push('');

  const c = r.coldRender;
  out.push(`Cold (uncached) article renders: ${c.count} distinct articles, once each, in turn (${c.ok} answered 200)`);
  out.push(table(['', 'p50 ms', 'p95 ms', 'mean ms', 'max ms'], [['first render', n2(c.p50Ms), n2(c.p95Ms), n2(c.meanMs), n2(c.maxMs)]]), '');

  out.push(`Search latency through the search module, ${r.search.queries} queries, limit 10 (incl. total count and snippets)`);
  const s = [['SQLite FTS5', r.search.sqlite] as const, ...(r.search.postgres ? [['PostgreSQL', r.search.postgres] as const] : [])];
  out.push(table(['engine', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], s.map(([name, d]) => [name, String(d.count), n2(d.p50Ms), n2(d.p95Ms), n2(d.p99Ms), n2(d.maxMs)])));
  if (!r.search.postgres) out.push(`PostgreSQL: ${r.search.postgresNote}`);
  out.push('');

  const v = r.visits;
  out.push('Counted visits');
  out.push(
    table(
      ['how', 'counted', 'per second', 'in database', 'lost'],
      [
        ['VisitRecorder directly, then stop()', n0(v.recorder.counted), n0(v.recorder.perSecond), n0(v.recorder.stored), String(v.recorder.lost)],
        [`HTTP article pages, SIGTERM under load (exit ${v.http.shutdownExit})`, n0(v.http.okResponses), n0(v.http.perSecond), n0(v.http.countedInDb), String(v.http.lost)],
      ],
    ),
    '',
  );
  out.push(`Startup (spawn → first /healthz 200): ${r.startup.samplesMs.map((m) => `${n0(m)} ms`).join(', ')}; RSS after warm-up: ${r.rssMb === null ? 'n/a' : `${n1(r.rssMb)} MB`}`, '');
  if (r.publish) out.push(formatPublish(r.publish), '');
  out.push('Targets');
  out.push(table(['target', 'wanted', 'measured', 'result'], r.targets.map((t) => [t.name, t.target, t.actual, t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL'])));
  return out.join('\n');
}
