import { afterEach, describe, expect, it } from 'vitest';
import { defineAisle } from '../../src/define.ts';

defineAisle(new URL('/', location.href));

afterEach(() => document.body.replaceChildren());

describe('<aisle-assistant models-note>', () => {
  it('states in its footer what models the shop runs (the demo: small test models trained on its catalog)', async () => {
    const el = document.createElement('aisle-assistant');
    el.setAttribute('mode', 'inline');
    el.setAttribute('models', 'off');
    el.setAttribute('models-note', 'Demo: small test models trained on this catalog, not the published ones.');
    document.body.append(el);
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector('.footer [part="models-note"]');
    expect(note?.textContent).toBe('Demo: small test models trained on this catalog, not the published ones.');
  });

  it('shows no note when the shop gives none', async () => {
    const el = document.createElement('aisle-assistant');
    el.setAttribute('mode', 'inline');
    el.setAttribute('models', 'off');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="models-note"]')).toBeNull();
  });
});
