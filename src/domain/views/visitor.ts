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

export function isCountableVisit(req: VisitRequest): boolean {
  if (req.method !== 'GET') return false;
  if (req.purpose && /prefetch|prerender/i.test(req.purpose)) return false;
  const ua = req.userAgent?.trim() ?? '';
  if (ua.length < 20 || ua.length > 1000) return false;
  if (!/^Mozilla\/\d/.test(ua)) return false;
  return !NOT_A_READER.test(ua);
}

/** The visitor id: no cookie, no stored address; unlinkable across days because the salt rotates. */
export function visitorHash(dailySalt: string, clientAddress: string, userAgent: string): string {
  return createHash('sha256').update(`${dailySalt}\u0000${clientAddress}\u0000${userAgent}`).digest('base64url').slice(0, 22);
}
