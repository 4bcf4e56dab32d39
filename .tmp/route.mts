import { routeByRules } from '/work/i15-element/workers/route/route-rules.ts';
const msgs = process.argv.slice(2);
for (const m of msgs) { const [t, p] = m.split('@'); const d = routeByRules(t, p ? { productId: p } : {}); console.log(`${t}${p ? ' [product]' : ''} -> ${d.route}${d.list ? ' ' + d.list : ''}${d.compare ? ' ' + JSON.stringify(d.compare) : ''} (${d.reason})`); }
