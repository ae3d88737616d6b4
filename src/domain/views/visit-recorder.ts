import type { Db } from '../../db/database.js';
import { dayKey, type Clock } from '../../shared/clock.js';
import { addressHash, isCountableVisit, visitorHash, type VisitRequest } from './visitor.js';
import { dailySalt, pruneVisitorData, visitTotals, type PendingVisit, type VisitTotals } from './views.queries.js';
import { databaseWriter, type VisitWriter } from './visit-writer.js';

export interface VisitInput extends VisitRequest {
  articleId: number;
  clientAddress: string;
}

export interface RecordedVisit extends VisitTotals {
  counted: boolean;
}

export interface VisitRecorderOptions {
  /** how often buffered visits are written; a crash loses at most this much */
  flushIntervalMs?: number;
  /** write early when this many visits are waiting */
  maxBuffered?: number;
  /** how long the stored totals of an article are reused before being read again */
  storedTtlMs?: number;
  /** visitors remembered in memory per day before the set starts afresh (memory bound) */
  seenCap?: number;
  /** where batches are written (default: the database, in this thread); closed by stop() */
  writer?: VisitWriter;
  /** distinct visitors counted per client address per article per day (config VISITS_PER_ADDRESS) */
  perAddress?: number;
}

const DAY_MS = 86_400_000;

/**
 * Counts visits in memory and writes them in batches, so a page view costs one
 * indexed read instead of a write. The count a page shows includes every visit
 * counted before it, the ones still buffered here, and its own.
 */
