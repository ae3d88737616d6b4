import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { connectionBudget, descriptorLimit } from '../../../src/web/connection-limits.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { testDialects } from '../../helpers/db.js';
import { makeArticle } from '../../helpers/factories.js';

// Raw sockets against a listening app: what a client that stalls does to the server.
// 127.0.0.2 (the whole of 127/8 is loopback on Linux) stands in for another client.

const STALLED = 3000;
const CAP = 256;

function portOf(app: TestApp): number {
  const address = app.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return address.port;
}

/** Resolves once the condition holds; polls, with no deadline of its own (the test's timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

function open(port: number, localAddress: string, onClose?: () => void): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    // Listened for from the start: the server may close it before the batch is connected.
    if (onClose) socket.on('close', onClose);
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Writes the request and collects whatever comes back until the server closes the socket. */
function answerOf(socket: Socket, request: string): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(text));
    socket.write(request);
  });
}

const stalledPost =
  'POST /login HTTP/1.1\r\nHost: journal.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 400\r\n\r\nemail=';

test('the descriptor limit is read from /proc/self/limits and the connection budget stays below it', () => {
  const limit = descriptorLimit();
  assert.ok(limit >= 64, String(limit));
  assert.equal(descriptorLimit('/nonexistent/limits'), 1024, 'a safe default when it cannot be read');
  assert.equal(connectionBudget(1024), 896);
  assert.equal(connectionBudget(20000), 17500);
  assert.ok(connectionBudget(100) < 100);
  assert.equal(connectionBudget(Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY);
});

for (const { dialect, skip } of testDialects.slice(0, 1)) {
  describe(`connection cap per address [${dialect}]`, { skip, timeout: 120_000 }, () => {
    let app: TestApp;
    before(async () => {
      app = await createTestApp(dialect, { MAX_CONNECTIONS_PER_ADDRESS: String(CAP) });
      await app.app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(() => app.stop());

    test(`${STALLED} stalled POSTs from one address: at most ${CAP} stay open, another address is answered at once`, async (t) => {
      assert.ok(app.app.server.maxConnections < descriptorLimit(), 'maxConnections is below the descriptor limit');
      const port = portOf(app);
      let seen = 0;
      app.app.server.on('connection', () => seen++);
      const sockets: Socket[] = [];
      let closed = 0;
      // In batches, so the listen backlog does not drop SYNs (and retry them a second later).
      for (let i = 0; i < STALLED; i += 250) {
        const batch = await Promise.all(Array.from({ length: Math.min(250, STALLED - i) }, () => open(port, '127.0.0.1', () => closed++)));
        for (const s of batch) {
          s.on('error', () => {});
          s.write(stalledPost);
          sockets.push(s);
        }
      }
      try {
        await until(() => seen === STALLED);
        const held = await new Promise<number>((resolve, reject) => app.app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));
        assert.ok(held <= CAP, `the server holds ${held} connections`);
        await until(() => closed >= STALLED - CAP);
        const stillOpen = STALLED - closed;
        assert.ok(stillOpen <= CAP, `${stillOpen} stalled connections stay open`);

        const started = performance.now();
        const other = await open(port, '127.0.0.2');
        const answer = await answerOf(other, 'GET /healthz HTTP/1.1\r\nHost: journal.example\r\nConnection: close\r\n\r\n');
        assert.match(answer, /^HTTP\/1\.1 200 /);
        t.diagnostic(`${stillOpen} of ${STALLED} stalled connections open (server holds ${held}); 127.0.0.2 answered in ${(performance.now() - started).toFixed(1)} ms`);
      } finally {
        for (const s of sockets) s.destroy();
      }
    });
  });

  describe(`request timeouts [${dialect}]`, { skip, timeout: 60_000 }, () => {
    let app: TestApp;
    let slug = '';
    before(async () => {
      app = await createTestApp(dialect, { REQUEST_TIMEOUT_MS: '1000', HEADERS_TIMEOUT_MS: '500', KEEP_ALIVE_TIMEOUT_MS: '300' });
      slug = (await makeArticle(app.ctx)).slug;
      await app.app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(() => app.stop());

    test('a POST whose body never comes is answered 408 and closed after the request timeout', async () => {
      assert.equal(app.app.server.requestTimeout, 1000);
      const socket = await open(portOf(app), '127.0.0.1');
      const answer = await answerOf(socket, stalledPost);
      assert.match(answer, /^HTTP\/1\.1 408 /);
    });

    test('headers that never end are closed too, also for a cached article (the fast path)', async () => {
      assert.equal(app.app.server.headersTimeout, 500);
      // Warm the page cache, so the same URL would be answered by the fast path.
      const warm = await open(portOf(app), '127.0.0.1');
      assert.match(await answerOf(warm, `GET /${slug}/ HTTP/1.1\r\nHost: journal.example\r\nConnection: close\r\n\r\n`), /^HTTP\/1\.1 200 /);
      assert.ok(app.app.fastPath, 'the fast path is on');
      const socket = await open(portOf(app), '127.0.0.1');
      const answer = await answerOf(socket, `GET /${slug}/ HTTP/1.1\r\nHost: journal.example\r\nUser-Agent: slow`);
      assert.match(answer, /^HTTP\/1\.1 408 /);
    });

    test('an idle kept-alive connection is closed after the keep-alive timeout', async () => {
      const socket = await open(portOf(app), '127.0.0.1');
      const answer = await answerOf(socket, 'GET /healthz HTTP/1.1\r\nHost: journal.example\r\n\r\n');
      assert.match(answer, /^HTTP\/1\.1 200 /);
      assert.match(answer, /keep-alive: timeout=0/i);
    });
  });
}
