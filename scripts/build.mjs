// Compiles src/ to dist/ with esbuild (one file in, one file out; no bundling), in
// about a second. Type checking is `npm run typecheck`, part of `npm test`.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
})(join(root, 'src'));

rmSync(join(root, 'dist'), { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints: files,
  outdir: join(root, 'dist'),
  outbase: join(root, 'src'),
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: '@kitajs/html',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`built ${files.length} modules into dist/ in ${Date.now() - started} ms`);
