import type { Product } from '../../workers/protocol/product.ts';
import { h, Raw, scriptJson, slug } from './html.ts';
import { productJsonLd } from './json-ld.ts';
import { attributeLabel } from '../../common/attribute-label.ts';

/** Everything the page templates need to know about the shop. */
export interface Shop {
  name: string;
  products: Product[];
  categories: Map<string, Product[]>;
}

type Lang = 'en' | 'zh';

const copy = {
  en: {
    tagline: 'Ask about any product. The assistant runs entirely on your device.',
    searchPlaceholder: 'Try “running shoes under $100” or “送给妈妈的礼物”',
    searchButton: 'Ask',
    categories: 'Shop by category',
    featured: 'Top rated',
    cart: 'Cart',
    addToCart: 'Add to cart',
    specs: 'Specifications',
    reviews: 'Customer reviews',
    noReviews: 'No reviews yet.',
    emptyCart: 'Your cart is empty.',
    total: 'Total',
    clearCart: 'Empty cart',
    footer: 'Demo data: DummyJSON (MIT) and the Magento Luma sample store (AFL-3.0). See LICENSES.md.',
    modelsNote: 'Demo: small test models trained on this catalog, not the published ones.',
  },
  zh: {
    tagline: '随时提问，购物助手完全在您的设备上运行。',
    searchPlaceholder: '试试“100元以内的运动鞋”或“送给妈妈的礼物”',
    searchButton: '提问',
    categories: '按分类浏览',
    featured: '好评商品',
    cart: '购物车',
    addToCart: '加入购物车',
    specs: '规格',
    reviews: '用户评价',
    noReviews: '暂无评价。',
    emptyCart: '购物车是空的。',
    total: '合计',
    clearCart: '清空购物车',
    footer: '演示数据：DummyJSON（MIT）与 Magento Luma 示例商店（AFL-3.0），见 LICENSES.md。',
    modelsNote: '演示：使用以本店商品训练的小型测试模型，并非正式发布的模型。',
  },
};

