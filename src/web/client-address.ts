import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { TrustProxy } from '../config.js';

// Who the client is, decided in one place. Fastify is given the very same trust function
// as its `trustProxy` option, and walks X-Forwarded-For the way clientAddress() below does
// (proxy-addr's rules: from the socket's peer leftwards, stop at the first hop not trusted),
// so `request.ip` (rate limits, audit log, sessions) and the visit counter's address (also
// on the cached-page fast path, before Fastify) always agree.

/** proxy-addr's signature: is the address at this hop (0 = the socket's peer) a proxy we trust? */
export type TrustFunction = (address: string | undefined, hop: number) => boolean;

const RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

const compiled = new WeakMap<readonly string[], TrustFunction>();
const trustNone: TrustFunction = () => false;
const hopFunctions = new Map<number, TrustFunction>();

/** The trust function for a TRUST_PROXY setting (memoised: the hot path calls this per request). */
export function trustFunction(trust: TrustProxy): TrustFunction {
  if (trust === false || trust === 0) return trustNone;
  if (typeof trust === 'number') {
    let fn = hopFunctions.get(trust);
    if (!fn) {
      // N hops: the socket's peer and the N-1 entries to its left are proxies.
      fn = (_address, hop) => hop < trust;
      hopFunctions.set(trust, fn);
    }
    return fn;
  }
  let fn = compiled.get(trust);
  if (!fn) {
    fn = listTrust(trust);
    compiled.set(trust, fn);
  }
  return fn;
}

function listTrust(entries: readonly string[]): TrustFunction {
  const list = new BlockList();
  for (const entry of entries.flatMap((e) => RANGES[e] ?? [e])) {
    const [raw = '', bits] = entry.split('/');
    const address = unmapped(raw);
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    if (!address) return false;
    const a = unmapped(address);
    if (isIPv4(a)) return list.check(a, 'ipv4');
    if (isIPv6(a)) return list.check(a, 'ipv6');
    return false;
  };
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function unmapped(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && isIPv4(lower.slice(7)) ? lower.slice(7) : address;
}

/** The addresses from the socket's peer leftwards through X-Forwarded-For, as proxy-addr reads them. */
function forwardedChain(raw: IncomingMessage): Array<string | undefined> {
  const chain: Array<string | undefined> = [raw.socket.remoteAddress];
  const header = raw.headers['x-forwarded-for'];
  if (typeof header !== 'string') return chain;
  const parts = header.split(',');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.replace(/^[ \t]+|[ \t]+$/g, '');
    if (part) chain.push(part);
  }
  return chain;
}

/**
 * The client's address: the first hop, walking from the socket's peer towards the leftmost
 * X-Forwarded-For entry, that is not a trusted proxy. Entries left of it were written by
 * the client (or by nobody we trust) and are ignored.
 */
export function clientAddress(raw: IncomingMessage, trust: TrustProxy | TrustFunction): string {
  const fn = typeof trust === 'function' ? trust : trustFunction(trust);
  if (fn === trustNone) return raw.socket.remoteAddress ?? '';
  const chain = forwardedChain(raw);
  let i = 0;
  while (i < chain.length - 1 && fn(chain[i], i)) i++;
  return chain[i] ?? '';
}

/** Whether a connection from this peer comes from a trusted proxy (so it speaks for many clients). */
export function isTrustedProxy(address: string | undefined, trust: TrustProxy): boolean {
  return trustFunction(trust)(address, 0);
}
