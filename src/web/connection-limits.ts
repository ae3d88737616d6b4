import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { TrustProxy } from '../config.js';
import { isTrustedProxy } from './client-address.js';

// What keeps one client from holding the server. Without these a POST that sends its
// headers and never its body stayed open forever, and enough of them from one address used
// up the process's file descriptors, so nobody else (not even /healthz) got an answer.

export interface ServerLimits {
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** 0: no per-address cap */
  maxConnectionsPerAddress: number;
  trustProxy: TrustProxy;
}

/** Used when the descriptor limit cannot be read: the usual soft limit on Linux. */
const FALLBACK_DESCRIPTOR_LIMIT = 1024;

/** The process's soft limit on open files (`ulimit -n`); Node 20 has no process.getrlimit. */
export function descriptorLimit(limitsFile = '/proc/self/limits'): number {
  try {
    const line = readFileSync(limitsFile, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
    if (soft === 'unlimited') return Number.POSITIVE_INFINITY;
    const n = Number(soft);
    return Number.isInteger(n) && n > 0 ? n : FALLBACK_DESCRIPTOR_LIMIT;
  } catch {
    return FALLBACK_DESCRIPTOR_LIMIT;
  }
}

/**
 * How many connections the server may hold: below the descriptor limit, keeping an eighth
 * (at least 64) for what else the process opens — database connections, SQLite files,
 * uploads, media, logs — so the site can still work when the connection table is full.
 */
export function connectionBudget(limit: number): number {
  if (!Number.isFinite(limit)) return Number.POSITIVE_INFINITY;
  const reserve = Math.max(64, Math.floor(limit / 8));
  return Math.max(16, limit - reserve);
}

/** Options for http.createServer: the timeouts, checked often enough to matter. */
export function serverTimeoutOptions(limits: ServerLimits): {
  requestTimeout: number;
  headersTimeout: number;
  keepAliveTimeout: number;
  connectionsCheckingInterval: number;
} {
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node looks for expired requests only this often (30 s by default, which would let a
    // stalled request live up to a minute); the check is a walk over open connections.
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(headersTimeout / 2))),
  };
}

/**
 * Applies the limits to a server made with serverTimeoutOptions(): the keep-alive timeout,
 * maxConnections below the descriptor limit, and the per-address cap. A connection over
 * the cap is closed as soon as it is accepted. A trusted proxy's address is never capped:
 * it carries many clients (and with TRUST_PROXY=N every peer is taken to be a proxy).
 */
export function applyConnectionLimits(server: Server, limits: ServerLimits, fdLimit = descriptorLimit()): void {
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  const budget = connectionBudget(fdLimit);
  if (Number.isFinite(budget)) server.maxConnections = budget;
  const cap = limits.maxConnectionsPerAddress;
  if (cap <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (!address || isTrustedProxy(address, limits.trustProxy)) return;
    const count = open.get(address) ?? 0;
    if (count >= cap) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
