import { cachedSqliteDataset } from './dataset.js';
const t = performance.now();
const r = await cachedSqliteDataset('bench/output', { articles: 100000, log: (m) => console.log(m) });
console.log(JSON.stringify(r), (performance.now() - t) / 1000);
