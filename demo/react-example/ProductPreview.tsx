import { formatPrice } from '../../src/format.ts';
import { safeUrl } from '../../src/safe-url.ts';
import type { Product } from '../../src/index.ts';

/**
 * The product the shopper opened from the assistant. The app cancels aisle-product-open and
 * shows the product itself, the way a single-page app routes instead of loading a new page.
 */
export function ProductPreview({ product, onAdd, onClose }: { product: Product; onAdd: () => void; onClose: () => void }) {
  const image = safeUrl(product.image);
  const href = safeUrl(product.url);
  return (
    <section className="panel preview" aria-labelledby="preview-heading" data-opened-product={product.id}>
      <div className="preview-head">
        <h2 id="preview-heading">Opened from the assistant</h2>
        <button type="button" className="link-button" onClick={onClose}>Close</button>
      </div>
      <div className="preview-body">
        {image && <img src={image} alt="" width={88} height={88} />}
        <div>
          <h3>{product.title}</h3>
          <p className="muted">{[product.brand, product.rating !== undefined ? `★ ${product.rating.toFixed(1)}` : undefined].filter(Boolean).join(' · ')}</p>
          <p className="price">{formatPrice(product.price, product.currency, 'en')}</p>
        </div>
      </div>
      <div className="preview-actions">
        <button type="button" className="primary" onClick={onAdd}>Add to cart</button>
        {href && <a href={href}>Product page</a>}
      </div>
    </section>
  );
}
