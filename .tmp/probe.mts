import { createEngine } from '/work/i15-element/workers/engine.ts';
import { demoCatalog } from '/work/i15-element/test/helpers/demo-catalog.ts';
const e = createEngine();
await e.load(demoCatalog());
for (const q of process.argv.slice(2)) {
  const r = await e.search(q);
  console.log(q, '|', JSON.stringify(r.intent ?? (r as any).chips), '\n   ', r.hits.slice(0, 5).map((h) => `${h.product.title} [${h.product.category}] $${h.product.price} ★${h.product.rating}`).join(' ; '));
}
