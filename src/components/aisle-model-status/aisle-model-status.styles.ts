import { css } from 'lit';

/** Styles of <aisle-model-status>; colours come from the same --aisle-* properties as the assistant. */
export const styles = css`
  :host {
    display: block;
    font: 13.6px/1.4 var(--aisle-font, system-ui, sans-serif);
    color: var(--_muted, var(--aisle-muted, #5c6577));
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 5.6px;
  }
  [part='task'] {
    display: grid;
    gap: 3.2px;
  }
  [part='task-name'] {
    color: var(--_text, var(--aisle-text, #1d2330));
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 6.4px;
    accent-color: var(--_accent, var(--aisle-accent, #2f5bea));
  }
  [part='consent-prompt'] {
    margin: 0 0 8px;
    color: var(--_text, var(--aisle-text, #1d2330));
  }
  [part='consent-prompt'] p {
    margin: 0 0 5.6px;
  }
  [part='decline'] {
    font: inherit;
    padding: 4px 11.2px;
    margin-inline-start: 5.6px;
    border-radius: var(--aisle-radius, 14px);
    border: 1px solid var(--_accent, var(--aisle-accent, #2f5bea));
    background: transparent;
    color: var(--_text, var(--aisle-text, #1d2330));
    cursor: pointer;
  }
  [part='consent'] {
    justify-self: start;
    font: inherit;
    padding: 4px 11.2px;
    border-radius: var(--aisle-radius, 14px);
    border: 1px solid var(--_accent, var(--aisle-accent, #2f5bea));
    background: var(--_accent, var(--aisle-accent, #2f5bea));
    color: var(--_accent-text, var(--aisle-accent-text, #ffffff));
    cursor: pointer;
  }
  [part='consent']:focus-visible,
  [part='decline']:focus-visible {
    outline: 2px solid var(--_text, var(--aisle-text, #1d2330));
    outline-offset: 2px;
  }
  [part='storage'],
  [part='path'] {
    margin: 5.6px 0 0;
  }
`;
