import { css } from 'lit';

/** Styles of <aisle-assistant>; every colour, radius and font is a --aisle-* custom property. */
export const styles = css`
  :host {
    --aisle-accent: #2f5bea;
    --aisle-accent-text: #ffffff;
    --aisle-surface: #ffffff;
    --aisle-text: #1d2330;
    --aisle-muted: #5c6577;
    --aisle-border: #d9dee8;
    --aisle-card: #f6f8fc;
    --aisle-radius: 14px;
    --aisle-font: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    --aisle-panel-width: 400px;
    --aisle-offset: 20px;
    --aisle-z: 2147483000;
    font-family: var(--aisle-font);
    color: var(--aisle-text);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --aisle-surface: #171b24;
      --aisle-text: #e9ecf3;
      --aisle-muted: #a3abbb;
      --aisle-border: #2e3545;
      --aisle-card: #202634;
      --aisle-accent: #6d8cff;
    }
  }
  :host([theme='dark']) {
    --aisle-surface: #171b24;
    --aisle-text: #e9ecf3;
    --aisle-muted: #a3abbb;
    --aisle-border: #2e3545;
    --aisle-card: #202634;
    --aisle-accent: #6d8cff;
  }
  * { box-sizing: border-box; }
  .launcher {
    position: fixed;
    right: var(--aisle-offset);
    bottom: var(--aisle-offset);
    z-index: var(--aisle-z);
    border: 0;
    border-radius: 999px;
    padding: 12px 20px;
    font: 600 15px var(--aisle-font);
    background: var(--aisle-accent);
    color: var(--aisle-accent-text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.2);
    cursor: pointer;
  }
  .launcher:focus-visible, button:focus-visible, input:focus-visible, a:focus-visible {
    outline: 3px solid var(--aisle-accent);
    outline-offset: 2px;
  }
  .panel {
    display: flex;
    flex-direction: column;
    background: var(--aisle-surface);
    color: var(--aisle-text);
    border: 1px solid var(--aisle-border);
    border-radius: var(--aisle-radius);
    overflow: hidden;
  }
  :host(:not([mode='inline'])) .panel {
    position: fixed;
    right: var(--aisle-offset);
    bottom: var(--aisle-offset);
    z-index: var(--aisle-z);
    width: min(var(--aisle-panel-width), calc(100vw - 2 * var(--aisle-offset)));
    height: min(640px, calc(100vh - 2 * var(--aisle-offset)));
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.25);
  }
  @media (max-width: 480px) {
    :host(:not([mode='inline'])) .panel {
      inset: 0;
      width: 100vw;
      height: 100dvh;
      border-radius: 0;
    }
  }
  header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 12px 16px;
    border-bottom: 1px solid var(--aisle-border);
  }
  header h2 { flex: 1; margin: 0; font-size: 16px; }
  .icon-button {
    border: 0;
    background: transparent;
    color: var(--aisle-muted);
    font-size: 20px;
    line-height: 1;
    padding: 4px 8px;
    border-radius: 8px;
    cursor: pointer;
  }
  .status { padding: 8px 16px; font-size: 12px; color: var(--aisle-muted); border-bottom: 1px solid var(--aisle-border); }
  .status progress { width: 100%; height: 6px; accent-color: var(--aisle-accent); }
  form { padding: 12px 16px; }
  input[type='search'] {
    width: 100%;
    padding: 10px 12px;
    font: 15px var(--aisle-font);
    color: var(--aisle-text);
    background: var(--aisle-card);
    border: 1px solid var(--aisle-border);
    border-radius: calc(var(--aisle-radius) / 1.6);
  }
  .results { flex: 1; overflow-y: auto; padding: 0 16px 16px; margin: 0; list-style: none; }
  .summary { display: flex; justify-content: space-between; font-size: 12px; color: var(--aisle-muted); margin: 4px 0 8px; }
  .path { border: 1px solid var(--aisle-border); border-radius: 999px; padding: 1px 8px; }
  .path[data-source='model'] { border-color: var(--aisle-accent); color: var(--aisle-accent); }
  .card {
    display: grid;
    grid-template-columns: 64px 1fr;
    gap: 12px;
    padding: 10px;
    margin-bottom: 8px;
    background: var(--aisle-card);
    border-radius: calc(var(--aisle-radius) / 1.4);
  }
  .card img { width: 64px; height: 64px; object-fit: cover; border-radius: 8px; background: var(--aisle-border); }
  .card h3 { margin: 0 0 2px; font-size: 14px; }
  .price { font-weight: 600; }
  .meta, .why { font-size: 12px; color: var(--aisle-muted); margin: 2px 0; }
  .actions { display: flex; gap: 8px; margin-top: 6px; }
  .actions a, .actions button {
    font: 600 12px var(--aisle-font);
    padding: 5px 10px;
    border-radius: 8px;
    border: 1px solid var(--aisle-accent);
    color: var(--aisle-accent);
    background: transparent;
    text-decoration: none;
    cursor: pointer;
  }
  .actions button { background: var(--aisle-accent); color: var(--aisle-accent-text); }
  .empty, .error { color: var(--aisle-muted); font-size: 14px; padding: 8px 0; }
  .error { color: #b42318; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  footer { font-size: 11px; color: var(--aisle-muted); padding: 8px 16px; border-top: 1px solid var(--aisle-border); }
  @media (prefers-reduced-motion: no-preference) {
    .panel { animation: rise 160ms ease-out; }
    @keyframes rise { from { transform: translateY(8px); opacity: 0; } }
  }
`;
