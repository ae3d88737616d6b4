// Issue 14, item 3, measured once: does a password reset for an address with an account
// take longer than one for an unknown address, when the SMTP relay needs 100 ms per message?
// With mail queued and delivered by the background sender it must not (the medians differ
// by well under the relay's 100 ms). Run: node --import tsx bench/mail-timing.ts [runs]
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createUserFromCli } from '../src/domain/accounts/user-admin.service.js';
import { createRuntime } from '../src/runtime.js';
import { fixedClock } from '../src/shared/clock.js';

const RUNS = Number(process.argv[2] ?? 30);
const RELAY_MS = 100;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

let accepted = 0;
const relay = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  closeTimeout: 1000,
  onData(stream, _session, callback) {
    stream.resume();
    stream.on('end', () =>
      setTimeout(() => {
        accepted += 1;
        callback();
      }, RELAY_MS),
    );
  },
});
await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
const port = (relay.server.address() as AddressInfo).port;

const clock = fixedClock('2026-12-01T09:00:00.000Z');
const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0', SMTP_URL: `smtp://127.0.0.1:${port}` });
const runtime = await createRuntime(config, { database: openDatabase({ kind: 'sqlite', path: ':memory:' }), clock, logger: false });

const known: string[] = [];
// one more than RUNS: the first is spent warming up
const COMPARE = 10;
for (let i = 0; i <= RUNS + COMPARE; i++) {
  const email = `known-${i}@example.org`;
  await createUserFromCli(runtime.ctx, { email, name: `Reader ${i}`, role: 'reader', password: `river-lantern-${randomBytes(3).toString('hex')}-orchard` });
  known.push(email);
}

/** GET the form (cookies, hidden fields), then time only the POST. */
async function timedReset(email: string, waitForRelay = false): Promise<number> {
  const b = randomBytes(3);
  const ip = `10.${b[0]}.${b[1]}.${b[2]}`;
  const form = await runtime.app.inject({ method: 'GET', url: '/forgot-password', remoteAddress: ip, headers: { 'user-agent': UA, accept: 'text/html' } });
  const cookies = ([] as string[]).concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const hidden = (name: string) => form.body.match(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`))?.[1];
  const fields: Record<string, string> = { email };
  for (const name of ['_csrf', '_ft']) {
    const v = hidden(name);
    if (v) fields[name] = v;
  }
  clock.advance(3000);
  const start = performance.now();
  const res = await runtime.app.inject({
    method: 'POST',
    url: '/forgot-password',
    remoteAddress: ip,
    headers: { 'user-agent': UA, accept: 'text/html', cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
  // The old behaviour, for comparison: the request held until the relay has the message.
  if (waitForRelay) await runtime.mailSender.drain();
  const ms = performance.now() - start;
  if (res.statusCode !== 303) throw new Error(`POST /forgot-password answered ${res.statusCode}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const extra = known.splice(RUNS + 1);
// Warm up both paths (JIT, the lazy nodemailer import), then alternate so drift hits both.
await timedReset(`warm-${randomBytes(3).toString('hex')}@example.org`);
await timedReset(known.pop() ?? '');
await runtime.mailSender.drain();
const knownMs: number[] = [];
const unknownMs: number[] = [];
for (let i = 0; i < known.length; i++) {
  knownMs.push(await timedReset(known[i] ?? ''));
  unknownMs.push(await timedReset(`nobody-${i}-${randomBytes(3).toString('hex')}@example.org`));
}
const drainStart = performance.now();
await runtime.mailSender.drain();
const drainMs = performance.now() - drainStart;
const syncMs: number[] = [];
for (let i = 0; i < COMPARE; i++) syncMs.push(await timedReset(extra[i] ?? '', true));

const mk = median(knownMs);
const mu = median(unknownMs);
console.log(`relay: ${RELAY_MS} ms per message; ${knownMs.length} resets per kind (SQLite in memory, app.inject)`);
console.log(`known address:   median ${mk.toFixed(2)} ms (min ${Math.min(...knownMs).toFixed(2)}, max ${Math.max(...knownMs).toFixed(2)})`);
console.log(`unknown address: median ${mu.toFixed(2)} ms (min ${Math.min(...unknownMs).toFixed(2)}, max ${Math.max(...unknownMs).toFixed(2)})`);
console.log(`difference of medians: ${(mk - mu).toFixed(2)} ms`);
console.log(`relay accepted ${accepted} messages; draining the queue after the loop took ${drainMs.toFixed(0)} ms more`);
console.log(`for comparison, a known address when the request waits for the relay (the old behaviour): median ${median(syncMs).toFixed(2)} ms over ${syncMs.length}`);
await runtime.close();
await new Promise<void>((resolve) => relay.close(() => resolve()));
