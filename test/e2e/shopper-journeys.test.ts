import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { focusedPart, launchChromium, lastReply, modelsSettled, send, startStatic } from './demo-server.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let shop: Awaited<ReturnType<typeof startStatic>>;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  shop = await startStatic('dist');
});

afterAll(async () => {
  await browser?.close();
  shop?.close();
});

afterEach(async () => {
  await context?.close();
});

/** A fresh shopper (own storage) on a page of the built shop. */
async function visit(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${shop.url}${path}`);
  return page;
}

/** Opens the floating assistant and waits until its models have settled. */
async function openAssistant(page: Page) {
  const assistant = page.locator('aisle-assistant');
  await assistant.locator('[part="launcher"]').click();
  await modelsSettled(assistant);
  return assistant;
}

/** axe-core on the whole page, shadow trees included; violations as `rule: targets`. */
async function audit(page: Page): Promise<string[]> {
  await page.locator('aisle-assistant').locator('[part="launcher"], [part="panel"]').first().waitFor();
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  // Contrast is judged once the panel's entrance animation has finished.
  await page.evaluate(() => Promise.all(document.querySelector('aisle-assistant')!.shadowRoot!.getAnimations().map((a) => a.finished)));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('shopper journeys on the built demo shop, in Chromium', () => {
  it('asks a question on a product page and sees the answer with the evidence it used', async () => {
    const page = await visit('p/dj-78.html');
    const assistant = await openAssistant(page);
    await send(assistant, 'Does it have a Retina display?');
    const answer = lastReply(assistant).locator('aisle-answer');
    await answer.locator('[part="answer"][data-verdict]').waitFor({ timeout: 60_000 });
    expect(await answer.locator('[part="answer"]').getAttribute('data-verdict')).toBe('yes');
    const evidence = answer.locator('[part="evidence"]');
    expect(await evidence.count()).toBeGreaterThan(0);
    expect(await evidence.first().textContent()).toMatch(/Retina display/);
    expect(await answer.locator('[part="path"]').getAttribute('data-source')).toMatch(/^(lexical|model)$/);
  });

  it('offers no follow-up from another product: a jacket answer carried to the laptop page loses its "true to size?" chips', async () => {
    const page = await visit('p/luma-wj02.html');
    let assistant = await openAssistant(page);
    // The page's suggested questions have loaded, so the answer carries its own follow-ups.
    await assistant.locator('.suggestions [part="suggestion"]').first().waitFor({ timeout: 60_000 });
    await send(assistant, 'Is it machine washable?');
    await assistant.locator('aisle-answer [part="answer"][data-verdict]').first().waitFor({ timeout: 60_000 });
    expect(await assistant.locator('aisle-answer [part="suggestion"]').allTextContents()).toContain('Does it run true to size?');
    // The same tab on the laptop page: the conversation comes along (sessionStorage), its chips must not.
    await page.goto(`${shop.url}p/dj-78.html`);
    assistant = page.locator('aisle-assistant');
    if (await assistant.locator('[part="launcher"]').isVisible()) await assistant.locator('[part="launcher"]').click();
    await modelsSettled(assistant);
    await assistant.locator('aisle-answer [part="answer"][data-verdict]').first().waitFor({ timeout: 60_000 });
    await send(assistant, 'Does it have a Retina display?');
    await assistant.locator('aisle-answer [part="answer"][data-verdict]').nth(1).waitFor({ timeout: 60_000 });
    await assistant.locator('.suggestions [part="suggestion"], aisle-answer [part="suggestion"]').first().waitFor({ timeout: 60_000 });
    const chips = await assistant.locator('[part="suggestion"]').allTextContents();
    expect(chips.length).toBeGreaterThan(0);
    expect(chips.join(' | ')).not.toMatch(/true to size|made of/);
    expect(await assistant.locator('aisle-answer').first().locator('[part="suggestion"]').count()).toBe(0);
  });

  it('searches by intent, shows the intent as chips, and adds a result to the shop\'s cart', async () => {
    const page = await visit('');
    const assistant = await openAssistant(page);
    await send(assistant, 'phone under $300');
    const reply = lastReply(assistant);
    await reply.locator('[part="card"]').first().waitFor({ timeout: 60_000 });
    // The price limit is read from the words and shown as a removable chip; every result keeps to it.
    expect((await reply.locator('aisle-filter-chips [part="chip"]').allTextContents()).join(' ')).toMatch(/300/);
    const prices = await reply.locator('[part="card"] .price').allTextContents();
    expect(prices.length).toBeGreaterThan(0);
    for (const price of prices) expect(Number(price.replace(/[^\d.]/g, ''))).toBeLessThanOrEqual(300);

    const first = reply.locator('[part="card"]').first();
    const title = (await first.locator('h3').textContent())!.trim();
    await first.locator('[part="add-to-cart"]').click();
    await expect.poll(() => page.locator('[data-cart-count]').first().textContent()).toBe('1');
    expect(await assistant.locator('[role="status"]').last().textContent()).toContain(title);
    // The shop's cart page lists it (the shop keeps its cart from the event).
    await page.goto(`${shop.url}cart.html`);
    expect(await page.locator('[data-cart-view]').textContent()).toContain(title);
  });

  it('opens a review aspect chip and sees the quotes behind it', async () => {
    const page = await visit('p/luma-wj02.html');
    const assistant = await openAssistant(page);
    await send(assistant, 'What do customers say?');
    const summary = lastReply(assistant).locator('aisle-review-summary');
    const chip = summary.locator('[part~="chip"]').first();
    await chip.waitFor({ timeout: 60_000 });
    expect(await chip.getAttribute('aria-expanded')).toBe('false');
    expect(await summary.locator('[part="quotes"]').count()).toBe(0);
    await chip.click();
    expect(await chip.getAttribute('aria-expanded')).toBe('true');
    const quotes = await summary.locator('[part="quotes"] li').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    // Each quote is a review of this product, word for word.
    const reviews = await page.locator('.reviews .review p').allTextContents();
    for (const quote of quotes) {
      const words = quote.trim().replace(/^(positive|negative|mixed|neutral): /i, '').slice(0, 20);
      expect(reviews.some((r) => r.includes(words))).toBe(true);
    }
    await chip.click();
    expect(await summary.locator('[part="quotes"]').count()).toBe(0);
  });

  it('compares four picked products side by side, and a fifth cannot be picked', async () => {
    const page = await visit('');
    const assistant = await openAssistant(page);
    await send(assistant, 'laptop');
    const cards = lastReply(assistant).locator('[part="card"]');
    await cards.nth(4).waitFor({ timeout: 60_000 });
    const titles: string[] = [];
    for (let i = 0; i < 4; i++) {
      titles.push((await cards.nth(i).locator('h3').textContent())!.trim());
      await cards.nth(i).locator('[part="compare-toggle"]').click();
    }
    expect(await cards.nth(4).locator('[part="compare-toggle"]').isDisabled()).toBe(true);
    await assistant.locator('[part="compare-button"]').click();
    const table = lastReply(assistant).locator('[part="compare"] table');
    await table.waitFor();
    const heads = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(heads.slice(1)).toEqual(titles);
    const rows = (await table.locator('tbody th').allTextContents()).map((h) => h.trim());
    expect(rows.slice(0, 3)).toEqual(['Price', 'Rating', 'Brand']);
  });

  it('works with the keyboard alone: Tab to the launcher, Enter opens, type and Enter sends, Escape closes and focus returns', async () => {
    const page = await visit('p/dj-121.html');
    for (let i = 0; i < 200 && (await focusedPart(page)) !== 'launcher'; i++) await page.keyboard.press('Tab');
    expect(await focusedPart(page)).toBe('launcher');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedPart(page)).toBe('input');
    const assistant = page.locator('aisle-assistant');
    await page.keyboard.type('laptop');
    await page.keyboard.press('Enter');
    await lastReply(assistant).locator('[part="card"]').first().waitFor({ timeout: 60_000 });
    // Tab walks the panel's controls and never leaves it.
    const parts = new Set<string | null>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      parts.add(await focusedPart(page));
    }
    expect(parts.has(null)).toBe(false);
    expect(parts).toContain('add-to-cart');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedPart(page)).toBe('launcher');
    expect(await assistant.evaluate((el) => (el as HTMLElement & { open: boolean }).open)).toBe(false);
  });

  it('has no axe-core violations on the shop\'s pages with the panel closed and open (answer, results, reviews)', async () => {
    const page = await visit('p/luma-wj02.html');
    expect(await audit(page)).toEqual([]);
    const assistant = await openAssistant(page);
    expect(await audit(page)).toEqual([]);
    await send(assistant, 'What do customers say?');
    await lastReply(assistant).locator('aisle-review-summary [part~="chip"]').first().click({ timeout: 60_000 });
    await send(assistant, 'Is it machine washable?');
    await lastReply(assistant).locator('aisle-answer [part="answer"][data-verdict]').waitFor({ timeout: 60_000 });
    await send(assistant, 'yoga pants');
    await lastReply(assistant).locator('[part="card"]').first().waitFor({ timeout: 60_000 });
    expect(await audit(page)).toEqual([]);

    // The shop's other pages, the Chinese page and the React app, panel closed (the app's is inline).
    for (const path of ['', 'c/laptops.html', 'cart.html', 'zh.html', 'demo/react-example.html']) {
      await page.goto(`${shop.url}${path}`);
      expect(await audit(page), path || 'home').toEqual([]);
    }
  });

  it('keeps answers, policy and review text readable in dark mode, from the OS and from theme="dark" (axe with answers shown)', async () => {
    for (const dark of ['os', 'attribute'] as const) {
      context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: dark === 'os' ? 'dark' : 'light' });
      const page = await context.newPage();
      await page.goto(`${shop.url}p/luma-wj02.html`);
      if (dark === 'attribute') await page.locator('aisle-assistant').evaluate((el) => el.setAttribute('theme', 'dark'));
      const assistant = await openAssistant(page);
      await send(assistant, 'What do customers say?');
      await lastReply(assistant).locator('aisle-review-summary [part~="chip"]').first().click({ timeout: 60_000 });
      await send(assistant, 'Is it machine washable?');
      await lastReply(assistant).locator('aisle-answer [part="answer"][data-verdict]').waitFor({ timeout: 60_000 });
      await send(assistant, 'Do you ship to Canada?');
      await lastReply(assistant).locator('aisle-policy-answer').waitFor({ timeout: 60_000 });
      // A Chinese shopper on this English page: Chinese labels, English quotes marked 原文（英文）, translated on request.
      await send(assistant, '顾客怎么说？');
      const summary = lastReply(assistant).locator('aisle-review-summary');
      await summary.locator('[part="original"]').first().waitFor({ timeout: 60_000 });
      expect(await summary.locator('h3').textContent()).toBe('买家评价');
      await summary.locator('[part="translate-quotes"]').click();
      await summary.locator('[part="translation"]').first().waitFor({ timeout: 60_000 });
      expect(await audit(page), dark).toEqual([]);
      // The evidence cards take the dark palette too: no white card under light text.
      const card = await page.locator('aisle-assistant aisle-answer li').first().evaluate((li) => getComputedStyle(li).backgroundColor);
      const [r, g, b] = card.match(/\d+/g)!.map(Number);
      expect(r + g + b, `${dark}: evidence card ${card}`).toBeLessThan(3 * 128);
      await context.close();
    }
  });

  it('animates the panel\'s entrance only when the shopper has not asked for reduced motion', async () => {
    const animations = async (reducedMotion: 'reduce' | 'no-preference') => {
      context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(`${shop.url}p/dj-1.html`);
      await page.locator('aisle-assistant').locator('[part="launcher"]').click();
      const name = await page.locator('aisle-assistant').locator('[part="panel"]').evaluate((panel) => getComputedStyle(panel).animationName);
      await context.close();
      return name;
    };
    expect(await animations('no-preference')).not.toBe('none');
    expect(await animations('reduce')).toBe('none');
  });

  it('speaks Chinese on the Chinese product page', async () => {
    const page = await visit('zh.html');
    const assistant = page.locator('aisle-assistant');
    expect((await assistant.locator('[part="launcher"]').textContent())!.trim()).toBe('✦购物助手');
    await assistant.locator('[part="launcher"]').click();
    expect(await assistant.locator('[part="input"]').getAttribute('placeholder')).toMatch(/搜索或提问/);
    expect(await assistant.locator('[part="panel"]').getAttribute('lang')).toBe('zh');
    await modelsSettled(assistant);
    expect(await assistant.locator('[part="status"]').textContent()).toMatch(/[\u4e00-\u9fff]/);
    await send(assistant, '下雨天能穿吗？');
    const answer = lastReply(assistant).locator('aisle-answer');
    await answer.locator('[part="answer"][data-verdict]').waitFor({ timeout: 60_000 });
    expect(await answer.locator('[part="evidence"]').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await answer.textContent()).not.toMatch(/Based on|Quick answer/);
    expect(await answer.locator('.label').textContent()).toBe('依据');
  });
});
