import { html, nothing } from 'lit';
import type { Product } from '../../../workers/engine-api.ts';
import { formatPrice } from '../../format.ts';
import { safeUrl } from '../../safe-url.ts';
import type { ReplyContext } from './reply-context.ts';

/**
 * One product card: image, title, price, rating, why it matches, and the actions (open, add to
 * cart, pick for compare). All product text is bound as text, never as markup.
 */
export function productCard(product: Product, why: string[], ctx: ReplyContext) {
  const { t } = ctx;
  const href = safeUrl(product.url);
  const image = safeUrl(product.image);
  const picked = ctx.isCompared(product.id);
  const titleId = `title-${ctx.turn.id}-${product.id}`;
  return html`<li class="card" part="card" data-product-id=${product.id} aria-labelledby=${titleId}>
    ${image ? html`<img part="card-image" src=${image} alt="" loading="lazy" />` : html`<span class="no-image" aria-hidden="true">${[...(product.brand || product.title)][0]?.toUpperCase()}</span>`}
    <div class="card-body">
      <h3 id=${titleId} class="card-title">${product.title}</h3>
      <p class="meta">
        ${product.price !== undefined ? html`<span class="price">${formatPrice(product.price, product.currency, ctx.locale)}</span>` : nothing}
        ${product.rating !== undefined
          ? html`<span class="rating" role="img" aria-label=${t.ratingOf(product.rating)}>★ ${product.rating.toFixed(1)}</span>`
          : nothing}
        ${product.brand ? html`<span class="brand">${product.brand}</span>` : nothing}
      </p>
      ${why.length ? html`<p class="why"><span class="sr-only">${t.whyMatches}: </span>${why.join(' · ')}</p>` : nothing}
      <div class="actions">
        ${href
          ? html`<a part="open-button" href=${href} @click=${(e: MouseEvent) => ctx.openProduct(e, product)}
              aria-describedby=${titleId}>${t.viewProduct}</a>`
          : nothing}
        <button part="add-to-cart" class="primary" @click=${() => ctx.addToCart(product)} aria-describedby=${titleId}>${t.addToCart}</button>
        <button part="compare-toggle" class="toggle" aria-pressed=${picked ? 'true' : 'false'}
          ?disabled=${!picked && !ctx.canCompareMore} aria-label=${t.compareToggle(product.title)}
          @click=${() => ctx.toggleCompare(product)}>${picked ? '✓ ' : ''}${t.compare}</button>
      </div>
    </div>
  </li>`;
}
