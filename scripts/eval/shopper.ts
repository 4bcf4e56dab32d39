/**
 * `npm run eval -- shopper [test/eval/shopper-journeys.jsonl] [--models auto|off] [--out pred.jsonl]
 *  [--build yes] [--only <kind, page or id prefix>[,...]] [--dist dist]`
 *
 * The shopper-journey eval: opens the built demo shop (dist/, built when missing or with --build yes)
 * in headless Chromium, and for each case goes to the case's page, opens the assistant, waits for its
 * models (or with `--models off` keeps to the light path): with models on it waits until every model the
 * page starts is loaded (search's embedder, the review classifier and, on a product page, the answer
 * re-ranker) and reports which were. Then it types the question and reads the reply the
 * way a shopper sees it: its text, the answer's verdict, the result cards. Each reply is checked
 * against the truth the case states (scripts/eval/eval-shopper-checks.ts); it prints one line per
 * failure, the pass rate per kind, and returns a JSON summary. See docs/shopper-eval.md.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright';
import { launchChromium, lastReply, modelsSettled, send, startStatic } from '../demo-browser.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';
import { failures, ratesBy, type KnownProduct, type SeenReply, type ShopperCase } from './eval-shopper-checks.ts';

const DEFAULT_INPUT = 'test/eval/shopper-journeys.jsonl';

/** The shop's products by id: the catalog feed plus the JSON-LD products of the hand-written Chinese page. */
function knownProducts(dist: string): Map<string, KnownProduct> {
  const out = new Map<string, KnownProduct>();
  type Row = { id: string; title: string; category?: string; description?: string; tags?: string[]; attributes?: unknown; price?: number; rating?: number };
  for (const p of JSON.parse(readFileSync(`${dist}/catalog.json`, 'utf8')) as Row[]) {
    const text = [p.title, p.category, p.description, (p.tags ?? []).join(' '), JSON.stringify(p.attributes ?? {})].join(' \n ');
    out.set(p.id, { id: p.id, price: p.price, rating: p.rating, text });
  }
  const html = readFileSync(`${dist}/zh.html`, 'utf8');
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const o = node as Record<string, unknown>;
    if (o['@type'] === 'Product' && typeof o.sku === 'string') {
      const offers = o.offers as { price?: string } | undefined;
      const rating = o.aggregateRating as { ratingValue?: string } | undefined;
      const text = [o.name, o.category, o.description, JSON.stringify(o.additionalProperty ?? [])].join(' \n ');
      out.set(o.sku, { id: o.sku, price: offers?.price ? Number(offers.price) : undefined, rating: rating?.ratingValue ? Number(rating.ratingValue) : undefined, text });
    }
    Object.values(o).forEach(visit);
  };
  for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) visit(JSON.parse(json));
  return out;
}

/** Reads the newest reply as the shopper sees it: all its text (shadow trees included), verdict, pros, cards. */
function readReply(reply: Locator): Promise<SeenReply> {
  return reply.evaluate((root) => {
    const parts: string[] = [];
    let verdict: string | undefined;
    let pros: string | undefined;
    const cards: { id: string; text: string; price?: number }[] = [];
    const textOf = (node: Node): string => {
      const bits: string[] = [];
      const walk = (n: Node) => {
        if (n.nodeType === Node.TEXT_NODE) bits.push(n.textContent ?? '');
        if (n.nodeType !== Node.ELEMENT_NODE) return;
        const el = n as Element;
        // Suggested follow-up questions are not part of the answer.
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName) || /suggestion/.test(el.getAttribute('part') ?? '')) return;
        // The screen-reader speaker label ("Aisle: ") before the reply is not what the shopper reads.
        if (el.parentNode === node && el.classList.contains('sr-only')) return;
        if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
        el.childNodes.forEach(walk);
        if (/^(P|LI|DIV|H\d|TR|BLOCKQUOTE|UL|SECTION)$/.test(el.tagName)) bits.push('\n');
      };
      walk(node);
      return bits.join('').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
    };
    const visit = (n: Node) => {
      if (n.nodeType !== Node.ELEMENT_NODE) return;
      const el = n as Element;
      if (verdict === undefined && el.hasAttribute('data-verdict')) verdict = el.getAttribute('data-verdict') ?? undefined;
      if (pros === undefined && el.getAttribute('part') === 'pros') pros = textOf(el);
      const id = el.getAttribute('data-product-id');
      if (id && /(^|\s)card(\s|$)/.test(el.getAttribute('part') ?? el.className)) {
        const priceText = el.querySelector('.price')?.textContent ?? '';
        const price = Number(priceText.replace(/[^\d.]/g, ''));
        cards.push({ id, text: textOf(el), price: priceText && Number.isFinite(price) ? price : undefined });
      }
      if (el.shadowRoot) el.shadowRoot.childNodes.forEach(visit);
      el.childNodes.forEach(visit);
    };
    visit(root);
    parts.push(textOf(root));
    return { text: parts.join('\n'), verdict, pros, cards };
  });
}

