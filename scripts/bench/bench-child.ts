/**
 * Runs one bench in a process of its own (started by scripts/bench.ts, which stops it when it runs
 * past its time budget): `bench-child.ts <name> [--quick] [--models <dir>]`. The bench prints its
 * tables; its numbers follow as JSON on a last line that starts with `benchResultMarker`.
 */
import { benchResultMarker, parseBenchArgs, type BenchOptions } from './bench-options.ts';

const [name, ...rest] = process.argv.slice(2);
const { options } = parseBenchArgs(rest);
const module = (await import(`./${name}.ts`)) as { run(options: BenchOptions): Promise<Record<string, number>> };
const numbers = await module.run(options);
console.log(`${benchResultMarker}${JSON.stringify(numbers)}`);
// A bench may leave handles open (a model session, a browser's pipe): its numbers are out, so end here.
process.exit(0);
