import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ContentChange, ContentEvents } from '../shared/events.js';

const CHANNEL = 'masthead_content';

export interface EventBridge {
  readonly instanceId: string;
  close(): Promise<void>;
}

/**
 * Relays content changes between app instances sharing one PostgreSQL database:
 * local changes are NOTIFYed, other instances' changes are delivered to the local
 * listeners (the page caches). If the listening connection drops, every cache is
 * cleared, since changes may have been missed, and the bridge reconnects.
 */
export async function bridgeEventsOverPostgres(pool: pg.Pool, events: ContentEvents): Promise<EventBridge> {
  const instanceId = randomUUID();
  let delivering = false;
  let closed = false;
  let client: pg.PoolClient | undefined;
  let retry: NodeJS.Timeout | undefined;

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

  const connect = async (): Promise<void> => {
    const c = await pool.connect();
    c.on('notification', onNotification);
    c.on('error', () => {
      c.release(true);
      if (client === c) client = undefined;
      if (!closed) {
        deliver({ kind: 'all' });
        retry = setTimeout(() => void connect().catch(() => undefined), 1000);
        retry.unref();
      }
    });
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
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
      if (client) {
        await client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
        client.release();
        client = undefined;
      }
    },
  };
}
