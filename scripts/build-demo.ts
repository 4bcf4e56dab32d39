/**
 * Writes the demo shop into dist/ beside the built widget: home, one page per category and
 * per product (each product page carries schema.org Product JSON-LD), a cart, a Chinese page,
 * the catalog feed, and a drawn SVG image per product (no third-party URLs).
 *
 *   node --import tsx scripts/build-demo.ts [--out dist]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogFeed } from '../workers/catalog/parse-feed.ts';
import type { Product } from '../workers/protocol/product.ts';
import { cartPage, categoryPage, helpPage, homePage, productPage, type FaqEntry, type Shop } from '../demo/templates/pages.ts';
import { productImageSvg } from '../demo/templates/product-image.ts';
import { slug } from '../demo/templates/html.ts';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'dist';
const catalogs = ['dummyjson_products', 'magento_luma_products'];

const products: Product[] = catalogs.flatMap((name) => {
  const { products, skipped } = parseCatalogFeed(readFileSync(`demo/catalog/${name}.jsonl`, 'utf8'));
  if (skipped.length) console.warn(`build-demo: ${name}: skipped ${skipped.length} records`);
  return products;
});

for (const p of products) {
  p.url = `/p/${slug(p.id)}.html`;
  p.image = `/img/${slug(p.id)}.svg`;
}

const categories = new Map<string, Product[]>();
for (const p of products) {
  const key = p.category ?? 'Other';
  categories.set(key, [...(categories.get(key) ?? []), p]);
}
const shop: Shop = { name: 'Aisle Demo Shop', products, categories };

const write = (path: string, text: string) => {
  const full = join(out, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
};

if (!existsSync(join(out, 'aisle.js'))) {
  console.error(`build-demo: ${out}/aisle.js is missing; run "vite build" first.`);
  process.exit(1);
}

write('index.html', homePage(shop));
write('zh/index.html', homePage(shop, 'zh'));
write('cart.html', cartPage(shop));
const faq = JSON.parse(readFileSync('demo/faq.json', 'utf8')) as { contact: { email: string }; policies: FaqEntry[] };
write('help.html', helpPage(shop, faq.policies, faq.contact.email));
for (const [category, items] of categories) write(`c/${slug(category)}.html`, categoryPage(shop, category, items));
for (const p of products) {
  write(`p/${slug(p.id)}.html`, productPage(shop, p));
  write(`img/${slug(p.id)}.svg`, productImageSvg(p));
}
write('catalog.json', JSON.stringify(products.map(({ reviews, ...rest }) => ({ ...rest, reviews }))));
for (const file of readdirSync('demo/assets')) cpSync(join('demo/assets', file), join(out, file));
// Hand-written demo files that sit beside aisle.js: a Chinese product page, and the shop's FAQ
// file that the assistant answers store questions from.
for (const file of ['zh.html', 'faq.json']) cpSync(join('demo', file), join(out, file));
// The merchant drafting page (dist/demo/write.html, built by Vite) reads the catalogs beside it;
// the React app page (dist/demo/react-example.html, also built by Vite) reads /catalog.json.
for (const name of catalogs) cpSync(`demo/catalog/${name}.jsonl`, join(out, 'demo', 'catalog', `${name}.jsonl`));
cpSync('demo/catalog/LICENSE.md', join(out, 'LICENSES.md'));
console.log(`build-demo: ${products.length} products, ${categories.size} categories -> ${out}/`);
