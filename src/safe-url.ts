/**
 * A link or image URL from page or product data, made absolute, or undefined unless it is
 * http(s): `javascript:`, `data:` and other schemes never reach an href or src.
 */
export function safeUrl(value: string | undefined, base: string = document.baseURI): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
