/**
 * Screenshots of the assistant on the built demo shop (run `npm run build` first), at desktop
 * (1280×800) and phone (390×844) sizes: closed, open, an answer with its evidence, product cards,
 * a review summary with an aspect's quotes (an English and a Chinese shopper), a store answer, a
 * compare table (an English and a Chinese shopper), the Chinese page and the React app, with models loaded in the light theme; then the
 * answer, review and policy views in the dark theme, both as the OS's dark mode (`dark-os-…`) and as
 * `theme="dark"` (`dark-attr-…`); and the assistant before its models: still loading
 * (`loading-…`) and with `models="off"` (`off-…`).
 *
 *   node --import tsx scripts/demo-screenshots.ts [outDir] [--only name,prefix…]   (default .cache/screenshots/demo)
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Locator, type Page } from 'playwright';
import { chromiumArgs, chromiumExecutable } from './chromium.ts';
// @ts-expect-error plain ESM script without types
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1].split(',') : undefined;
const outDir = args[0] ?? '.cache/screenshots/demo';
const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
];

/** One screenshot: a page of the shop and what the shopper does on it before the picture. */
interface Shot {
  name: string;
  path: string;
  act?: (assistant: Locator, page: Page) => Promise<void>;
  /** The OS colour scheme (`dark`: prefers-color-scheme), or the element's `theme="dark"` attribute. */
  dark?: 'os' | 'attr';
  /** `off`: the shop set `models="off"`; `loading`: the picture is taken before the models are ready. */
  models?: 'off' | 'loading';
}

async function open(assistant: Locator): Promise<void> {
  await assistant.locator('[part="launcher"]').click();
  await assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="off"], [data-state="waiting"])').waitFor({ timeout: 120_000 });
}

/** Opens the panel without waiting for the models: what a shopper sees in the first seconds. */
async function openNow(assistant: Locator): Promise<void> {
  await assistant.locator('[part="launcher"]').click();
  await assistant.locator('[part="input"]').waitFor();
}

async function send(assistant: Locator, text: string, until: string): Promise<void> {
  await assistant.locator('[part="input"]').fill(text);
  await assistant.locator('[part="input"]').press('Enter');
  await assistant.locator(`.turn:not([data-turn="draft"]) [part="reply"] ${until}`).last().waitFor({ timeout: 60_000 });
}

const answer: Shot['act'] = async (a) => { await open(a); await send(a, 'Does it have a Retina display?', 'aisle-answer [part="evidence"]'); };
const reviews: Shot['act'] = async (a) => {
  await open(a);
  await send(a, 'What do customers say?', 'aisle-review-summary [part~="chip"]');
  await a.locator('aisle-review-summary [part~="chip"]').last().click();
};
/** A Chinese shopper on an English page: Chinese labels, English quotes marked 原文（英文）. */
const reviewsZh: Shot['act'] = async (a) => { await open(a); await send(a, '顾客怎么说？', 'aisle-review-summary [part="text"]'); };
const policy: Shot['act'] = async (a) => { await open(a); await send(a, 'Do you ship to Canada?', 'aisle-policy-answer [part="answer"]'); };
const zh: Shot['act'] = async (a) => { await open(a); await send(a, '下雨天能穿吗？', 'aisle-answer [part="evidence"]'); };

