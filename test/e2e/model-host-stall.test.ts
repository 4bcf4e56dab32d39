/**
 * A model host that stops sending mid-file, end to end through the element in Chromium: the built
 * widget (dist/) on a shop page, its models on a local host that sends the headers and the first
 * part of the embedding model's weights, then nothing, on every try (a Range resume included). With
 * `download-stall="1"` (one second instead of 30): the status ends in the model error within a
 * bounded time, quick search answers before, during and after, and nothing unverified is cached
 * (IndexedDB read after a reload). The host then recovers: the reload resumes the file with a Range
 * request from the bytes kept, verifies it and the models get ready.
 */
import { readFileSync, statSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastReply, launchChromium, send } from './demo-server.ts';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

const modelsDir = normalize('dist/models/test');
/** The embedding model's weights (the file the worker downloads first): the host stalls inside them. */
const stalls = (path: string) => /^aisle-test\/multilingual-minilm\/onnx\/[^/]+\.onnx$/.test(path);

interface HostRequest { method?: string; path: string; range?: string }

/** A model host for dist/models/test/ (CORS, Range); while `stalling`, the weights stop half-way. */
async function startModelHost(): Promise<{ url: string; requests: HostRequest[]; stalling: boolean; close(): void }> {
  const held: ServerResponse[] = [];
  const state = { url: '', requests: [] as HostRequest[], stalling: true, close: () => {} };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    state.requests.push({ method: req.method, path, range: req.headers.range });
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'range');
    res.setHeader('access-control-expose-headers', 'content-length, content-range, accept-ranges');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const file = normalize(join(modelsDir, path));
    let size: number;
    try {
      if (!file.startsWith(modelsDir + '/')) throw new Error('outside');
      size = statSync(file).size;
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const from = range ? Number(range[1]) : 0;
    const body = readFileSync(file).subarray(from);
    res.writeHead(range ? 206 : 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      'accept-ranges': 'bytes',
      ...(range ? { 'content-range': `bytes ${from}-${size - 1}/${size}` } : {}),
    });
    if (!state.stalling || !stalls(path)) return void res.end(body);
    // Half of what is left, then silence with the connection open: a host that stopped sending.
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  state.close = () => {
    held.forEach((r) => r.destroy());
    server.closeAllConnections();
    server.close();
  };
  return state;
}

let browser: Browser;
let host: Awaited<ReturnType<typeof startModelHost>>;
let shop: { url: string; server: Server };
const pages = mkdtempSync(join(tmpdir(), 'aisle-stall-'));

