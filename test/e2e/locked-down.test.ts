/**
 * The widget under a merchant's strict Content-Security-Policy, with the header really sent
 * (scripts/serve.mjs, per-path headers), in Chromium: each minimal policy documented in
 * docs/widget.md starts the worker, loads the models and answers with no violation; a policy that
 * forbids the worker makes the light path answer on the page, said once.
 *
 * Three origins on localhost: the shop's page P, the widget's CDN W, the model host M.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './demo-server.ts';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

let browser: Browser;
const servers: Server[] = [];
const pages = mkdtempSync(join(tmpdir(), 'aisle-csp-'));
/** The page server: P serves the pages written below, then dist/ (for the same-origin widget). */
let P = '';
let W = '';
let M = '';

async function start(dir: string | string[], headers?: Record<string, Record<string, string>>): Promise<string> {
  const { server, url } = (await serve({ dir, port: 0, headers })) as { server: Server; url: string };
  servers.push(server);
  return url.replace('localhost', '127.0.0.1');
}

const products = `{"@context":"https://schema.org","@type":"ItemList","itemListElement":[
 {"@type":"ListItem","position":1,"item":{"@type":"Product","sku":"x-1","name":"Dolce Shine Eau de Parfum","category":"fragrances","description":"A fruity, floral perfume.","offers":{"@type":"Offer","price":"69.99","priceCurrency":"USD"}}},
 {"@type":"ListItem","position":2,"item":{"@type":"Product","sku":"x-2","name":"Trail Running Shoe","category":"mens-shoes","description":"Light shoes for running.","offers":{"@type":"Offer","price":"89.00","priceCurrency":"USD"}}},
 {"@type":"ListItem","position":3,"item":{"@type":"Product","sku":"x-3","name":"Lenovo Yoga 920","category":"laptops","description":"A convertible laptop.","offers":{"@type":"Offer","price":"1099","priceCurrency":"USD"}}}]}`;

/** A shop page that embeds the widget from `widget` with its models on `models`; no inline script runs. */
function shopPage(widget: string, models: string, nonce: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A locked-down shop</title>
<script type="application/ld+json">${products}</script>
<script type="module"${nonce ? ' nonce="{nonce}"' : ''} src="${widget}aisle.js"></script>
</head><body><h1>Locked-down shop</h1><aisle-assistant model-host="${models}models/test/"></aisle-assistant></body></html>`;
}

interface Visit {
  violations: string[];
  errors: string[];
  page: Page;
}

/** Opens a page, collecting CSP and Trusted Types violations (console and events) and aisle-error messages. */
async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (process.env.AISLE_DEBUG) console.log('CONSOLE', m.type(), m.text());
    if (/Content Security Policy|Trusted ?Type/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
  await page.exposeFunction('aisleErrorSeen', (message: string) => void errors.push(message));
  await page.addInitScript(() => {
    const seen = (globalThis as unknown as { aisleErrorSeen: (m: string) => void }).aisleErrorSeen;
    document.addEventListener('securitypolicyviolation', (e) => void seen(`violation: ${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('aisle-error', (e) => void seen((e as Event & { message: string }).message));
  });
  await page.goto(`${P}${path}`);
  return { page, violations, errors };
}

/** Opens the assistant, searches, and waits for product cards. */
async function search(page: Page, query: string): Promise<string[]> {
  const assistant = page.locator('aisle-assistant');
  await assistant.locator('[part="launcher"]').click();
  await assistant.locator('[part="input"]').fill(query);
  await assistant.locator('[part="input"]').press('Enter');
  await assistant.locator('.turn:not([data-turn="draft"]) [part="card"] h3').first().waitFor({ timeout: 120_000 });
  return assistant.locator('.turn:not([data-turn="draft"]) [part="card"] h3').allTextContents();
}

/** The minimal policies (docs/widget.md, "Content Security Policy"), with W and M filled in. */
function policies(): Record<string, { csp: string; widget: string; models: string; nonce?: boolean }> {
  const w = W.slice(0, -1);
  const m = M.slice(0, -1);
  return {
    'same origin': {
      csp: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'",
      widget: P,
      models: P,
    },
    'widget on a CDN origin W (models there too)': {
      csp: `default-src 'none'; script-src ${w} 'wasm-unsafe-eval'; worker-src ${w} blob:; connect-src ${w}`,
      widget: W,
      models: W,
    },
    'widget on W, model host on a third origin M': {
      csp: `default-src 'none'; script-src ${w} 'wasm-unsafe-eval'; worker-src ${w} blob:; connect-src ${w} ${m}`,
      widget: W,
      models: M,
    },
    "nonce + 'strict-dynamic' (widget on W, models on M)": {
      csp: `default-src 'none'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; worker-src ${w} blob:; connect-src ${w} ${m}; base-uri 'none'; object-src 'none'`,
      widget: W,
      models: M,
      nonce: true,
    },
    "Trusted Types: require-trusted-types-for 'script' with the widget's own policy (widget on W, models on M)": {
      csp: `default-src 'none'; script-src ${w} 'wasm-unsafe-eval'; worker-src ${w} blob:; connect-src ${w} ${m}; require-trusted-types-for 'script'; trusted-types aisle lit-html`,
      widget: W,
      models: M,
    },
    "Trusted Types, same origin": {
      csp: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types aisle lit-html",
      widget: P,
      models: P,
    },
  };
}