const shots: Shot[] = [
  { name: 'closed', path: 'p/dj-78.html' },
  { name: 'open', path: 'p/dj-78.html', act: open },
  { name: 'answer', path: 'p/dj-78.html', act: answer },
  {
    name: 'cards', path: '',
    act: async (a) => { await open(a); await send(a, 'phone under $300', '[part="card"]'); },
  },
  { name: 'reviews', path: 'p/luma-wj02.html', act: reviews },
  { name: 'reviews-zh-shopper', path: 'p/luma-wj02.html', act: reviewsZh },
  { name: 'policy', path: 'p/dj-78.html', act: policy },
  {
    name: 'compare', path: '',
    act: async (a) => {
      await open(a);
      await send(a, 'laptop', '[part="card"]');
      for (let i = 0; i < 3; i++) await a.locator('[part="compare-toggle"]').nth(i).click();
      await a.locator('[part="compare-button"]').click();
      await a.locator('[part="compare"]').waitFor();
    },
  },
  {
    // A Chinese shopper on the English shop: results, then three picked and compared (labels in Chinese).
    name: 'compare-zh-shopper', path: '',
    act: async (a) => {
      await open(a);
      await send(a, '笔记本电脑', '[part="card"]');
      for (let i = 0; i < 3; i++) await a.locator('.turn:not([data-turn="draft"]) [part="compare-toggle"]').nth(i).click();
      await a.locator('[part="compare-button"]').click();
      await a.locator('[part="compare"]').waitFor();
    },
  },
  { name: 'zh', path: 'zh.html', act: zh },
  {
    name: 'react', path: 'demo/react-example.html',
    act: async (a, page) => {
      await a.locator('[part="status"]:is([data-state="ready"], [data-state="error"])').waitFor({ timeout: 120_000 });
      await send(a, 'yoga pants', '[part="card"]');
      await a.locator('.turn:not([data-turn="draft"]) [part="add-to-cart"]').first().click();
      await page.locator('[data-cart-lines]').waitFor();
    },
  },
  ...(['os', 'attr'] as const).flatMap((dark): Shot[] => [
    { name: `dark-${dark}-answer`, path: 'p/dj-78.html', act: answer, dark },
    { name: `dark-${dark}-reviews`, path: 'p/luma-wj02.html', act: reviews, dark },
    { name: `dark-${dark}-policy`, path: 'p/dj-78.html', act: policy, dark },
    { name: `dark-${dark}-zh`, path: 'zh.html', act: zh, dark },
  ]),
  { name: 'dark-os-reviews-zh-shopper', path: 'p/luma-wj02.html', act: reviewsZh, dark: 'os' },
  { name: 'loading-open', path: 'p/dj-78.html', act: openNow, models: 'loading' },
  { name: 'loading-zh-open', path: 'zh.html', act: openNow, models: 'loading' },
  { name: 'off-answer', path: 'p/dj-78.html', act: answer, models: 'off' },
  { name: 'off-zh', path: 'zh.html', act: zh, models: 'off' },
];

if (!existsSync('dist/index.html')) {
  console.error('demo-screenshots: dist/ is missing; run "npm run build" first.');
  process.exit(1);
}
const { server, url } = (await serve({ dir: 'dist', port: 0 })) as { server: Server; url: string };
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs() });
try {
  mkdirSync(outDir, { recursive: true });
  for (const size of sizes) {
    for (const shot of shots.filter((s) => !only || only.some((o) => s.name.startsWith(o)))) {
      const context = await browser.newContext({ viewport: size.viewport, reducedMotion: 'reduce', colorScheme: shot.dark === 'os' ? 'dark' : 'light' });
      // The functions below run in the page; tsx names nested functions with a `__name` helper the page lacks.
      await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      // Still loading: the model files answer only after the picture is taken.
      if (shot.models === 'loading') await context.route('**/models/**', async (route) => { await new Promise((r) => setTimeout(r, 20_000)); await route.continue().catch(() => undefined); });
      // Before the element upgrades (module scripts run after "interactive"), as a shop that wrote the attribute.
      const attributes = { ...(shot.dark === 'attr' ? { theme: 'dark' } : {}), ...(shot.models === 'off' ? { models: 'off' } : {}) };
      if (Object.keys(attributes).length) {
        await context.addInitScript((set: Record<string, string>) =>
          document.addEventListener('readystatechange', () => {
            if (document.readyState === 'interactive') document.querySelectorAll('aisle-assistant').forEach((el) => Object.entries(set).forEach(([k, v]) => el.setAttribute(k, v)));
          }), attributes);
      }
      const page = await context.newPage();
      await page.goto(`${url}${shot.path}`);
      const assistant = page.locator('aisle-assistant');
      await shot.act?.(assistant, page);
      // Let lazy images and the last layout settle.
      await page.waitForTimeout(300);
      const file = `${outDir}/${size.name}-${shot.name}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
