import { html, nothing, type TemplateResult } from 'lit';
import type { Reply, ReplyKinds } from './conversation.ts';
import { attributeLabel } from '../../../common/attribute-label.ts';
import { stringsFor } from '../../strings.ts';
import { compareRows, sharesNoAttributes } from './compare-rows.ts';
import { productCard } from './product-card.ts';
import type { ReplyContext } from './reply-context.ts';
import { richText } from './rich-text.ts';

/** Renders one kind of reply. */
export type ReplyRenderer<K extends keyof ReplyKinds> = (reply: Extract<Reply, { kind: K }>, ctx: ReplyContext) => TemplateResult | typeof nothing;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map holds every kind's renderer
const renderers = new Map<string, ReplyRenderer<any>>();

/**
 * Registers (or replaces) the renderer for one kind of reply. Features that bring their own
 * element (an answer with evidence, a review summary, recommendations) register here.
 */
export function registerReplyRenderer<K extends keyof ReplyKinds>(kind: K, renderer: ReplyRenderer<K>): void {
  renderers.set(kind, renderer);
}

/** Renders a reply with the renderer registered for its kind. */
export function renderReply(reply: Reply, ctx: ReplyContext): TemplateResult | typeof nothing {
  const renderer = renderers.get(reply.kind);
  return renderer ? renderer(reply, ctx) : nothing;
}

registerReplyRenderer('pending', (_reply, { t }) => html`<p class="pending" part="pending"><span class="dots" aria-hidden="true"></span>${t.thinking}</p>`);

registerReplyRenderer('search', ({ response }, ctx) => {
  const { t } = ctx;
  const chips = html`<aisle-filter-chips part="filters" .chips=${response.intent?.chips ?? []}></aisle-filter-chips>`;
  if (!response.hits.length) return html`${chips}<p class="empty">${t.noResults}</p>`;
  return html`${chips}${response.noCloseMatch ? html`<p class="empty" part="no-close-match">${t.noCloseMatch}</p>` : nothing}
    <div class="summary"><span>${t.results(response.hits.length)}</span>
      <span class="path" data-source=${response.source}>${response.source === 'model' ? t.pathModel : t.pathLexical}</span></div>
    <ul class="cards">${response.hits.map((hit) => productCard(hit.product, hit.why, ctx))}</ul>`;
});

registerReplyRenderer('answer', (reply, { t }) => html`
  <div class="answer" part="answer" aria-busy=${reply.streaming ? 'true' : 'false'}>
    ${richText(reply.text)}${reply.streaming ? html`<span class="caret" aria-hidden="true"></span>` : nothing}
    ${reply.evidence?.length
      ? html`<div class="evidence"><p class="evidence-title">${t.evidence}</p><ul>
          ${reply.evidence.map((e) => html`<li data-kind=${e.kind}>
            <span class="evidence-kind">${e.kind === 'spec' ? t.evidenceSpec : e.kind === 'review' ? t.evidenceReview : t.evidenceSentence}${e.attribute ? html` · ${attributeLabel(e.attribute)}` : nothing}</span>
            <q>${e.text}</q></li>`)}
        </ul></div>`
      : nothing}
    <span class="path" data-source=${reply.source}>${reply.source === 'model' ? t.pathModel : t.pathLexical}</span>
  </div>`);

registerReplyRenderer('compare', ({ products, lang, labels }, ctx) => {
  // In the language the shopper compared in (a Chinese shopper on an English page), else the page's.
  const t = lang ? stringsFor(lang) : ctx.t;
  const rows = compareRows(products, t, ctx.locale, labels, lang);
  return html`<div class="compare" part="compare" lang=${lang ?? nothing}>
    <table>
      <caption>${t.compareCaption}</caption>
      <thead><tr><th scope="col"><span class="sr-only">${t.attribute}</span></th>
        ${products.map((p) => html`<th scope="col">${p.title}</th>`)}</tr></thead>
      <tbody>${rows.map((row) => html`<tr><th scope="row" lang=${row.lang ?? nothing}>${row.label}</th>${row.cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
    </table>
    ${sharesNoAttributes(rows) ? html`<p class="note">${t.compareNothingShared}</p>` : nothing}
  </div>`;
});

registerReplyRenderer('error', (reply, ctx) => html`<div class="error" part="error">
  <p>${reply.message}</p>
  <button part="retry-button" class="retry" @click=${() => ctx.retry(ctx.turn)}>${ctx.t.retry}</button>
</div>`);
