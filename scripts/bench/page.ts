/**
 * What a shopper's browser downloads and waits for on the built demo shop (`dist/`, served on
 * localhost by scripts/serve.mjs with the headers README asks of a host: hashed files immutable,
 * the rest revalidated by ETag, text and .wasm compressed; not cross-origin isolated), in Debian's
 * Chromium: a cold product page, the widget opened, a product question answered, the models
 * loaded and the catalog embedded, then a second page view in the same browser. Every response
 * byte the server sends (headers + body, the worker's requests included) is counted.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { chromium, errors, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../chromium.ts';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import type { BenchOptions } from './bench-options.ts';
import { percentile, printMetrics } from './bench-timing.ts';
import { traceCategories, traceTasks } from './bench-trace.ts';

/** The product page and the question asked on it (the answer comes from its specifications). */
const firstView = { path: 'p/dj-78.html', question: 'Does it have a Retina display?' };
const secondView = { path: 'p/dj-79.html', question: 'Does it have a touch screen?' };

interface Transfer { url: string; bytes: number; at: number }

/**
 * Counts, on the server, the bytes of every response (status line, headers and body as sent),
 * with the time it finished: the worker's own script and its fetches included, browser-cache
 * hits excluded (they never reach the server). Chromium sends one request at a time per
 * connection, so a socket's byte count between two responses is one response.
 */
function recordTransfers(server: Server) {
  const transfers: Transfer[] = [];
  // Before the server's own handler, which may write a whole (compressed or 304) response at once.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const before = req.socket.bytesWritten;
    res.on('finish', () => transfers.push({ url: req.url ?? '', bytes: req.socket.bytesWritten - before, at: Date.now() }));
  });
  return {
    /** The transfers finished in [from, to). */
    between: (from: number, to = Infinity) => transfers.filter((t) => t.at >= from && t.at < to),
  };
}

const sum = (ts: Transfer[]) => ts.reduce((a, t) => a + t.bytes, 0);
const isWasm = (t: Transfer) => /\.wasm(\?|$)/.test(t.url);
const pathOf = (url: string) => new URL(url, 'http://x').pathname;
/** Model files, ONNX Runtime and transformers.js: what the model path (started when the widget opens) downloads. */
const isModelRuntime = (t: Transfer) => /^\/models\/|\.wasm$|\/ort-wasm[^/]*\.mjs$|\/transformers[^/]*\.js$/.test(pathOf(t.url));

/** Collects long tasks (over 50 ms) on the page's main thread from the first script on, and when the embedder is ready. */
const longTaskObserver = () => {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __aisleLongTasks: typeof tasks }).__aisleLongTasks = tasks;
  document.addEventListener('aisle-model-progress', (e) => {
    const progress = (e as Event & { progress: { status: string; task: string } }).progress;
    if (progress.status === 'ready' && progress.task === 'embeddings') (window as unknown as { __aisleEmbedderReady: number }).__aisleEmbedderReady = performance.now();
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** The longest main-thread task since `since` (page clock, ms); 0 when none took over 50 ms. */
function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((from) => {
    const tasks = (window as unknown as { __aisleLongTasks: { start: number; duration: number }[] }).__aisleLongTasks;
    return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration));
  }, since);
}

/** Replies shown so far (turns no longer pending). */
const repliesShown = (page: Page) => page.evaluate(() => [...document.querySelector('aisle-assistant')!.shadowRoot!.querySelectorAll<HTMLElement>('.turn')]
  .filter((t) => t.dataset.turn !== 'draft' && t.dataset.kind !== 'pending').length);

/**
 * A search typed half a second after the embedder is ready, while the catalog embeds: ms from Enter
 * to its reply on screen; -1 when the models were ready (catalog embedded) before it was sent.
 */
async function searchWhileEmbedding(page: Page, query: string, timeLeft: () => number): Promise<number> {
  // The embedder ready, or the models settled without it (an error).
  await page.waitForFunction(() => (window as unknown as { __aisleEmbedderReady?: number }).__aisleEmbedderReady !== undefined
    || document.querySelector('aisle-assistant')!.shadowRoot!.querySelector('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="off"], [data-state="waiting"])'),
  undefined, { timeout: timeLeft(), polling: 100 });
  await page.waitForTimeout(500);
  const assistant = page.locator('aisle-assistant');
  if (await assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="off"], [data-state="waiting"])').isVisible()) return -1;
  const shown = await repliesShown(page);
  await assistant.locator('[part="input"]').fill(query);
  const sent = Date.now();
  await assistant.locator('[part="input"]').press('Enter');
  await page.waitForFunction((n) => [...document.querySelector('aisle-assistant')!.shadowRoot!.querySelectorAll<HTMLElement>('.turn')]
    .filter((t) => t.dataset.turn !== 'draft' && t.dataset.kind !== 'pending').length > n, shown, { timeout: timeLeft(), polling: 20 });
  return Date.now() - sent;
}

