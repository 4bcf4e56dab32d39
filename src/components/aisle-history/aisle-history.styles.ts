import { css } from 'lit';

/** Styles of <aisle-history>: a plain list with a switch and a clear button; --aisle-* properties theme it. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--aisle-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--_text, var(--aisle-text, #1d2330));
  }
  * { box-sizing: border-box; }
  h2 { font-size: 1rem; margin: 0 0 0.4rem; }
  .note { margin: 0 0 0.6rem; font-size: 0.8rem; color: var(--_muted, var(--aisle-muted, #5c6577)); }
  .controls { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-bottom: 0.6rem; }
  label { display: inline-flex; gap: 0.4rem; align-items: center; font-size: 0.9rem; cursor: pointer; }
  ul { list-style: none; margin: 0; padding: 0; max-height: var(--aisle-history-height, 18rem); overflow-y: auto; }
  li {
    display: grid; grid-template-columns: 7.5rem 1fr auto; gap: 0.5rem; align-items: center;
    padding: 0.35rem 0; border-bottom: 1px solid var(--_border, var(--aisle-border, #d9dee8)); font-size: 0.88rem;
  }
  .type { color: var(--_muted, var(--aisle-muted, #5c6577)); font-size: 0.8rem; }
  .what { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  button {
    font: inherit; font-size: 0.85rem; cursor: pointer; border-radius: calc(var(--aisle-radius, 14px) / 2);
    border: 1px solid var(--_border, var(--aisle-border, #d9dee8)); background: transparent; color: inherit; padding: 0.25rem 0.55rem;
  }
  button:focus-visible, input:focus-visible { outline: 2px solid var(--_accent, var(--aisle-accent, #2f5bea)); outline-offset: 2px; }
  input[type='checkbox'] { accent-color: var(--_accent, var(--aisle-accent, #2f5bea)); width: 1.1rem; height: 1.1rem; }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { --aisle-text: #e9ecf3; --aisle-muted: #a3abbb; --aisle-border: #2e3545; --aisle-accent: #6d8cff; }
  }
  :host([theme='dark']) { --aisle-text: #e9ecf3; --aisle-muted: #a3abbb; --aisle-border: #2e3545; --aisle-accent: #6d8cff; }
`;
