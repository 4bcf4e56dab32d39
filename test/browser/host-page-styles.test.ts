import { afterEach, describe, expect, it } from 'vitest';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import { hoodie, phone } from '../node/qa/qa-fixtures.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

/** Mounts the open assistant on a page styled with `css`, answers one search and one question. */
async function mountUnder(css: string): Promise<AisleAssistant> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const el = document.createElement('aisle-assistant');
  el.setAttribute('model-host', '/models/test/');
  el.setAttribute('models', 'off');
  el.setAttribute('open', '');
  const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
  document.body.append(el);
  await ready;
  await el.setProducts([phone(), hoodie()]);
  await el.search('red hoodie under 100');
  await el.search('Is the hoodie machine washable?');
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelectorAll('[part="reply"]').length >= 2);
  return el;
}

/** What the shopper sees of the widget, in CSS pixels: the launcher, the conversation's size and its text sizes. */
function measure(el: AisleAssistant) {
  const root = el.shadowRoot!;
  const messages = root.querySelector<HTMLElement>('.messages')!;
  const fontSizes = [...root.querySelectorAll<HTMLElement>('[part="reply"] *')].flatMap((e) => [
    getComputedStyle(e).fontSize,
    ...[...(e.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])].map((inner) => getComputedStyle(inner).fontSize),
  ]);
  return { width: messages.scrollWidth, height: messages.scrollHeight, fontSizes: [...new Set(fontSizes)].sort() };
}

afterEach(() => {
  document.body.replaceChildren();
  document.head.querySelectorAll('style').forEach((s) => s.remove());
  sessionStorage.clear();
});

describe("the shop's own styles do not reach into the widget (Chromium)", () => {
  it('a 62.5% or a huge root font size leaves the answers, chips and cards exactly as on a plain page', async () => {
    const plain = measure(await mountUnder(''));
    document.body.replaceChildren();
    sessionStorage.clear();
    expect(plain.fontSizes.every((s) => parseFloat(s) >= 11)).toBe(true);
    for (const css of ['html { font-size: 62.5% }', 'html { font-size: 40px }']) {
      const styled = measure(await mountUnder(css));
      expect(styled, css).toEqual(plain);
      document.body.replaceChildren();
      document.head.querySelectorAll('style').forEach((s) => s.remove());
      sessionStorage.clear();
    }
  });

  it('`* { all: unset }` and `button { display: none }` leave the launcher visible and the widget working', async () => {
    const el = await mountUnder('* { all: unset } button { display: none !important }');
    el.open = false;
    await el.updateComplete;
    const launcher = el.shadowRoot!.querySelector<HTMLElement>('[part="launcher"]')!;
    const box = launcher.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(40);
    expect(box.height).toBeGreaterThan(30);
    expect(box.bottom).toBeLessThanOrEqual(innerHeight);
    expect(box.right).toBeLessThanOrEqual(innerWidth);
    launcher.click();
    await el.updateComplete;
    expect(el.open).toBe(true);
    expect(el.shadowRoot!.querySelectorAll('[part="card"]').length).toBeGreaterThan(0);
  });

  it('on a page whose body is transformed, the launcher and the panel stay fixed to the viewport as the page scrolls', async () => {
    const el = await mountUnder('body { transform: translateZ(0); min-height: 4000px }');
    el.open = false;
    await el.updateComplete;
    const launcher = () => el.shadowRoot!.querySelector<HTMLElement>('[part="launcher"]')!.getBoundingClientRect();
    const before = launcher();
    expect(before.bottom).toBeGreaterThan(innerHeight - 60);
    scrollTo(0, 2000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(launcher().bottom).toBeCloseTo(before.bottom, 0);
    el.open = true;
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!.getBoundingClientRect();
    // On screen, where it is on a plain page (full-screen at this phone width), not 2,000 px down the page.
    expect(Math.abs(panel.top)).toBeLessThan(16);
    expect(panel.bottom).toBeLessThan(innerHeight + 16);
    scrollTo(0, 0);
  });

  it('a page that already defines an aisle-* element is told so (console and aisle-error) instead of a silent missing widget', async () => {
    const frame = document.createElement('iframe');
    const said = new Promise<string>((resolve) => addEventListener('message', (e) => resolve(String(e.data)), { once: true }));
    frame.srcdoc = `<script type="module">
      customElements.define('aisle-assistant', class extends HTMLElement {});
      document.addEventListener('aisle-error', (e) => parent.postMessage(e.message, '*'));
      const { defineAisle } = await import('${new URL('/src/define.ts', location.href).href}');
      defineAisle('${location.origin}/');
    </script>`;
    document.body.append(frame);
    expect(await said).toMatch(/<aisle-assistant> is already defined on this page by another script/);
  });
});
