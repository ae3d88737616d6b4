import { buildPlan } from './dataset-plan.js';
let t = performance.now();
const plan = buildPlan({ articles: 100000, categoryIds: [1, 2, 3, 4] });
console.log('plan', performance.now() - t);
t = performance.now();
let bytes = 0;
for (let id = 1; id <= 5000; id++) bytes += plan.article(id).article.body_html.length;
console.log('5000 articles', performance.now() - t, bytes);
