import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ProductAnswer, RecommendationKind, ReviewSummary, StoreAnswer } from '../../../workers/engine-api.ts';
import type { ReplyContext } from './reply-context.ts';
import { registerReplyRenderer } from './reply-renderers.ts';

declare module './conversation.ts' {
  interface ReplyKinds {
    /** An answer about the current product, with its evidence (<aisle-answer>). */
    'product-answer': { answer: ProductAnswer; suggestions?: string[] };
    /** An answer from the shop's published policies (<aisle-policy-answer>). */
    'store-answer': { answer: StoreAnswer };
    /** "Customers say" for a product (<aisle-review-summary>). */
    reviews: { summary: ReviewSummary };
    /** A recommendations strip (<aisle-recommendations>, which asks the assistant for its list). */
    recommendations: { list: RecommendationKind; productId?: string; cheaper?: boolean; about?: string };
  }
}

// The answer is in the shopper's language; evidence in another language is quoted verbatim, marked as
// such ("原文（英文）"), and translated on request inside the answer (no separate untranslated block).
// Its follow-up questions are about the product it answered: a turn restored on another product's page
// (the conversation follows the shopper across pages) shows none, since a chip would ask this page's product.
registerReplyRenderer('product-answer', ({ answer, suggestions }, ctx) =>
  html`<aisle-answer part="product-answer" .answer=${answer} .suggestions=${answer.productId === ctx.pageProductId ? (suggestions ?? []) : []} .translator=${ctx.translator}></aisle-answer>`);

registerReplyRenderer('store-answer', ({ answer }, ctx) =>
  html`<aisle-policy-answer part="store-answer" .answer=${answer} .translator=${ctx.translator}></aisle-policy-answer>`);

registerReplyRenderer('reviews', ({ summary }, ctx) =>
  html`<aisle-review-summary part="reviews" .summary=${summary} .translator=${ctx.translator}></aisle-review-summary>`);

registerReplyRenderer('recommendations', ({ list, productId, cheaper, about }) =>
  html`<aisle-recommendations part="recommendations" kind=${list} product-id=${ifDefined(productId)} ?cheaper=${!!cheaper} about=${ifDefined(about)} limit="6"></aisle-recommendations>`);
