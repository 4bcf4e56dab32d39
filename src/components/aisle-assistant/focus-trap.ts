const focusable = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The elements inside `container` that Tab reaches, in order, visible ones only. Controls inside
 * the open shadow roots of nested elements (filter chips, an answer's suggestions, review chips)
 * count too, right after their host, as the browser's own Tab order has them.
 */
export function tabbables(container: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of container.querySelectorAll<HTMLElement>('*')) {
    if (el.matches(focusable) && el.getClientRects().length > 0) found.push(el);
    if (el.shadowRoot) found.push(...tabbables(el.shadowRoot));
  }
  return found;
}

/** The focused element itself, looking through the shadow roots of the hosts that hold it. */
export function deepActiveElement(root: DocumentOrShadowRoot): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Keeps Tab and Shift+Tab inside `container` (a shadow-DOM panel): from the last element Tab
 * wraps to the first and back. Call it from the panel's keydown handler with the deep active element.
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement, active: Element | null): void {
  if (event.key !== 'Tab') return;
  const items = tabbables(container);
  if (!items.length) return;
  const first = items[0]!;
  const last = items.at(-1)!;
  const inside = active && items.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}
