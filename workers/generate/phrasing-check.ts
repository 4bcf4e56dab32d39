import type { ProductAnswer } from '../protocol/answer.ts';
import { looksLikeInstruction } from '../qa/looks-like-instruction.ts';
import { questionStopwords } from '../qa/question-words.ts';
import { termKey } from '../qa/text-terms.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';

/** What a generated sentence may draw on: the draft answer (question, verdict, text) and its cited evidence. */
export interface PhrasingGround {
  language: ProductAnswer['language'];
  verdict: ProductAnswer['verdict'];
  /** Question, draft text and evidence, lower-cased, spaces collapsed. */
  text: string;
  /** The cited evidence alone, lower-cased. */
  evidence: string;
  /** Match keys (stems) of the Latin words in `text`. */
  keys: Set<string>;
  /** Keys of the words the first sentence must speak to: the matched question words and the top evidence. */
  topic: Set<string>;
}

/** Words that carry an answer's grammar and attribution, allowed in any sentence; anything else must be in the ground. */
const phrasingWords = new Set([
  ...questionStopwords,
  'according', 'listed', 'lists', 'list', 'spec', 'specs', 'specification', 'specifications', 'states', 'stated', 'state', 'mentions', 'mention', 'mentioned',
  'description', 'described', 'seller', 'page', 'details', 'detail', 'data', 'review', 'reviews', 'reviewer', 'reviewers', 'wrote', 'written', 'shows', 'show',
  'include', 'includes', 'included', 'come', 'comes', 'feature', 'features', 'offer', 'offers', 'provide', 'provides', 'which', 'per', 'out', 'of', 'both',
  'positive', 'negative', 'neutral', "doesn't", "don't", "isn't", "aren't", "can't", 'cannot', 'directly', 'only', 'yes', 'no', 'not',
  '是的', '不是', '不', '没有', '规格', '中', '写着', '写', '显示', '提到', '说', '说明', '描述', '页面', '问答', '评价', '买家', '顾客', '条', '正面', '负面',
  '资料', '商品', '它', '这款', '支持', '有', '根据', '列出', '包括', '其中', '并', '但', '不过', '是', '的', '了', '为',
]);

const zhPhrasingWords = [...phrasingWords].filter(hasHan).sort((a, b) => b.length - a.length);
const negationEn = /\b(?:no|not|never|none|without|lacks?|doesn'?t|don'?t|isn'?t|aren'?t|can'?t|cannot|won'?t)\b/i;
const negationZh = /[不没无非]/;
const leadingYes = /^\s*(?:yes\b|是的|是，|对)/i;
const leadingNo = /^\s*(?:no\b|不是|不，|没有)/i;
const numberPattern = /\d+(?:[.,]\d+)*/g;

const normal = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
const latinKeys = (text: string) => tokenize(text).filter((w) => !hasHan(w)).map(termKey);
const hasNegation = (text: string) => negationEn.test(text) || negationZh.test(text);

/** True when `text` states the number `n` (a number may be followed by its unit): "7" is not found in "172". */
function containsNumber(text: string, n: string): boolean {
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}

/** The ground a generated wording of `draft` is checked against. */
export function phrasingGround(draft: ProductAnswer): PhrasingGround {
  const evidence = normal(draft.evidence.map((e) => e.text).join('\n'));
  const text = normal(`${draft.question}\n${draft.text}\n${evidence}`);
  const topicWords = [...draft.evidence.flatMap((e) => e.matched), draft.evidence[0]?.text ?? ''].join(' ');
  const topic = new Set([
    ...latinKeys(topicWords).filter((k) => !phrasingWords.has(k)),
    ...tokenize(topicWords).filter((w) => hasHan(w) && !phrasingWords.has(w)),
  ]);
  return { language: draft.language, verdict: draft.verdict, text, evidence, keys: new Set(latinKeys(text)), topic };
}

/** A Latin word key is grounded when the ground has it, or a word it shares a stem of 4+ letters with ("weighs" ~ "weight"). */
function groundedKey(key: string, ground: PhrasingGround): boolean {
  if (ground.keys.has(key)) return true;
  if (key.length < 4) return false;
  for (const k of ground.keys) if (k.length >= 4 && (k.startsWith(key) || key.startsWith(k))) return true;
  return false;
}

/**
 * Checks one generated sentence against the ground; returns why it fails, or undefined when it
 * passes. `first` marks the answer's first sentence, which must carry the draft's verdict and topic.
 * The check is lexical and strict: every number (with its unit) and every content word must be in the
 * question, the draft or the evidence; a yes/no must agree with the draft's verdict; a sentence that
 * reads as an instruction, or is in the wrong language, fails.
 */
export function checkPhrasedSentence(sentence: string, ground: PhrasingGround, first: boolean): string | undefined {
  const s = normal(sentence).trim();
  if (!s) return 'empty sentence';
  if (looksLikeInstruction(sentence)) return 'reads as an instruction';
  if (ground.language === 'zh' && !hasHan(s)) return 'not in the question\'s language';
  if (ground.language === 'en' && hasHan(s) && !tokenize(s).filter(hasHan).every((w) => ground.text.includes(w))) return 'not in the question\'s language';

  for (const match of s.matchAll(numberPattern)) {
    const unit = s.slice(match.index + match[0].length).match(/^\s?([a-z%]+)/)?.[1];
    const stated = unit && !phrasingWords.has(unit) ? [`${match[0]} ${unit}`, `${match[0]}${unit}`] : [match[0]];
    if (!stated.some((n) => containsNumber(ground.text, n))) return `the number "${stated[0]}" is not in the evidence`;
  }
  for (const word of tokenize(s)) {
    if (phrasingWords.has(word) || /^\d/.test(word)) continue;
    if (hasHan(word)) {
      const rest = zhPhrasingWords.reduce((w, p) => w.split(p).join(' '), word).trim();
      if (rest && !rest.split(' ').every((piece) => !piece || ground.text.includes(piece))) return `"${word}" is not in the evidence`;
      continue;
    }
    const key = termKey(word);
    if (!phrasingWords.has(key) && !groundedKey(key, ground)) return `"${word}" is not in the evidence`;
  }

  const negated = hasNegation(s);
  const verdict = ground.verdict;
  if (verdict === 'yes' && (leadingNo.test(s) || (negated && !hasNegation(ground.evidence)))) return 'contradicts the answer yes';
  if (verdict === 'no' && leadingYes.test(s)) return 'contradicts the answer no';
  if (verdict === 'no' && first && !negated) return 'does not say no';
  if (verdict !== 'yes' && verdict !== 'no' && (leadingYes.test(s) || leadingNo.test(s))) return 'gives a yes/no the draft does not';
  if (first && ground.topic.size && !tokenize(s).some((w) => ground.topic.has(hasHan(w) ? w : termKey(w)) || [...ground.topic].some((t) => hasHan(t) && w.includes(t)))) {
    return 'does not speak to the question';
  }
  return undefined;
}
