/**
 * Text from the page's schema.org markup may hold HTML ("CoolTech&trade;", "<p>Soft</p>"): keep the
 * text only, never the markup. The browser's own parser reads it into a parsed, never-attached
 * document (no script runs, no resource loads), so the page carries no entity table of its own.
 * (Feeds are read by the engine, which has its own reader: workers/text/plain-text.ts.)
 */
export function plainText(value: string): string {
  if (!/[<&]/.test(value)) return value.trim();
  const doc = new DOMParser().parseFromString(value, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
