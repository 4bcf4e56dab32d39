import { css } from 'lit';

/** Styles of <aisle-filter-chips>: themeable through the same --aisle-* properties as the assistant. */
export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--_text, var(--aisle-text, inherit));
  }
  :host([hidden]) {
    display: none;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 4px 2px 10px;
    border: 1px solid var(--aisle-chip-border, color-mix(in srgb, currentColor 25%, transparent));
    border-radius: 999px;
    background: var(--aisle-chip-background, color-mix(in srgb, var(--_accent, var(--aisle-accent, #2563eb)) 10%, transparent));
    font-size: 13px;
    line-height: 1.5;
  }
  li[data-relaxed] {
    border-style: dashed;
    opacity: 0.75;
  }
  .kind {
    opacity: 0.7;
  }
  button {
    display: inline-grid;
    place-items: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  button:focus-visible {
    outline: 2px solid var(--_accent, var(--aisle-accent, #2563eb));
    outline-offset: 1px;
  }
`;
