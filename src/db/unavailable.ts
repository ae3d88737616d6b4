// Telling "the database is not there" apart from "this query is wrong". A stopped,
// restarting or unreachable PostgreSQL server is an outage the app rides out: pages
// answer 503 with Retry-After instead of a 500 with an error id, /healthz names the
// problem, and the pool's next connection after the server is back just works.

/** Node socket errors a connection attempt or an open connection can end with. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs of a server going away or refusing connections: class 08
 * (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up or shutting down), 53300 too_many_connections.
 */
const PG_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300']);

/** What node-postgres says, without a code, when its socket closes or its pool cannot connect. */
const PG_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/i;

function* causes(err: unknown, depth = 0): Generator<unknown> {
  if (depth > 4 || err === null || typeof err !== 'object') return;
  yield err;
  const e = err as { cause?: unknown; errors?: unknown };
  if (e.cause !== undefined) yield* causes(e.cause, depth + 1);
  // Node 20 reports a refused connection to several addresses as an AggregateError.
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* causes(inner, depth + 1);
}

/** The short, stable reason the database is unreachable (a code, never a host or a password), or undefined. */
export function databaseOutage(err: unknown): string | undefined {
  for (const e of causes(err)) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || PG_CODES.has(code))) return code;
    if (typeof message === 'string') {
      const m = PG_MESSAGES.exec(message);
      if (m) return m[0];
    }
  }
  return undefined;
}

export function isDatabaseOutage(err: unknown): boolean {
  return databaseOutage(err) !== undefined;
}

/** Seconds a client is told to wait before asking again while the database is away. */
export const OUTAGE_RETRY_AFTER_S = 30;
