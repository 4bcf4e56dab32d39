/**
 * `npm run eval -- <task> <input.jsonl> [--out predictions.jsonl] [--path light|model] [...]`
 *
 * Each task is a module scripts/eval/<task>.ts exporting `run(input, options)`. It writes one
 * prediction per input line to --out and returns the metrics, printed here as one JSON object
 * on the last line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEvalArgs, type EvalTask } from './eval/eval-args.ts';

const dir = fileURLToPath(new URL('./eval/', import.meta.url));
const tasks = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('eval-')).map((f) => f.slice(0, -3)).sort();
const [task, ...rest] = process.argv.slice(2);

if (!task || !tasks.includes(task)) {
  console.error(`usage: npm run eval -- <task> <input.jsonl> [--out pred.jsonl] [--path light|model]\ntasks: ${tasks.join(', ')}`);
  process.exit(2);
}
const options = parseEvalArgs(rest);
if (options.input && !existsSync(options.input)) {
  console.error(`eval: no such input file: ${options.input}`);
  process.exit(2);
}
const module = (await import(`./eval/${task}.ts`)) as EvalTask;
const metrics = await module.run(options);
console.log(JSON.stringify(metrics));
