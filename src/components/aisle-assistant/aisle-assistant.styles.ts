import { css } from 'lit';

/** The dark palette: used when the page prefers dark (unless theme="light") and when theme="dark". */
const darkPalette = css`
  --_accent: var(--aisle-accent, #8aa4ff);
  --_accent-text: var(--aisle-accent-text, #0d1224);
  --_surface: var(--aisle-surface, #161a23);
  --_text: var(--aisle-text, #e9ecf3);
  --_muted: var(--aisle-muted, #a9b1c1);
  --_border: var(--aisle-border, #2e3545);
  --_card: var(--aisle-card, #1f2431);
  --_danger: var(--aisle-danger, #ff9c94);
  --_positive: var(--aisle-positive, #6fd19e);
  --_negative: var(--aisle-negative, #ff8a80);
`;

/** Styles of <aisle-assistant>; every colour, radius, font and offset is a --aisle-* custom property. */
export const styles = css`
  :host {
    --_accent: var(--aisle-accent, #2748c9);
    --_accent-text: var(--aisle-accent-text, #ffffff);
    --_surface: var(--aisle-surface, #ffffff);
    --_text: var(--aisle-text, #1d2330);
    --_muted: var(--aisle-muted, #555e70);
    --_border: var(--aisle-border, #d9dee8);
    --_card: var(--aisle-card, #f4f6fb);
    --_danger: var(--aisle-danger, #b42318);
    /* The parts inside (answer, policy, reviews …) read these private properties, so they follow this palette. */
    --_positive: var(--aisle-positive, #1f7a4d);
    --_negative: var(--aisle-negative, #b3261e);
    --_radius: var(--aisle-radius, 14px);
    --_font: var(--aisle-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_offset: var(--aisle-offset, 20px);
    --_z: var(--aisle-z, 2147483000);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  * { box-sizing: border-box; }
  button { font-family: inherit; }
  /* The launcher and the floating panel are manual popovers (the top layer, so a transformed page
     cannot carry them away); undo the browser's popover box, the rules below place them. */
  :where([popover]) { inset: auto; margin: 0; padding: 0; overflow: visible; color: inherit; }
  .launcher {
    position: fixed;
    right: var(--_offset);
    bottom: var(--_offset);
    z-index: var(--_z);
    display: inline-flex;
    align-items: center;
    gap: 8px;
    border: 0;
    border-radius: 999px;
    padding: 12px 20px;
    font: 600 15px var(--_font);
    background: var(--_accent);
    color: var(--_accent-text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.22);
    cursor: pointer;
  }
  :host([position='left']) .launcher, :host([position='left']:not([mode='inline'])) .panel { right: auto; left: var(--_offset); }
  .launcher-icon { font-size: 16px; }
  :is(button, a, textarea):focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .panel {
    display: flex;
    flex-direction: column;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: clip;
  }
  :host([mode='inline']) .panel { height: var(--aisle-panel-height, 560px); }
  :host(:not([mode='inline'])) .panel {
    position: fixed;
    right: var(--_offset);
    bottom: var(--_offset);
    z-index: var(--_z);
    width: min(var(--aisle-panel-width, 400px), calc(100vw - 2 * var(--_offset)));
    height: min(var(--aisle-panel-height, 640px), calc(100vh - 2 * var(--_offset)));
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.25);
  }
  @media (max-width: 480px) {
    :host(:not([mode='inline'])) .panel {
      inset: 0;
      width: 100vw;
      height: 100dvh;
      border: 0;
      border-radius: 0;
    }
  }
  .header {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 10px 10px 10px 16px;
    border-bottom: 1px solid var(--_border);
  }
  .header h2 { flex: 1; margin: 0; font-size: 16px; }
  .icon-button, .text-button {
    border: 0;
    background: transparent;
    color: var(--_muted);
    border-radius: 8px;
    cursor: pointer;
  }
  .icon-button { font-size: 22px; line-height: 1; padding: 4px 10px; min-width: 36px; min-height: 36px; }
  .text-button { font-size: 13px; padding: 6px 8px; text-decoration: underline; text-underline-offset: 2px; }
  .icon-button:hover, .text-button:hover { background: var(--_card); color: var(--_text); }
  .status {
    display: block;
    padding: 8px 16px;
    font-size: 12px;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }
  .status[data-state='loading'] { display: grid; gap: 4px; }
  .status[data-state='ready']::before { content: '● '; color: #1f8f4e; }
  .status progress { width: 100%; height: 6px; accent-color: var(--_accent); }
  .messages {
    flex: 1;
    overflow-y: auto;
    overscroll-behavior: contain;
    margin: 0;
    padding: 12px 16px;
    list-style: none;
  }
  .welcome { color: var(--_muted); font-size: 14px; padding: 8px 0; }
  .turn { margin-bottom: 14px; }
  .ask {
    margin: 0 0 8px auto;
    width: fit-content;
    max-width: 85%;
    padding: 8px 12px;
    border-radius: var(--_radius) var(--_radius) 4px var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 14px;
    overflow-wrap: anywhere;
  }
  .reply { font-size: 14px; }
  .summary { display: flex; justify-content: space-between; align-items: center; font-size: 12px; color: var(--_muted); margin: 0 0 8px; }
  .path { display: inline-block; font-size: 11px; border: 1px solid var(--_border); border-radius: 999px; padding: 1px 8px; color: var(--_muted); }
  .path[data-source='model'] { border-color: var(--_accent); color: var(--_accent); }
  .cards { margin: 0; padding: 0; list-style: none; }
  .card {
    display: grid;
    grid-template-columns: 72px 1fr;
    gap: 12px;
    padding: 10px;
    margin-bottom: 8px;
    background: var(--_card);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 1.4);
  }
  .card:has([aria-pressed='true']) { border-color: var(--_accent); }
  .card img, .no-image {
    width: 72px; height: 72px; object-fit: cover; border-radius: 8px; background: var(--_border); display: block;
  }
  .no-image {
    display: grid; place-items: center; font-size: 28px; font-weight: 700; color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  .card-body { min-width: 0; }
  .card-title { margin: 0 0 2px; font-size: 14px; line-height: 1.3; overflow-wrap: anywhere; }
  .meta { display: flex; flex-wrap: wrap; gap: 4px 10px; font-size: 13px; color: var(--_muted); margin: 2px 0; }
  .price { font-weight: 700; color: var(--_text); }
  .why { font-size: 12px; color: var(--_muted); margin: 2px 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
  .actions a, .actions button, .compare-bar .primary, .retry {
    font: 600 12px var(--_font);
    padding: 6px 10px;
    min-height: 30px;
    border-radius: 8px;
    border: 1px solid var(--_accent);
    color: var(--_accent);
    background: transparent;
    text-decoration: none;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
  }
  .actions .primary, .compare-bar .primary { background: var(--_accent); color: var(--_accent-text); }
  .actions .toggle[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-text); }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  .answer p { margin: 0 0 8px; }
  .answer ul, .answer ol { margin: 0 0 8px; padding-left: 20px; }
  .evidence { border-left: 3px solid var(--_accent); padding: 4px 0 4px 10px; margin: 6px 0 8px; }
  .evidence-title { font-size: 12px; font-weight: 600; color: var(--_muted); margin: 0 0 4px; }
  .evidence ul { list-style: none; padding: 0; margin: 0; }
  .evidence li { font-size: 13px; margin-bottom: 4px; }
  .evidence-kind { display: block; font-size: 11px; color: var(--_muted); }
  .caret { display: inline-block; width: 7px; height: 1em; vertical-align: text-bottom; background: var(--_text); }
  .compare { overflow-x: auto; }
  .compare table { border-collapse: collapse; width: 100%; font-size: 13px; }
  .compare caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
  .compare th, .compare td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--_border); }
  .compare thead th { font-size: 12px; }
  .compare tbody th { color: var(--_muted); font-weight: 600; min-width: 6em; }
  .note, .empty, .pending { color: var(--_muted); font-size: 13px; margin: 4px 0; }
  .error { color: var(--_danger); }
  .error p { margin: 0 0 6px; }
  .retry { border-color: var(--_danger); color: var(--_danger); }
  .compare-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 8px 16px;
    font-size: 12px;
    color: var(--_muted);
    border-top: 1px solid var(--_border);
  }
  .compare-bar span { flex: 1; }
  .suggestions {
    display: flex; gap: 6px; overflow-x: auto; scrollbar-width: none; padding: 8px 16px 0; border-top: 1px solid var(--_border);
  }
  .pill {
    flex: none; font: 13px var(--_font); padding: 5px 12px; border-radius: 999px; cursor: pointer;
    border: 1px solid var(--_accent); color: var(--_accent); background: transparent;
  }
  .pill:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
  .composer { display: flex; gap: 8px; align-items: flex-end; padding: 10px 12px 8px 16px; border-top: 1px solid var(--_border); }
  textarea {
    flex: 1;
    resize: none;
    min-height: 42px;
    max-height: 120px;
    field-sizing: content;
    padding: 10px 12px;
    font: 15px var(--_font);
    color: var(--_text);
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.6);
  }
  textarea::placeholder { color: var(--_muted); }
  /* 16 px keeps phone browsers from zooming the page when the text box takes focus. */
  @media (max-width: 480px) { textarea { font-size: 16px; } }
  .send {
    width: 42px; height: 42px; border: 0; border-radius: 50%; cursor: pointer;
    background: var(--_accent); color: var(--_accent-text); font-size: 16px;
  }
  .sr-only {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .footer { font-size: 11px; color: var(--_muted); padding: 0 16px 10px; display: flex; gap: 8px; align-items: center; justify-content: space-between; }
  .footer .text-button { font-size: 11px; }
  .history { max-height: 45%; overflow-y: auto; padding: 8px 16px; border-top: 1px solid var(--_border); }
  @media (prefers-reduced-motion: no-preference) {
    .panel { animation: rise 160ms ease-out; }
    .caret { animation: blink 1s steps(2) infinite; }
    .pending .dots::after { content: '…'; animation: blink 1s steps(2) infinite; }
    @keyframes rise { from { transform: translateY(8px); opacity: 0; } }
    @keyframes blink { 50% { opacity: 0; } }
  }
`;
