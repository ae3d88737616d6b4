// The site's time zone (an IANA name such as Europe/Berlin): stored times stay
// UTC; people see and type local times. Built on Intl alone, so every zone the
// runtime knows works, daylight saving included.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, for a select list. */
export function timeZoneNames(): string[] {
  const list = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return list.includes('UTC') ? list : ['UTC', ...list];
}

function zonedParts(date: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-12-24T09:30" as read on a wall clock in the zone → the UTC instant (ISO), or undefined if malformed. */
export function zonedInputToUtc(local: string, timeZone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset across a daylight-saving change.
  let t = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  t = guess - offsetMinutes(new Date(t), timeZone) * 60_000;
  const date = new Date(t);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}

/** The UTC instant as "YYYY-MM-DDTHH:MM" in the zone, for a datetime-local input. */
export function utcToZonedInput(iso: string, timeZone: string): string {
  const p = zonedParts(new Date(iso), timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

const labelFormatters = new Map<string, Intl.DateTimeFormat>();
function labelFormatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let f = labelFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: withTime ? 'short' : 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    labelFormatters.set(key, f);
  }
  return f;
}

/** "14 October 2026" in the zone. */
export function formatDateInZone(iso: string, timeZone: string): string {
  return labelFormatter(timeZone, false).format(new Date(iso));
}

/** "14 Oct 2026, 09:30" in the zone. */
export function formatDateTimeInZone(iso: string, timeZone: string): string {
  return labelFormatter(timeZone, true).format(new Date(iso));
}

/** The calendar day (YYYY-MM-DD) of an instant in the zone. */
export function dayInZone(iso: string, timeZone: string): string {
  return utcToZonedInput(iso, timeZone).slice(0, 10);
}
