/**
 * Characters a shopper never means to search for: invisible format characters (zero-width space
 * and joiners, bidi marks, embeddings, overrides and isolates, the word joiner, a byte-order mark,
 * the soft hyphen), which text copied from web pages carries inside words, and control characters.
 */
const invisible = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A shopper's message as the engine reads it: invisible characters dropped (so `hoo\u200bdie` is
 * "hoodie"), control characters (NUL, escape sequences) turned into spaces. What the shopper sees
 * in the conversation stays what they typed.
 */
export function plainShopperText(message: string): string {
  return message.replace(invisible, '').replace(control, ' ');
}
