/**
 * Privacy over a whole session, in Chromium: every request the page and its worker make goes to the
 * widget's origin or the model host, nothing the shopper typed appears in any URL or request body,
 * the history keeps search words only (never a card number or the raw sentence), and clearing
 * history and the conversation leaves nothing of the shopper in IndexedDB, localStorage or sessionStorage.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, lastReply, modelsSettled, send } from './demo-server.ts';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

let browser: Browser;
const servers: Server[] = [];
const pages = mkdtempSync(join(tmpdir(), 'aisle-privacy-'));

async function start(dir: string | string[]): Promise<string> {
  const { server, url } = (await serve({ dir, port: 0 })) as { server: Server; url: string };
  servers.push(server);
  return url.replace('localhost', '127.0.0.1');
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  rmSync(pages, { recursive: true, force: true });
});

describe('privacy over a full session (Chromium)', () => {
  it('requests go only to the widget and the model host; nothing typed leaves the page; clearing leaves nothing behind', async () => {
    const models = await start('dist');
    const shop = await start([pages, 'dist']);
    writeFileSync(
      join(pages, 'private.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Private shop</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","sku":"x-1","name":"Dolce Shine Eau de Parfum","category":"fragrances",
"description":"A fruity, floral perfume. Long-lasting scent.","offers":{"@type":"Offer","price":"69.99","priceCurrency":"USD"},
"review":[{"@type":"Review","reviewBody":"Lovely scent that lasts all day.","reviewRating":{"@type":"Rating","ratingValue":5}},
{"@type":"Review","reviewBody":"The bottle leaked a little in shipping.","reviewRating":{"@type":"Rating","ratingValue":3}}]}</script>
<script type="module" src="${shop}aisle.js"></script></head><body><h1>Dolce Shine</h1>
<aisle-assistant model-host="${models}models/test/"></aisle-assistant></body></html>`,
    );
    const context = await browser.newContext();
    const requests: { url: string; body: string }[] = [];
    context.on('request', (r) => void requests.push({ url: r.url(), body: r.postData() ?? '' }));
    const page = await context.newPage();
    await page.goto(`${shop}private.html`);
    const assistant = page.locator('aisle-assistant');
    await assistant.locator('[part="launcher"]').click();
    const typed = [
      'perfume for my wife, card 4242 4242 4242 4242',
      'Does the scent last long?',
      'is shipping free to 221B Baker Street? call me on 555-123-4567',
    ];
    for (const text of typed) {
      await send(assistant, text);
      await expect.poll(() => lastReply(assistant).count(), { timeout: 120_000 }).toBeGreaterThan(0);
    }
    await modelsSettled(assistant);

    const history = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('aisle');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('history').objectStore('history').getAll();
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    const kept = JSON.stringify(history);
    expect(kept).toContain('perfume');
    expect(kept).not.toMatch(/4242|Baker|555|my wife|Does the scent/);

    // Every request: the shop/widget origin or the model host, and nothing typed in a URL or body.
    const origins = new Set(requests.map((r) => new URL(r.url).origin).filter((o) => o !== 'null'));
    expect([...origins].sort()).toEqual([new URL(shop).origin, new URL(models).origin].sort());
    const sent = requests.map((r) => `${decodeURIComponent(r.url)} ${r.body}`).join('\n');
    for (const word of ['4242', 'wife', 'Baker', '555-123', 'scent last']) expect(sent).not.toContain(word);

    // Clearing history and the conversation leaves nothing of the shopper on the device.
    await page.evaluate(async () => {
      const el = document.querySelector('aisle-assistant') as HTMLElement & { forgetHistory(): Promise<void>; clearConversation(): void };
      await el.forgetHistory();
      el.clearConversation();
    });
    const left = await page.evaluate(
      () =>
        new Promise<{ history: number; local: number; session: string[] }>((resolve) => {
          const open = indexedDB.open('aisle');
          open.onsuccess = () => {
            const count = open.result.transaction('history').objectStore('history').count();
            count.onsuccess = () => resolve({ history: count.result, local: localStorage.length, session: Object.keys(sessionStorage) });
          };
        }),
    );
    expect(left).toEqual({ history: 0, local: 0, session: [] });
    await context.close();
  });
});
