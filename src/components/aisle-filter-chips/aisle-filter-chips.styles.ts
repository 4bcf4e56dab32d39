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
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.125rem 0.25rem 0.125rem 0.625rem;
    border: 1px solid var(--aisle-chip-border, color-mix(in srgb, currentColor 25%, transparent));
    border-radius: 999px;
    background: var(--aisle-chip-background, color-mix(in srgb, var(--_accent, var(--aisle-accent, #2563eb)) 10%, transparent));
    font-size: 0.8125rem;
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
    width: 1.5rem;
    height: 1.5rem;
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
