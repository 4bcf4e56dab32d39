/**
 * `npm run bench [-- name...] [--quick] [--models <dir>]`: timings and sizes measured side by side
 * in one run on this machine (never pass/fail). Each bench is scripts/bench/<name>.ts exporting
 * `run(options)`, which prints its own markdown table and returns its numbers; they are merged into
 * one JSON object printed as the last line (a key two benches share is prefixed `<bench>.`).
 *   --quick          fewer repeats (the whole run stays under 10 minutes on 2 cores)
 *   --models <dir>   the model folder (manifest.json + model files) the model benches load;
 *                    default models/test/ (the committed test models)
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, type BenchOptions } from './bench/bench-options.ts';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const all = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('bench-')).map((f) => f.slice(0, -3)).sort();
const { names: chosen, options } = parseBenchArgs(process.argv.slice(2));
const unknown = chosen.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`bench: unknown bench ${unknown.join(', ')}; benches: ${all.join(', ')}`);
  process.exit(2);
}
console.log(`bench: models from ${options.models}${options.quick ? ', quick' : ''}`);
const results: Record<string, number> = {};
for (const name of chosen.length ? chosen : all) {
  console.log(`\n## ${name}\n`);
  const started = performance.now();
  const module = (await import(`./bench/${name}.ts`)) as { run(options: BenchOptions): Promise<Record<string, number>> };
  for (const [key, value] of Object.entries(await module.run(options))) results[key in results ? `${name}.${key}` : key] = value;
  console.log(`\n(${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`\n${JSON.stringify(results)}`);