/**
 * Waits until every model a shopper's question can use is loaded: search's embedder (the widget's
 * status says ready once it is), the review classifier (it loads in the background after it) and, on
 * a product page, the answer re-ranker. The re-ranker loads on the first product question once the
 * embedder is ready; the eval starts it the same way (the page product's suggested questions) so that
 * the first question is not answered before it. Returns each task's state ("ready aisle-test/…",
 * "error …", "idle"). Reads the engine through the element's engine connection, which the eval, not
 * a shop, may reach into.
 */
async function modelsLoaded(page: Page, timeoutMs: number): Promise<Record<string, string>> {
  const started = Date.now();
  let states: Record<string, string> = {};
  while (Date.now() - started < timeoutMs) {
    const seen = await page.evaluate(async () => {
      type Engine = { pageProduct?: { id: string }; client?: { status(): Promise<{ models: Record<string, { state: string; modelId?: string; message?: string }> }>; suggestQuestions(id: string): Promise<unknown> } };
      const engine = (document.querySelector('aisle-assistant') as unknown as { engine?: Engine }).engine;
      if (engine?.pageProduct) await engine.client?.suggestQuestions(engine.pageProduct.id);
      const status = await engine?.client?.status();
      const states = Object.fromEntries(Object.entries(status?.models ?? {}).map(([task, m]) => [task, [m.state, m.modelId ?? m.message ?? ''].join(' ').trim()]));
      return { states, productPage: Boolean(engine?.pageProduct) };
    });
    states = seen.states;
    const waiting = ['embeddings', 'sentiment', ...(seen.productPage ? ['reranking'] : [])].filter((task) => /^(idle|loading)/.test(states[task] ?? 'idle'));
    if (!waiting.length) break;
    await page.waitForTimeout(500);
  }
  return states;
}

/** Which model each task had ready on how many pages ("embeddings": "ready aisle-test/multilingual-minilm on 40/40 pages"). */
function loadedSummary(loaded: Record<string, Record<string, string>>): Record<string, string> {
  const pages = Object.values(loaded);
  const out: Record<string, string> = {};
  for (const task of [...new Set(pages.flatMap((p) => Object.keys(p)))].sort()) {
    const counts = new Map<string, number>();
    // A task missing from a page's status was never started there (the re-ranker on a page with no product).
    for (const p of pages) counts.set(p[task] ?? 'not started', (counts.get(p[task] ?? 'not started') ?? 0) + 1);
    out[task] = [...counts].map(([state, n]) => `${state} on ${n}/${pages.length} pages`).join(', ');
  }
  return out;
}

/** Waits until the newest reply is no longer pending or streaming and its text has stopped changing. */
async function settledReply(assistant: Locator, timeoutMs: number): Promise<Locator> {
  const reply = lastReply(assistant);
  const started = Date.now();
  let last = '';
  let stable = 0;
  while (Date.now() - started < timeoutMs) {
    const state = await reply
      .evaluate((root) => {
        const busy = (n: Element | ShadowRoot): boolean =>
          [...n.querySelectorAll('*')].some((el) => el.matches('[part="pending"], [aria-busy="true"]') || (el.shadowRoot ? busy(el.shadowRoot) : false));
        return { busy: busy(root), text: (root as HTMLElement).innerText + [...root.querySelectorAll('*')].map((el) => el.shadowRoot?.textContent ?? '').join('') };
      })
      .catch(() => ({ busy: true, text: '' }));
    if (!state.busy && state.text.trim() && state.text === last) {
      if (++stable >= 2) return reply;
    } else stable = 0;
    last = state.text;
    await new Promise((r) => setTimeout(r, 300));
  }
  return reply;
}

interface Outcome {
  id: string;
  kind: string;
  shopper: string;
  pageLang: string;
  ask: string;
  pass: boolean;
  why: string[];
  seen: Omit<SeenReply, 'cards'> & { cards: string[] };
  ms: number;
}

