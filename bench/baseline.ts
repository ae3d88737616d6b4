// The baselines the app is compared with: the same article bytes served from memory by a
// bare node:http server, and by nginx when it is installed, each in its own process.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, onCleanup, startChild, waitUntilReady, type Child } from './processes.js';

// Plain JavaScript, so the baseline pays no loader or transpiler cost; it reads the file
// once and answers every request with the same bytes and headers the app sent for the page
// (security headers included), so the load generator parses the same answer from both.
const NODE_BASELINE = `
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const body = readFileSync(process.env.BODY_FILE);
const headers = { ...JSON.parse(process.env.BODY_HEADERS), 'content-length': body.length };
createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

/** Headers a server adds itself, or that describe one particular answer. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'server']);

/** The app's answer headers a baseline should repeat. */
export function replayableHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_ANSWER.has(name)));
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-bench-'));
  chmodSync(dir, 0o755);
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function startNodeBaseline(body: Buffer, headers: Record<string, string>): Promise<Child> {
  const dir = tempDir();
  const file = join(dir, 'article.html');
  writeFileSync(file, body);
  const port = await freePort();
  const child = startChild(process.execPath, ['--input-type=module', '-e', NODE_BASELINE], {
    env: { ...process.env, PORT: String(port), BODY_FILE: file, BODY_HEADERS: JSON.stringify(replayableHeaders(headers)) },
    url: `http://127.0.0.1:${port}`,
  });
  await waitUntilReady(child, '/', performance.now(), 10_000);
  return child;
}

export function nginxPath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx 2>/dev/null'], { encoding: 'utf8' });
  return found.stdout.trim().split('\n')[0] || null;
}

/** nginx with one worker (the app is one process too), serving the bytes from a temp file. */
export async function startNginxBaseline(body: Buffer, headers: Record<string, string>): Promise<Child | null> {
  const nginx = nginxPath();
  if (!nginx) return null;
  const dir = tempDir();
  writeFileSync(join(dir, 'article.html'), body);
  chmodSync(join(dir, 'article.html'), 0o644);
  const port = await freePort();
  const { 'content-type': contentType = 'text/html; charset=utf-8', ...rest } = replayableHeaders(headers);
  // nginx quotes nothing for us: a value with a double quote would end the directive.
  const addHeaders = Object.entries(rest)
    .filter(([, value]) => !value.includes('"'))
    .map(([name, value]) => `add_header ${name} "${value}";`)
    .join(' ');
  const asRoot = process.getuid?.() === 0;
  const conf = `
${asRoot ? 'user root;' : ''}
worker_processes 1;
daemon off;
master_process on;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  sendfile on; tcp_nopush on; keepalive_requests 1000000; etag off; server_tokens off;
  open_file_cache max=16 inactive=600s; open_file_cache_valid 600s;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location / { default_type '${contentType}'; ${addHeaders} try_files /article.html =404; }
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = startChild(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { url: `http://127.0.0.1:${port}` });
  await waitUntilReady(child, '/', performance.now(), 10_000);
  return child;
}
