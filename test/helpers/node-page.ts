import { parseHTML } from 'linkedom';

/** A page's HTML as a Document in Node (linkedom), at `url` (a `<base>` is added when the page has none). */
export function nodePage(html: string, url = 'https://shop.example/p/item'): Document {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  if (!document.querySelector('base[href]')) {
    const base = document.createElement('base');
    base.setAttribute('href', url);
    (document.head ?? document.documentElement).prepend(base);
  }
  return document as unknown as Document;
}

/** A JSON-LD script element's HTML. */
export const ld = (value: unknown, type = 'application/ld+json') => `<script type="${type}">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
