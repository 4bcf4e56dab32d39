import { useCallback, useReducer, useState } from 'react';
import type { AisleAddToCartEvent, AisleProductOpenEvent, AisleReadyEvent, Product } from '../../src/index.ts';
import { cartCount, cartReducer } from './cart.ts';
import { CartPanel } from './CartPanel.tsx';
import { ProductPreview } from './ProductPreview.tsx';
import '../../src/jsx.ts';

type Theme = 'system' | 'light' | 'dark';
type Lang = 'en' | 'zh';

/**
 * "Trail & Road": an app page written in React 19 that renders <aisle-assistant> in its own tree,
 * passes it attributes from state, and keeps a cart and an opened product from its events. Every
 * cart change, theme or language switch re-renders the app; React keeps the same element, so the
 * conversation and the engine worker carry on.
 */
export function App() {
  const [cart, dispatch] = useReducer(cartReducer, []);
  const [opened, setOpened] = useState<Product>();
  const [indexed, setIndexed] = useState<number>();
  const [theme, setTheme] = useState<Theme>('system');
  const [lang, setLang] = useState<Lang>('en');

  const onAddToCart = useCallback((event: AisleAddToCartEvent) => {
    dispatch({ type: 'add', product: event.product, quantity: event.quantity });
  }, []);
  const onProductOpen = useCallback((event: AisleProductOpenEvent) => {
    // The app shows the product itself instead of leaving the page.
    event.preventDefault();
    setOpened(event.product);
  }, []);
  const onReady = useCallback((event: AisleReadyEvent) => setIndexed(event.products), []);

  const count = cartCount(cart);
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1 className="brand"><a href="../">Trail &amp; Road</a></h1>
          <p className="tagline">A React 19 app with the assistant in its component tree</p>
        </div>
        <a className="cart-badge" href="#cart-heading" aria-label={`Cart, ${count} ${count === 1 ? 'item' : 'items'}`}>
          Cart <span className="count" data-app-cart-count>{count}</span>
        </a>
      </header>
      <main className="layout">
        <div className="assistant-column">
          <aisle-assistant
            mode="inline"
            catalog="../catalog.json"
            faq="../faq.json"
            model-host="../models/test/"
            storage-key="aisle-react-example"
            theme={theme === 'system' ? undefined : theme}
            lang={lang}
            onaisle-add-to-cart={onAddToCart}
            onaisle-product-open={onProductOpen}
            onaisle-ready={onReady}
          />
          <p className="muted small" data-indexed>
            {indexed === undefined ? 'Indexing the catalog…' : `${indexed} products indexed on this device.`}
          </p>
        </div>
        <aside className="side">
          <section className="panel settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading">Assistant settings (React state)</h2>
            <label>
              Theme
              <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
                <option value="system">Follow the system</option>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <label>
              Language
              <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
                <option value="en">English</option>
                <option value="zh">中文</option>
              </select>
            </label>
          </section>
          {opened && (
            <ProductPreview
              product={opened}
              onAdd={() => dispatch({ type: 'add', product: opened, quantity: 1 })}
              onClose={() => setOpened(undefined)}
            />
          )}
          <CartPanel lines={cart} onRemove={(id) => dispatch({ type: 'remove', id })} />
          <details className="panel code">
            <summary>How the app uses the element</summary>
            <pre><code>{`<aisle-assistant
  mode="inline"
  catalog="../catalog.json"
  theme={theme}
  lang={lang}
  onaisle-add-to-cart={(e) => dispatch({ type: 'add', product: e.product })}
  onaisle-product-open={(e) => { e.preventDefault(); setOpened(e.product); }}
/>`}</code></pre>
          </details>
        </aside>
      </main>
    </div>
  );
}