beforeAll(async () => {
  browser = await launchChromium();
  W = await start('dist');
  M = await start('dist');
  // P's headers are set per page below, once its port (and so W and M) are known.
  const headers: Record<string, Record<string, string>> = {};
  P = await start([pages, 'dist'], headers);
  Object.entries(policies()).forEach(([, policy], i) => {
    writeFileSync(join(pages, `policy-${i}.html`), shopPage(policy.widget, policy.models, policy.nonce ?? false));
    headers[`/policy-${i}.html`] = { 'Content-Security-Policy': policy.csp };
  });
  // A sandboxed iframe without allow-same-origin: an opaque origin, no IndexedDB, no storage at all.
  writeFileSync(join(pages, 'sandboxed-shop.html'), shopPage(P, P, false));
  writeFileSync(join(pages, 'sandboxed.html'), '<!doctype html><title>Sandbox</title><iframe sandbox="allow-scripts" src="sandboxed-shop.html" style="width:800px;height:900px"></iframe>');
  // A typical merchant policy that forbids the blob: worker a cross-origin widget needs.
  writeFileSync(join(pages, 'no-worker.html'), shopPage(W, W, false));
  headers['/no-worker.html'] = { 'Content-Security-Policy': `script-src 'self' ${W.slice(0, -1)} 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self' ${W.slice(0, -1)}` };
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  rmSync(pages, { recursive: true, force: true });
});

describe('the widget under a strict Content-Security-Policy (header sent), in Chromium', () => {
  // Names only: the policies need the servers' ports, known once beforeAll ran.
  const names = Object.keys(policies());
  names.forEach((name, i) => {
    it(`${name}: the worker starts, the models load, answers come, no violation`, async () => {
      const { page, violations, errors } = await visit(`policy-${i}.html`);
      const titles = await search(page, 'perfume');
      expect(titles[0]).toMatch(/parfum/i);
      const status = page.locator('aisle-assistant').locator('[part="status"]');
      // Settled one way or the other (ready, a model error, or the in-page light path), then it must be ready.
      await page.locator('aisle-assistant').locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="page"])').waitFor({ timeout: 200_000 });
      expect({ state: await status.getAttribute('data-state'), violations }).toEqual({ state: 'ready', violations: [] });
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  it('a cross-origin isolated page (COOP/COEP) with the widget on another origin: models load on WASM threads', async () => {
    const { server, url } = (await serve({ dir: [pages, 'dist'], port: 0, isolated: true })) as { server: Server; url: string };
    servers.push(server);
    writeFileSync(join(pages, 'isolated.html'), shopPage(W, W, false));
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => void failed.push(r.url()));
    page.on('response', (r) => void (r.status() >= 400 && !r.url().endsWith('favicon.ico') && failed.push(`${r.status()} ${r.url()}`)));
    await page.goto(`${url.replace('localhost', '127.0.0.1')}isolated.html`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect((await search(page, 'perfume'))[0]).toMatch(/parfum/i);
    const status = page.locator('aisle-assistant').locator('[part="status"]');
    await page.locator('aisle-assistant').locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="page"])').waitFor({ timeout: 200_000 });
    expect({ state: await status.getAttribute('data-state'), failed }).toEqual({ state: 'ready', failed: [] });
    await page.close();
  });

  it('in a sandboxed iframe without allow-same-origin (opaque origin, no IndexedDB): it keeps answering, without cache or history', async () => {
    const { page } = await visit('sandboxed.html');
    const frame = page.frameLocator('iframe');
    const assistant = frame.locator('aisle-assistant');
    await assistant.locator('[part="launcher"]').click();
    await assistant.locator('[part="input"]').fill('perfume');
    await assistant.locator('[part="input"]').press('Enter');
    await assistant.locator('.turn:not([data-turn="draft"]) [part="card"] h3').first().waitFor({ timeout: 120_000 });
    expect(await assistant.locator('.turn:not([data-turn="draft"]) [part="card"] h3').first().textContent()).toMatch(/parfum/i);
    await assistant.locator('[part="input"]').fill('running shoes');
    await assistant.locator('[part="input"]').press('Enter');
    await expect.poll(() => assistant.locator('.turn:not([data-turn="draft"]) [part="card"] h3').allTextContents(), { timeout: 60_000 }).toContain('Trail Running Shoe');
    expect(await assistant.locator('[part="error"]').count()).toBe(0);
    // The status settles (models from memory, or the light path), never an endless spinner.
    await assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="page"])').waitFor({ timeout: 200_000 });
    await page.close();
  });

  it("a policy that forbids the widget's worker (worker-src 'self', widget on W): the light path answers on the page, said once", async () => {
    const { page, violations, errors } = await visit('no-worker.html');
    const titles = await search(page, 'perfume');
    expect(titles[0]).toMatch(/parfum/i);
    const status = page.locator('aisle-assistant').locator('[part="status"]');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 60_000 }).toBe('page');
    expect(await status.textContent()).toMatch(/could not start its background engine/);
    expect(errors.filter((e) => !e.startsWith('violation:'))).toEqual([
      'The assistant could not start its background engine on this page, so quick search answers here instead (no smart search).',
    ]);
    expect(violations.join('\n')).toMatch(/worker-src/);
    // A second question: still answered, nothing more reported.
    await page.locator('aisle-assistant').locator('[part="input"]').fill('running shoes');
    await page.locator('aisle-assistant').locator('[part="input"]').press('Enter');
    await expect.poll(() => page.locator('aisle-assistant').locator('.turn:not([data-turn="draft"]) [part="card"] h3').allTextContents()).toContain('Trail Running Shoe');
    expect(errors.filter((e) => !e.startsWith('violation:'))).toHaveLength(1);
    await page.close();
  });
});
