import { html, nothing } from 'lit';
import type { EngineStatus, Product } from '../../../workers/engine-api.ts';
import type { UiStrings } from '../../strings.ts';
import type { AisleFilterRemoveEvent } from '../aisle-filter-chips/aisle-filter-remove-event.ts';
import { maxCompare } from './compare-rows.ts';
import type { Turn } from './conversation.ts';
import { modelStatus, type ModelView } from './model-status.ts';
import type { ReplyContext } from './reply-context.ts';
import { renderReply } from './reply-renderers.ts';

/** Everything <aisle-assistant> shows, and what each control does: the element's render() fills it in. */
export interface AssistantView {
  t: UiStrings;
  lang: 'en' | 'zh';
  /** The language the shopper writes in, and its strings: the model status and the suggested questions speak it. */
  shopper: { lang: 'en' | 'zh'; t: UiStrings };
  floating: boolean;
  open: boolean;
  /** The live region's text. */
  announcement: string;
  turns: readonly Turn[];
  draft?: Turn;
  /** The welcome line shown before the first turn. */
  welcome: string;
  /** The engine's model status while it waits for the shopper; `model` otherwise. */
  modelsWaiting?: EngineStatus;
  /** The shopper answered "Not now" to the model download in this session. */
  modelsDeclined: boolean;
  model: ModelView;
  picks: readonly Product[];
  /** Suggested questions to show now (none while the newest answer offers its own). */
  suggestions: readonly string[];
  queryText: string;
  showHistory: boolean;
  /** What the models are, in the shop's words (the `models-note` attribute), shown in the footer. */
  modelsNote?: string;
  context(turn: Turn): ReplyContext;
  on: {
    open(): void;
    close(): void;
    clear(): void;
    panelKeydown(event: KeyboardEvent): void;
    consent(): void;
    decline(): void;
    ask(question: string): void;
    filterRemove(event: AisleFilterRemoveEvent): void;
    clearPicks(): void;
    compare(): void;
    /** Send what the text box holds (Enter, or the send button). */
    send(): void;
    input(text: string): void;
    toggleHistory(): void;
  };
}

/** The launcher (a closed floating panel) or the panel: header, model status, turns, compare bar, composer. */
export function renderAssistant(v: AssistantView) {
  const { t, on } = v;
  const live = html`<div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${v.announcement}</div>`;
  if (v.floating && !v.open) {
    return html`<button class="launcher" part="launcher" popover="manual" aria-haspopup="dialog" aria-expanded="false"
      @click=${on.open}><span class="launcher-icon" aria-hidden="true">✦</span>${t.launcher}</button>${live}`;
  }
  return html`
    <section class="panel" part="panel" lang=${v.lang} role=${v.floating ? 'dialog' : 'region'} popover=${v.floating ? 'manual' : nothing}
      aria-modal=${v.floating ? 'true' : nothing} aria-labelledby="aisle-title" @keydown=${on.panelKeydown}>
      <div class="header" part="header">
        <h2 id="aisle-title">${t.title}</h2>
        ${v.turns.length ? html`<button class="text-button" part="clear-button" @click=${on.clear}>${t.clear}</button>` : nothing}
        ${v.floating ? html`<button class="icon-button" part="close-button" aria-label=${t.close} @click=${on.close}>×</button>` : nothing}
      </div>
      ${v.modelsWaiting
        ? html`<aisle-model-status part="model-status" lang=${v.shopper.lang} ui-lang=${v.shopper.lang} .status=${v.modelsWaiting} ?declined=${v.modelsDeclined}
            @aisle-model-consent=${on.consent} @aisle-model-decline=${on.decline}></aisle-model-status>`
        : modelStatus(v.model, v.shopper.t, v.shopper.lang)}
      <ol class="messages" part="messages" aria-label=${t.conversation} @aisle-question=${(e: Event) => on.ask((e as Event & { question: string }).question)}
        @aisle-filter-remove=${on.filterRemove}>
        ${v.turns.length || v.draft ? nothing : html`<li class="welcome">${v.welcome}</li>`}
        ${[...v.turns, ...(v.draft ? [v.draft] : [])].map((turn) => renderTurn(turn, v))}
      </ol>
      ${renderCompareBar(v)}
      ${v.suggestions.length ? html`<div class="suggestions" part="suggestions" role="group" lang=${v.shopper.lang} aria-label=${v.shopper.t.suggestedQuestions}>
        ${v.suggestions.map((q) => html`<button type="button" class="pill" part="suggestion" @click=${() => on.ask(q)}>${q}</button>`)}
      </div>` : nothing}
      <form class="composer" part="composer" role="search" @submit=${(e: SubmitEvent) => (e.preventDefault(), on.send())}>
        <label class="sr-only" for="aisle-input">${t.searchLabel}</label>
        <textarea id="aisle-input" part="input" rows="1" autocomplete="off" enterkeyhint="send" .value=${v.queryText}
          placeholder=${t.searchPlaceholder} @input=${(e: InputEvent) => on.input((e.target as HTMLTextAreaElement).value)}
          @keydown=${(e: KeyboardEvent) => onComposerKeydown(e, on.send)}></textarea>
        <button class="send" part="send-button" type="submit" aria-label=${t.send}><span aria-hidden="true">➤</span></button>
      </form>
      ${v.showHistory ? html`<section class="history" part="history" aria-label=${t.historyTitle}><aisle-history></aisle-history></section>` : nothing}
      <div class="footer"><span>${t.privacy}</span>${v.modelsNote ? html`<span part="models-note">${v.modelsNote}</span>` : nothing}
        <button type="button" class="text-button" part="history-button" aria-expanded=${v.showHistory ? 'true' : 'false'}
          @click=${on.toggleHistory}>${t.historyTitle}</button></div>
      ${live}
    </section>
  `;
}

/** Enter sends; Shift+Enter is a new line; Enter that ends an IME composition does not send. */
function onComposerKeydown(event: KeyboardEvent, send: () => void): void {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    send();
  }
}

function renderTurn(turn: Turn, v: AssistantView) {
  return html`<li class="turn" data-turn=${turn.id} data-kind=${turn.reply.kind}>
    <p class="ask" part="ask"><span class="sr-only">${v.t.you}: </span>${turn.ask}</p>
    <div class="reply" part="reply"><span class="sr-only">${v.t.assistant}: </span>${renderReply(turn.reply, v.context(turn))}</div>
  </li>`;
}

function renderCompareBar({ t, picks, on }: AssistantView) {
  if (!picks.length) return nothing;
  return html`<div class="compare-bar" part="compare-bar">
    <span>${t.compareHint(picks.length, maxCompare)}</span>
    <button class="text-button" @click=${on.clearPicks}>${t.compareClear}</button>
    <button class="primary" part="compare-button" ?disabled=${picks.length < 2} @click=${on.compare}>
      ${t.compareCount(picks.length)}</button>
  </div>`;
}
