import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWrk } from '../../bench/wrk.js';

// Reports as wrk 4.2 prints them with --latency.
const plain = `Running 2s test @ http://127.0.0.1:4557/
  1 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   423.00us    1.16ms  27.71ms   95.68%
    Req/Sec    32.57k    12.04k   41.06k    85.71%
  Latency Distribution
     50%  193.00us
     75%  297.00us
     90%  624.00us
     99%    4.26ms
  67849 requests in 2.10s, 1.35GB read
Requests/sec:  32307.60
Transfer/sec:    658.55MB
`;

test('reads requests, duration, latency percentiles and transfer', () => {
  const r = parseWrk(plain);
  assert.equal(r.requests, 67849);
  assert.equal(r.seconds, 2.1);
  assert.equal(r.p50Ms, 0.193);
  assert.equal(r.p99Ms, 4.26);
  assert.equal(r.meanMs, 0.423);
  assert.equal(r.non2xx, 0);
  assert.equal(r.errors, 0);
  assert.equal(Math.round(r.bytesPerSec / 1024 / 1024), 659);
});

test('counts non-2xx answers and socket errors (a server stopped mid-run)', () => {
  const r = parseWrk(
    plain.replace(
      '  67849 requests in 2.10s, 1.35GB read\n',
      '  67849 requests in 2.10s, 1.35GB read\n  Socket errors: connect 30, read 2, write 0, timeout 1\n  Non-2xx or 3xx responses: 12\n',
    ),
  );
  assert.equal(r.errors, 33);
  assert.equal(r.non2xx, 12);
});

test('an unreadable report is an error, not zeros', () => {
  assert.throws(() => parseWrk('wrk: command failed'), /could not read/);
});
