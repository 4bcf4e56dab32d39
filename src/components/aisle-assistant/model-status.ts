import { html } from 'lit';
import type { UiStrings } from '../../strings.ts';

/** What the widget knows about its models, for the status area. */
export type ModelView =
  | { state: 'idle' | 'off' | 'waiting' | 'ready' | 'error' | 'page' }
  | { state: 'loading'; percent: number; loadedBytes: number; totalBytes: number; part?: 'runtime' | 'model' };

/** MB with one decimal below 100 MB ("3.1", "14.3", "40"), whole above ("135"). */
function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return String(mb >= 100 ? Math.round(mb) : Math.round(mb * 10) / 10);
}

/** The status area, in `lang` (the shopper's): a real progress bar while models download, and one line on what works now. */
export function modelStatus(model: ModelView, t: UiStrings, lang: 'en' | 'zh') {
  if (model.state === 'loading') {
    const bytes = model.totalBytes ? ` · ${t.modelBytes(model.part ?? 'model', megabytes(model.loadedBytes), megabytes(model.totalBytes))}` : '';
    return html`<div class="status" part="status" data-state="loading" lang=${lang}>
      <span>${t.modelLoading(model.percent)}${bytes}</span>
      <progress part="progress" max="100" .value=${model.percent} aria-label=${t.modelLoading(model.percent)}></progress>
      <span class="works-now">${t.modelWorksNow}</span>
    </div>`;
  }
  const line = { idle: t.modelIdle, off: t.modelOff, waiting: t.modelWaiting, ready: t.modelReady, error: t.modelError, page: t.modelInPage }[model.state];
  return html`<div class="status" part="status" data-state=${model.state} lang=${lang}>${line}</div>`;
}
