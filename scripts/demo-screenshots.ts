/**
 * Screenshots of the assistant on the built demo shop (run `npm run build` first), at desktop
 * (1280×800) and phone (390×844) sizes: closed, open, an answer with its evidence, product cards,
 * a review summary with an aspect's quotes, a compare table, the Chinese page and the React app.
 *
 *   node --import tsx scripts/demo-screenshots.ts [outDir]      (default .cache/screenshots/demo)
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Locator, type Page } from 'playwright';
import { chromiumArgs, chromiumExecutable } from './chromium.ts';
// @ts-expect-error plain ESM script without types
import { serve } from './serve.mjs';

const outDir = process.argv[2] ?? '.cache/screenshots/demo';
const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
];

/** One screenshot: a page of the shop and what the shopper does on it before the picture. */
interface Shot {
  name: string;
  path: string;
  act?: (assistant: Locator, page: Page) => Promise<void>;
}

async function open(assistant: Locator): Promise<void> {
  await assistant.locator('[part="launcher"]').click();
  await assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="off"])').waitFor({ timeout: 120_000 });
}

async function send(assistant: Locator, text: string, until: string): Promise<void> {
  await assistant.locator('[part="input"]').fill(text);
  await assistant.locator('[part="input"]').press('Enter');
  await assistant.locator(`.turn:not([data-turn="draft"]) [part="reply"] ${until}`).last().waitFor({ timeout: 60_000 });
}

const shots: Shot[] = [
  { name: 'closed', path: 'p/dj-78.html' },
  { name: 'open', path: 'p/dj-78.html', act: open },
  {
    name: 'answer', path: 'p/dj-78.html',
    act: async (a) => { await open(a); await send(a, 'Does it have a Retina display?', 'aisle-answer [part="evidence"]'); },
  },
  {
    name: 'cards', path: '',
    act: async (a) => { await open(a); await send(a, 'phone under $300', '[part="card"]'); },
  },
  {
    name: 'reviews', path: 'p/luma-wj02.html',
    act: async (a) => {
      await open(a);
      await send(a, 'What do customers say?', 'aisle-review-summary [part~="chip"]');
      await a.locator('aisle-review-summary [part~="chip"]').last().click();
    },
  },
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
    name: 'zh', path: 'zh.html',
    act: async (a) => { await open(a); await send(a, '下雨天能穿吗？', 'aisle-answer [part="evidence"]'); },
  },
  {
    name: 'react', path: 'demo/react-example.html',
    act: async (a, page) => {
      await a.locator('[part="status"]:is([data-state="ready"], [data-state="error"])').waitFor({ timeout: 120_000 });
      await send(a, 'yoga pants', '[part="card"]');
      await a.locator('.turn:not([data-turn="draft"]) [part="add-to-cart"]').first().click();
      await page.locator('[data-cart-lines]').waitFor();
    },
  },
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
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: size.viewport, reducedMotion: 'reduce' });
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
