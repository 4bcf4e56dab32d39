import { css } from 'lit';

/** Styles of <aisle-translate>; themed through --aisle-* custom properties. */
export const aisleTranslateStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--_text, var(--aisle-text, inherit));
  }
  [part='text'] {
    margin: 0;
    white-space: pre-wrap;
  }
  [part='text'][lang] {
    font-style: normal;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.25em;
    font-size: 0.85em;
    color: var(--_muted, var(--aisle-muted, #555));
  }
  button {
    font: inherit;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border, var(--aisle-border, #bbb));
    border-radius: var(--aisle-radius, 6px);
    background: var(--aisle-button-bg, transparent);
    color: var(--_accent, var(--aisle-accent, #0b57d0));
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent, var(--aisle-accent, #0b57d0));
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  [part='error'] {
    color: var(--aisle-error, #b3261e);
  }
`;
