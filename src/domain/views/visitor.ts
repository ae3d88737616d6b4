import { createHash } from 'node:crypto';

// Crawlers, link unfurlers, monitors and HTTP client libraries. A request must look
// like a browser ("Mozilla/…") and match none of these to count as a visit.
const NOT_A_READER =
  /bot|crawl|spider|slurp|scrap|archiver|curl|wget|httpie|python|java\/|okhttp|go-http|axios|node-fetch|undici|got\b|libwww|lwp::|perl|ruby|php|guzzle|postman|insomnia|headless|phantomjs|selenium|puppeteer|playwright|lighthouse|pagespeed|pingdom|uptime|monitor|statuscake|facebookexternalhit|embedly|preview|whatsapp|telegram|discord|slack|feed|rss|reader\b|autocannon|wrk|apachebench|siege|k6\//i;

export interface VisitRequest {
  method: string;
  userAgent: string | undefined;
  /** Purpose / Sec-Purpose header: browsers send "prefetch" for speculative loads */
  purpose: string | undefined;
}

/** A browser's verdict, remembered: one site sees few distinct User-Agent strings. */
const agentVerdicts = new Map<string, boolean>();

function isReaderAgent(ua: string): boolean {
  let verdict = agentVerdicts.get(ua);
  if (verdict === undefined) {
    verdict = ua.length >= 20 && ua.length <= 1000 && /^Mozilla\/\d/.test(ua) && !NOT_A_READER.test(ua);
    if (agentVerdicts.size >= 2000) agentVerdicts.clear();
    agentVerdicts.set(ua, verdict);
  }
  return verdict;
}

export function isCountableVisit(req: VisitRequest): boolean {
  if (req.method !== 'GET') return false;
  if (req.purpose && /prefetch|prerender/i.test(req.purpose)) return false;
  return isReaderAgent(req.userAgent?.trim() ?? '');
}

/** Bytes of the digest kept: 96 bits, so two visitors never share an id in practice. */
export const VISITOR_ID_BYTES = 12;

/**
 * The visitor id: no cookie, no stored address; unlinkable across days because the salt
 * rotates. A latin1 string (one character per byte) is cheap to keep in a Set; the
 * database stores the same bytes (`visitorBytes`).
 */
export function visitorHash(dailySalt: string, clientAddress: string, userAgent: string): string {
  return createHash('sha256').update(`${dailySalt}\u0000${clientAddress}\u0000${userAgent}`).digest().toString('latin1', 0, VISITOR_ID_BYTES);
}

/** The client address alone, salted like the visitor id: keys the per-address cap in memory. */
export function addressHash(dailySalt: string, clientAddress: string): string {
  return createHash('sha256').update(`${dailySalt}\u0001${clientAddress}`).digest().toString('latin1', 0, VISITOR_ID_BYTES);
}

export function visitorBytes(id: string): Buffer {
  return Buffer.from(id, 'latin1');
}