export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  const models = options.extra.models === 'off' ? 'off' : 'auto';
  const only = options.extra.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const dist = options.extra.dist ?? 'dist';
  if (options.extra.build === 'yes' || !existsSync(`${dist}/index.html`)) {
    if (dist !== 'dist') throw new Error(`eval shopper: ${dist}/index.html is missing (build it with "npx vite build --outDir ${dist} && node --import tsx scripts/build-demo.ts --out ${dist}")`);
    execSync('npm run build', { stdio: 'inherit' });
  }
  const cases = readJsonl<ShopperCase>(options.input ?? DEFAULT_INPUT).filter((c) => !only || only.some((o) => c.kind === o || c.page === o || c.id.startsWith(o)));
  const products = knownProducts(dist);
  const browser = await launchChromium();
  const shop = await startStatic(dist);
  const outcomes: Outcome[] = [];
  /** Per page, the state of each model when the first question was asked (models on). */
  const loaded: Record<string, Record<string, string>> = {};
  const started = Date.now();
  const timeoutMs = models === 'off' ? 30_000 : 120_000;
  try {
    // One shopper (browser context) per page; the conversation is cleared between questions.
    const byPage = new Map<string, ShopperCase[]>();
    for (const c of cases) byPage.set(c.page, [...(byPage.get(c.page) ?? []), c]);
    for (const [path, group] of byPage) {
      const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // The functions below run in the page; tsx names nested functions with a `__name` helper the page lacks.
      await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      if (models === 'off') {
        // Before the element upgrades (module scripts run after "interactive"), as a shop that set models="off".
        await context.addInitScript(() =>
          document.addEventListener('readystatechange', () => {
            if (document.readyState === 'interactive') document.querySelectorAll('aisle-assistant').forEach((el) => el.setAttribute('models', 'off'));
          }),
        );
      }
      let page: Page | undefined;
      let assistant: Locator | undefined;
      const open = async () => {
        await page?.close().catch(() => undefined);
        page = await context.newPage();
        await page.goto(`${shop.url}${path}`);
        assistant = page.locator('aisle-assistant');
        await assistant.locator('[part="launcher"]').click();
        await modelsSettled(assistant);
        if (models !== 'off' && !loaded[path || 'home']) {
          loaded[path || 'home'] = await modelsLoaded(page, 180_000);
          console.error(`models on ${path || 'home'}: ${Object.entries(loaded[path || 'home']).map(([t, s]) => `${t} ${s}`).join('; ')}`);
        }
      };
      await open();
      for (const c of group) {
        const t0 = Date.now();
        let seen: SeenReply = { text: '', cards: [] };
        let error: string | undefined;
        try {
          await send(assistant!, c.ask);
          seen = await readReply(await settledReply(assistant!, timeoutMs));
        } catch (e) {
          error = `error: ${String((e as Error).message ?? e).split('\n')[0]}`;
        }
        const why = error ? [error] : failures(c.expect, seen, products);
        outcomes.push({
          id: c.id, kind: c.kind, shopper: c.shopper, pageLang: c.pageLang, ask: c.ask, pass: !why.length, why,
          seen: { text: seen.text.slice(0, 600), verdict: seen.verdict, pros: seen.pros, cards: seen.cards.slice(0, 5).map((k) => k.id) },
          ms: Date.now() - t0,
        });
        if (why.length) console.error(`FAIL ${c.id} [${c.page || 'home'}] "${c.ask}": ${why.join('; ')}\n     saw: ${seen.text.replace(/\s+/g, ' ').slice(0, 220)}`);
        // A fresh conversation for the next question: the shopper clears it (or, after an error, reloads).
        const clear = error ? undefined : assistant!.locator('[part="clear-button"]');
        if (clear && (await clear.count().catch(() => 0))) await clear.first().click().catch(() => undefined);
        else await open();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    shop.close();
  }
  writeJsonl(options.out, outcomes);
  const passed = (o: Outcome) => o.pass;
  const byKind = ratesBy(outcomes, (o) => o.kind, passed);
  console.error('\nkind                 pass/total  rate');
  for (const [kind, r] of Object.entries(byKind)) console.error(`${kind.padEnd(20)} ${`${r.pass}/${r.total}`.padStart(10)}  ${(r.rate * 100).toFixed(1)}%`);
  const pass = outcomes.filter(passed).length;
  console.error(`${'all'.padEnd(20)} ${`${pass}/${outcomes.length}`.padStart(10)}  ${((pass / Math.max(1, outcomes.length)) * 100).toFixed(1)}%`);
  return {
    task: 'shopper',
    models,
    cases: outcomes.length,
    pass,
    rate: Math.round((pass / Math.max(1, outcomes.length)) * 1000) / 1000,
    byKind,
    byLanguage: ratesBy(outcomes, (o) => `${o.shopper} shopper, ${o.pageLang} page`, passed),
    ...(models === 'off' ? {} : { modelsLoaded: loadedSummary(loaded) }),
    seconds: Math.round((Date.now() - started) / 1000),
  };
}
