// Bundles the server and the CLI into dist/ with esbuild, in about a second. One
// bundle starts several times faster than hundreds of separate ES modules, which
// matters for cold starts. Native addons stay outside the bundle. Type checking is
// `npm run typecheck`, part of `npm test`.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
rmSync(join(root, 'dist'), { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints: {
    main: join(root, 'src/main.ts'),
    'cli/cli': join(root, 'src/cli/cli.ts'),
    // Started as a worker thread from the bundle's chunks, which sit beside it in dist/.
    'visit-writer.worker': join(root, 'src/domain/views/visit-writer.worker.ts'),
    // The WordPress import converts post bodies in threads started from the same place.
    'wp-import.worker': join(root, 'src/domain/imports/wordpress/wp-import.worker.ts'),
  },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: '@kitajs/html',
  // MASTHEAD_NO_MINIFY=1 keeps function names readable in CPU profiles of dist/.
  minify: process.env.MASTHEAD_NO_MINIFY !== '1',
  keepNames: true,
  sourcemap: true,
  // Native addons and the bundler itself load files relative to their own packages.
  external: ['better-sqlite3', '@node-rs/argon2', 'sharp', 'esbuild', 'pg-native'],
  // Some bundled CommonJS packages call require(); give ESM output one.
  banner: { js: "import { createRequire as __masthead_require } from 'node:module'; const require = __masthead_require(import.meta.url);" },
  logLevel: 'warning',
});
// Data read at run time, not bundled: the chunks find it in dist/data/ (see passwords.ts).
cpSync(join(root, 'src/domain/accounts/data/common-passwords.txt'), join(root, 'dist/data/common-passwords.txt'));
console.log(`bundled the server and CLI into dist/ in ${Date.now() - started} ms`);
