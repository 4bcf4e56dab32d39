import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../safe-url.ts';

type Inline = TemplateResult | string;

const inlinePattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|`([^`]+)`/g;

/** Inline markdown: **bold**, `code` and [links](https://…). Everything else stays plain text. */
function inline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const [, bold, linkText, linkUrl, code] = match;
    if (bold !== undefined) parts.push(html`<strong>${bold}</strong>`);
    else if (code !== undefined) parts.push(html`<code>${code}</code>`);
    else {
      const href = safeUrl(linkUrl);
      parts.push(href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${linkText}</a>` : linkText!);
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

type Block = { type: 'p'; lines: string[] } | { type: 'ul' | 'ol'; items: string[] };

const bullet = /^\s*[-*•]\s+(.*)$/;
const numbered = /^\s*\d+[.)]\s+(.*)$/;

function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const b = bullet.exec(line);
    const n = b ? null : numbered.exec(line);
    const prev = out.at(-1);
    if (b || n) {
      const type = b ? 'ul' : 'ol';
      const item = (b ?? n)![1]!;
      if (prev?.type === type) prev.items.push(item);
      else out.push({ type, items: [item] });
    } else if (!line.trim()) {
      if (prev) out.push({ type: 'p', lines: [] });
    } else if (prev?.type === 'p') prev.lines.push(line);
    else out.push({ type: 'p', lines: [line] });
  }
  return out.filter((b) => (b.type === 'p' ? b.lines.length > 0 : true));
}

/**
 * Renders text that may carry simple markdown (paragraphs, bullet and numbered lists, bold,
 * code, links) as Lit templates. It never builds an HTML string: every piece of the text
 * reaches the DOM as a text node, so markup inside model, page or review text stays inert.
 * Links keep only http(s) URLs.
 */
export function richText(text: string): TemplateResult | typeof nothing {
  const parsed = blocks(text);
  if (!parsed.length) return nothing;
  return html`${parsed.map((b) => {
    if (b.type === 'p') return html`<p>${b.lines.map((l, i) => html`${i ? html`<br />` : nothing}${inline(l)}`)}</p>`;
    const items = b.items.map((item) => html`<li>${inline(item)}</li>`);
    return b.type === 'ul' ? html`<ul>${items}</ul>` : html`<ol>${items}</ol>`;
  })}`;
}
