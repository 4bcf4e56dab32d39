import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, lastReply, modelsSettled, send, startStatic } from './demo-server.ts';

let browser: Browser;
let shop: Awaited<ReturnType<typeof startStatic>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  shop = await startStatic('dist');
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${shop.url}demo/react-example.html`);
});

afterAll(async () => {
  await browser?.close();
  shop?.close();
});

describe('the demo\'s React 19 app hosts <aisle-assistant> in its component tree', () => {
  it('passes attributes, keeps a cart and an opened product in React state from the element\'s events, and the element survives re-renders', async () => {
    const assistant = page.locator('aisle-assistant');
    // Attributes from JSX reach the element; aisle-ready reaches React state.
    await expect.poll(() => page.locator('[data-indexed]').textContent(), { timeout: 60_000 }).toBe('385 products indexed on this device.');
    // React 19 sets known properties as properties (`catalog`), the rest as attributes (`model-host`).
    expect(await assistant.getAttribute('mode')).toBe('inline');
    expect(await assistant.evaluate((el) => (el as HTMLElement & { catalog?: string }).catalog)).toBe('../catalog.json');
    expect(await assistant.getAttribute('model-host')).toBe('../models/test/');
    // A mark on the DOM node tells whether React ever replaces it.
    await assistant.evaluate((el) => ((el as HTMLElement & { reactMark?: string }).reactMark = 'first'));

    await modelsSettled(assistant);
    await send(assistant, 'rain jacket');
    const card = lastReply(assistant).locator('[part="card"]').first();
    await card.waitFor({ timeout: 60_000 });
    const title = (await card.locator('h3').textContent())!.trim();
    await card.locator('[part="add-to-cart"]').click();
    await expect.poll(() => page.locator('[data-app-cart-count]').textContent()).toBe('1');
    await card.locator('[part="add-to-cart"]').click();
    await expect.poll(() => page.locator('[data-app-cart-count]').textContent()).toBe('2');
    expect(await page.locator('[data-cart-lines] li').first().textContent()).toContain(`2 × ${title}`);

    // aisle-product-open is cancelled by the app, which shows the product itself instead of leaving.
    const before = page.url();
    await card.locator('[part="open-button"]').click();
    await expect.poll(() => page.locator('[data-opened-product] h3').textContent()).toBe(title);
    expect(page.url()).toBe(before);

    // Switching the language and theme in React state re-renders the app with new attributes.
    await page.getByLabel('Language').selectOption('zh');
    await expect.poll(() => card.locator('[part="add-to-cart"]').textContent()).toContain('加入购物车');
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => assistant.getAttribute('theme')).toBe('dark');
    const surface = await assistant.locator('[part="panel"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(surface).toBe('rgb(22, 26, 35)');

    // Same element, same conversation, same engine: the next add still reaches React.
    expect(await assistant.evaluate((el) => (el as HTMLElement & { reactMark?: string }).reactMark)).toBe('first');
    expect(await assistant.locator('.turn:not([data-turn="draft"]) [part="ask"]').allTextContents()).toEqual([expect.stringContaining('rain jacket')]);
    await page.getByRole('button', { name: `Remove ${title}` }).click();
    await expect.poll(() => page.locator('[data-app-cart-count]').textContent()).toBe('0');
    await send(assistant, 'yoga pants');
    const next = lastReply(assistant).locator('[part="card"]').first();
    await next.waitFor({ timeout: 60_000 });
    await next.locator('[part="add-to-cart"]').click();
    await expect.poll(() => page.locator('[data-app-cart-count]').textContent()).toBe('1');
    expect(pageErrors).toEqual([]);
  });
});
