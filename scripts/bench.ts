/**
 * `npm run bench [-- name...]`: timings as ratios of things measured side by side in one run on
 * this machine (never pass/fail). Each bench is scripts/bench/<name>.ts exporting `run()`, which
 * prints its own table and returns its ratios; they are printed together as JSON at the end.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const all = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('bench-')).map((f) => f.slice(0, -3)).sort();
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = chosen.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`bench: unknown bench ${unknown.join(', ')}; benches: ${all.join(', ')}`);
  process.exit(2);
}
const results: Record<string, unknown> = {};
for (const name of chosen.length ? chosen : all) {
  console.log(`\n## ${name}`);
  const module = (await import(`./bench/${name}.ts`)) as { run(): Promise<Record<string, number>> };
  results[name] = await module.run();
}
console.log(`\n${JSON.stringify(results)}`);
