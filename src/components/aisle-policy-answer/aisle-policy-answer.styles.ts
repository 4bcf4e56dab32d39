import { css } from 'lit';

/** Styles of <aisle-policy-answer>; themed through the same --aisle-* properties as the assistant. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--aisle-font, system-ui, sans-serif);
    color: var(--_text, var(--aisle-text, #1d1d1f));
    font-size: 0.95rem;
    line-height: 1.45;
  }
  .answer {
    margin: 0 0 0.5rem;
  }
  .badges {
    display: flex;
    gap: 0.4rem;
    flex-wrap: wrap;
    margin-bottom: 0.4rem;
    font-size: 0.75rem;
  }
  .badge {
    border-radius: 999px;
    padding: 0.05rem 0.5rem;
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
    gap: 0.5rem;
  }
  li {
    border-left: 3px solid var(--_accent, var(--aisle-accent, #0b57d0));
    padding: 0.25rem 0 0.25rem 0.6rem;
  }
  li[data-scope='product'] {
    border-left-color: var(--aisle-product-accent, #137333);
  }
  blockquote {
    margin: 0.15rem 0;
    white-space: pre-line;
  }
  .meta {
    font-size: 0.8rem;
    opacity: 0.8;
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  a {
    color: var(--_accent, var(--aisle-accent, #0b57d0));
  }
  a:focus-visible {
    outline: 2px solid var(--_accent, var(--aisle-accent, #0b57d0));
    outline-offset: 2px;
  }
  .contact {
    display: inline-block;
    margin-top: 0.5rem;
    font-weight: 600;
  }
`;
