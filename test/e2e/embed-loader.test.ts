import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startStatic } from './demo-server.ts';

let browser: Browser;
let shop: { url: string; close: () => void };

beforeAll(async () => {
  browser = await launchChromium();
  shop = await startStatic('dist');
});

afterAll(async () => {
  await browser?.close();
  shop?.close();
});

describe('the embed script (aisle.js) on the built demo shop', () => {
  it('shows a launcher at once, loads the widget only when the shopper opens it, and the opened panel answers', async () => {
    const context = await browser.newContext();
    // An idle moment never comes on this page: only the shopper's click may load the widget.
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${shop.url}p/dj-78.html`);
    const assistant = page.locator('aisle-assistant');
    await assistant.locator('[part="launcher"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => customElements.get('aisle-assistant') === undefined)).toBe(true);
    expect(requested.filter((p) => /define|engine|catalog\.json/.test(p))).toEqual([]);

    await assistant.locator('[part="launcher"]').click();
    const input = assistant.locator('[part="input"]');
    await input.waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'))).toBe('input');
    await input.fill('Does it have a Retina display?');
    await input.press('Enter');
    const answer = assistant.locator('aisle-answer [part="answer"][data-verdict]').last();
    await answer.waitFor({ timeout: 60_000 });
    expect(await answer.getAttribute('data-verdict')).toBe('yes');
    expect(await assistant.locator('[part="launcher"]').count()).toBe(0);
    await context.close();
  });

  it('styles the light launcher under a strict Content-Security-Policy (no inline styles allowed)', async () => {
    const context = await browser.newContext();
    await context.route('**/p/dj-78.html', async (route) => {
      const response = await route.fetch();
      const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; style-src 'self'; img-src 'self'";
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const page = await context.newPage();
    await page.goto(`${shop.url}p/dj-78.html`);
    const launcher = page.locator('aisle-assistant [part="launcher"]');
    await launcher.waitFor();
    const look = await launcher.evaluate((b) => ({ position: getComputedStyle(b).position, background: getComputedStyle(b).backgroundColor }));
    expect(look).toEqual({ position: 'fixed', background: 'rgb(39, 72, 201)' });
    await context.close();
  });

  it('loads the widget by itself once the page is idle, without any interaction', async () => {
    const page = await browser.newPage();
    await page.goto(`${shop.url}p/dj-78.html`);
    await page.waitForFunction(() => customElements.get('aisle-assistant') !== undefined, undefined, { timeout: 30_000 });
    // One launcher, the element's own (the light one is gone), and it opens the panel.
    await page.locator('aisle-assistant [part="launcher"]').click();
    await page.locator('aisle-assistant [part="panel"]').waitFor();
    await page.close();
  });
});
