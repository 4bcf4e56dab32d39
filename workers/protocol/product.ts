/** Products as the engine reads them and the page shows them. */

/** One product as Aisle understands it, whatever the shop page or feed it came from. */
export interface Product {
  id: string;
  title: string;
  url?: string;
  brand?: string;
  /** Main category, as the shop names it ("laptops", "Men/Tops/Jackets"). */
  category?: string;
  price?: number;
  currency?: string;
  availability?: string;
  description?: string;
  image?: string;
  /** Average rating, 0 to 5. */
  rating?: number;
  reviewCount?: number;
  reviews: ProductReview[];
  /** Spec rows: name to value(s). */
  attributes: Record<string, string | string[]>;
  tags: string[];
  /** Questions shoppers asked on the product page and the answers given there. */
  questions?: ProductQuestion[];
  /**
   * The variants a shop sells this product in (a schema.org ProductGroup's `hasVariant`): each
   * with its own options, price and stock. The product's own price and availability are those of
   * the variant the page shows (`selected`).
   */
  variants?: ProductVariant[];
}

/** One variant of a product: a size, a colour, a pack. */
export interface ProductVariant {
  id: string;
  title: string;
  url?: string;
  sku?: string;
  price?: number;
  currency?: string;
  availability?: string;
  image?: string;
  /** What sets it apart, by property name as the shop names it: { color: 'Blue', size: 'M' }. */
  options: Record<string, string>;
  /** The variant the page shows (its URL is the page's, or the shop marked it, or it is the first). */
  selected?: boolean;
}

/**
 * A product as an app hands it to `setProducts()` / `Engine.load()`: Product's own fields, or the
 * catalog feed's names (`name` for `title`, `sku` for `id`, `special_price`, `review_count`, ...).
 * Only `id` and a title are needed (`{ id, title, price }` is enough); the engine normalises it like a
 * feed record (workers/catalog/normalize-record.ts) and skips, with a console warning, what cannot be a product.
 */
export type ProductRecord = Partial<Product> | Record<string, unknown>;

/** One customer review of a product. */
export interface ProductReview {
  text: string;
  rating?: number;
  title?: string;
  author?: string;
  date?: string;
}

/** One question and answer from the product page's own Q&A section. */
export interface ProductQuestion {
  question: string;
  answer: string;
}
