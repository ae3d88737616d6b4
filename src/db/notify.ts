import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ContentChange, ContentEvents } from '../shared/events.js';

const CHANNEL = 'masthead_content';
const RETRY_MS = 1000;

export interface EventBridge {
  readonly instanceId: string;
  close(): Promise<void>;
}

/**
 * Relays content changes between app instances sharing one PostgreSQL database:
 * local changes are NOTIFYed, other instances' changes are delivered to the local
 * listeners (the page caches). If the listening connection drops, the bridge reconnects
 * (every second until the server answers) and then clears every cache, since changes may
 * have been missed meanwhile. Not at the drop itself: while the database is away the
 * cached pages are all the site can serve, and nobody can change content anyway.
 */
export async function bridgeEventsOverPostgres(pool: pg.Pool, events: ContentEvents): Promise<EventBridge> {
  const instanceId = randomUUID();
  let delivering = false;
  let closed = false;
  let client: pg.PoolClient | undefined;
  let retry: NodeJS.Timeout | undefined;
  let releaseClient: ((destroy: boolean) => void) | undefined;
  /** the listening connection dropped: changes since then may not have been heard */
  let missed = false;

  const deliver = (change: ContentChange): void => {
    delivering = true;
    try {
      events.emit(change);
    } finally {
      delivering = false;
    }
  };

  const onNotification = (msg: pg.Notification): void => {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    try {
      const { origin, change } = JSON.parse(msg.payload) as { origin: string; change: ContentChange };
      if (origin !== instanceId) deliver(change);
    } catch {
      deliver({ kind: 'all' });
    }
  };

  const scheduleRetry = (): void => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect().catch(scheduleRetry);
    }, RETRY_MS);
    retry.unref();
  };

  /**
   * One listening connection. Its `release` runs at most once, whoever calls it first (an
   * 'error' from the server, close(), a failed LISTEN), and takes our listeners off: once
   * released, the client belongs to the pool (which has its own 'error' listener), and an
   * error it emits later must not reach this bridge or release it a second time.
   */
  const connect = async (): Promise<void> => {
    const c = await pool.connect();
    let released = false;
    const release = (destroy: boolean): void => {
      if (released) return;
      released = true;
      c.off('notification', onNotification);
      c.off('error', onError);
      if (client === c) client = undefined;
      c.release(destroy);
    };
    const onError = (): void => {
      release(true);
      if (closed) return;
      missed = true;
      scheduleRetry();
    };
    c.on('notification', onNotification);
    c.on('error', onError);
    try {
      await c.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      release(true);
      throw err;
    }
    if (released) throw new Error('the listening connection dropped while it started');
    if (closed) {
      // close() ran while this connection was being made: nobody else will release it.
      release(true);
      return;
    }
    client = c;
    releaseClient = release;
    if (missed) {
      missed = false;
      deliver({ kind: 'all' });
    }
  };
  await connect();

  const unsubscribe = events.on((change) => {
    if (delivering || closed) return;
    const payload = JSON.stringify({ origin: instanceId, change });
    pool.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch(() => undefined);
  });

  return {
    instanceId,
    async close() {
      closed = true;
      unsubscribe();
      if (retry) clearTimeout(retry);
      retry = undefined;
      const c = client;
      const release = releaseClient;
      releaseClient = undefined;
      if (c && release) {
        // A connection that cannot UNLISTEN is not handed back to the pool for reuse.
        const unlistened = await c.query(`UNLISTEN ${CHANNEL}`).then(
          () => true,
          () => false,
        );
        release(!unlistened);
      }
    },
  };
}
