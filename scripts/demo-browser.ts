/**
 * The built demo shop in headless Chromium, as a shopper uses it: serve dist/, launch the browser,
 * send a message, find the newest reply. Shared by the e2e tests (test/e2e/demo-server.ts) and the
 * shopper-journey eval (scripts/eval/shopper.ts).
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Locator } from 'playwright';
import { chromiumArgs, chromiumExecutable } from './chromium.ts';
// @ts-expect-error plain ESM script without types
import { serve } from './serve.mjs';

/** The built demo shop (or any folder) on a free localhost port; `close()` stops it. */
export async function startStatic(dir: string): Promise<{ url: string; close: () => void }> {
  const { server, url } = (await serve({ dir, port: 0 })) as { server: Server; url: string };
  return { url: url.replace('localhost', '127.0.0.1'), close: () => server.close() };
}

/** Headless Chromium with no way off localhost; fails with the fix when dist/ was not built. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" (npm test does it)');
  return chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true });
}

/** Types a message into the open assistant and sends it with Enter. */
export async function send(assistant: Locator, text: string): Promise<void> {
  const input = assistant.locator('[part="input"]');
  await input.fill(text);
  await input.press('Enter');
}

/** The reply of the newest committed (sent) turn. */
export function lastReply(assistant: Locator): Locator {
  return assistant.locator('.turn:not([data-turn="draft"]) [part="reply"]').last();
}

/**
 * Waits until the open assistant's models are ready (or settled as off or failed): from then on a
 * result list is not redone on the model path under the test's hands.
 */
export async function modelsSettled(assistant: Locator): Promise<void> {
  await assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"], [data-state="off"], [data-state="waiting"])').waitFor({ timeout: 200_000 });
}
