import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { EngineStatus, ModelState } from '../../../workers/engine-api.ts';
import type { ModelTask } from '../../../workers/protocol/models.ts';
import { styles } from './aisle-model-status.styles.ts';
import { waitsForGoAhead } from './waits-for-go-ahead.ts';

/**
 * Raised when the shopper agrees to download the models that wait for a go-ahead (a saveData or slow
 * connection, or a download above `ask-above-mb`); `task` is the first of them. Type `aisle-model-consent`.
 */
export class AisleModelConsentEvent extends Event {
  static readonly type = 'aisle-model-consent';
  constructor(readonly task: string) {
    super(AisleModelConsentEvent.type, { bubbles: true, composed: true });
  }
}

/** Raised when the shopper answers "Not now" to the download question. Type `aisle-model-decline`. */
export class AisleModelDeclineEvent extends Event {
  static readonly type = 'aisle-model-decline';
  constructor() {
    super(AisleModelDeclineEvent.type, { bubbles: true, composed: true });
  }
}

const strings = {
  en: {
    task: (t: string) => (({ embeddings: 'Smart search', sentiment: 'Review insights', reranking: 'Answers', 'translation-zh-en': 'Translation to English', 'translation-en-zh': 'Translation to Chinese', llm: 'Writing assistant' }) satisfies Record<ModelTask, string> as Record<string, string>)[t] ?? t,
    loading: (done: string, total: string) => `Downloading ${done} of ${total} MB`,
    ready: 'Ready',
    cached: 'loaded from this device',
    lite: 'light model',
    device: (single: string, batch: string) => (single === batch ? `runs on ${single}` : `queries on ${single}, batches on ${batch}`),
    idle: 'Not loaded',
    download: 'Download',
    ask: (size: string) => `Download ${size} MB of AI models for better answers?`,
    askSlow: (size: string) => `Your connection is slow or saving data. Download ${size} MB of AI models for better answers?`,
    notNow: 'Not now',
    declined: 'Quick answers only, as you chose for this visit.',
    downloadSize: (size: string) => `Download ${size} MB`,
    error: 'Could not load',
    memory: 'Storage is full: models are kept for this visit only.',
    pathModel: 'Answers come from on-device models.',
    pathLight: 'Quick answers (no model) for now.',
  },
  zh: {
    task: (t: string) => (({ embeddings: '智能搜索', sentiment: '评论分析', reranking: '问答', 'translation-zh-en': '译成英文', 'translation-en-zh': '译成中文', llm: '写作助手' }) satisfies Record<ModelTask, string> as Record<string, string>)[t] ?? t,
    loading: (done: string, total: string) => `正在下载 ${done} / ${total} MB`,
    ready: '已就绪',
    cached: '从本机加载',
    lite: '轻量模型',
    device: (single: string, batch: string) => (single === batch ? `运行于 ${single}` : `查询用 ${single}，批量用 ${batch}`),
    idle: '未加载',
    download: '下载',
    ask: (size: string) => `下载 ${size} MB 的 AI 模型，获得更好的回答？`,
    askSlow: (size: string) => `当前网络较慢或处于省流量模式。下载 ${size} MB 的 AI 模型，获得更好的回答？`,
    notNow: '暂不',
    declined: '按你的选择，本次访问仅用快速回答。',
    downloadSize: (size: string) => `下载 ${size} MB`,
    error: '无法加载',
    memory: '存储空间已满：模型仅在本次访问中保留。',
    pathModel: '答案来自本机模型。',
    pathLight: '暂用快速回答（无模型）。',
  },
};

const deviceName = (d: string) => ({ wasm: 'WASM', webgpu: 'WebGPU', cpu: 'CPU' })[d] ?? d;
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
/** Whole megabytes from 10 MB up, one decimal below (the question's size). */
const roundMb = (bytes: number) => (bytes >= 10e6 ? Math.round(bytes / 1e6).toString() : mb(bytes));

/**
 * Shows what the engine's models are doing: a progress bar per download, what is ready and on which
 * device, why a model waits (storage, a saveData or slow connection, a download above `ask-above-mb`),
 * the question "Download N MB of AI models for better answers? [Download] [Not now]" with the size
 * from the manifest (plus the AI runtime, once, while it is not stored), and which path answers now. Feed it `engine.status()` (and again after each
 * progress event); set `declined` once the shopper said "Not now" (a Download button stays).
 *
 * @csspart task - one row per model task; also task-name, progress, consent-prompt, consent, decline, storage, path, note (why a lite model, what a model leaves to the light path)
 * @cssproperty --aisle-accent - progress bar and button colour
 * @event aisle-model-consent - the shopper pressed "Download"
 * @event aisle-model-decline - the shopper pressed "Not now"
 */
