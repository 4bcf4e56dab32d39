/**
 * Screenshots of <aisle-assistant> on the preview page (demo/widget-preview.html) at desktop and
 * phone sizes, light, dark and Chinese, for looking at the widget by eye:
 * `node --import tsx scripts/widget-screenshots.ts [outDir]` (default .cache/screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { createServer } from 'vite';
import { chromiumArgs, chromiumExecutable } from './chromium.ts';

const outDir = process.argv[2] ?? '.cache/screenshots';
const port = Number(process.env.AISLE_PREVIEW_PORT ?? 63490);

const shots = [
  { name: 'desktop-light', width: 1280, height: 800, query: '' },
  { name: 'desktop-dark', width: 1280, height: 800, query: 'theme=dark' },
  { name: 'mobile-light', width: 390, height: 844, query: '' },
  { name: 'mobile-zh', width: 390, height: 844, query: 'lang=zh' },
];

async function drive(page: Page): Promise<void> {
  const host = page.locator('aisle-assistant');
  await host.locator('[part="launcher"]').click();
  const input = host.locator('[part="input"]');
  await input.fill('phone');
  await input.press('Enter');
  await host.locator('[part="card"]').first().waitFor();
  await host.locator('[part="compare-toggle"]').nth(0).click();
  await host.locator('[part="compare-toggle"]').nth(1).click();
  await host.locator('[part="compare-button"]').click();
  await host.locator('[part="compare"]').waitFor();
  await input.fill('laptop');
  await input.press('Enter');
  await page.waitForFunction(() => document.querySelector('aisle-assistant')!.shadowRoot!.querySelectorAll('.turn[data-kind="search"]').length >= 2);
  await host.locator('[part="compare-toggle"]').last().click();
  await page.waitForTimeout(400);
}

const server = await createServer({ server: { port, strictPort: true }, logLevel: 'warn' });
await server.listen();
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs() });
try {
  mkdirSync(outDir, { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`http://localhost:${port}/demo/widget-preview.html?models=off&${shot.query}`);
    await page.waitForSelector('body[data-ready]');
    await page.locator('aisle-assistant [part="launcher"]').screenshot({ path: `${outDir}/${shot.name}-launcher.png` });
    await drive(page);
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    // Scroll up to the compare table.
    await page.evaluate(() => {
      const root = document.querySelector('aisle-assistant')!.shadowRoot!;
      root.querySelector('[part="compare"]')!.scrollIntoView({ block: 'start' });
    });
    await page.screenshot({ path: `${outDir}/${shot.name}-compare.png` });
    await page.close();
    console.log(`${outDir}/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
