/**
 * Main-thread long tasks (over 50 ms, PerformanceObserver 'longtask') on one generated shop page at
 * scale (test/helpers/scale-page.ts: the page's product with a 1 MB description and an ItemList of
 * 10,000 products, duplicate ids, missing prices), loaded in Debian's Chromium with and without
 * the widget, side by side in one run. With the widget: it reads the page, the shopper opens it and
 * asks the page product a question answered from deep in its description; without: the same page
 * for the same wall time. The difference is what the widget adds. Models are off (`models="off"`):
 * this bench is about reading the page; the page bench measures the model path's main thread.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../chromium.ts';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import { scalePage, scalePageHtml } from '../../test/helpers/scale-page.ts';
import type { BenchOptions } from './bench-options.ts';
import { percentile, printMetrics } from './bench-timing.ts';
import { traceCategories, traceTasks } from './bench-trace.ts';

interface Task { start: number; duration: number }

/** Collects long tasks from the first script on, and when the widget said it is ready. */
const observe = () => {
  const w = window as unknown as { __tasks: Task[]; __readyAt?: number };
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('aisle-ready', () => (w.__readyAt = performance.now()), { once: true });
};

interface Visit {
  /** Long tasks from navigation to the end of the visit. */
  tasks: Task[];
  /** Long tasks that started after DOMContentLoaded (the page's own parsing is before it). */
  after: Task[];
  /** Main-thread tasks whose CPU time was over 50 ms (trace), and their CPU time. */
  cpuLong: number[];
  /** Of which those that started after DOMContentLoaded (the page parsed: what remains is scripts' work). */
  cpuLongAfterDcl: number[];
  wallMs: number;
  heapBytes: number;
  readyMs?: number;
  answerMs?: number;
}

