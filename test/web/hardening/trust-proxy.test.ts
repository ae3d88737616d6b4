import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import { loadConfig, parseTrustProxy, type TrustProxy } from '../../../src/config.js';
import { clientAddress, trustFunction } from '../../../src/web/client-address.js';
import { ConfigError } from '../../../src/shared/errors.js';
import { describeEachApp, type TestApp } from '../../helpers/app.js';
import { Client, hiddenValue, makeUser, toFreshWindow, uniqueEmail } from '../accounts-client.js';

// Behind nginx's `proxy_add_x_forwarded_for`, X-Forwarded-For is whatever the client sent
// followed by the address nginx saw. Only the entries our proxies wrote may be believed:
// a forged leftmost entry must change nothing (rate limits, audit log, visitors).

describe('TRUST_PROXY values', () => {
  test('0/false/empty: no proxy; true/yes: one hop; N: N hops; a list: addresses and CIDRs', () => {
    assert.equal(parseTrustProxy(''), false);
    assert.equal(parseTrustProxy('0'), false);
    assert.equal(parseTrustProxy('false'), false);
    assert.equal(parseTrustProxy('1'), 1);
    assert.equal(parseTrustProxy('true'), 1, '"true" is one hop, never every hop');
    assert.equal(parseTrustProxy('yes'), 1);
    assert.equal(parseTrustProxy('2'), 2);
    assert.deepEqual(parseTrustProxy('10.0.0.5, 192.168.0.0/16,fd00::/8,loopback'), ['10.0.0.5', '192.168.0.0/16', 'fd00::/8', 'loopback']);
    for (const bad of ['everything', '10.0.0.0/33', '10.0.0/8', 'example.org', '99']) {
      assert.throws(() => parseTrustProxy(bad), ConfigError, bad);
    }
    assert.throws(() => loadConfig({ TRUST_PROXY: 'all' }), /TRUST_PROXY/);
    assert.equal(loadConfig({}).trustProxy, false);
  });

  test('clientAddress() and Fastify request.ip agree for every setting and forged chain', async () => {
    const settings: TrustProxy[] = [false, 1, 2, ['10.0.0.0/8'], ['loopback'], ['10.9.9.9', '192.168.0.0/16']];
    const cases: Array<{ peer: string; xff?: string }> = [
      { peer: '10.1.2.3' },
      { peer: '10.1.2.3', xff: '203.0.113.5' },
      { peer: '10.1.2.3', xff: '6.6.6.6, 203.0.113.5' },
      { peer: '10.1.2.3', xff: '6.6.6.6, 192.168.1.1, 203.0.113.5, 10.2.2.2' },
      { peer: '192.168.4.4', xff: ' 6.6.6.6 ,\t10.0.0.1 ,, 198.51.100.9 ' },
      { peer: '127.0.0.1', xff: 'not-an-address, 198.51.100.9' },
      { peer: '198.51.100.77', xff: '6.6.6.6' },
    ];
    for (const setting of settings) {
      const app = Fastify({ trustProxy: setting === false ? false : trustFunction(setting) });
      app.get('/', async (request) => ({ ip: request.ip, ours: clientAddress(request.raw as IncomingMessage, setting) }));
      for (const c of cases) {
        const res = await app.inject({ url: '/', remoteAddress: c.peer, headers: c.xff ? { 'x-forwarded-for': c.xff } : {} });
        const { ip, ours } = res.json() as { ip: string; ours: string };
        assert.equal(ours, ip, `${JSON.stringify(setting)} ${JSON.stringify(c)}`);
      }
      await app.close();
    }
    const fake = (peer: string, xff?: string) => ({ socket: { remoteAddress: peer }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage;
    assert.equal(clientAddress(fake('10.1.1.1', '6.6.6.6, 203.0.113.5'), 1), '203.0.113.5', 'one hop: the rightmost entry');
    assert.equal(clientAddress(fake('10.1.1.1', '6.6.6.6, 203.0.113.5, 10.3.3.3'), 2), '203.0.113.5', 'two hops');
    assert.equal(clientAddress(fake('10.1.1.1', '6.6.6.6'), false), '10.1.1.1', 'no proxy: the peer');
    assert.equal(clientAddress(fake('198.51.100.8', '6.6.6.6'), ['10.0.0.0/8']), '198.51.100.8', 'a peer outside the list is the client');
    assert.equal(clientAddress(fake('::ffff:10.1.1.1', '6.6.6.6, 192.0.2.4'), ['10.0.0.0/8']), '192.0.2.4', 'a dual-stack peer matches its IPv4 CIDR');
  });
});

/** One form post with a hand-written X-Forwarded-For chain. */
async function postWithChain(c: Client, app: TestApp, page: string, action: string, fields: Record<string, string>, chain: string) {
  const html = (await c.request('GET', page, undefined, { 'x-forwarded-for': chain })).body;
  const hidden: Record<string, string> = { _csrf: hiddenValue(html, '_csrf') };
  const ft = hiddenValue(html, '_ft');
  if (ft) hidden._ft = ft;
  app.clock.advance(3000);
  return c.request('POST', action, { ...hidden, ...fields }, { 'x-forwarded-for': chain });
}

async function bucketsMentioning(app: TestApp, text: string): Promise<Array<{ bucket: string; count: number }>> {
  const rows = await app.ctx.db.selectFrom('rate_limits').select(['bucket', 'count']).where('bucket', 'like', `%${text}%`).execute();
  return rows.map((r) => ({ bucket: r.bucket, count: Number(r.count) }));
}

async function auditAddresses(app: TestApp, action: string, since: string): Promise<string[]> {
  const rows = await app.ctx.db.selectFrom('audit_log').select('ip').where('action', '=', action).where('at', '>=', since).execute();
  return rows.map((r) => r.ip);
}

// Every client of this suite arrives through the one trusted hop (inject's peer), and puts
// its own forged entries in front of the address nginx appended.
describeEachApp(
  'TRUST_PROXY=1: forged X-Forwarded-For chains',
  (app) => {
    test('sign-in: failures count against the real address, and the audit log records it', async () => {
      toFreshWindow(app());
      const since = app().clock.now().toISOString();
      const user = await makeUser(app().ctx);
      const c = new Client(app);
      for (let i = 1; i <= 6; i++) {
        const res = await postWithChain(c, app(), '/login', '/login', { email: user.email, password: 'wrong-guess-wrong' }, `198.51.100.${i}, 203.0.113.10`);
        assert.ok(res.statusCode === 401 || res.statusCode === 429, String(res.statusCode));
      }
      assert.deepEqual(await bucketsMentioning(app(), '198.51.100.'), [], 'no limit counts a forged address');
      const real = await bucketsMentioning(app(), '203.0.113.10');
      assert.ok(real.length > 0 && real.every((b) => b.count >= 1), JSON.stringify(real));
      const logged = await auditAddresses(app(), 'signin.failed', since);
      assert.ok(logged.length >= 5);
      assert.deepEqual([...new Set(logged)], ['203.0.113.10']);
    });

    test('sign-up: the per-address limit triggers although every request forges another address', async () => {
      toFreshWindow(app());
      const c = new Client(app);
      const statuses: number[] = [];
      for (let i = 1; i <= 14 && !statuses.includes(429); i++) {
        const email = uniqueEmail('forger');
        const res = await postWithChain(c, app(), '/register', '/register', { name: 'Forger', email, password: `long-enough-pass-${i}-x`, website: '' }, `198.51.101.${i}, 203.0.113.11`);
        statuses.push(res.statusCode);
      }
      assert.ok(statuses.includes(429), `sign-ups were limited: ${statuses.join(' ')}`);
      assert.deepEqual(await bucketsMentioning(app(), '198.51.101.'), []);
      assert.ok((await bucketsMentioning(app(), '203.0.113.11')).length > 0);
    });

    test('password reset: the per-address limit triggers, the audit log records the real address', async () => {
      toFreshWindow(app());
      const since = app().clock.now().toISOString();
      const user = await makeUser(app().ctx);
      const c = new Client(app);
      const first = await postWithChain(c, app(), '/forgot-password', '/forgot-password', { email: user.email }, '198.51.102.1, 203.0.113.12');
      assert.equal(first.statusCode, 303);
      assert.deepEqual([...new Set(await auditAddresses(app(), 'password.reset_requested', since))], ['203.0.113.12']);
      const statuses: number[] = [];
      for (let i = 2; i <= 14 && !statuses.includes(429); i++) {
        const res = await postWithChain(c, app(), '/forgot-password', '/forgot-password', { email: uniqueEmail('nobody') }, `198.51.102.${i}, 203.0.113.12`);
        statuses.push(res.statusCode);
      }
      assert.ok(statuses.includes(429), `resets were limited: ${statuses.join(' ')}`);
      assert.deepEqual(await bucketsMentioning(app(), '198.51.102.'), []);
    });
  },
  { TRUST_PROXY: '1' },
);

// The test clients' peers are in 10.0.0.0/8 (see randomIp()): they are the trusted proxies.
describeEachApp(
  'TRUST_PROXY as a CIDR list',
  (app) => {
    test('the first address from the right outside the list is the client; an outside peer is never overridden', async () => {
      toFreshWindow(app());
      const since = app().clock.now().toISOString();
      const user = await makeUser(app().ctx);
      const viaProxies = new Client(app);
      await postWithChain(viaProxies, app(), '/login', '/login', { email: user.email, password: 'wrong-guess-wrong' }, '198.51.103.1, 192.0.2.44, 10.200.0.1');
      const direct = new Client(app, '192.0.2.200');
      await postWithChain(direct, app(), '/login', '/login', { email: user.email, password: 'wrong-guess-wrong' }, '198.51.103.2, 10.200.0.2');
      const logged = await auditAddresses(app(), 'signin.failed', since);
      assert.deepEqual(logged.sort(), ['192.0.2.200', '192.0.2.44']);
      assert.deepEqual(await bucketsMentioning(app(), '198.51.103.'), []);
    });
  },
  { TRUST_PROXY: '10.0.0.0/8' },
);