export class AisleModelStatus extends LitElement {
  static override styles = styles;

  /** The engine's status; nothing is shown until it is set. */
  @property({ attribute: false }) status?: EngineStatus;
  /** The shopper declined the download for this visit: no question, a Download button stays. */
  @property({ type: Boolean }) declined = false;
  /** UI language (the assistant sets the shopper's); defaults to the nearest `lang`, else `<html lang>`. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  private get t() {
    const lang = this.uiLang ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return lang.toLowerCase().startsWith('zh') ? strings.zh : strings.en;
  }

  private detail(task: string, model: ModelState): TemplateResult {
    const t = this.t;
    switch (model.state) {
      case 'loading':
        return html`<span>${t.loading(mb(model.loadedBytes), mb(model.totalBytes))}</span>
          <progress part="progress" max="100" .value=${model.progress} aria-label=${`${t.task(task)}: ${Math.round(model.progress)}%`}></progress>`;
      case 'ready': {
        const bits = [t.ready, model.variant === 'lite' ? t.lite : '', model.devices ? t.device(deviceName(model.devices.single), deviceName(model.devices.batch)) : '', model.fromCache ? t.cached : ''];
        return html`<span>${bits.filter(Boolean).join(' · ')}</span>${model.fallback ? html`<span part="fallback">${model.fallback}</span>` : nothing}${model.note ? html`<span part="note">${model.note}</span>` : nothing}`;
      }
      case 'idle':
        return html`<span>${model.message ?? t.idle}</span>`;
      case 'error':
        return html`<span role="status">${t.error}: ${model.message}</span>`;
    }
  }

  /** The download question for every model that waits for a go-ahead, or (declined) a Download button. */
  private consentPrompt(tasks: [string, ModelState][]): TemplateResult | typeof nothing {
    const waiting = tasks.filter(([, model]) => waitsForGoAhead(model));
    if (!waiting.length) return nothing;
    const t = this.t;
    // Each model's download, plus the AI runtime once (every waiting model counts it while it is not stored).
    const idle = waiting.map(([, model]) => (model.state === 'idle' ? { bytes: model.bytes ?? 0, runtime: model.runtimeBytes ?? 0 } : { bytes: 0, runtime: 0 }));
    const bytes = idle.reduce((sum, m) => sum + m.bytes - m.runtime, 0) + Math.max(0, ...idle.map((m) => m.runtime));
    const size = roundMb(bytes);
    const slow = waiting.some(([, model]) => model.state === 'idle' && model.reason === 'save-data');
    const consent = () => this.dispatchEvent(new AisleModelConsentEvent(waiting[0][0]));
    if (this.declined) {
      return html`<p part="consent-prompt" data-declined>${t.declined}
        <button part="consent" type="button" @click=${consent}>${bytes ? t.downloadSize(size) : t.download}</button></p>`;
    }
    return html`<div part="consent-prompt" role="group" aria-labelledby="aisle-consent-question">
      <p id="aisle-consent-question">${(slow ? t.askSlow : t.ask)(size)}</p>
      <button part="consent" type="button" @click=${consent}>${t.download}</button>
      <button part="decline" type="button" @click=${() => this.dispatchEvent(new AisleModelDeclineEvent())}>${t.notNow}</button>
    </div>`;
  }

  protected override render() {
    if (!this.status) return nothing;
    const t = this.t;
    const tasks = Object.entries(this.status.models);
    return html`${this.consentPrompt(tasks)}<ul>
        ${tasks.map(([task, model]) => html`<li part="task" data-task=${task} data-state=${model.state}><span part="task-name">${t.task(task)}</span>${this.detail(task, model)}</li>`)}
      </ul>
      ${this.status.storage?.state === 'memory' ? html`<p part="storage">${t.memory}</p>` : nothing}
      <p part="path" data-source=${this.status.searchPath}>${this.status.searchPath === 'model' ? t.pathModel : t.pathLight}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-model-status': AisleModelStatus;
  }
  interface HTMLElementEventMap {
    'aisle-model-consent': AisleModelConsentEvent;
    'aisle-model-decline': AisleModelDeclineEvent;
  }
  interface DocumentEventMap {
    'aisle-model-consent': AisleModelConsentEvent;
    'aisle-model-decline': AisleModelDeclineEvent;
  }
}