/** "mens-shoes" -> "Mens shoes"; "Men/Tops/Jackets" -> "Men › Tops › Jackets". */
export function categoryName(category: string): string {
  if (category.includes('/')) return category.split('/').join(' › ');
  const words = category.replace(/-/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

const price = (p: Product) => (p.price === undefined ? '' : `$${p.price.toFixed(2)}`);

function stars(rating: number | undefined): Raw {
  if (rating === undefined) return h``;
  const full = Math.round(rating);
  return h`<span class="stars" aria-label="${`Rated ${rating.toFixed(1)} out of 5`}">${'★'.repeat(full)}${'☆'.repeat(5 - full)}</span>
    <span class="rating-value">${rating.toFixed(1)}</span>`;
}

function layout(shop: Shop, title: string, body: Raw, options: { lang?: Lang; head?: Raw } = {}): string {
  const lang = options.lang ?? 'en';
  const t = copy[lang];
  return `<!doctype html>
${h`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${shop.name}</title>
<link rel="stylesheet" href="/shop.css">
<link rel="icon" href="data:,">
${options.head ?? ''}
<script type="module" src="/aisle.js"></script>
<script type="module" src="/shop.js"></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="${lang === 'zh' ? '/zh/' : '/'}">${shop.name}</a>
  <nav aria-label="Main">
    <a href="/">English</a>
    <a href="/zh/">中文</a>
    <a href="/zh.html">中文商品页</a>
    <a href="/demo/react-example.html">React app</a>
    <a href="/demo/write.html">Merchant: write</a>
    <a href="/cart.html" class="cart-link">${t.cart} (<span data-cart-count>0</span>)</a>
  </nav>
</header>
<main>${body}</main>
<footer class="site-footer">${t.footer}</footer>
<aisle-assistant model-host="/models/test/" models-note="${t.modelsNote}" catalog="/catalog.json" faq="/faq.json" contact="/help.html"></aisle-assistant>
</body>
</html>`}`;
}

function card(p: Product, lang: Lang = 'en'): Raw {
  return h`<li class="product-card">
    <a href="${p.url}" tabindex="-1" aria-hidden="true"><img src="${p.image}" alt="" width="200" height="200" loading="lazy"></a>
    <div class="product-card-body">
      <a class="product-title" href="${p.url}">${p.title}</a>
      <div class="product-meta">${p.brand ?? ''}</div>
      <div class="product-price">${price(p)} ${stars(p.rating)}</div>
      <button class="add-to-cart" data-product-id="${p.id}" data-title="${p.title}" data-price="${p.price ?? 0}">${copy[lang].addToCart}</button>
    </div>
  </li>`;
}

/** The home page (English or Chinese): hero search, categories, top-rated products. */
export function homePage(shop: Shop, lang: Lang = 'en'): string {
  const t = copy[lang];
  const topRated = [...shop.products].filter((p) => (p.rating ?? 0) >= 4.5).slice(0, 12);
  const tiles = [...shop.categories.entries()].map(
    ([category, items]) => h`<li><a href="/c/${slug(category)}.html"><img src="${items[0].image}" alt="" width="64" height="64" loading="lazy">
      <span>${categoryName(category)}</span><small>${items.length}</small></a></li>`,
  );
  return layout(shop, lang === 'zh' ? '首页' : 'Home', h`
    <section class="hero">
      <h1>${shop.name}</h1>
      <p>${t.tagline}</p>
      <form class="hero-search" data-ask-assistant>
        <label class="visually-hidden" for="hero-q">${t.searchButton}</label>
        <input id="hero-q" name="q" type="search" placeholder="${t.searchPlaceholder}" autocomplete="off">
        <button type="submit">${t.searchButton}</button>
      </form>
    </section>
    <section><h2>${t.categories}</h2><ul class="category-grid">${tiles}</ul></section>
    <section><h2>${t.featured}</h2><ul class="product-grid">${topRated.map((p) => card(p, lang))}</ul></section>
  `, { lang });
}

/** One category: a product grid plus an ItemList JSON-LD of its products. */
export function categoryPage(shop: Shop, category: string, items: Product[]): string {
  const list = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: categoryName(category),
    itemListElement: items.map((p, i) => ({ '@type': 'ListItem', position: i + 1, url: p.url })),
  };
  return layout(shop, categoryName(category), h`
    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> › ${categoryName(category)}</nav>
    <h1>${categoryName(category)}</h1>
    <ul class="product-grid">${items.map((p) => card(p))}</ul>
  `, { head: new Raw(`<script type="application/ld+json">${scriptJson(list)}</script>`) });
}

/** A description's lines as paragraphs, with runs of "•" lines as one bulleted list. */
function descriptionBlocks(description: string): Raw[] {
  const blocks: Raw[] = [];
  let bullets: Raw[] = [];
  const flush = () => {
    if (bullets.length) blocks.push(h`<ul>${bullets}</ul>`);
    bullets = [];
  };
  for (const line of description.split('\n')) {
    if (line.startsWith('•')) bullets.push(h`<li>${line.slice(1).trim()}</li>`);
    else {
      flush();
      if (line.trim()) blocks.push(h`<p>${line}</p>`);
    }
  }
  flush();
  return blocks;
}

/** A product page with its full schema.org Product JSON-LD (offers, rating, reviews, properties). */
export function productPage(shop: Shop, p: Product): string {
  const t = copy.en;
  const specs = Object.entries(p.attributes).map(
    ([name, value]) => h`<tr><th scope="row">${attributeLabel(name)}</th><td>${Array.isArray(value) ? value.join(', ') : value}</td></tr>`,
  );
  const reviews = p.reviews.map(
    (r) => h`<li class="review">${stars(r.rating)} ${r.title ? h`<strong>${r.title}</strong>` : ''}
      <p>${r.text}</p><small>${r.author ?? 'Verified buyer'}${r.date ? ` · ${r.date}` : ''}</small></li>`,
  );
  const description = descriptionBlocks(p.description ?? '');
  return layout(shop, p.title, h`
    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> ›
      <a href="/c/${slug(p.category ?? 'Other')}.html">${categoryName(p.category ?? 'Other')}</a> › ${p.title}</nav>
    <article class="product" data-product-id="${p.id}">
      <img class="product-image" src="${p.image}" alt="${p.title}" width="400" height="400">
      <div class="product-info">
        <h1>${p.title}</h1>
        <div class="product-meta">${p.brand ?? ''}</div>
        <div class="product-price big">${price(p)} ${stars(p.rating)}</div>
        <div class="description">${description}</div>
        <button class="add-to-cart big" data-product-id="${p.id}" data-title="${p.title}" data-price="${p.price ?? 0}">${t.addToCart}</button>
      </div>
    </article>
    ${specs.length ? h`<section><h2>${t.specs}</h2><table class="specs">${specs}</table></section>` : ''}
    <section><h2>${t.reviews}</h2>${reviews.length ? h`<ul class="reviews">${reviews}</ul>` : h`<p>${t.noReviews}</p>`}</section>
    <section class="recommendations"><aisle-recommendations kind="similar" heading="You may also like"></aisle-recommendations></section>
    <section class="recommendations"><aisle-recommendations kind="goes-with" heading="Goes well with"></aisle-recommendations></section>
  `, { head: new Raw(`<script type="application/ld+json">${scriptJson(productJsonLd(p))}</script>`) });
}

/** The cart: filled by shop.js from localStorage, which listens to aisle-add-to-cart. */
export function cartPage(shop: Shop): string {
  const t = copy.en;
  return layout(shop, t.cart, h`
    <h1>${t.cart}</h1>
    <div data-cart-view><p>${t.emptyCart}</p></div>
    <button type="button" data-cart-clear>${t.clearCart}</button>
  `);
}

/** One entry of demo/faq.json. */
export interface FaqEntry {
  question: string;
  answer: string;
}

/** Help and contact: the shop's FAQ as a page with schema.org FAQPage JSON-LD. */
export function helpPage(shop: Shop, faq: FaqEntry[], contactEmail: string): string {
  const faqPage = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((e) => ({ '@type': 'Question', name: e.question, acceptedAnswer: { '@type': 'Answer', text: e.answer } })),
  };
  return layout(shop, 'Help and contact', h`
    <h1>Help and contact</h1>
    <p>Questions about an order or a payment? Write to <a href="mailto:${contactEmail}">${contactEmail}</a>; we answer within one business day.</p>
    <h2>Frequently asked questions</h2>
    <dl class="faq">${faq.map((e) => h`<dt>${e.question}</dt><dd>${e.answer}</dd>`)}</dl>
  `, { head: new Raw(`<script type="application/ld+json">${scriptJson(faqPage)}</script>`) });
}
