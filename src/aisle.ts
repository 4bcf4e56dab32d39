/**
 * The embed script: `<script type="module" src=".../aisle.js"></script>`. About 2 kB gzip: it shows
 * a light launcher in each floating `<aisle-assistant>` at once, and loads the elements (the
 * `define` chunk) and, through them, the engine on the shopper's first interaction with a launcher
 * or when the page is idle after its load event, whichever comes first. An inline or already open
 * assistant loads them at once. The full element then upgrades in place, in the same shadow root.
 */
import { stringsFor } from './strings.ts';

const tag = 'aisle-assistant';
const shells = new WeakSet<ShadowRoot>();
let loading: Promise<void> | undefined;
let sheet: CSSStyleSheet | undefined;

/** Loads and defines every Aisle element, after taking the light launchers away. */
function loadAisle(): Promise<void> {
  loading ??= import('./define.ts').then(({ defineAisle }) => {
    for (const host of document.querySelectorAll(tag)) {
      if (host.shadowRoot && shells.has(host.shadowRoot)) host.shadowRoot.replaceChildren();
    }
    defineAisle(import.meta.url);
    observer.disconnect();
  });
  return loading;
}

// Mirrors the full launcher (same custom properties) so the swap does not move anything.
const shellStyle = `:host{display:block}button{position:fixed;right:var(--aisle-offset,20px);bottom:var(--aisle-offset,20px);
z-index:var(--aisle-z,2147483000);display:inline-flex;align-items:center;gap:8px;border:0;border-radius:999px;padding:12px 20px;
font:600 15px var(--aisle-font,system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif);
background:var(--aisle-accent,#2748c9);color:var(--aisle-accent-text,#fff);box-shadow:0 6px 24px rgb(0 0 0/.22);cursor:pointer}
:host([position=left]) button{right:auto;left:var(--aisle-offset,20px)}button:focus-visible{outline:3px solid var(--aisle-accent,#2748c9);outline-offset:2px}
span{font-size:16px}`;

/** Gives a not yet defined floating assistant a light launcher that opens it once loaded. */
function addShell(host: Element): void {
  if (customElements.get(tag) || host.shadowRoot) return;
  if (host.getAttribute('mode') === 'inline' || host.hasAttribute('open')) {
    void loadAisle();
    return;
  }
  const root = host.attachShadow({ mode: 'open' });
  shells.add(root);
  const lang = host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
  const button = document.createElement('button');
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '✦';
  button.append(icon, stringsFor(lang).launcher);
  button.addEventListener('click', () => {
    button.setAttribute('aria-busy', 'true');
    host.setAttribute('open', '');
    void loadAisle();
  });
  // A pointer over the launcher or focus on it: the shopper is about to open it, start loading.
  for (const type of ['pointerenter', 'focus']) button.addEventListener(type, () => void loadAisle(), { once: true });
  // A constructable sheet, like the elements' own: a strict CSP (no 'unsafe-inline' styles) allows it.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(shellStyle);
  }
  root.adoptedStyleSheets = [sheet];
  root.append(button);
}

const observer = new MutationObserver(() => document.querySelectorAll(tag).forEach(addShell));

if (!customElements.get(tag)) {
  document.querySelectorAll(tag).forEach(addShell);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void loadAisle(), { timeout: 3000 }) : setTimeout(() => void loadAisle(), 1000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
