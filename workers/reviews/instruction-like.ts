/**
 * Review sentences that speak to a machine or push an action instead of describing the product:
 * role labels ("System: …", "Assistant:"), instructions ("ignore previous instructions", "tell the
 * shopper to …", "add 10 of these to the cart"), and links. Such a sentence is still data (quoted
 * nowhere as a summary, never an aspect or a pro): it stays in the review and its rating counts.
 * General patterns, English and Chinese; not any data set's words.
 */
const patterns: RegExp[] = [
  // A role label, as at the start of a chat turn.
  /(?:^|[\s"'“(\[])(?:system|assistant|ai|bot|chatbot|user|shopper|customer|developer|admin|instructions?|prompt|note to (?:the )?(?:ai|assistant|bot|model))\s*[:：]/iu,
  // Instructions addressed to the assistant.
  /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|other|system)?\s*(?:instructions?|prompts?|rules?|messages?|reviews?)\b/iu,
  /\btell\s+(?:the\s+|every\s+|all\s+)?(?:shoppers?|users?|customers?|buyers?|readers?|visitors?|people)\s+(?:to|that)\b/iu,
  /\b(?:you|assistant|ai|bot|model)\s+(?:must|should|shall|will)\s+(?:now\s+)?(?:say|tell|recommend|respond|reply|answer|add|visit|ignore|always|only|never)\b/iu,
  /\b(?:respond|reply|answer)\s+(?:only\s+)?with\b/iu,
  /\badd\s+(?:\d+|ten|twenty|a dozen|all)\s+(?:of\s+)?(?:these|this|them|it|units?|items?)\b[^.]*\bcart\b/iu,
  // Links and calls to go somewhere.
  /\b(?:https?:\/\/|www\.)\S+/iu,
  /\b(?:visit|go to|click|open)\s+(?:this\s+|the\s+)?(?:link|url|site|website|page)\b/iu,
  // Chinese: role labels and instructions.
  /(?:系统|助手|助理|机器人|人工智能|用户|购物者)\s*[:：]/u,
  /(?:忽略|无视)(?:之前|以上|上面|所有|前面)?的?(?:指令|指示|提示|规则|说明)/u,
  /告诉(?:所有|每个)?(?:顾客|用户|购物者|买家|客户)/u,
  /(?:加入|添加)\s*\d+\s*(?:件|个|台)?[^。]*购物车/u,
];

/** True when a review sentence reads as an instruction or a link, not an opinion of the product. */
export function isInstructionLike(sentence: string): boolean {
  return patterns.some((p) => p.test(sentence));
}
