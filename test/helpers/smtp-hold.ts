import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP relay on loopback for the mail tests. It can HOLD every message: the DATA
// arrives, but the relay does not answer "250 OK" until the test calls release(), standing
// in for a slow relay without any timing. It can also be taken down and brought back on the
// same port, standing in for a relay outage.

export interface RelayedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface HoldingRelay {
  port: number;
  url: string;
  /** messages accepted (after release, when holding) */
  received: RelayedMail[];
  /** messages whose DATA has arrived and wait for release() */
  held(): number;
  /** resolves once `count` messages have reached the relay (held or accepted) */
  arrived(count: number): Promise<void>;
  /** accepts every held message; later ones are accepted at once unless hold is on */
  release(): void;
  hold(on: boolean): void;
  /** stops listening (connections are refused) until up() */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

/** Quoted-printable soft breaks and escapes undone, enough to find a link in a raw message. */
export function decodeQp(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export async function startHoldingRelay(options: { hold?: boolean } = {}): Promise<HoldingRelay> {
  let holding = options.hold ?? false;
  const received: RelayedMail[] = [];
  const waiting: Array<() => void> = [];
  let arrivedCount = 0;
  const watchers: Array<{ count: number; resolve: () => void }> = [];
  const notify = () => {
    for (const w of [...watchers]) {
      if (arrivedCount >= w.count) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
    }
  };

  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // close() waits at most this long for open connections
      closeTimeout: 1000,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const accept = () => {
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(chunks).toString('utf8'),
            });
            callback();
          };
          arrivedCount += 1;
          if (holding) waiting.push(accept);
          else accept();
          notify();
        });
      },
    });

  let server = make();
  const listen = (port: number) => new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const closeServer = () => new Promise<void>((resolve) => server.close(() => resolve()));
  await listen(0);
  const port = (server.server.address() as AddressInfo).port;
  let isUp = true;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    held: () => waiting.length,
    arrived: (count) =>
      new Promise<void>((resolve) => {
        watchers.push({ count, resolve });
        notify();
      }),
    release() {
      for (const accept of waiting.splice(0)) accept();
    },
    hold(on) {
      holding = on;
    },
    async down() {
      if (!isUp) return;
      isUp = false;
      await closeServer();
    },
    async up() {
      if (isUp) return;
      server = make();
      await listen(port);
      isUp = true;
    },
    async close() {
      for (const accept of waiting.splice(0)) accept();
      if (isUp) await closeServer();
      isUp = false;
    },
  };
}
