import type { Executor } from '../../../db/database.js';
import { ValidationError } from '../../../shared/errors.js';
import { addRedirect, normalizeSitePath } from '../../redirects/redirects.queries.js';

// The import's redirects, tens of thousands for a large site. Each goes through
// addRedirect (the one mechanism: it keeps the table flat) unless the table, mirrored
// here in memory, shows that addRedirect would do nothing but insert the row: no entry
// from that path yet, none pointing at it, none leaving its target. Those rows are
// inserted in batches, exactly as addRedirect writes them. Re-running adds nothing.

export class ImportRedirects {
  private readonly byFrom = new Map<string, string>();
  private readonly toCount = new Map<string, number>();
  private pending: Array<{ from: string; to: string }> = [];
  added = 0;

  private constructor(
    private readonly db: Executor,
    private readonly now: string,
  ) {}

  static async load(db: Executor, now: string): Promise<ImportRedirects> {
    const r = new ImportRedirects(db, now);
    for (const row of await db.selectFrom('redirects').select(['from_path', 'to_path']).execute()) r.remember(row.from_path, row.to_path);
    return r;
  }

  private remember(from: string, to: string): void {
    const was = this.byFrom.get(from);
    if (was !== undefined) this.toCount.set(was, (this.toCount.get(was) ?? 1) - 1);
    this.byFrom.set(from, to);
    this.toCount.set(to, (this.toCount.get(to) ?? 0) + 1);
  }

  private forget(from: string): void {
    const was = this.byFrom.get(from);
    if (was === undefined) return;
    this.byFrom.delete(from);
    this.toCount.set(was, (this.toCount.get(was) ?? 1) - 1);
  }

  async add(fromInput: string, toInput: string): Promise<void> {
    const from = normalizeSitePath(fromInput);
    const to = normalizeSitePath(toInput);
    if (!from || !to || from === to) return;
    if (this.byFrom.get(from) === to) return;
    this.added += 1;
    const simple = !this.byFrom.has(from) && !this.toCount.get(from) && !this.byFrom.has(to);
    if (simple) {
      this.pending.push({ from, to });
      this.remember(from, to);
      if (this.pending.length >= 500) await this.flush();
      return;
    }
    await this.flush();
    try {
      await addRedirect(this.db, { from, to, source: 'import', now: this.now });
    } catch (err) {
      if (err instanceof ValidationError) return;
      throw err;
    }
    // What addRedirect just did, mirrored: its target is live, entries to `from` now go to `to`.
    this.forget(to);
    for (const [f, t] of [...this.byFrom]) if (t === from) this.remember(f, to);
    this.remember(from, to);
  }

  /** The article now at `path` is live: saving it dropped any redirect from there. */
  async cleared(path: string): Promise<void> {
    if (!this.byFrom.has(path)) return;
    this.pending = this.pending.filter((p) => p.from !== path);
    this.forget(path);
  }

  /** After writes made elsewhere (an article's slug changed): flush, then read the table again. */
  async reload(): Promise<void> {
    await this.flush();
    this.byFrom.clear();
    this.toCount.clear();
    for (const row of await this.db.selectFrom('redirects').select(['from_path', 'to_path']).execute()) this.remember(row.from_path, row.to_path);
  }

  async flush(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto('redirects')
        .values(rows.slice(i, i + 200).map((r) => ({ from_path: r.from, to_path: r.to, status_code: 301, source: 'import', created_at: this.now, created_by: null })))
        .execute();
    }
  }
}
