import { css } from 'lit';

/** Styles of <aisle-history>: a plain list with a switch and a clear button; --aisle-* properties theme it. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--aisle-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--_text, var(--aisle-text, #1d2330));
  }
  * { box-sizing: border-box; }
  h2 { font-size: 16px; margin: 0 0 6.4px; }
  .note { margin: 0 0 9.6px; font-size: 12.8px; color: var(--_muted, var(--aisle-muted, #5c6577)); }
  .controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 9.6px; }
  label { display: inline-flex; gap: 6.4px; align-items: center; font-size: 14.4px; cursor: pointer; }
  ul { list-style: none; margin: 0; padding: 0; max-height: var(--aisle-history-height, 288px); overflow-y: auto; }
  li {
    display: grid; grid-template-columns: 120px 1fr auto; gap: 8px; align-items: center;
    padding: 5.6px 0; border-bottom: 1px solid var(--_border, var(--aisle-border, #d9dee8)); font-size: 14.08px;
  }
  .type { color: var(--_muted, var(--aisle-muted, #5c6577)); font-size: 12.8px; }
  .what { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  button {
    font: inherit; font-size: 13.6px; cursor: pointer; border-radius: calc(var(--aisle-radius, 14px) / 2);
    border: 1px solid var(--_border, var(--aisle-border, #d9dee8)); background: transparent; color: inherit; padding: 4px 8.8px;
  }
  button:focus-visible, input:focus-visible { outline: 2px solid var(--_accent, var(--aisle-accent, #2f5bea)); outline-offset: 2px; }
  input[type='checkbox'] { accent-color: var(--_accent, var(--aisle-accent, #2f5bea)); width: 17.6px; height: 17.6px; }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { --aisle-text: #e9ecf3; --aisle-muted: #a3abbb; --aisle-border: #2e3545; --aisle-accent: #6d8cff; }
  }
  :host([theme='dark']) { --aisle-text: #e9ecf3; --aisle-muted: #a3abbb; --aisle-border: #2e3545; --aisle-accent: #6d8cff; }
`;