async function visit(browser: Browser, url: string, withWidget: boolean, holdMs: number): Promise<Visit> {
  const context = await browser.newContext();
  await context.addInitScript(observe);
  const page = await context.newPage();
  await browser.startTracing(page, { categories: traceCategories });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  let readyMs: number | undefined;
  let answerMs: number | undefined;
  if (withWidget) {
    await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 120_000 });
    readyMs = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
    answerMs = await ask(page);
  } else {
    await page.waitForTimeout(holdMs);
  }
  // Tasks the observer has not reported yet are reported within a frame or two.
  await page.waitForTimeout(300);
  const wallMs = Date.now() - started;
  const cpuTasks = traceTasks(await browser.stopTracing(), url).filter((t) => t.cpu > 50);
  // What each CPU-long task did: the longest events inside it, by name.
  if (process.env.AISLE_DEBUG) for (const t of cpuTasks) console.log(`  task at +${t.at.toFixed(0)} ms after commit, cpu ${t.cpu.toFixed(0)} ms${t.afterDcl ? ' after DCL' : ''}: ${t.inside}`);
  const cpuLong = cpuTasks.map((t) => t.cpu);
  const cpuLongAfterDcl = cpuTasks.filter((t) => t.afterDcl).map((t) => t.cpu);
  const { tasks, domContentLoaded } = await page.evaluate(() => ({
    tasks: (window as unknown as { __tasks: Task[] }).__tasks,
    domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapBytes = metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await context.close();
  if (process.env.AISLE_DEBUG) console.log(`${withWidget ? 'with' : 'without'}: DCL ${domContentLoaded.toFixed(0)}, ready ${readyMs?.toFixed(0)}; long tasks ${tasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' ')}; CPU over 50 ms: ${cpuLong.map((t) => t.toFixed(0)).join(' ')} (after DCL: ${cpuLongAfterDcl.map((t) => t.toFixed(0)).join(' ')})`);
  return { tasks, after: tasks.filter((t) => t.start >= domContentLoaded), cpuLong, cpuLongAfterDcl, wallMs, heapBytes, readyMs, answerMs };
}

/** Opens the widget and asks the page product about the fact in its long description; ms to the answer. */
async function ask(page: Page): Promise<number> {
  const assistant = page.locator('aisle-assistant');
  await assistant.locator('[part="launcher"]').click();
  const input = assistant.locator('[part="input"]');
  await input.fill('Does it have a dimmer?');
  const asked = Date.now();
  await input.press('Enter');
  await assistant.locator('.turn:not([data-turn="draft"]) [part="reply"] aisle-answer').last().locator('[part="answer"][data-verdict]').waitFor({ timeout: 120_000 });
  return Date.now() - asked;
}

const total = (tasks: Task[]) => tasks.reduce((a, t) => a + t.duration, 0);
const longest = (tasks: Task[]) => Math.max(0, ...tasks.map((t) => t.duration));

/** Runs the bench: visits alternate with and without the widget (3 pairs; 1 with --quick), medians. */
export async function run({ quick }: BenchOptions): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-bench-scale-'));
  writeFileSync(join(dir, 'with.html'), scalePageHtml('/aisle.js', 'models="off"'));
  writeFileSync(join(dir, 'without.html'), scalePageHtml());
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true });
  const { server, url } = (await serve({ dir: [dir, 'dist'], port: 0 })) as { server: Server; url: string };
  const base = url.replace('localhost', '127.0.0.1');
  const withWidget: Visit[] = [];
  const without: Visit[] = [];
  try {
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const w = await visit(browser, `${base}with.html`, true, 0);
      withWidget.push(w);
      without.push(await visit(browser, `${base}without.html`, false, w.wallMs));
    }
  } finally {
    server.close();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (visits: Visit[], f: (v: Visit) => number) => percentile(visits.map(f), 0.5);
  const n = {
    widget_long_tasks: median(withWidget, (v) => v.tasks.length),
    baseline_long_tasks: median(without, (v) => v.tasks.length),
    widget_long_task_ms: median(withWidget, (v) => total(v.tasks)),
    baseline_long_task_ms: median(without, (v) => total(v.tasks)),
    widget_long_tasks_after_dcl: median(withWidget, (v) => v.after.length),
    baseline_long_tasks_after_dcl: median(without, (v) => v.after.length),
    widget_longest_task_after_dcl_ms: median(withWidget, (v) => longest(v.after)),
    baseline_longest_task_after_dcl_ms: median(without, (v) => longest(v.after)),
    widget_cpu_long_tasks: median(withWidget, (v) => v.cpuLong.length),
    baseline_cpu_long_tasks: median(without, (v) => v.cpuLong.length),
    widget_cpu_long_tasks_after_dcl: median(withWidget, (v) => v.cpuLongAfterDcl.length),
    baseline_cpu_long_tasks_after_dcl: median(without, (v) => v.cpuLongAfterDcl.length),
    widget_longest_cpu_task_after_dcl_ms: median(withWidget, (v) => Math.max(0, ...v.cpuLongAfterDcl)),
    widget_cpu_long_task_ms_after_dcl: median(withWidget, (v) => v.cpuLongAfterDcl.reduce((a, t) => a + t, 0)),
    baseline_cpu_long_task_ms_after_dcl: median(without, (v) => v.cpuLongAfterDcl.reduce((a, t) => a + t, 0)),
    widget_longest_cpu_task_ms: median(withWidget, (v) => Math.max(0, ...v.cpuLong)),
    baseline_longest_cpu_task_ms: median(without, (v) => Math.max(0, ...v.cpuLong)),
    widget_heap_bytes: median(withWidget, (v) => v.heapBytes),
    baseline_heap_bytes: median(without, (v) => v.heapBytes),
    ready_ms: median(withWidget, (v) => v.readyMs ?? 0),
    answer_ms: median(withWidget, (v) => v.answerMs ?? 0),
  };
  const diff = {
    added_long_tasks: n.widget_long_tasks - n.baseline_long_tasks,
    added_long_task_ms: n.widget_long_task_ms - n.baseline_long_task_ms,
    added_cpu_long_tasks: n.widget_cpu_long_tasks - n.baseline_cpu_long_tasks,
    added_cpu_long_task_ms_after_dcl: n.widget_cpu_long_task_ms_after_dcl - n.baseline_cpu_long_task_ms_after_dcl,
    added_heap_bytes: n.widget_heap_bytes - n.baseline_heap_bytes,
  };
  console.log(`one page: a 1 MB description + ${scalePage.products} listed products (duplicates, missing prices), ${(scalePageHtml().length / 1e6).toFixed(1)} MB of HTML; ${withWidget.length} pair(s), medians; models off`);
  printMetrics([
    ['widget_long_tasks', n.widget_long_tasks, 'long tasks (> 50 ms), navigation to answer shown, with the widget'],
    ['baseline_long_tasks', n.baseline_long_tasks, 'the same page without the widget, same wall time'],
    ['added_long_tasks', diff.added_long_tasks, 'the difference: long tasks the widget adds'],
    ['widget_long_task_ms', n.widget_long_task_ms, 'their summed duration, with the widget'],
    ['baseline_long_task_ms', n.baseline_long_task_ms, 'without'],
    ['added_long_task_ms', diff.added_long_task_ms, 'the difference'],
    ['widget_long_tasks_after_dcl', n.widget_long_tasks_after_dcl, 'long tasks after DOMContentLoaded (the widget reads the page then), with'],
    ['baseline_long_tasks_after_dcl', n.baseline_long_tasks_after_dcl, 'without'],
    ['widget_longest_task_after_dcl_ms', n.widget_longest_task_after_dcl_ms, 'the longest of them, with (0: none over 50 ms)'],
    ['baseline_longest_task_after_dcl_ms', n.baseline_longest_task_after_dcl_ms, 'without'],
    ['widget_cpu_long_tasks', n.widget_cpu_long_tasks, 'main-thread tasks that ran over 50 ms of CPU (trace; what load on the machine does not inflate), with'],
    ['baseline_cpu_long_tasks', n.baseline_cpu_long_tasks, 'without'],
    ['added_cpu_long_tasks', diff.added_cpu_long_tasks, 'the difference: CPU-long tasks the widget adds'],
    ['widget_cpu_long_tasks_after_dcl', n.widget_cpu_long_tasks_after_dcl, 'of which after DOMContentLoaded (the page parsed; the widget reads it then), with'],
    ['baseline_cpu_long_tasks_after_dcl', n.baseline_cpu_long_tasks_after_dcl, 'without'],
    ['widget_longest_cpu_task_after_dcl_ms', n.widget_longest_cpu_task_after_dcl_ms, 'the longest of them by CPU time, with (0: none over 50 ms)'],
    ['widget_cpu_long_task_ms_after_dcl', n.widget_cpu_long_task_ms_after_dcl, 'their summed CPU time, with'],
    ['baseline_cpu_long_task_ms_after_dcl', n.baseline_cpu_long_task_ms_after_dcl, 'without'],
    ['added_cpu_long_task_ms_after_dcl', diff.added_cpu_long_task_ms_after_dcl, 'the difference: CPU time in long tasks the widget adds once the page is parsed'],
    ['widget_longest_cpu_task_ms', n.widget_longest_cpu_task_ms, 'the longest main-thread task by CPU time, with'],
    ['baseline_longest_cpu_task_ms', n.baseline_longest_cpu_task_ms, 'without'],
    ['widget_heap_bytes', n.widget_heap_bytes, 'page JS heap after GC at the end, with'],
    ['baseline_heap_bytes', n.baseline_heap_bytes, 'without'],
    ['added_heap_bytes', diff.added_heap_bytes, 'the difference'],
    ['ready_ms', n.ready_ms, 'navigation start to aisle-ready (the page read, the catalog in the engine)'],
    ['answer_ms', n.answer_ms, 'question sent to the answer shown'],
  ]);
  return { ...n, ...diff };
}
