/**
 * The demo shop's files, made in memory from demo/ and the catalogs in demo/catalog/: home (English
 * and Chinese), one page per category and per product (each product page carries schema.org Product
 * JSON-LD), a cart, help, the catalog feed, a drawn SVG image per product (no third-party URLs), and
 * the hand-written files that sit beside them. `scripts/build-demo.ts` writes them into dist/ beside
 * the built widget; `npm run dev` serves them beside the widget's sources (scripts/vite-demo-dev.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogFeed } from '../workers/catalog/parse-feed.ts';
import type { Product } from '../workers/protocol/product.ts';
import { cartPage, categoryPage, helpPage, homePage, productPage, type FaqEntry, type Shop } from '../demo/templates/pages.ts';
import { productImageSvg } from '../demo/templates/product-image.ts';
import { slug } from '../demo/templates/html.ts';

export const catalogs = ['dummyjson_products', 'magento_luma_products'];

/** A file of the shop: its text, or the path of a file to copy as it is. */
export type ShopFile = { text: string } | { copy: string };

/** The shop's products, categories and pages: path under the site root → file. */
export function demoShop(): { products: Product[]; categories: number; files: Map<string, ShopFile> } {
  const products: Product[] = catalogs.flatMap((name) => {
    const { products, skipped } = parseCatalogFeed(readFileSync(`demo/catalog/${name}.jsonl`, 'utf8'));
    if (skipped.length) console.warn(`demo-shop: ${name}: skipped ${skipped.length} records`);
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

  const files = new Map<string, ShopFile>();
  const text = (path: string, content: string) => files.set(path, { text: content });
  text('index.html', homePage(shop));
  text('zh/index.html', homePage(shop, 'zh'));
  text('cart.html', cartPage(shop));
  const faq = JSON.parse(readFileSync('demo/faq.json', 'utf8')) as { contact: { email: string }; policies: FaqEntry[] };
  text('help.html', helpPage(shop, faq.policies, faq.contact.email));
  for (const [category, items] of categories) text(`c/${slug(category)}.html`, categoryPage(shop, category, items));
  for (const p of products) {
    text(`p/${slug(p.id)}.html`, productPage(shop, p));
    text(`img/${slug(p.id)}.svg`, productImageSvg(p));
  }
  text('catalog.json', JSON.stringify(products.map(({ reviews, ...rest }) => ({ ...rest, reviews }))));
  for (const file of readdirSync('demo/assets')) files.set(file, { copy: join('demo/assets', file) });
  // Hand-written demo files that sit beside aisle.js: a Chinese product page, and the shop's FAQ
  // file that the assistant answers store questions from.
  for (const file of ['zh.html', 'faq.json']) files.set(file, { copy: join('demo', file) });
  // The merchant drafting page (demo/write.html) reads the catalogs beside it; the React app page
  // (demo/react-example.html) reads /catalog.json.
  for (const name of catalogs) files.set(`demo/catalog/${name}.jsonl`, { copy: `demo/catalog/${name}.jsonl` });
  files.set('LICENSES.md', { copy: 'demo/catalog/LICENSE.md' });
  return { products, categories: categories.size, files };
}
