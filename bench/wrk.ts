// wrk, when installed, as the load generator: written in C, it needs a fraction of the CPU
// autocannon needs per request, so on a 2-core machine the server, not the client, is what
// runs out of CPU and the ratios compare servers. A Lua script gives every request its
// own X-Forwarded-For address (a distinct visitor), starting from an offset per run so no
// address is ever reused.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function wrkPath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || null : null;
}

const SCRIPT = (userAgent: string) => `
local counter = 0
local offset = 0
local paths = {}
function init(args)
  offset = tonumber(args[1])
  for i = 2, #args do paths[#paths + 1] = args[i] end
end
function request()
  local n = offset + counter
  counter = counter + 1
  local ip = string.format("%d.%d.%d.%d", 10 + math.floor(n / 16777216), math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["User-Agent"] = ${JSON.stringify(userAgent)}, ["Accept"] = "text/html", ["X-Forwarded-For"] = ip })
end
`;

export interface WrkRun {
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  bytesPerSec: number;
}

function toMs(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n;
}

function toBytes(value: string, unit: string): number {
  const scale: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
  return Number(value) * (scale[unit] ?? 1);
}

/** Parses wrk's text report (run with --latency). */
export function parseWrk(text: string): WrkRun {
  const num = (re: RegExp) => re.exec(text);
  const total = num(/(\d+) requests in ([\d.]+)(us|ms|s|m)/);
  if (!total) throw new Error(`could not read wrk's report:\n${text}`);
  const latency = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s|m)`, 'm').exec(text);
    return m ? toMs(m[1]!, m[2]!) : 0;
  };
  const mean = num(/Latency\s+([\d.]+)(us|ms|s|m)/);
  const socket = num(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const transfer = num(/Transfer\/sec:\s+([\d.]+)(B|KB|MB|GB)/);
  return {
    requests: Number(total[1]),
    seconds: toMs(total[2]!, total[3]!) / 1000,
    non2xx: Number(num(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    errors: socket ? socket.slice(1).reduce((sum, v) => sum + Number(v), 0) : 0,
    p50Ms: latency('50'),
    p99Ms: latency('99'),
    meanMs: mean ? toMs(mean[1]!, mean[2]!) : 0,
    bytesPerSec: transfer ? toBytes(transfer[1]!, transfer[2]!) : 0,
  };
}

let nextOffset = 1;

/** One wrk run: one thread (the other core is the server's), `connections` connections. */
export function runWrk(
  wrk: string,
  options: { url: string; paths: string[]; connections: number; durationS: number; userAgent: string },
): Promise<WrkRun> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-wrk-'));
  const script = join(dir, 'visitors.lua');
  writeFileSync(script, SCRIPT(options.userAgent));
  const offset = nextOffset;
  // Generous: wrk sends at most some tens of thousands of requests a second.
  nextOffset += Math.ceil(options.durationS * 200_000);
  const args = ['-t1', `-c${options.connections}`, `-d${options.durationS}s`, '--latency', '-s', script, options.url, '--', String(offset), ...options.paths];
  return new Promise((resolve, reject) => {
    const child = spawn(wrk, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', () => {
      rmSync(dir, { recursive: true, force: true });
      try {
        resolve(parseWrk(out));
      } catch (err) {
        reject(err);
      }
    });
  });
}
