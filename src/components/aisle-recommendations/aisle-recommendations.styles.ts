import { css } from 'lit';

/** Styles of <aisle-recommendations>: a horizontal strip of cards; colours and radius are --aisle-* properties. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--aisle-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--_text, var(--aisle-text, #1d2330));
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  h2 { font-size: 16.8px; margin: 0 0 9.6px; }
  ul {
    list-style: none; margin: 0; padding: 0 0 6.4px;
    display: grid; grid-auto-flow: column; grid-auto-columns: minmax(168px, 192px); gap: 12px;
    overflow-x: auto; scroll-snap-type: x proximity;
  }
  li {
    scroll-snap-align: start; display: flex; flex-direction: column; gap: 5.6px;
    padding: 9.6px; border: 1px solid var(--_border, var(--aisle-border, #d9dee8)); border-radius: var(--aisle-radius, 14px);
    background: var(--_card, var(--aisle-card, #f6f8fc));
  }
  img { width: 100%; aspect-ratio: 1; object-fit: contain; border-radius: calc(var(--aisle-radius, 14px) / 2); background: #fff; }
  h3 { font-size: 14.4px; margin: 0; line-height: 1.25; }
  h3 a { color: inherit; text-decoration: none; }
  h3 a:hover, h3 a:focus-visible { text-decoration: underline; }
  .price { font-weight: 600; font-size: 14.4px; }
  .reason { margin: 0; font-size: 12.48px; color: var(--_muted, var(--aisle-muted, #5c6577)); flex: 1; }
  button {
    font: inherit; font-size: 13.6px; cursor: pointer; border: 0; border-radius: calc(var(--aisle-radius, 14px) / 2);
    padding: 6.4px 9.6px; background: var(--_accent, var(--aisle-accent, #2f5bea)); color: var(--_accent-text, var(--aisle-accent-text, #fff));
  }
  button:focus-visible, a:focus-visible { outline: 2px solid var(--_accent, var(--aisle-accent, #2f5bea)); outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --aisle-text: #e9ecf3; --aisle-muted: #a3abbb; --aisle-border: #2e3545; --aisle-card: #202634; --aisle-accent: #6d8cff;
      --aisle-accent-text: #0d1224;
      /* Light text needs its own dark ground: the shop's page may stay light under the OS dark mode. */
      background: var(--_surface, var(--aisle-surface, #161a23)); color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --aisle-text: #e9ecf3; --aisle-muted: #a3abbb; --aisle-border: #2e3545; --aisle-card: #202634; --aisle-accent: #6d8cff;
      --aisle-accent-text: #0d1224;
      /* Light text needs its own dark ground: the shop's page may stay light under the OS dark mode. */
      background: var(--_surface, var(--aisle-surface, #161a23)); color-scheme: dark;
  }
`;
