/**
 * A 10,000-product catalog with a prebuilt index served over HTTP (Node): how long the index
 * takes to be ready, search p95 on the light and the hybrid path, and the peak JS heap. Runs in
 * a child process (scripts/bench/bench-scale-run.ts) so the heap holds only this scenario.
 */
import { spawn } from 'node:child_process';
import type { BenchOptions } from './bench-options.ts';

/** Runs the bench in a fresh Node process and returns the numbers it printed last. */
export async function run({ models, quick }: BenchOptions): Promise<Record<string, number>> {
  const args = ['--expose-gc', '--import', 'tsx', 'scripts/bench/bench-scale-run.ts', '--models', models, ...(quick ? ['--quick'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
    process.stdout.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`scale bench: the child process ended ${code}`);
  return JSON.parse(last) as Record<string, number>;
}