/**
 * Opens the widget, asks, waits for the answer and then for the models (searching meanwhile when
 * `duringEmbed` is set), at most `modelWaitMs`: models not ready by then count as not loaded; timings in ms.
 */
async function askAndLoadModels(page: Page, question: string, modelWaitMs: number, duringEmbed?: string, waitForModels = true) {
  const assistant = page.locator('aisle-assistant');
  await assistant.locator('[part="launcher"]').waitFor();
  const openedAt = await page.evaluate(() => performance.now());
  await assistant.locator('[part="launcher"]').click();
  const input = assistant.locator('[part="input"]');
  await input.waitFor();
  await input.fill(question);
  const askedAt = Date.now();
  const askedOnPage = await page.evaluate(() => performance.now());
  await input.press('Enter');
  const answer = assistant.locator('.turn:not([data-turn="draft"]) [part="reply"]').last().locator('aisle-answer');
  await answer.locator('[part="answer"][data-verdict]').waitFor({ timeout: 120_000 });
  const answeredAt = Date.now();
  const path = await answer.locator('[part="path"]').getAttribute('data-source');
  if (!waitForModels) {
    return { openedAt, asked: askedAt, answeredAt, readyAt: Number.NaN, embedderMs: -1, path, modelsLoaded: 0, consentAsked: 0, queryDuringEmbedMs: -1, longestTaskMs: await longestTaskSince(page, openedAt) };
  }
  // Models above the shop's ask-above-mb wait for the shopper's go-ahead: this shopper agrees.
  const settled = assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="off"], [data-state="waiting"])');
  const consent = assistant.locator('aisle-model-status [part="consent"]');
  const deadline = Date.now() + modelWaitMs;
  const timeLeft = () => Math.max(1, deadline - Date.now());
  let asked = false;
  let queryDuringEmbedMs = -1;
  let modelState: string | null = 'not ready in time';
  try {
    await settled.or(consent).first().waitFor({ timeout: timeLeft() });
    asked = await consent.isVisible();
    if (asked) await consent.click();
    if (duringEmbed) queryDuringEmbedMs = await searchWhileEmbedding(page, duringEmbed, timeLeft);
    await settled.waitFor({ timeout: timeLeft() });
    modelState = await assistant.locator('[part="status"]').getAttribute('data-state');
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    // The bench's budget, not the widget's: a shopper would still be waiting. Measured as not loaded.
    modelState = `still not ready after ${(modelWaitMs / 1000).toFixed(0)} s, the bench's wait budget`;
  }
  if (modelState !== 'ready') {
    // A measurement too: the shopper stays on the light path. The times to "ready" are then -1.
    console.log(`page bench: models not ready (${modelState}): ${(await assistant.locator('[part="status"]').textContent())?.trim()}`);
  }
  const readyAt = modelState === 'ready' ? Date.now() : Number.NaN;
  // Question sent to the embedder ready (the search model loaded: files, runtime, session), on the page's clock.
  const embedderReady = await page.evaluate(() => (window as unknown as { __aisleEmbedderReady?: number }).__aisleEmbedderReady);
  const embedderMs = modelState === 'ready' && embedderReady !== undefined ? Math.round(embedderReady - askedOnPage) : -1;
  return { openedAt, asked: askedAt, answeredAt, readyAt, embedderMs, path, modelsLoaded: modelState === 'ready' ? 1 : 0, consentAsked: asked ? 1 : 0, queryDuringEmbedMs, longestTaskMs: await longestTaskSince(page, openedAt) };
}

