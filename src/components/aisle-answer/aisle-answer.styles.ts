import { css } from 'lit';

/** Styles of <aisle-answer>; colours and radius come from the same --aisle-* properties as the assistant. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--aisle-font, system-ui, sans-serif);
    color: var(--_text, var(--aisle-text, #1d2330));
  }
  .direct {
    margin: 0 0 8px;
    font-size: 16px;
    line-height: 1.45;
  }
  .direct[data-verdict='not-stated'] { color: var(--_muted, var(--aisle-muted, #5c6577)); }
  .opinion {
    display: flex;
    height: 8px;
    border-radius: 4px;
    overflow: hidden;
    background: var(--_border, var(--aisle-border, #d9dee8));
    margin: 0 0 8px;
  }
  .opinion .positive { background: var(--aisle-positive, #2e9d5b); }
  .opinion .negative { background: var(--aisle-negative, #d0473c); }
  .label {
    margin: 8px 0 4px;
    font-size: 12.8px;
    color: var(--_muted, var(--aisle-muted, #5c6577));
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  li {
    background: var(--_card, var(--aisle-card, #f6f8fc));
    border-radius: calc(var(--aisle-radius, 14px) / 2);
    padding: 6px 10px;
    font-size: 14.4px;
    line-height: 1.4;
  }
  .kind {
    display: inline-block;
    margin-inline-end: 6px;
    padding: 0 6px;
    border-radius: 999px;
    font-size: 11.52px;
    font-weight: 600;
    background: var(--_surface, var(--aisle-surface, #ffffff));
    border: 1px solid var(--_border, var(--aisle-border, #d9dee8));
  }
  li[data-kind='review'] q { font-style: italic; }
  .stars { margin-inline-start: 6px; color: var(--_muted, var(--aisle-muted, #5c6577)); font-size: 12.8px; }
  .path, .check {
    margin: 8px 0 0;
    font-size: 12.48px;
    color: var(--_muted, var(--aisle-muted, #5c6577));
  }
  .original {
    display: inline-block;
    margin-inline-end: 6px;
    font-size: 11.52px;
    color: var(--_muted, var(--aisle-muted, #5c6577));
  }
  .translation {
    display: block;
    margin-top: 2px;
  }
  .translate-quotes, .translated-note {
    margin: 6px 0 0;
    font-size: 12.8px;
    color: var(--_muted, var(--aisle-muted, #5c6577));
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
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 8px;
  }
  .suggestions button {
    font: inherit;
    font-size: 13.6px;
    border: 1px solid var(--_accent, var(--aisle-accent, #2f5bea));
    color: var(--_accent, var(--aisle-accent, #2f5bea));
    background: transparent;
    border-radius: 999px;
    padding: 3px 10px;
    cursor: pointer;
  }
  .suggestions button:focus-visible { outline: 2px solid var(--_accent, var(--aisle-accent, #2f5bea)); outline-offset: 2px; }
`;
