/** Phrases that address an assistant instead of describing a product ("ignore your instructions…"). */
const patterns: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules?|previous|above|guidelines)\b/i,
  /\b(?:you are now|act as|pretend to be|system prompt|new instructions?|as an ai)\b/i,
  /\b(?:say|tell (?:them|everyone|the customer|shoppers?)|answer|respond|reply)\b[^.!?\n]{0,15}\b(?:that )?(?:this|it) is (?:free|\$0)/i,
  /(?:忽略|无视|忘记|忘掉)[^。！？\n]{0,12}(?:指令|指示|提示|规则|要求|设定)/,
  /(?:你现在是|扮演|系统提示)/,
];

/**
 * True when a piece of page or review text reads as an instruction to the assistant (a prompt
 * injection). Such text is never used as evidence: it is data about nothing in the product.
 */
export function looksLikeInstruction(text: string): boolean {
  return patterns.some((p) => p.test(text));
}
