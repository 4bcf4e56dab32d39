import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleTranslate, Translates } from '../../src/components/aisle-translate/aisle-translate.ts';
import type { Lang, TranslationResponse } from '../../workers/engine-api.ts';
import { createEngine } from '../../workers/engine.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
}

async function mount(text: string, translator: Translates, to: Lang = 'en'): Promise<AisleTranslate> {
  const el = document.createElement('aisle-translate');
  el.text = text;
  el.to = to;
  el.uiLang = 'en';
  el.translator = translator;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: AisleTranslate, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

afterEach(() => document.body.replaceChildren());

describe('<aisle-translate>', () => {
  it('shows loading while the engine translates, then the translation with its source, and back to the original', async () => {
    const pending = deferred<TranslationResponse>();
    const calls: [string[], Lang][] = [];
    const el = await mount('电池很耐用。', { translate: (texts, to) => (calls.push([texts, to]), pending.promise) });
    const events: Event[] = [];
    el.addEventListener('aisle-translated', (e) => events.push(e));
    expect(part(el, 'text')!.textContent).toBe('电池很耐用。');
    await userEvent.click(part(el, 'button')!);
    expect(part(el, 'status')!.textContent).toMatch(/Translating/);
    expect(part(el, 'button')!.hasAttribute('disabled')).toBe(true);
    pending.resolve({ texts: ['The battery lasts long.'], to: 'en', source: 'model', cached: 0, translated: 1 });
    await pending.promise;
    await el.updateComplete;
    expect(calls).toEqual([[['电池很耐用。'], 'en']]);
    expect(part(el, 'text')!.textContent).toBe('The battery lasts long.');
    expect(part(el, 'text')!.getAttribute('lang')).toBe('en');
    expect(part(el, 'note')!.dataset.source).toBe('model');
    expect(part(el, 'note')!.textContent).toMatch(/on your device/);
    expect(events).toHaveLength(1);
    await userEvent.click(part(el, 'button')!);
    expect(part(el, 'text')!.textContent).toBe('电池很耐用。');
  });

  it('says when only the glossary gloss was available', async () => {
    const el = await mount('手机', { translate: async () => ({ texts: ['smartphone'], to: 'en', source: 'lexical', cached: 0, translated: 0 }) });
    part(el, 'button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(part(el, 'note')!.textContent).toMatch(/gloss/);
  });

  it('says when the text was already in the target language, not that a model or the glossary translated it', async () => {
    const engine = createEngine();
    await engine.configure({ modelHost: '/nowhere/', models: false, manifest: { models: {} } });
    const el = await mount('The battery lasts long.', engine);
    part(el, 'button')!.click();
    await until(() => part(el, 'note'), 5_000);
    expect(part(el, 'text')!.textContent).toBe('The battery lasts long.');
    expect(part(el, 'note')!.textContent).toBe('Already in this language (nothing to translate)');
  });

  it('shows a plain error with a retry that works, keeping the original text', async () => {
    let fail = true;
    const el = await mount('<b>不是标记</b>', {
      translate: async () => {
        if (fail) throw new Error('model file missing');
        return { texts: ['<i>not markup</i>'], to: 'en', source: 'model', cached: 0, translated: 1 };
      },
    });
    part(el, 'button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).toMatch(/failed/);
    expect(part(el, 'text')!.textContent).toBe('<b>不是标记</b>');
    fail = false;
    part(el, 'button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(part(el, 'text')!.textContent).toBe('<i>not markup</i>');
    expect(part(el, 'text')!.querySelector('i')).toBeNull();
  });
});
