/**
 * `npm run bench [-- name...] [--quick] [--models <dir>]`: timings and sizes measured side by side
 * in one run on this machine (never pass/fail). Each bench is scripts/bench/<name>.ts exporting
 * `run(options)`, which prints its own markdown table and returns its numbers; they are merged into
 * one JSON object printed as the last line (a key two benches share is prefixed `<bench>.`).
 *   --quick          fewer repeats and smaller inputs (the whole run stays under 10 minutes on 2 cores)
 *   --models <dir>   the model folder (manifest.json + model files) the model benches load;
 *                    default models/test/ (the committed test models)
 * Each bench runs in a process of its own with a time budget (`budgets`): one that runs past it is
 * stopped with a message saying so, and the run goes on; a run of every bench ends by listing the
 * keys it lacks (exit code 1 when any is missing), and a table of each bench's wall time.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchResultMarker, parseBenchArgs } from './bench/bench-options.ts';

/**
 * Seconds each bench may run with --quick, without it four times as long: about twice what each took
 * with the real-size stand-ins on the 2-core machine at a load average of 19 (a guard against a hang,
 * not a target: a whole quick run takes the sum of what each needs).
 */
const budgets: Record<string, number> = {
  page: 300, 'page-scale': 300, 'embed-browser': 300, 'model-load': 180, embed: 240, scale: 240, search: 90, recommend: 60, generate: 60,
};
/**
 * Benches a quick run of every bench leaves out (named, they run): `page-scale` reads a 3.8 MB page with
 * models off, so `--models` changes nothing in it, and it alone took over 2 minutes at a load of 18;
 * `embed-browser` measures the thread-count decision (1 vs 2 WASM threads in Chromium), none of the
 * keys above, and would take the quick run past 10 minutes with real-size models.
 */
const notInQuickRun = ['page-scale', 'embed-browser'];
const defaultBudget = 120;

/** Keys a run of every bench prints (a key with a model name after a dot counts for its base). */
const expectedKeys = [
  'entry_gzip_bytes', 'bytes_before_first_answer', 'first_answer_ms', 'runtime_wasm_bytes', 'repeat_visit_bytes',
  'model_bytes', 'cold_load_ms', 'warm_load_ms', 'query_embed_ms', 'catalog_embed_items_per_s', 'query_during_embed_ms',
  'embed_speedup_vs_plain', 'main_thread_longest_task_ms', 'search_p95_ms_10k_light', 'search_p95_ms_10k_hybrid',
  'prebuilt_index_load_ms_10k', 'peak_heap_mb_10k',
];

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const all = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('bench-')).map((f) => f.slice(0, -3)).sort();
const argv = process.argv.slice(2);
const { names: chosen, options } = parseBenchArgs(argv);
const unknown = chosen.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`bench: unknown bench ${unknown.join(', ')}; benches: ${all.join(', ')}`);
  process.exit(2);
}
const childArgs = ['--models', options.models, ...(options.quick ? ['--quick'] : [])];

/** Runs one bench in its own process; its numbers, or undefined when it failed or ran past its budget. */
async function runBench(name: string, budgetS: number): Promise<{ numbers?: Record<string, number>; outcome: string }> {
  // Its own process group: stopping it stops what it started (a browser, the scale bench's child).
  const child = spawn(process.execPath, ['--import', 'tsx', `${dir}bench-child.ts`, name, ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  let numbers: Record<string, number> | undefined;
  let lastLine = '';
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith(benchResultMarker)) numbers = JSON.parse(line.slice(benchResultMarker.length)) as Record<string, number>;
      else {
        console.log(line);
        if (line.trim()) lastLine = line.trim();
      }
    }
  });
  let overBudget = false;
  const stop = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const timer = setTimeout(() => {
    overBudget = true;
    stop('SIGTERM');
    setTimeout(() => stop('SIGKILL'), 10_000).unref();
  }, budgetS * 1000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  if (overBudget) {
    console.error(`bench: ${name} stopped after its budget of ${budgetS} s${options.quick ? ' (--quick)' : ''}; its numbers are missing. Its last line: ${lastLine.slice(0, 300) || '(none)'}`);
    return { outcome: `stopped at its ${budgetS} s budget` };
  }
  if (code !== 0 || !numbers) {
    console.error(`bench: ${name} failed (exit code ${code}); its numbers are missing`);
    return { outcome: `failed (exit ${code})` };
  }
  return { numbers, outcome: 'ok' };
}

console.log(`bench: models from ${options.models}${options.quick ? ', quick' : ''}`);
const started = performance.now();
const results: Record<string, number> = {};
const times: [string, number, string][] = [];
const left = !chosen.length && options.quick ? notInQuickRun : [];
if (left.length) console.log(`bench: --quick leaves out ${left.join(', ')} (models off there; run it by name: npm run bench -- ${left.join(' ')} --quick)`);
for (const name of chosen.length ? chosen : all.filter((name) => !left.includes(name))) {
  console.log(`\n## ${name}\n`);
  const benchStarted = performance.now();
  const { numbers, outcome } = await runBench(name, (budgets[name] ?? defaultBudget) * (options.quick ? 1 : 4));
  for (const [key, value] of Object.entries(numbers ?? {})) results[key in results ? `${name}.${key}` : key] = value;
  const seconds = (performance.now() - benchStarted) / 1000;
  times.push([name, seconds, outcome]);
  console.log(`\n(${name}: ${seconds.toFixed(0)} s)`);
}
console.log(`\n| bench | s | outcome |\n| --- | ---: | --- |`);
for (const [name, seconds, outcome] of times) console.log(`| ${name} | ${seconds.toFixed(0)} | ${outcome} |`);
console.log(`| all | ${((performance.now() - started) / 1000).toFixed(0)} | |`);
const has = (key: string) => Object.keys(results).some((k) => k === key || k.startsWith(`${key}.`) || k.endsWith(`.${key}`));
const missing = chosen.length ? [] : expectedKeys.filter((key) => !has(key));
if (missing.length) {
  console.error(`bench: missing ${missing.join(', ')} (see the messages above)`);
  process.exitCode = 1;
}
console.log(`\n${JSON.stringify(results)}`);
