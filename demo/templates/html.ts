/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** JSON for inside <script type="application/ld+json">: no "</script" or "<!--" can break out. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
}

/** A URL-safe file name for an id or category. */
export function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item';
}

/** Tagged template that escapes every interpolated value unless it is already `Raw` HTML. */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function h(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0];
  values.forEach((value, i) => {
    const part = Array.isArray(value) ? value.map((v) => (v instanceof Raw ? v.html : escapeHtml(v))).join('')
      : value instanceof Raw ? value.html : value === undefined || value === null || value === false ? '' : escapeHtml(value);
    out += part + strings[i + 1];
  });
  return new Raw(out);
}
