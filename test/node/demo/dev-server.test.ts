import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  // `npm run dev` is `vite` with the project's config; no dependency pre-bundling here, the test only reads pages.
  server = await createServer({
    configFile: 'vite.config.ts', logLevel: 'silent', optimizeDeps: { noDiscovery: true, include: [] },
    server: { port: 0, host: '127.0.0.1', watch: null, hmr: false },
  });
  await server.listen();
  base = server.resolvedUrls!.local[0];
}, 60_000);

afterAll(() => server?.close());

const get = async (path: string) => {
  const response = await fetch(new URL(path, base));
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

describe('npm run dev (Vite dev server)', () => {
  it('opens index.html as the demo shop\'s home, with the widget from source and Vite\'s reload client', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<script type="module" src="/src/aisle.ts"></script>');
    expect(home.text).toContain('/@vite/client');
    expect(home.text).not.toContain('demo-shop-home');
    // The home of the built shop: search box, categories, top-rated products, the assistant.
    expect(home.text).toContain('<form class="hero-search" data-ask-assistant>');
    expect(home.text).toMatch(/<aisle-assistant model-host="\/models\/test\/"[^>]* catalog="\/catalog.json"/);
    expect(home.text.match(/class="product-card"/g)?.length).toBeGreaterThan(3);

    // The widget's source compiles on request.
    const widget = await get('/src/aisle.ts');
    expect(widget.status).toBe(200);
    expect(widget.type).toContain('javascript');
    expect(widget.text).toContain('defineAisle');
  });

  it('serves the shop around it: a product page from the home\'s links, the catalog feed, images and the model manifest', async () => {
    const home = await get('/');
    const productUrl = /href="(\/p\/[^"]+\.html)"/.exec(home.text)![1];
    const product = await get(productUrl);
    expect(product.status).toBe(200);
    expect(product.text).toContain('application/ld+json');
    expect(product.text).toContain('src="/src/aisle.ts"');
    expect(product.text).not.toContain('src="/aisle.js"');
    expect(product.text).toContain('src="/demo/assets/shop.js"');

    const catalog = await get('/catalog.json');
    expect(catalog.type).toContain('application/json');
    expect((JSON.parse(catalog.text) as unknown[]).length).toBe(385);
    const image = /<img src="(\/img\/[^"]+\.svg)"/.exec(home.text)![1];
    expect((await get(image)).type).toContain('image/svg+xml');
    expect((await get('/models/test/manifest.json')).status).toBe(200);
  });
});
