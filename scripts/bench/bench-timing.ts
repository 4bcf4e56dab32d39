/** Median of repeated timings (ms) of an async function, after warm-up runs. */
export async function medianMs(fn: () => Promise<unknown>, { runs = 15, warmup = 3 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Prints rows of [label, ms] with each row's ratio to the first. */
export function printTable(rows: [string, number][]): void {
  const base = rows[0][1];
  for (const [label, ms] of rows) console.log(`${label.padEnd(48)} ${ms.toFixed(2).padStart(9)} ms   x${(ms / base).toFixed(2)}`);
}
