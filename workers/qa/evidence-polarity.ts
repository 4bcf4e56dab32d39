import { tokenize } from '../text/tokenize.ts';
import type { Concept } from './qa-types.ts';
import type { Evidence } from '../protocol/answer.ts';
import { plainWords, termKey } from './text-terms.ts';

const negators = new Set(['no', 'not', 'never', 'without', 'none', 'cannot', "can't", "n't", 'nor', 'non', 'false', '不', '没', '没有', '无', '非', '不能', '不可']);
const noValue = /^\s*(?:no|false|none|not\b|n\/a|without|0\b|否|无|没有|不)/i;
const yesAnswer = /^\s*(?:yes|yep|yeah|it does|they do|it is|it can|sure|correct|absolutely|是的|是|有|可以|能)\b/i;
const noAnswer = /^\s*(?:no|nope|it does not|it doesn't|they don't|it is not|it isn't|not\b|不|没有|不能|不可以)/i;

/**
 * Whether a piece of evidence says yes or no to the concepts it matched. Spec rows: the value
 * ("No return policy", "false" -> no). Q&A: the answer's first word. Sentences: a negation
 * within three words before a matched word ("is not waterproof", "不防水") -> no. Otherwise yes.
 */
export function evidencePolarity(evidence: Evidence, matched: readonly Concept[]): 'yes' | 'no' {
  if (evidence.kind === 'spec') {
    const value = evidence.text.slice(evidence.text.indexOf(':') + 1);
    return noValue.test(value) ? 'no' : 'yes';
  }
  if (evidence.kind === 'qa') {
    const answer = evidence.text.slice(evidence.text.indexOf(' A: ') + 4);
    if (noAnswer.test(answer)) return 'no';
    if (yesAnswer.test(answer)) return 'yes';
  }
  const words = tokenize(plainWords(evidence.text).replace(/n't\b/g, " n't"));
  const keys = new Set(matched.flatMap((c) => c.keys.map((k) => k.key)));
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const hit = keys.has(termKey(word)) || [...keys].some((k) => k.length > 1 && /\p{Script=Han}/u.test(k) && word.includes(k));
    if (!hit) continue;
    for (let j = Math.max(0, i - 3); j < i; j++) if (negators.has(words[j])) return 'no';
    if (/^[不没无非]/.test(word)) return 'no';
  }
  return 'yes';
}
