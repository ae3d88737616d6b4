import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { isCountableVisit, visitorBytes, visitorHash } from '../../../src/domain/views/visitor.js';

const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const safariPhone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

test('browsers count', () => {
  for (const ua of [chrome, firefox, safariPhone]) {
    assert.equal(isCountableVisit({ method: 'GET', userAgent: ua, purpose: undefined }), true, ua);
  }
});

test('crawlers, unfurlers, monitors and bare HTTP clients do not count', () => {
  const agents = [
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (compatible; Slackbot-LinkExpanding 1.0; +https://api.slack.com/robots)',
    'curl/8.5.0',
    'Wget/1.21.3',
    'python-requests/2.32.3',
    'Go-http-client/2.0',
    'axios/1.7.2',
    'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
    'undici',
    'Java/17.0.2',
    'okhttp/4.12.0',
    'PostmanRuntime/7.39.0',
    '',
    'Mozilla/5.0',
  ];
  for (const ua of agents) assert.equal(isCountableVisit({ method: 'GET', userAgent: ua, purpose: undefined }), false, ua);
  assert.equal(isCountableVisit({ method: 'GET', userAgent: undefined, purpose: undefined }), false);
});

test('prefetches and non-GET requests do not count', () => {
  assert.equal(isCountableVisit({ method: 'GET', userAgent: chrome, purpose: 'prefetch' }), false);
  assert.equal(isCountableVisit({ method: 'GET', userAgent: chrome, purpose: 'prefetch;prerender' }), false);
  assert.equal(isCountableVisit({ method: 'HEAD', userAgent: chrome, purpose: undefined }), false);
});

test('the visitor hash depends on salt, address and agent, and reveals none of them', () => {
  const a = visitorHash('salt-1', '203.0.113.9', chrome);
  assert.equal(a, visitorHash('salt-1', '203.0.113.9', chrome));
  assert.notEqual(a, visitorHash('salt-2', '203.0.113.9', chrome));
  assert.notEqual(a, visitorHash('salt-1', '203.0.113.10', chrome));
  assert.notEqual(a, visitorHash('salt-1', '203.0.113.9', firefox));
  assert.doesNotMatch(a, /203|Mozilla/);
  assert.equal(a.length, 12);
  assert.equal(visitorBytes(a).length, 12);
  // Migration 04 relies on this: the stored bytes are the digest's first 12, whose
  // base64url is the first 16 characters of the id the first schema stored.
  const digest = createHash('sha256').update(`salt-1\u0000203.0.113.9\u0000${chrome}`).digest();
  assert.deepEqual(visitorBytes(a), digest.subarray(0, 12));
});
