import { css } from 'lit';

/** Styles of <aisle-policy-answer>; themed through the same --aisle-* properties as the assistant. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--aisle-font, system-ui, sans-serif);
    color: var(--_text, var(--aisle-text, #1d1d1f));
    font-size: 15.2px;
    line-height: 1.45;
  }
  .answer {
    margin: 0 0 8px;
  }
  .badges {
    display: flex;
    gap: 6.4px;
    flex-wrap: wrap;
    margin-bottom: 6.4px;
    font-size: 12px;
  }
  .badge {
    border-radius: 999px;
    padding: 0.8px 8px;
    background: color-mix(in srgb, var(--_accent, var(--aisle-accent, #0b57d0)) 12%, transparent);
  }
  :host([status='not-published']) .answer,
  :host([status='contact']) .answer {
    font-weight: 500;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  li {
    border-left: 3px solid var(--_accent, var(--aisle-accent, #0b57d0));
    padding: 4px 0 4px 9.6px;
  }
  li[data-scope='product'] {
    border-left-color: var(--aisle-product-accent, #137333);
  }
  blockquote {
    margin: 2.4px 0;
    white-space: pre-line;
  }
  .meta {
    font-size: 12.8px;
    opacity: 0.8;
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
  }
  a {
    color: var(--_accent, var(--aisle-accent, #0b57d0));
  }
  a:focus-visible {
    outline: 2px solid var(--_accent, var(--aisle-accent, #0b57d0));
    outline-offset: 2px;
  }
  .original {
    font-weight: 600;
  }
  .translation {
    display: block;
    margin: 2.4px 0;
  }
  .translate-quotes, .translated-note {
    margin: 6.4px 0 0;
    font-size: 12.8px;
    opacity: 0.8;
  }
  .translate-quotes button {
    font: inherit;
    border: 1px solid var(--_accent, var(--aisle-accent, #0b57d0));
    color: var(--_accent, var(--aisle-accent, #0b57d0));
    background: transparent;
    border-radius: 999px;
    padding: 1.6px 9.6px;
    cursor: pointer;
  }
  .translate-quotes button:focus-visible {
    outline: 2px solid var(--_accent, var(--aisle-accent, #0b57d0));
    outline-offset: 2px;
  }
  .contact {
    display: inline-block;
    margin-top: 8px;
    font-weight: 600;
  }
`;
