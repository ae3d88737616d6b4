import { cachedSqliteDataset } from './dataset.js';
const n = Number(process.argv[2] ?? 2000);
const t = performance.now();
const r = await cachedSqliteDataset('/tmp/bt/out', { articles: n, log: (m) => console.log(m) });
console.log(r, (performance.now() - t) / 1000);
