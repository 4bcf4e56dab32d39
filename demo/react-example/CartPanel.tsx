import { formatPrice } from '../../src/format.ts';
import { cartTotal, type CartLine } from './cart.ts';

/** The app's cart, filled from the assistant's aisle-add-to-cart events. */
export function CartPanel({ lines, onRemove }: { lines: CartLine[]; onRemove: (id: string) => void }) {
  return (
    <section className="panel" aria-labelledby="cart-heading">
      <h2 id="cart-heading">Cart</h2>
      {lines.length === 0 ? (
        <p className="muted">Your cart is empty. Ask the assistant and press “Add to cart” on a result.</p>
      ) : (
        <>
          <ul className="cart-lines" data-cart-lines>
            {lines.map(({ product, quantity }) => (
              <li key={product.id}>
                <span className="line-title">{quantity} × {product.title}</span>
                <span className="line-price">{formatPrice((product.price ?? 0) * quantity, product.currency, 'en')}</span>
                <button type="button" className="link-button" onClick={() => onRemove(product.id)} aria-label={`Remove ${product.title}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <p className="total">Total <strong>{formatPrice(cartTotal(lines), 'USD', 'en')}</strong></p>
        </>
      )}
    </section>
  );
}
