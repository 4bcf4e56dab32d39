import type { Product } from '../protocol/product.ts';

/** Category paths as words: "Men/Tops/Hoodies & Sweatshirts" -> "Men Tops Hoodies Sweatshirts". */
export function categoryWords(category: string | undefined): string {
  return (category ?? '').replace(/[/&\-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The text a product is embedded as: what it is first, then how the shop describes it. */
export function productEmbeddingText(product: Product): string {
  return [product.title, categoryWords(product.category), product.brand ?? '', product.tags.join(' '), product.description ?? '']
    .filter(Boolean)
    .join('. ');
}