export class VisitRecorder {
  private day = '';
  /** when `day` ends (ms): checked per visit instead of formatting a date */
  private dayEndsAt = 0;
  private salt = '';
  private rolling: Promise<void> | undefined;
  /**
   * `articleId:visitor` counted today by this process: repeats are refused without a
   * write. A cache, not the authority: when it is cleared (at `seenCap`) a repeat is
   * buffered again and the database's primary key refuses it at the next write.
   */
  private seenToday = new Set<string>();
  /**
   * `articleId:addressHash` → visitors counted today from that address: past `perAddress`
   * a new User-Agent from the same address no longer counts. Kept in memory (reset with
   * the daily salt, cleared with `seenToday`) so a page view costs no extra query; with
   * several instances each applies the cap on its own, so one address can count up to
   * `perAddress` per instance that serves it.
   */
  private perAddressToday = new Map<string, number>();
  private readonly perAddress: number;
  private buffer: PendingVisit[] = [];
  /** buffered or being written, per article, per day they belong to */
  private unwritten = new Map<number, Map<string, number>>();
  private stored = new Map<number, VisitTotals & { day: string; at: number; writes: number }>();
  /** batches started so far: tells whether a stored copy was read before or during a write */
  private writes = 0;
  private readonly storedTtlMs: number;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private readonly flushIntervalMs: number;
  private readonly maxBuffered: number;
  private readonly seenCap: number;
  private readonly writer: VisitWriter;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    options: VisitRecorderOptions = {},
  ) {
    this.flushIntervalMs = options.flushIntervalMs ?? 1000;
    this.maxBuffered = options.maxBuffered ?? 5000;
    this.storedTtlMs = options.storedTtlMs ?? 1000;
    // About 80 bytes each: 50,000 visitors hold some 4 MB. A repeat the set has forgotten
    // costs one refused row at the next write, and shows one too many for that second.
    this.seenCap = options.seenCap ?? 50_000;
    this.writer = options.writer ?? databaseWriter(db);
    this.perAddress = options.perAddress ?? 20;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush().catch(() => undefined), this.flushIntervalMs);
    this.timer.unref();
  }

  /** Graceful shutdown: stop the timer, write everything still buffered, close the writer. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    try {
      await this.flush();
    } finally {
      await this.writer.close();
    }
  }

  /** The current day, its salt and set; concurrent callers at midnight share one roll. */
  private currentDay(now: number): Promise<void> | undefined {
    if (now < this.dayEndsAt) return undefined;
    this.rolling ??= this.rollDay().finally(() => {
      this.rolling = undefined;
    });
    return this.rolling;
  }

  private async rollDay(): Promise<void> {
    const today = dayKey(this.clock.now());
    if (today === this.day) return;
    const salt = await dailySalt(this.db, today);
    if (this.day !== '') await pruneVisitorData(this.db, today);
    this.salt = salt;
    this.day = today;
    this.dayEndsAt = Date.parse(`${today}T00:00:00Z`) + DAY_MS;
    this.seenToday = new Set();
    this.perAddressToday = new Map();
  }

  /** Records the visit if it counts and returns the totals the page should show. */
  async record(input: VisitInput): Promise<RecordedVisit> {
    // One clock read per visit: this runs for every article page view.
    const now = this.clock.now().getTime();
    await this.currentDay(now);
    const day = this.day;
    let counted = false;
    if (isCountableVisit(input)) {
      const visitor = visitorHash(this.salt, input.clientAddress, input.userAgent ?? '');
      const key = `${input.articleId}:${visitor}`;
      if (!this.seenToday.has(key) && this.underAddressCap(input.articleId, input.clientAddress)) {
        if (this.seenToday.size >= this.seenCap) this.seenToday.clear();
        this.seenToday.add(key);
        this.buffer.push({ day, visitor, articleId: input.articleId });
        this.addUnwritten(input.articleId, day, 1);
        counted = true;
        if (this.buffer.length >= this.maxBuffered) void this.flush().catch(() => undefined);
      }
    }
    const totals = this.withUnwritten(input.articleId, this.freshStored(input.articleId, now) ?? (await this.readStored(input.articleId)));
    return { total: totals.total, today: totals.today, counted };
  }

  /** Takes one of the address's visitors for this article today, or says none are left. */
  private underAddressCap(articleId: number, clientAddress: string): boolean {
    const key = `${articleId}:${addressHash(this.salt, clientAddress)}`;
    const used = this.perAddressToday.get(key) ?? 0;
    if (used >= this.perAddress) return false;
    // Bounded like seenToday: forgetting lets an address count afresh, never less.
    if (used === 0 && this.perAddressToday.size >= this.seenCap) this.perAddressToday.clear();
    this.perAddressToday.set(key, used + 1);
    return true;
  }

  /** Totals including visits not yet written. */
  async totals(articleId: number): Promise<VisitTotals> {
    const now = this.clock.now().getTime();
    await this.currentDay(now);
    return this.withUnwritten(articleId, this.freshStored(articleId, now) ?? (await this.readStored(articleId)));
  }

  private withUnwritten(articleId: number, stored: VisitTotals): VisitTotals {
    let total = stored.total;
    let today = stored.today;
    const pending = this.unwritten.get(articleId);
    if (pending) {
      for (const [day, n] of pending) {
        total += n;
        if (day === this.day) today += n;
      }
    }
    return { total, today };
  }

  /**
   * What the database holds, read at most once a second per article: our own visits
   * are added from `unwritten` until written, and other instances' show up within a
   * second. Without this every page view would cost a query.
   */
  private freshStored(articleId: number, now: number): VisitTotals | undefined {
    const cached = this.stored.get(articleId);
    if (cached && cached.day === this.day && now - cached.at < this.storedTtlMs) return cached;
    return undefined;
  }

  private async readStored(articleId: number): Promise<VisitTotals> {
    const at = this.clock.now().getTime();
    const writes = this.writes;
    const day = this.day;
    const fresh = { ...(await visitTotals(this.db, articleId, day)), day, at, writes };
    if (this.stored.size >= 50_000) this.stored.clear();
    this.stored.set(articleId, fresh);
    return fresh;
  }

  private addUnwritten(articleId: number, day: string, n: number): void {
    let perDay = this.unwritten.get(articleId);
    if (!perDay) {
      perDay = new Map();
      this.unwritten.set(articleId, perDay);
    }
    const left = (perDay.get(day) ?? 0) + n;
    if (left !== 0) perDay.set(day, left);
    else {
      perDay.delete(day);
      if (perDay.size === 0) this.unwritten.delete(articleId);
    }
  }

  /** Writes buffered visits. Concurrent callers share one write; a failed write is retried later. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const write = ++this.writes;
    this.flushing = (async () => {
      try {
        const written = await this.writer.write(batch);
        for (const v of batch) this.addUnwritten(v.articleId, v.day, -1);
        // What the database now holds beyond our stored copy: exactly what this batch added
        // (visits another instance had already counted were refused by the database).
        for (const w of written) {
          const s = this.stored.get(w.articleId);
          if (!s) continue;
          // A copy read while this batch was being written may already include it: read again.
          if (s.writes >= write) {
            this.stored.delete(w.articleId);
            continue;
          }
          s.total += w.n;
          if (w.day === s.day) s.today += w.n;
        }
      } catch (err) {
        this.buffer = batch.concat(this.buffer);
        throw err;
      } finally {
        this.flushing = undefined;
      }
    })();
    await this.flushing;
  }

  get pending(): number {
    return this.buffer.length;
  }
}
