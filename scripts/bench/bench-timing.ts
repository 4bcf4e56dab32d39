/** Median of repeated timings (ms) of an async function, after warm-up runs. */
export async function medianMs(fn: () => Promise<unknown>, { runs = 15, warmup = 3 } = {}): Promise<number> {
  return percentile(await timings(fn, { runs, warmup }), 0.5);
}

/** Each of `runs` timings (ms) of an async function, after warm-up runs. */
export async function timings(fn: () => Promise<unknown>, { runs = 15, warmup = 3 } = {}): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** The p-th quantile (0..1, nearest rank) of some numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Prints rows of [label, ms] as a markdown table with each row's ratio to the first. */
export function printTable(rows: [string, number][]): void {
  const base = rows[0][1];
  console.log('| measured | ms | ratio to first |\n| --- | ---: | ---: |');
  for (const [label, ms] of rows) console.log(`| ${label} | ${ms.toFixed(2)} | x${(ms / base).toFixed(2)} |`);
}

/** Prints rows of [metric key, value, what it is] as a markdown table. */
export function printMetrics(rows: [string, number, string][]): void {
  console.log('| metric | value | what |\n| --- | ---: | --- |');
  for (const [key, value, what] of rows) console.log(`| \`${key}\` | ${Number.isInteger(value) ? value : value.toFixed(2)} | ${what} |`);
}
