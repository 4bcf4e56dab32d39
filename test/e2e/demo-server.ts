import type { Page } from 'playwright';

export { launchChromium, lastReply, modelsSettled, send, startStatic } from '../../scripts/demo-browser.ts';

/** The part of the assistant's shadow tree that has focus (`part` attribute), or null. */
export function focusedPart(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.activeElement;
    if (host?.tagName !== 'AISLE-ASSISTANT') return null;
    return host.shadowRoot?.activeElement?.getAttribute('part') ?? null;
  });
}