const products = `{"@context":"https://schema.org","@type":"ItemList","itemListElement":[
 {"@type":"ListItem","position":1,"item":{"@type":"Product","sku":"x-1","name":"Dolce Shine Eau de Parfum","category":"fragrances","description":"A fruity, floral perfume.","offers":{"@type":"Offer","price":"69.99","priceCurrency":"USD"}}},
 {"@type":"ListItem","position":2,"item":{"@type":"Product","sku":"x-2","name":"Trail Running Shoe","category":"mens-shoes","description":"Light shoes for running.","offers":{"@type":"Offer","price":"89.00","priceCurrency":"USD"}}}]}`;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startModelHost();
  writeFileSync(join(pages, 'stall.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stalling model host</title>
<script type="application/ld+json">${products}</script><script type="module" src="/aisle.js"></script></head>
<body><h1>Shop</h1><aisle-assistant model-host="${host.url}" download-stall="1"></aisle-assistant></body></html>`);
  // A page of the shop without the widget, to read its IndexedDB with nothing running.
  writeFileSync(join(pages, 'blank.html'), '<!doctype html><title>Blank</title>');
  const { server, url } = (await serve({ dir: [pages, 'dist'], port: 0 })) as { server: Server; url: string };
  shop = { server, url: url.replace('localhost', '127.0.0.1') };
});

afterAll(async () => {
  await browser?.close();
  host?.close();
  shop?.server.close();
  rmSync(pages, { recursive: true, force: true });
});

/** Searches and returns the first card's title: the light path's answer. */
async function firstCard(assistant: Locator, query: string): Promise<string | null> {
  await send(assistant, query);
  const card = lastReply(assistant).locator('[part="card"] h3').first();
  await card.waitFor({ timeout: 60_000 });
  return card.textContent();
}

/** The model-files store of the widget's IndexedDB: each key with its size. */
function modelFiles(page: Page): Promise<{ url: string; size: number; sha256: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('aisle');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('model-files')) return resolve([]);
          const all = db.transaction('model-files').objectStore('model-files').getAll();
          all.onsuccess = () => resolve((all.result as { url: string; size: number; sha256: string }[]).map(({ url, size, sha256 }) => ({ url, size, sha256 })));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('a model host that stops sending mid-file (built widget, Chromium)', () => {
  it('ends in a clear status in bounded time, caches nothing unverified, answers throughout, and resumes once the host recovers', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${shop.url}stall.html`);
    const assistant = page.locator('aisle-assistant');
    const status = assistant.locator('[part="status"]');
    await assistant.locator('[part="launcher"]').click();
    // The models start loading on open; the host stalls in the weights: quick search answers meanwhile.
    expect(await firstCard(assistant, 'perfume')).toMatch(/parfum/i);
    await expect.poll(() => host.requests.some((r) => stalls(r.path)), { timeout: 60_000 }).toBe(true);
    // 3 tries of a 1 s stall each, then the model is given up: a clear status, never "Loading…" forever.
    await assistant.locator('[part="status"][data-state="error"]').waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toMatch(/could not load, so quick search answers instead/);
    const weights = host.requests.filter((r) => r.method === 'GET' && stalls(r.path));
    expect(weights.length).toBeGreaterThanOrEqual(2);
    expect(weights.slice(1).every((r) => r.range?.startsWith('bytes='))).toBe(true);
    expect(await firstCard(assistant, 'running shoes')).toBe('Trail Running Shoe');
    expect(await assistant.locator('[part="error"]').count()).toBe(0);

    // Nothing unverified is stored as a model file: read from a fresh page of the shop (the widget not
    // running), IndexedDB holds the stalled file only as the kept start of a download (`#partial`,
    // never served as a model), shorter than the file; every other file is stored with its hash.
    const path = weights[0].path;
    const size = statSync(join(modelsDir, path)).size;
    const url = `${host.url}${path}`;
    await page.goto(`${shop.url}blank.html`);
    const afterStall = await modelFiles(page);
    expect(afterStall.find((f) => f.url === url)).toBeUndefined();
    expect(afterStall.filter((f) => f.url.startsWith(url)).map((f) => ({ url: f.url, shorter: f.size > 0 && f.size < size }))).toEqual([{ url: `${url}#partial`, shorter: true }]);
    for (const f of afterStall.filter((f) => !f.url.endsWith('#partial'))) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);

    // The host recovers: the next visit resumes from the kept bytes (a Range request), verifies, gets ready.
    host.stalling = false;
    const before = host.requests.length;
    await page.goto(`${shop.url}stall.html`);
    if ((await assistant.getAttribute('open')) === null) await assistant.locator('[part="launcher"]').click();
    await assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"])').waitFor({ timeout: 200_000 });
    expect(await status.getAttribute('data-state')).toBe('ready');
    const resumed = host.requests.slice(before).filter((r) => r.method === 'GET' && r.path === path);
    expect(resumed.map((r) => r.range)).toEqual([`bytes=${afterStall.find((f) => f.url === `${url}#partial`)?.size}-`]);
    const stored = (await modelFiles(page)).find((f) => f.url === url);
    expect(stored).toMatchObject({ size });
    expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await firstCard(assistant, 'perfume')).toMatch(/parfum/i);
    await context.close();
  });
});
