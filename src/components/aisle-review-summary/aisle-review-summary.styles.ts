import { css } from 'lit';

/** Styles of <aisle-review-summary>; colours, radius and font come from --aisle-* custom properties. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--aisle-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--_text, var(--aisle-text, #1d2330));
    /* Inside <aisle-assistant> the colours follow its palette (its theme attribute and the OS); alone, this element's. */
    --aisle-positive: var(--_positive, #1f7a4d);
    --aisle-negative: var(--_negative, #b3261e);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --aisle-positive: var(--_positive, #6fd19e);
      --aisle-negative: var(--_negative, #ff8a80);
    }
  }
  :host([theme='dark']) {
    --aisle-positive: var(--_positive, #6fd19e);
    --aisle-negative: var(--_negative, #ff8a80);
  }
  h3,
  h4 {
    margin: 0 0 6px;
    font-size: 16px;
  }
  h4 {
    font-size: 14.4px;
  }
  .meta {
    color: var(--_muted, var(--aisle-muted, #5c6577));
    font-size: 12.8px;
    margin: 0 0 8px;
  }
  [part='text'] {
    margin: 0 0 12px;
    line-height: 1.5;
  }
  [part='ratings'] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 4px 8px;
    align-items: center;
    font-size: 12.8px;
    margin: 0 0 12px;
  }
  .bar {
    height: 8px;
    border-radius: 4px;
    background: var(--_border, var(--aisle-border, #d9dee8));
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_accent, var(--aisle-accent, #2f5bea));
  }
  [part='chips'] {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0 0 10px;
    padding: 0;
    list-style: none;
  }
  [part~='chip'] {
    font: inherit;
    font-size: 13.6px;
    padding: 4px 10px;
    border-radius: 999px;
    border: 1px solid var(--_border, var(--aisle-border, #d9dee8));
    background: var(--_card, var(--aisle-card, #f6f8fc));
    color: inherit;
    cursor: pointer;
  }
  [part~='chip'][aria-expanded='true'] {
    border-color: var(--_accent, var(--aisle-accent, #2f5bea));
    outline: 1px solid var(--_accent, var(--aisle-accent, #2f5bea));
  }
  [part~='chip']:focus-visible {
    outline: 2px solid var(--_accent, var(--aisle-accent, #2f5bea));
    outline-offset: 2px;
  }
  .pos {
    color: var(--aisle-positive);
  }
  .neg {
    color: var(--aisle-negative);
  }
  [part='quotes'] {
    margin: 0 0 12px;
    padding: 0;
    list-style: none;
    font-size: 13.6px;
  }
  [part='quotes'] li {
    padding: 6px 8px;
    border-left: 3px solid var(--_border, var(--aisle-border, #d9dee8));
    margin: 0 0 4px;
  }
  [part='quotes'] li[data-polarity='positive'] {
    border-left-color: var(--aisle-positive);
  }
  [part='quotes'] li[data-polarity='negative'] {
    border-left-color: var(--aisle-negative);
  }
  .proscons {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 12px;
    font-size: 13.6px;
  }
  .proscons .none {
    margin: 0;
    color: var(--_muted, var(--aisle-muted, #5c6577));
    font-size: 12.8px;
  }
  .proscons ul {
    margin: 0;
    padding-left: 18px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (max-width: 420px) {
    .proscons {
      grid-template-columns: 1fr;
    }
  }
  .original {
    font-size: 11.52px;
    font-weight: 600;
    margin-inline-end: 4px;
  }
  .translation {
    display: block;
    margin: 2px 0 4px;
  }
  .translate-quotes, .translated-note {
    margin: 6px 0 10px;
    font-size: 12.8px;
  }
  .translate-quotes button {
    font: inherit;
    border: 1px solid var(--_accent, var(--aisle-accent, #2f5bea));
    color: var(--_accent, var(--aisle-accent, #2f5bea));
    background: transparent;
    border-radius: 999px;
    padding: 2px 10px;
    cursor: pointer;
  }
  .translate-quotes button:focus-visible { outline: 2px solid var(--_accent, var(--aisle-accent, #2f5bea)); outline-offset: 2px; }
`;
