import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import { attributeLabel } from '../../common/attribute-label.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import type { Product } from '../../workers/protocol/product.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

const catalog = parseCatalogFeed(catalogText).products;
const products = catalog.filter((p) => ['laptops', 'smartphones', 'fragrances', 'mens-shoes'].includes(p.category ?? ''));

async function mount(attributes: Record<string, string> = {}, items: Product[] = products): Promise<AisleAssistant> {
  const el = document.createElement('aisle-assistant');
  el.setAttribute('model-host', '/models/test/');
  el.setAttribute('models', 'off');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const settled = new Promise((resolve) => {
    el.addEventListener('aisle-ready', resolve, { once: true });
    el.addEventListener('aisle-error', resolve, { once: true });
  });
  document.body.append(el);
  await settled;
  if (!attributes.catalog) await el.setProducts(items);
  await el.updateComplete;
  return el;
}

const shadow = (el: AisleAssistant) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: AisleAssistant, selector: string) => shadow(el).querySelector<T & Element>(selector);
const cards = (el: AisleAssistant) => [...shadow(el).querySelectorAll<HTMLElement>('[part="card"]')];
const active = (el: AisleAssistant) => shadow(el).activeElement as HTMLElement | null;

/** Runs axe-core inside the page on the element (its shadow tree included). */
async function audit(el: AisleAssistant): Promise<string[]> {
  // Contrast is judged on what the shopper sees once the panel's opening animation has settled.
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
  const result = await axe.run(el, { rules: { region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});

describe('<aisle-assistant> widget in Chromium', () => {
  it('works with the keyboard alone: open, ask, reach a card, add to cart, trap Tab, Escape returns focus', async () => {
    const el = await mount();
    const added: string[] = [];
    document.addEventListener('aisle-add-to-cart', (e) => added.push(e.product.id), { once: true });

    await userEvent.tab();
    expect(active(el)?.getAttribute('part')).toBe('launcher');
    await userEvent.keyboard('{Enter}');
    await until(() => active(el)?.getAttribute('part') === 'input');
    expect($(el, '[part="panel"]')!.getAttribute('aria-modal')).toBe('true');

    await userEvent.keyboard('iphone{Enter}');
    await until(() => $(el, '.turn[data-kind="search"]'));
    // Send button, the history button in the footer, then Tab wraps to the first control of the panel instead of leaving it.
    await userEvent.tab();
    expect(active(el)?.getAttribute('part')).toBe('send-button');
    await userEvent.tab();
    expect(active(el)?.getAttribute('part')).toBe('history-button');
    await userEvent.tab();
    expect(active(el)?.getAttribute('part')).toBe('clear-button');
    await userEvent.tab({ shift: true });
    expect(active(el)?.getAttribute('part')).toBe('history-button');

    // Forward to the first card's add-to-cart button.
    for (let i = 0; i < 10 && active(el)?.getAttribute('part') !== 'add-to-cart'; i++) await userEvent.tab();
    expect(active(el)?.getAttribute('part')).toBe('add-to-cart');
    await userEvent.keyboard('{Enter}');
    expect(added).toHaveLength(1);
    expect(products.find((p) => p.id === added[0])!.title).toMatch(/iPhone/);
    expect($(el, '[role="status"]')!.textContent).toMatch(/Added .*iPhone.* to the cart/);

    await userEvent.keyboard('{Escape}');
    await until(() => active(el)?.getAttribute('part') === 'launcher');
    expect(el.open).toBe(false);
  });

  it('Tab reaches the controls inside nested elements (filter chips) and goes on to the cards, still trapped in the panel', async () => {
    const el = await mount();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await until(() => active(el)?.getAttribute('part') === 'input');
    await userEvent.keyboard('laptop under $2000{Enter}');
    await until(() => $(el, '.turn[data-kind="search"] aisle-filter-chips'));
    const deepPart = () => {
      let node = shadow(el).activeElement;
      while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
      return node?.getAttribute('part') ?? null;
    };
    const seen: (string | null)[] = [];
    for (let i = 0; i < 40 && !seen.includes('add-to-cart'); i++) {
      await userEvent.tab();
      seen.push(deepPart());
      expect(document.activeElement).toBe(el);
    }
    // The chip's remove button (inside <aisle-filter-chips>) comes before the first card's buttons.
    expect(seen).toContain('remove');
    expect(seen.indexOf('remove')).toBeLessThan(seen.indexOf('add-to-cart'));
    await userEvent.keyboard('{Escape}');
    await until(() => active(el)?.getAttribute('part') === 'launcher');
  });

  it('has no axe-core violations closed, open with results, compared, and in dark theme', async () => {
    const el = await mount();
    expect(await audit(el)).toEqual([]);
    el.open = true;
    await el.search('laptop');
    await el.updateComplete;
    expect(cards(el).length).toBeGreaterThan(1);
    expect(await audit(el)).toEqual([]);

    cards(el)[0]!.querySelector<HTMLButtonElement>('[part="compare-toggle"]')!.click();
    await el.updateComplete;
    cards(el)[1]!.querySelector<HTMLButtonElement>('[part="compare-toggle"]')!.click();
    await el.updateComplete;
    expect(await audit(el)).toEqual([]);
    $<HTMLButtonElement>(el, '[part="compare-button"]')!.click();
    await until(() => $(el, '[part="compare"] table'));
    const panel = $(el, '[part="panel"]')!;
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(panel).backgroundColor).toBe('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(panel).backgroundColor).toBe('rgb(22, 26, 35)');
    expect(await audit(el)).toEqual([]);
  });

  it('takes its colours, radius and font from --aisle-* custom properties and exposes ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `
      aisle-assistant { --aisle-accent: rgb(200, 30, 90); --aisle-radius: 3px; --aisle-font: Georgia, serif; }
      aisle-assistant::part(panel) { border-width: 4px; }`;
    document.head.append(style);
    try {
      const el = await mount();
      const launcher = $(el, '[part="launcher"]')!;
      expect(getComputedStyle(launcher).backgroundColor).toBe('rgb(200, 30, 90)');
      expect(getComputedStyle(launcher).fontFamily).toMatch(/Georgia/);
      el.mode = 'inline';
      await el.updateComplete;
      const panel = $(el, '[part="panel"]')!;
      expect(getComputedStyle(panel).borderTopLeftRadius).toBe('3px');
      expect(getComputedStyle(panel).borderTopWidth).toBe('4px');
      expect(getComputedStyle(panel).fontFamily).toMatch(/Georgia/);
    } finally {
      style.remove();
    }
  });

  it('opens full-screen on a narrow (phone) viewport', async () => {
    expect(window.innerWidth).toBeLessThanOrEqual(480);
    const el = await mount({ open: '' });
    const box = $(el, '[part="panel"]')!.getBoundingClientRect();
    expect(box.left).toBe(0);
    expect(box.top).toBe(0);
    expect(Math.round(box.width)).toBe(window.innerWidth);
    expect(Math.round(box.height)).toBe(window.innerHeight);
    // Phone browsers zoom the page into a text box with type smaller than 16 px.
    expect(getComputedStyle($(el, '[part="input"]')!).fontSize).toBe('16px');
  });

  it('speaks Chinese when <html lang> is zh, or when the element says so', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await mount();
    expect($(el, '[part="launcher"]')!.textContent).toContain('购物助手');
    el.open = true;
    await el.search('iphone');
    await el.updateComplete;
    expect($(el, '[part="status"]')!.textContent).toContain('快速搜索');
    expect(cards(el)[0]!.textContent).toContain('加入购物车');
    expect($(el, '[part="panel"]')!.getAttribute('lang')).toBe('zh');

    // The element's own lang wins over the page's, and a change re-renders at once.
    el.setAttribute('lang', 'en');
    await until(() => cards(el)[0]!.textContent!.includes('Add to cart'));
  });

  it('compares two picked products on price, rating, brand and the attributes both have', async () => {
    const el = await mount({ open: '' });
    await el.search('iphone');
    await el.updateComplete;
    const [a, b] = cards(el);
    const toggleA = a!.querySelector<HTMLButtonElement>('[part="compare-toggle"]')!;
    toggleA.click();
    await el.updateComplete;
    expect(toggleA.getAttribute('aria-pressed')).toBe('true');
    expect($<HTMLButtonElement>(el, '[part="compare-button"]')!.disabled).toBe(true);
    b!.querySelector<HTMLButtonElement>('[part="compare-toggle"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="compare-button"]')!.click();
    await el.updateComplete;

    // The table comes once the engine has named its rows (in the shopper's language).
    const table = await until(() => $(el, '[part="compare"] table'));
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const picked = [a!.dataset.productId, b!.dataset.productId].map((id) => products.find((p) => p.id === id)!);
    expect(heads.slice(1)).toEqual(picked.map((p) => p.title));
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0]![0]).toBe('Price');
    expect(rows[0]![1]).toContain(String(Math.floor(picked[0]!.price!)));
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Price', 'Rating', 'Brand']));
    const shared = Object.keys(picked[0]!.attributes).filter((k) => k in picked[1]!.attributes);
    for (const name of shared) expect(rows.map((r) => r[0])).toContain(attributeLabel(name));
    expect(rows.length).toBe(3 + shared.length);
    // Picks are spent once compared.
    expect($(el, '[part="compare-bar"]')).toBeNull();
  });

  it('keeps the conversation across a page navigation (sessionStorage) and clears it', async () => {
    const first = await mount({ open: '' });
    await first.search('iphone');
    await first.search('laptop');
    first.remove();

    const second = await mount({ open: '' });
    const asks = [...shadow(second).querySelectorAll('[part="ask"]')].map((p) => p.textContent!.replace(/^You: /, '').trim());
    expect(asks).toEqual(['iphone', 'laptop']);
    expect(cards(second).length).toBeGreaterThan(0);

    $<HTMLButtonElement>(second, '[part="clear-button"]')!.click();
    await second.updateComplete;
    expect(shadow(second).querySelectorAll('.turn')).toHaveLength(0);
    expect(sessionStorage.getItem('aisle-conversation')).toBeNull();
    second.remove();
    const third = await mount({ open: '' });
    expect(shadow(third).querySelectorAll('.turn')).toHaveLength(0);
  });

  it('shows a plain sentence with a retry when the catalog is unreachable, and never loses the typed text', async () => {
    const errors: string[] = [];
    document.addEventListener('aisle-error', (e) => errors.push(e.message));
    const el = await mount({ open: '', catalog: 'http://localhost:9/missing.jsonl' });
    expect(errors[0]).toMatch(/product list could not be loaded/);

    const input = await until(() => $<HTMLTextAreaElement>(el, '[part="input"]'));
    await userEvent.type(input, 'laptop{Enter}');
    const error = await until(() => $(el, '[part="error"]'));
    expect(error.textContent).toMatch(/could not be loaded\. Your text is kept/);
    expect(input.value).toBe('laptop');
    expect($(el, '[role="status"]')!.textContent).toMatch(/could not be loaded/);

    // The shop's feed comes back; retrying answers the same question.
    el.catalog = '/demo/catalog/dummyjson_products.jsonl';
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await until(() => cards(el).length > 0);
    expect($(el, '[part="error"]')).toBeNull();
    expect(shadow(el).querySelectorAll('.turn')).toHaveLength(1);
    expect(input.value).toBe('');
  });

  it('drops stale results while the shopper keeps typing', async () => {
    const el = await mount({ open: '' });
    const input = $<HTMLTextAreaElement>(el, '[part="input"]')!;
    await userEvent.type(input, 'iphone');
    await userEvent.clear(input);
    await userEvent.type(input, 'laptop');
    await until(() => $(el, '.turn[data-turn="draft"] [part="ask"]')?.textContent?.includes('laptop'));
    await new Promise((r) => setTimeout(r, 400));
    expect($(el, '.turn[data-turn="draft"] [part="ask"]')!.textContent).toContain('laptop');
    const laptops = new Set(products.filter((p) => p.category === 'laptops').map((p) => p.id));
    expect(laptops.has(cards(el)[0]!.dataset.productId!)).toBe(true);
    expect(shadow(el).querySelectorAll('.turn')).toHaveLength(1);
  });

  it('takes setProducts([{ id, title, price }]) and feed-named records, skips what cannot be a product, and finds them', async () => {
    const el = await mount({ open: '' }, []);
    const count = await el.setProducts([
      { id: 'run-1', title: 'Trail running shoes', price: 89, currency: 'USD' },
      { sku: 'run-2', name: 'Road running shoes', price: '140', currency: 'USD' },
      { title: 'no id' },
    ]);
    expect(count).toBe(2);
    await el.search('running shoes');
    await el.updateComplete;
    expect(cards(el).map((c) => c.dataset.productId).sort()).toEqual(['run-1', 'run-2']);
    await el.search('running shoes under $100');
    await el.updateComplete;
    const last = [...shadow(el).querySelectorAll('.turn')].at(-1)!;
    expect([...last.querySelectorAll<HTMLElement>('[part="card"]')].map((c) => c.dataset.productId)).toEqual(['run-1']);
    expect(last.textContent).toContain('Trail running shoes');
  });

  it('renders product titles and review quotes as text: markup in them stays inert', async () => {
    const payload = '<img src=x onerror="window.__aisleXss=1">';
    const evil: Product = {
      id: 'evil-1', title: `Evil ${payload} lamp`, price: 10, currency: 'USD', tags: [], attributes: {},
      reviews: [{ text: `Great ${payload}<script>window.__aisleXss=2</script>` }],
    };
    const el = await mount({ open: '' }, [...products, evil]);
    await el.search('evil lamp');
    await el.updateComplete;
    const card = cards(el).find((c) => c.dataset.productId === 'evil-1')!;
    // setProducts reads records like a feed's: markup in shop text is dropped, never rendered.
    expect(card.querySelector('.card-title')!.textContent!.replace(/\s+/g, ' ')).toContain('Evil lamp');
    expect(card.querySelector('.card-title img')).toBeNull();

    el.addTurn('what do people say?', {
      kind: 'answer', source: 'lexical',
      text: `**Mostly positive**\n- bright ${payload}\n- [details](javascript:alert(1)) and [page](https://shop.example/p)`,
      evidence: [{ kind: 'review', text: evil.reviews[0]!.text }],
    });
    await el.updateComplete;
    const answer = $(el, '[part="answer"]')!;
    expect(answer.querySelector('strong')!.textContent).toBe('Mostly positive');
    expect(answer.querySelectorAll('li').length).toBeGreaterThanOrEqual(2);
    expect(answer.querySelector('q')!.textContent).toContain('<script>');
    expect(answer.querySelectorAll('img, script')).toHaveLength(0);
    const links = [...answer.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://shop.example/p']);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as { __aisleXss?: number }).__aisleXss).toBeUndefined();
  });

  it('shows a model status with a real progress bar, then says smart search is on', async () => {
    const el = await mount({ models: 'auto' });
    const seen: number[] = [];
    el.addEventListener('aisle-model-progress', (e) => {
      if (e.progress.status === 'progress') seen.push(e.progress.progress);
    });
    el.open = true;
    await el.updateComplete;
    void el.search('laptop');
    const progress = await until(() => $<HTMLProgressElement>(el, '[part="status"] progress'), 10_000).catch(() => null);
    if (progress) expect($(el, '[part="status"]')!.textContent).toMatch(/Quick search works now while it loads/);
    await until(() => $(el, '[part="status"][data-state="ready"]'), 90_000);
    expect($(el, '[part="status"]')!.textContent).toMatch(/Smart search is on/);
    expect(seen.length).toBeGreaterThan(0);
    // The question asked while the model loaded is redone on the model path once it is ready.
    await until(() => $(el, '.turn .path[data-source="model"]'), 30_000);
    expect(shadow(el).querySelectorAll('.turn')).toHaveLength(1);
  });

  it('streams an answer token by token, busy until done, then announces and keeps it', async () => {
    const el = await mount({ open: '' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* tokens() {
      yield 'Yes, ';
      yield 'it is **waterproof**.';
      await gate;
      yield ' Seams are taped.';
    }
    const done = el.streamAnswer('is it waterproof?', tokens(), { source: 'model', evidence: [{ kind: 'spec', attribute: 'waterproof', text: 'Waterproof: Yes' }] });
    const answer = await until(() => $(el, '[part="answer"][aria-busy="true"]')?.textContent?.includes('waterproof') && $(el, '[part="answer"]'));
    expect(answer.querySelector('strong')!.textContent).toBe('waterproof');
    expect($(el, '[role="status"]')!.textContent).not.toMatch(/waterproof/);
    release();
    expect(await done).toBe('Yes, it is **waterproof**. Seams are taped.');
    await el.updateComplete;
    expect($(el, '[part="answer"]')!.getAttribute('aria-busy')).toBe('false');
    expect($(el, '[part="answer"] .evidence')!.textContent).toMatch(/Waterproof/);
    expect($(el, '[part="answer"] .path')!.getAttribute('data-source')).toBe('model');
    expect($(el, '[role="status"]')!.textContent).toMatch(/Seams are taped/);
    expect(sessionStorage.getItem('aisle-conversation')).toContain('Seams are taped');
  });

  it('raises a cancelable aisle-product-open when a card is opened; cancelling keeps the page', async () => {
    const el = await mount({ open: '' }, products.map((p) => ({ ...p, url: `#product-${p.id}` })));
    await el.search('iphone');
    await el.updateComplete;
    const opened: string[] = [];
    const onOpen = (e: Event) => {
      opened.push((e as CustomEvent & { product: Product }).product.id);
      e.preventDefault();
    };
    document.addEventListener('aisle-product-open', onOpen);
    const link = cards(el)[0]!.querySelector<HTMLAnchorElement>('[part="open-button"]')!;
    expect(link.getAttribute('href')).toMatch(/#product-/);
    link.click();
    document.removeEventListener('aisle-product-open', onOpen);
    expect(opened).toEqual([cards(el)[0]!.dataset.productId]);
    expect(location.hash).toBe('');
  });

  it('restarts a crashed engine worker and still answers the question in flight', async () => {
    const el = await mount({ open: '' });
    await el.search('iphone');
    const client = (el as unknown as { engine: { client: { worker?: Worker } } }).engine.client;
    const first = client.worker!;
    const answer = el.search('laptop');
    first.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' }));
    const response = await answer;
    expect(client.worker).toBeDefined();
    expect(client.worker).not.toBe(first);
    expect(response?.hits.length).toBeGreaterThan(0);
    expect($(el, '[part="error"]')).toBeNull();
  });
});
