/**
 * The npm package as a stranger's project gets it: `npm pack` (which builds lib/ through `prepack`),
 * the tarball unpacked into a fresh project's node_modules beside only the dependencies it declares
 * (linked from this checkout, so nothing is downloaded), then:
 * - a strict TypeScript project (`strict`, `skipLibCheck: false`) compiles against it with 0 errors,
 *   using `defineAisle`, element and event classes, the global event map and the React JSX typings;
 * - the packed CLI runs on plain Node (no tsx in that project);
 * - an app that imports the package is bundled by Vite and runs in Chromium: the engine worker
 *   starts, searches, and loads a model through ONNX Runtime's wasm, all from the app's own build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../scripts/chromium.ts';
import { startStatic } from './demo-server.ts';

const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'aisle-consumer-'));
const app = join(work, 'app');
const installed = join(app, 'node_modules', 'aisle-assistant');
let tarball = '';
let files: string[] = [];

/** Links a package of this checkout's node_modules into the consumer's (its own dependencies resolve from there). */
function link(name: string): void {
  const target = join(app, 'node_modules', name);
  mkdirSync(join(target, '..'), { recursive: true });
  symlinkSync(realpathSync(join(repo, 'node_modules', name)), target, 'dir');
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [info] = JSON.parse(packed.slice(packed.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);

  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  // Only what the package declares, plus the app's own tools: a dependency the package forgot fails here.
  for (const name of [...Object.keys(manifest.dependencies), 'typescript', '@types/react', 'react', 'vite']) link(name);
  writeJson(join(app, 'package.json'), { name: 'consumer', private: true, type: 'module' });
}, 400_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds the widget, its wasm, the engine, the compiled CLI, types and manifests; not the demo shop, sources or test models', () => {
    for (const path of ['lib/widget/index.js', 'lib/widget/aisle.js', 'lib/types/src/index.d.ts', 'lib/types/src/jsx.d.ts', 'lib/custom-elements.json', 'bin/aisle.mjs', 'models/manifest.json']) {
      expect(files).toContain(path);
    }
    expect(files.some((f) => /^lib\/widget\/assets\/ort-wasm-simd-threaded\.asyncify-.*\.wasm$/.test(f))).toBe(true);
    expect(files.some((f) => /^lib\/widget\/chunks\/engine\.worker-.*\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => f.startsWith('lib/cli/') && !f.includes('/chunks/')).sort()).toEqual(
      readdirSync('bin/commands').filter((f) => f.endsWith('.ts')).map((f) => `lib/cli/${f.replace(/\.ts$/, '.js')}`).sort(),
    );
    expect(files.filter((f) => /^(demo|dist|src|workers|common|test|scripts|models\/test)\//.test(f) || f.startsWith('bin/commands'))).toEqual([]);
    // Two ONNX Runtime builds ship (the plain 14 MB one every device uses, the 27 MB asyncify one only WebGPU loads):
    // about 11 MB packed, most of it those two wasm files.
    expect(statSync(tarball).size).toBeLessThan(12_000_000);

    // The manifest names every element under its tag, with its attributes and events.
    const cem = JSON.parse(readFileSync(join(installed, 'lib/custom-elements.json'), 'utf8')) as {
      modules: { path: string; declarations: { name: string; tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] }[] }[];
    };
    const assistant = cem.modules[0].declarations.find((d) => d.tagName === 'aisle-assistant');
    expect(cem.modules[0].path).toBe('lib/widget/index.js');
    expect(assistant?.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['model-host', 'catalog', 'mode', 'storage-key']));
    expect(assistant?.events?.map((e) => e.name)).toEqual(expect.arrayContaining(['aisle-add-to-cart', 'aisle-product-open', 'aisle-ready']));
    expect(cem.modules[0].declarations.filter((d) => d.tagName).length).toBe(9);
  });

  it('compiles in a strict TypeScript project (skipLibCheck off) with the module entry, the event classes and the React JSX typings', () => {
    writeFileSync(join(app, 'app.tsx'), `
import { useState } from 'react';
import {
  defineAisle, AisleAssistant, AisleRecommendations, AisleAddToCartEvent, AisleProductOpenEvent, AisleReadyEvent,
  type Product, type SearchResponse,
} from 'aisle-assistant';
import 'aisle-assistant/jsx';

defineAisle(new URL('/aisle/', location.href));
const element: AisleAssistant | null = document.querySelector('aisle-assistant');
const strip = new AisleRecommendations();
strip.kind = 'goes-with';
export async function find(query: string): Promise<SearchResponse | undefined> {
  const products: Product[] = [{ id: 'sku-1', title: 'Trail Runner 2', price: 89, currency: 'USD', reviews: [], attributes: {}, tags: [] }];
  await element?.setProducts(products);
  return element?.search(query);
}
document.addEventListener('aisle-add-to-cart', (event) => console.log(event.product.title, event.quantity));
document.addEventListener(AisleReadyEvent.type, (event) => console.log((event as AisleReadyEvent).products));

export function Shop() {
  const [cart, setCart] = useState<string[]>([]);
  return (
    <>
      <aisle-assistant mode="inline" model-host="/aisle/models/" theme="dark" catalog="/catalog.json"
        onaisle-add-to-cart={(event: AisleAddToCartEvent) => setCart([...cart, event.product.id])}
        onaisle-product-open={(event: AisleProductOpenEvent) => event.preventDefault()} />
      <aisle-recommendations kind="similar" product-id="sku-1" limit={4} />
      {/* @ts-expect-error -- the JSX typings know the element's modes */}
      <aisle-assistant mode="sideways" />
    </>
  );
}
`);
    const compilerOptions = {
      strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', types: [],
    };
    // Bundler-style resolution (Vite, webpack) and Node's own (`nodenext`): both read the `exports` map.
    for (const resolution of [{ module: 'ESNext', moduleResolution: 'bundler' }, { module: 'NodeNext', moduleResolution: 'NodeNext' }]) {
      writeJson(join(app, 'tsconfig.json'), { compilerOptions: { ...compilerOptions, ...resolution }, files: ['app.tsx'] });
      const tsc = spawnSync(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr, resolution.moduleResolution).toBe('');
      expect(tsc.status).toBe(0);
    }
  });

  it('runs the packed CLI on plain Node, without tsx', () => {
    expect(existsSync(join(app, 'node_modules/tsx'))).toBe(false);
    const cli = join(installed, 'bin/aisle.mjs');
    const help = spawnSync(process.execPath, [cli, '--help'], { cwd: app, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('commands: ask, faq, index, inspect, models, reviews, write');

    const feed = join(app, 'feed.jsonl');
    writeFileSync(feed, `${JSON.stringify({ id: 'mug-1', title: 'Stoneware mug', price: 12, reviews: [
      { rating: 5, text: 'The glaze is beautiful and it keeps coffee hot.' }, { rating: 2, text: 'The handle chipped after a week.' },
    ] })}\n`);
    const reviews = spawnSync(process.execPath, [cli, 'reviews', feed, 'mug-1'], { cwd: app, encoding: 'utf8' });
    expect(reviews.status, reviews.stderr).toBe(0);
    expect(reviews.stdout).toContain('Stoneware mug (2 reviews)');
    expect(reviews.stdout).toMatch(/customers say: .*glaze/);
  });

  it('bundles into a Vite app whose page starts the engine worker, searches, and loads a model through the wasm', async () => {
    writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><body>
<aisle-assistant mode="inline"></aisle-assistant><script type="module" src="./main.js"></script></body></html>`);
    writeFileSync(join(app, 'main.js'), `
import { defineAisle, AisleAssistant, AisleReadyEvent } from 'aisle-assistant';
const element = document.querySelector('aisle-assistant');
element.setAttribute('model-host', new URLSearchParams(location.search).get('models'));
window.indexed = new Promise((done) => element.addEventListener(AisleReadyEvent.type, (event) => done(event.products)));
defineAisle();
window.sameClass = customElements.get('aisle-assistant') === AisleAssistant;
`);
    const build = spawnSync(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: app, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    // The app's build re-emits the engine worker and ONNX Runtime's wasm from the package.
    const assets = readdirSync(join(app, 'dist/assets'));
    expect(assets.some((f) => f.startsWith('engine.worker-'))).toBe(true);
    expect(assets.some((f) => f.endsWith('.wasm'))).toBe(true);

    // The test models stand for a merchant's model host, on another origin than the app.
    const models = join(work, 'models');
    cpSync('models/test', models, { recursive: true, filter: (p) => !/\.(py|md)$|generators|__pycache__/.test(p) });
    const site = await startStatic(join(app, 'dist'));
    const host = await startStatic(models);
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.url}?models=${encodeURIComponent(host.url)}`);
      expect(await page.evaluate(() => (window as unknown as { sameClass: boolean }).sameClass)).toBe(true);
      await page.evaluate(() => {
        const element = document.querySelector('aisle-assistant') as HTMLElement & { setProducts(products: unknown[]): Promise<number> };
        return element.setProducts([
          { id: 'shoe', title: 'Trail running shoe', price: 80, currency: 'USD', reviews: [], attributes: {}, tags: [] },
          { id: 'mug', title: 'Stoneware coffee mug', price: 9, currency: 'USD', reviews: [], attributes: {}, tags: [] },
        ]);
      });
      expect(await page.evaluate(() => (window as unknown as { indexed: Promise<number> }).indexed)).toBe(2);
      const assistant = page.locator('aisle-assistant');
      const input = assistant.locator('[part="input"]');
      await input.fill('running shoe');
      await input.press('Enter');
      await expect.poll(() => assistant.locator('[part="card"] h3').first().textContent(), { timeout: 60_000 }).toContain('Trail running shoe');
      // The embedding model runs in ONNX Runtime's wasm, which the page named from the app's own build.
      const status = assistant.locator('[part="status"]:is([data-state="ready"], [data-state="error"])');
      await status.waitFor({ timeout: 200_000 });
      expect(await status.getAttribute('data-state')).toBe('ready');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      site.close();
      host.close();
    }
  });
});
