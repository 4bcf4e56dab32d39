import type { Product } from '../../workers/protocol/product.ts';
import { escapeHtml } from './html.ts';

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** A drawn product picture: a two-tone card with the product's initials and category, as SVG. */
export function productImageSvg(product: Product): string {
  const seed = hash(product.category ?? product.title);
  const hue = seed % 360;
  const hue2 = (hue + 40 + (hash(product.title) % 60)) % 360;
  const words = product.title.split(/\s+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  const initials = (words.length > 1 ? words[0][0] + words[1][0] : product.title.slice(0, 2)).toUpperCase();
  const label = (product.category ?? '').split('/').pop()!.replace(/-/g, ' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="${escapeHtml(product.title)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 70% 88%)"/><stop offset="1" stop-color="hsl(${hue2} 65% 72%)"/></linearGradient></defs>
<rect width="400" height="400" rx="24" fill="url(#g)"/>
<circle cx="300" cy="90" r="120" fill="hsl(${hue2} 70% 95%)" opacity="0.35"/>
<text x="200" y="225" text-anchor="middle" font-family="system-ui, sans-serif" font-size="128" font-weight="700" fill="hsl(${hue} 45% 28%)">${escapeHtml(initials)}</text>
<text x="200" y="330" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" fill="hsl(${hue} 35% 30%)">${escapeHtml(label)}</text>
</svg>`;
}