/** One cold visit and one repeat visit in a fresh browser context. */
async function visit(browser: Browser, shop: string, dir: string, record: ReturnType<typeof recordTransfers>, modelWaitMs: number) {
  const context = await browser.newContext();
  await context.addInitScript(longTaskObserver);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.log(`  page ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  // The first view is traced: each main-thread task's CPU time, which the machine's load does not inflate.
  await browser.startTracing(page, { categories: traceCategories });
  const navigated = Date.now();
  await page.goto(`${shop}${firstView.path}`);
  await page.locator('aisle-assistant [part="launcher"]').waitFor();
  const launcherAt = Date.now();
  await page.waitForLoadState('networkidle');
  const idle = Date.now();
  // Scripts the page itself fetched (a worker's fetches are in the worker's own timeline, not here).
  // Widget scripts the page requested before its load event (a worker's fetches are in the worker's own timeline).
  const pageScripts = (await page.evaluate(() => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart;
    return performance.getEntriesByType('resource').filter((e) => e.startTime < load).map((e) => e.name);
  })).map(pathOf).filter((p) => /\.m?js$/.test(p) && !/worker/.test(p));
  const first = await askAndLoadModels(page, firstView.question, modelWaitMs, 'waterproof jacket');
  const cpuTasks = traceTasks(await browser.stopTracing(), `${shop}${firstView.path}`).filter((t) => t.at >= first.openedAt);
  const cpuLongest = cpuTasks.reduce((a, t) => (t.cpu > a.cpu ? t : a), { cpu: 0, wall: 0, at: 0, inside: '' });
  for (const t of cpuTasks.filter((t) => t.cpu > 50 || t.wall > 200)) console.log(`  main-thread task at +${t.at.toFixed(0)} ms: cpu ${t.cpu.toFixed(0)} ms, wall ${t.wall.toFixed(0)} ms${t.inside ? `: ${t.inside}` : ''}`);
  const beforeInteraction = record.between(navigated, idle);
  const entryGzip = pageScripts.reduce((a, p) => a + gzipSync(readFileSync(join(dir, p)), { level: 9 }).byteLength, 0);
  const secondStart = Date.now();
  await page.goto(`${shop}${secondView.path}`);
  await page.waitForLoadState('networkidle');
  // Models that failed on the first view are not waited for again (minutes each on a loaded machine).
  const second = await askAndLoadModels(page, secondView.question, modelWaitMs / 2, undefined, first.modelsLoaded === 1);
  const all = record.between(navigated);
  const firstViewTransfers = all.filter((t) => t.at < secondStart);
  const repeat = all.filter((t) => t.at >= secondStart);
  await context.close();
  const largest = firstViewTransfers.filter((t) => t.at <= first.answeredAt).sort((a, b) => b.bytes - a.bytes).slice(0, 6);
  console.log(`before the first answer, largest: ${largest.map((t) => `${pathOf(t.url)} ${(t.bytes / 1000).toFixed(0)} kB`).join(', ')}`);
  return {
    entry_gzip_bytes: entryGzip,
    launcher_ms: launcherAt - navigated,
    page_view_bytes: sum(beforeInteraction),
    bytes_before_first_answer: sum(firstViewTransfers.filter((t) => t.at <= first.answeredAt)),
    bytes_before_first_answer_no_models: sum(firstViewTransfers.filter((t) => t.at <= first.answeredAt && !isModelRuntime(t))),
    first_answer_ms: first.answeredAt - first.asked,
    first_answer_from_navigation_ms: first.answeredAt - navigated,
    first_answer_light_path: first.path === 'lexical' ? 1 : 0,
    runtime_wasm_bytes: sum(firstViewTransfers.filter(isWasm)),
    models_ready_ms: first.modelsLoaded ? first.readyAt - first.asked : -1,
    models_loaded: first.modelsLoaded,
    consent_asked: first.consentAsked,
    query_during_embed_ms: first.queryDuringEmbedMs,
    cold_view_bytes: sum(firstViewTransfers),
    main_thread_longest_task_ms: first.longestTaskMs,
    main_thread_longest_task_cpu_ms: Math.round(cpuLongest.cpu),
    repeat_visit_bytes: sum(repeat),
    repeat_visit_wasm_bytes: sum(repeat.filter(isWasm)),
    repeat_models_ready_ms: second.modelsLoaded ? second.readyAt - second.asked : -1,
    repeat_embedder_ready_ms: second.embedderMs,
    repeat_main_thread_longest_task_ms: second.longestTaskMs,
  };
}

/**
 * The built shop, or (with `--models <dir>`) a copy of it made of links whose `models/test/` is
 * that folder, so the page loads those models without a rebuild.
 */
function shopFolder(models: string): string {
  if (resolve(models) === resolve('models/test')) return 'dist';
  const dir = mkdtempSync(join(tmpdir(), 'aisle-bench-shop-'));
  for (const entry of readdirSync('dist')) if (entry !== 'models') symlinkSync(resolve('dist', entry), join(dir, entry));
  mkdirSync(join(dir, 'models'));
  symlinkSync(resolve(models), join(dir, 'models', 'test'));
  return dir;
}

/** Runs the bench (medians over visits; one visit with --quick). */
export async function run({ models, quick }: BenchOptions): Promise<Record<string, number>> {
  if (!existsSync('dist/index.html')) throw new Error('page bench: dist/ is missing: run "npm run build" first');
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true });
  const dir = shopFolder(models);
  const { server, url } = (await serve({ dir, port: 0 })) as { server: Server; url: string };
  const record = recordTransfers(server);
  const visits: Awaited<ReturnType<typeof visit>>[] = [];
  try {
    // How long a view waits for its models (the repeat view half): with --quick, what fits the run's 10 minutes.
    const modelWaitMs = quick ? 150_000 : 600_000;
    for (let i = 0; i < (quick ? 1 : 3); i++) visits.push(await visit(browser, url.replace('localhost', '127.0.0.1'), dir, record, modelWaitMs));
  } finally {
    server.close();
    await browser.close();
    if (dir !== 'dist') rmSync(dir, { recursive: true }); // the links only, never what they point to
  }
  const median = (key: keyof (typeof visits)[number]) => percentile(visits.map((v) => v[key]), 0.5);
  const what: [keyof (typeof visits)[number], string][] = [
    ['entry_gzip_bytes', 'widget scripts the page requests before its load event, gzip -9 (what the embed adds to first render)'],
    ['launcher_ms', 'navigation to the launcher on screen'],
    ['page_view_bytes', 'everything a cold product page transfers before the shopper interacts (network idle)'],
    ['bytes_before_first_answer', 'everything transferred from navigation until the first answer shows'],
    ['bytes_before_first_answer_no_models', 'of which not model files, ONNX Runtime or transformers.js (the model path starts when the widget opens)'],
    ['first_answer_ms', 'question sent (Enter) to the answer shown, widget opened on a settled page'],
    ['first_answer_from_navigation_ms', 'navigation to the answer shown (includes the bench\'s own clicks)'],
    ['first_answer_light_path', '1 when the first answer came from the light path'],
    ['runtime_wasm_bytes', 'ONNX Runtime .wasm transferred on the first view (models loaded)'],
    ['models_ready_ms', 'question sent to models ready and the catalog embedded (includes the bench\'s click on "Download" when asked; -1: they did not load)'],
    ['query_during_embed_ms', 'a search typed while the catalog embeds (0.5 s after the embedder is ready): Enter to its reply (-1: the catalog was embedded first)'],
    ['models_loaded', '1 when the models of the first view ended ready (0: error, the light path answered)'],
    ['consent_asked', '1 when the model download waited for the shopper\'s go-ahead (above ask-above-mb)'],
    ['cold_view_bytes', 'everything the first view transfers, models included'],
    ['main_thread_longest_task_ms', 'longest main-thread task from opening until models ready (0: none over 50 ms)'],
    ['main_thread_longest_task_cpu_ms', 'the same span, the longest main-thread task by CPU time (Chromium trace: what the page\'s own work costs, without waiting for a loaded machine\'s CPU)'],
    ['repeat_visit_bytes', 'second product page of the same shop, same flow, same browser context'],
    ['repeat_visit_wasm_bytes', 'of which ONNX Runtime .wasm'],
    ['repeat_models_ready_ms', 'second view: question sent to models ready (-1: not loaded, or not awaited after a first view whose models failed)'],
    ['repeat_embedder_ready_ms', 'second view: question sent to the search model ready, its files from the verified IndexedDB cache (the warm model load in the browser: runtime, files, session; -1: not loaded)'],
    ['repeat_main_thread_longest_task_ms', 'second view: longest main-thread task until models ready'],
  ];
  console.log(`built demo shop (dist/), models from ${models}; ${visits.length} cold visit(s) + repeat, medians; served by scripts/serve.mjs (immutable hashed files, ETag, brotli)`);
  printMetrics(what.map(([key, text]) => [key, median(key), text]));
  return Object.fromEntries(what.map(([key]) => [key, median(key)]));
}
