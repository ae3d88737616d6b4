#!/usr/bin/env node
// Runs the CLI from the sources when tsx is installed (a development checkout, always
// fresh), otherwise from the build in dist/.
import { existsSync } from 'node:fs';

const src = new URL('../src/cli/cli.ts', import.meta.url);
const dist = new URL('../dist/cli/cli.js', import.meta.url);
let fromSource = false;
if (existsSync(src)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    fromSource = true;
  } catch {
    fromSource = false;
  }
}
if (!fromSource && !existsSync(dist)) {
  console.error('masthead: not built yet; run `npm run build` first');
  process.exit(1);
}
const { runCli } = await import((fromSource ? src : dist).href);
await runCli(process.argv.slice(2));
