import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './shared/errors.js';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  host: string;
  port: number;
  siteUrl: string;
  database: DatabaseConfig;
  smtpUrl: string | undefined;
  demo: boolean;
  /**
   * Which peers may tell us the client's address in X-Forwarded-For: false (none, serving
   * directly), a number of proxy hops in front of us, or the proxies' addresses/CIDRs.
   * Never "every peer": that would let any client pick its own address.
   */
  trustProxy: TrustProxy;
  /** a request must arrive whole (headers and body) within this many milliseconds */
  requestTimeoutMs: number;
  /** ... and its headers within this many (never more than the request timeout) */
  headersTimeoutMs: number;
  /** an idle kept-alive connection is closed after this many milliseconds */
  keepAliveTimeoutMs: number;
  /** concurrent connections one client address may hold when serving directly (0: no cap) */
  maxConnectionsPerAddress: number;
  /** CDN mode: pages are publicly cacheable and visits are recorded by a beacon */
  cdnMode: boolean;
  /** how long a CDN may keep a page, in seconds */
  cdnMaxAge: number;
  /**
   * Distinct visitors (address + User-Agent) counted per client address per article per
   * day. Not 1: households, offices, campuses and mobile carriers put many real readers
   * behind one address (NAT); a cap still stops one address inflating the counter by
   * rotating its User-Agent.
   */
  visitsPerAddress: number;
  /** hold rendered public pages in memory (PAGE_CACHE=0 turns it off) */
  pageCache: boolean;
  /** folder for uploaded media */
  mediaDir: string;
  logLevel: string;
  /** signs anonymous form tokens; unset means a key generated once and kept in the database */
  secretKey: string | undefined;
  /** From header of outgoing mail; unset means "<site name> <no-reply@SITE_URL host>" */
  mailFrom: string | undefined;
}

/** false: no proxy; N: N hops; a list: the proxies' addresses or CIDRs (or loopback, linklocal, uniquelocal) */
export type TrustProxy = false | number | readonly string[];

const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** '', 0, false, no → false; 1, true, yes → 1 hop; N → N hops; else a comma list of addresses/CIDRs. */
export function parseTrustProxy(value: string): TrustProxy {
  const v = value.trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return false;
  // "true" used to mean "trust every hop"; one hop is what a single reverse proxy needs.
  if (v === 'true' || v === 'yes') return 1;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 20) throw new ConfigError(`TRUST_PROXY must be at most 20 hops (got "${value}")`);
    return hops;
  }
  const entries = v.split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    if (PROXY_RANGES.has(entry)) continue;
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const badBits = bits !== undefined && (!/^\d+$/.test(bits) || Number(bits) < 1 || Number(bits) > max);
    if (!family || badBits || extra !== undefined) {
      throw new ConfigError(
        `TRUST_PROXY must be 0, a number of proxy hops, or a comma list of proxy addresses/CIDRs such as 10.0.0.5,192.168.0.0/16 (got "${value}")`,
      );
    }
  }
  return entries;
}

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/masthead.sqlite'),
  SITE_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MASTHEAD_DEMO: flag.default(true),
  TRUST_PROXY: z.string().default(''),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(72_000),
  MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(256),
  CDN_MODE: flag.default(false),
  PAGE_CACHE: flag.default(true),
  CDN_MAX_AGE: z.coerce.number().int().min(1).max(86400).default(60),
  VISITS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(20),
  MEDIA_DIR: z.string().default('./data/media'),
  SECRET_KEY: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new ConfigError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/masthead.sqlite');
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${url}`);
    }
    return { kind: 'postgres', url };
  }
  throw new ConfigError(
    `DATABASE_URL must start with "sqlite:" or "postgres://" (got "${url}"). Example: sqlite:./data/masthead.sqlite`,
  );
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${key} is invalid: ${issue?.message ?? 'bad value'} (got "${env[key] ?? ''}")`);
  }
  const e = parsed.data;
  const siteUrl = (e.SITE_URL?.trim() || `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, '');
  try {
    const u = new URL(siteUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(`SITE_URL must be an http(s) URL such as https://example.org (got "${siteUrl}")`);
  }
  return {
    host: e.HOST,
    port: e.PORT,
    siteUrl,
    database: parseDatabaseUrl(e.DATABASE_URL),
    smtpUrl: e.SMTP_URL?.trim() || undefined,
    demo: e.MASTHEAD_DEMO,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    // Node refuses a headers timeout longer than the request timeout.
    headersTimeoutMs: Math.min(e.HEADERS_TIMEOUT_MS, e.REQUEST_TIMEOUT_MS),
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS,
    cdnMode: e.CDN_MODE,
    cdnMaxAge: e.CDN_MAX_AGE,
    visitsPerAddress: e.VISITS_PER_ADDRESS,
    pageCache: e.PAGE_CACHE,
    mediaDir: resolve(e.MEDIA_DIR),
    logLevel: e.LOG_LEVEL,
    secretKey: e.SECRET_KEY?.trim() || undefined,
    mailFrom: e.MAIL_FROM?.trim() || undefined,
  };
}
