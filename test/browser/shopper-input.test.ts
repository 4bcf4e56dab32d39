/**
 * What a shopper may type or paste, sent through the element's own composer (typed into the
 * textarea, sent with Enter) to the engine's worker and back, in Chromium: 100,000 characters,
 * emoji, right-to-left and bidi-override text, zero-width characters, NUL and control characters,
 * and markup. Nothing executes, nothing renders as markup, a reply comes (never an error or an
 * endless "Looking…"), and the composer stays usable for the next question.
 * (What the history keeps of such input: test/node/recommend/search-keep.test.ts.)
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import { hoodie, phone } from '../node/qa/qa-fixtures.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

const pwned = () => (window as unknown as { __aislePwned?: number }).__aislePwned;
const markup = '<img src=x onerror="window.__aislePwned=1"><script>window.__aislePwned=2</script><b>hoodie</b>';
/** Each input, and whether it names the hoodie (then the hoodie is the first card). */
const cases: [string, string, boolean][] = [
  ['100,000 characters', `warm hoodie for the winter ${'and also something cosy to wear on long walks '.repeat(2200)}`.slice(0, 100_000), true],
  ['emoji', '🧥🔥 hoodie 👍🏽', true],
  ['right-to-left and bidi-override text', 'hoodie \u202eeidooh\u202c سترة', true],
  // Copied from a web page: invisible characters inside the word are not part of it.
  ['zero-width characters', 'hoo\u200bdie\u200d', true],
  ['NUL and control characters', 'hoodie\u0000\u0007\u001b[31m', true],
  ['markup', markup, true],
];

let el: AisleAssistant;
const shadow = () => el.shadowRoot!;
const input = () => shadow().querySelector<HTMLTextAreaElement>('[part="input"]')!;
const turns = () => [...shadow().querySelectorAll<HTMLElement>('.turn:not([data-turn="draft"])')];

/** Types `text` into the composer as the shopper would (an input event), then presses Enter. */
async function sendThroughComposer(text: string): Promise<HTMLElement> {
  const before = turns().length;
  const box = input();
  box.focus();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  const turn = await until(() => turns().length > before && turns().at(-1), 60_000);
  // The reply settles: never "Looking…" forever.
  await until(() => turn.dataset.kind !== 'pending', 60_000);
  await el.updateComplete;
  return turn;
}

beforeAll(async () => {
  el = document.createElement('aisle-assistant') as AisleAssistant;
  el.setAttribute('models', 'off');
  el.setAttribute('open', '');
  el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
  const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
  document.body.append(el);
  await ready;
  await el.setProducts([phone(), hoodie()]);
  await el.updateComplete;
  return () => el.remove();
});

afterEach(() => expect(pwned()).toBeUndefined());

describe('shopper input through the element and its worker (Chromium)', () => {
  it.each(cases)('%s: a reply comes, the text shows as text, the composer stays usable', async (_what, text, namesHoodie) => {
    const turn = await sendThroughComposer(text);
    expect(turn.dataset.kind).not.toBe('error');
    if (namesHoodie) expect(turn.querySelector('[part="card"] h3')?.textContent).toBe(hoodie().title);
    expect(turn.querySelector('[part="error"]')).toBeNull();
    // What was typed shows as text: no element of it (an <img>, a <script>, a <b>) in the bubble.
    const ask = turn.querySelector<HTMLElement>('[part="ask"]')!;
    expect(ask.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(ask.textContent).toContain(text.slice(0, 40));
    expect(shadow().querySelectorAll('img[src="x"], script')).toHaveLength(0);
    // The composer is empty, enabled, and the next question is answered.
    expect(input().value).toBe('');
    expect(input().disabled).toBe(false);
    const next = await sendThroughComposer('hoodie');
    expect(next.dataset.kind).toBe('search');
    expect(next.querySelector('[part="card"] h3')?.textContent).toBe(hoodie().title);
  });

  it('typed markup is kept as the words it holds, and what runs on the page is not touched', async () => {
    const turn = await sendThroughComposer(markup);
    expect(turn.querySelector('[part="ask"]')!.textContent).toContain('<img src=x onerror=');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pwned()).toBeUndefined();
  });
});
