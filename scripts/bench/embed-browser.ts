/**
 * Catalog embedding in Chromium (WASM), per embedding model of the folder's manifest, in a page Vite
 * serves from the sources with COOP/COEP (cross-origin isolated, so ONNX Runtime may use threads),
 * once with 1 WASM thread and once with 2 (a fresh page each: ONNX Runtime fixes its thread count when
 * it starts). In each page, after one unmeasured run of each, in turns (medians of 3; 1 with
 * --quick, 24 products): Aisle's catalog embedding
 * (`embedCatalog`, as the engine runs it) and the plain transformers.js way (`pipeline(
 * 'feature-extraction')` once per product, same model and texts), then one short query and one long
 * product text alone (medians of 11). Wall time and CPU time: the browser's processes' user + system
 * time from /proc, which other jobs on a loaded machine do not inflate. Linux only (for /proc).
 * Keys: `browser_embed_speedup_vs_plain[_cpu].<model>.<threads>t`, `browser_catalog_embed_items_per_s…`,
 * `browser_query_embed_ms…`, `browser_long_embed_ms…`.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../chromium.ts';
import { modelBytes } from '../../workers/runtime/manifest.ts';
import type { BenchOptions } from './bench-options.ts';
import { percentile, printMetrics } from './bench-timing.ts';
import type { PageResult } from './bench-embed-page.ts';
import { embeddingManifests, modelName } from './model-load.ts';

/** CPU ms (user + system) of every process descended from this one: the browser it launched. */
function descendantsCpuMs(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = (pid: number) => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (mine(pid)) total += t;
  return total * 10; // clock ticks of 10 ms (USER_HZ 100)
}

export async function run({ models, quick }: BenchOptions): Promise<Record<string, number>> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    cacheDir: '.cache/vite-bench',
    logLevel: 'error',
    // The model folder may be a link outside the checkout (real-size stand-ins): served through /@fs/.
    server: { host: '127.0.0.1', port: 0, fs: { strict: false }, headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } },
    optimizeDeps: { include: ['@huggingface/transformers'] },
  });
  await server.listen();
  const base = server.resolvedUrls!.local[0];
  const modelHost = new URL(`/@fs${realpathSync(models)}/`, base).href;
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true });
  const results: Record<string, number> = {};
  try {
    for (const manifest of embeddingManifests(models)) {
      const model = manifest.models.embeddings;
      const name = modelName(model);
      // Fewer products for the larger model: the whole bench stays within minutes on 2 cores.
      const products = quick ? 24 : modelBytes(model) > 50e6 ? 48 : 96;
      const rows: [string, number, string][] = [];
      for (const threads of [1, 2]) {
        const page = await browser.newPage();
        await page.exposeFunction('cpuMs', descendantsCpuMs);
        page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
        await page.goto(`${base}scripts/bench/bench-embed-page.html`);
        await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 300_000 });
        const r: PageResult = await page.evaluate((o) => (window as unknown as { runEmbedBench(o: unknown): Promise<PageResult> }).runEmbedBench(o), {
          modelHost, manifest, model, threads, products, repeats: quick ? 1 : 3,
        });
        await page.close();
        const med = (xs: number[]) => percentile(xs, 0.5);
        const key = `${name}.${r.threads}t`;
        rows.push(
          [`browser_catalog_embed_items_per_s.${key}`, r.products / (med(r.aisleMs) / 1000), `Aisle's catalog embedding, ${r.products} products, ${r.threads} WASM thread(s)${r.isolated ? ', cross-origin isolated' : ''}`],
          [`browser_plain_embed_items_per_s.${key}`, r.products / (med(r.plainMs) / 1000), "pipeline('feature-extraction') once per product, same texts, in turns with Aisle's"],
          [`browser_embed_speedup_vs_plain.${key}`, med(r.plainMs) / med(r.aisleMs), 'Aisle over the plain way, wall time (>1: Aisle is faster)'],
          [`browser_embed_speedup_vs_plain_cpu.${key}`, med(r.plainCpuMs) / med(r.aisleCpuMs), "the same by the browser's CPU time"],
          [`browser_catalog_embed_items_per_cpu_s.${key}`, r.products / (med(r.aisleCpuMs) / 1000), "Aisle's products per CPU-second"],
          [`browser_query_embed_ms.${key}`, med(r.queryMs), `one short query (median of 11; CPU ${r.queryCpuMs.toFixed(1)} ms per query)`],
          [`browser_long_embed_ms.${key}`, med(r.longMs), `the longest product text alone, ${r.longChars} characters (median of 11; CPU ${r.longCpuMs.toFixed(1)} ms per call)`],
        );
      }
      console.log(`${model.id} in Chromium (WASM; page served by Vite from the sources with COOP/COEP), load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} at the end:`);
      printMetrics(rows);
      for (const [key, value] of rows) results[key] = Number(value.toFixed(2));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
