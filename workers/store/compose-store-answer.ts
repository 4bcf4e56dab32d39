import type { Product } from '../protocol/product.ts';
import { humanHelpSignal } from '../topics/human-help-signals.ts';
import { hasHan } from '../text/tokenize.ts';
import { storeWording } from './answer-wording.ts';
import type { PolicyIndex } from './policy-index.ts';
import type { PolicyMatch } from './store-types.ts';
import { policyQueryTerms, policyTermGroups } from './policy-query-terms.ts';
import { detectTopics, isTopicWord } from '../topics/policy-topics.ts';
import { productPolicyEntries } from './product-policies.ts';
import { quoteFor } from './quote-sentences.ts';
import { splitSentences } from '../text/sentences.ts';
import { stem } from '../text/stem.ts';
import type { StoreAnswer, StoreEvidence } from '../protocol/store.ts';
import type { PolicyTopic, StoreContact } from '../protocol/store.ts';

/** What answering a store question needs. */
export interface StoreQuestionInput {
  question: string;
  index: PolicyIndex;
  /** The product on screen; its own policies beat the shop's. */
  product?: Product;
  contact?: StoreContact;
  /** Use embeddings when the index has a model (model path). */
  useModel?: boolean;
}

/** Without a named topic, an entry must contain more than this share of the question's specific words (light path)... */
const minCoverage = 0.5;
/** ...or be this close in meaning (model path, cosine). */
const minSemantic = 0.8;

/** Question words that ask how, not what: a policy need not contain them to answer. */
const askingWords = new Set(
  ('long take takes taking much many soon quick quickly fast usually normally policy policies offer offers available possible ' +
    'allowed way ways need want get got like also still just really very back free order orders buy bought purchase until ' +
    'provide provides sell use give gives come comes today tomorrow something anything')
    .split(' '),
);

/** The question's words that are neither topic words nor asking words, in English ("canada", "worn", "po", "boxes"). */
function specificTerms(terms: Set<string>, topics: PolicyTopic[]): string[] {
  return [...terms].filter((t) => /^[\p{Script=Latin}\d]/u.test(t) && !askingWords.has(t) && !topics.some((topic) => isTopicWord(t, topic)));
}

/**
 * The words that name the product on screen (its title, brand, category): "this laptop" in "is there a
 * warranty on this laptop?" points at the item, which its own policy covers, so they ask nothing a
 * policy passage has to name.
 */
function namesProduct(product: Product | undefined, question: string): (term: string) => boolean {
  const words = new Set(product ? policyQueryTerms([product.title, product.brand, product.category].filter(Boolean).join(' ')).map(stem) : []);
  const groups = policyTermGroups(question);
  return (t) => words.has(stem(t)) || groups.some((g) => g.includes(t) && g.some((s) => words.has(stem(s))));
}

/** True when the passage names one of the specific words asked (or nothing specific was asked). */
const namesAsked = (m: PolicyMatch, specific: string[]) => !specific.length || specific.some((t) => m.terms.has(t));

/**
 * Orders matches best first: most question words matched (a match in the FAQ's own question, or of a
 * specific word such as a country, counts double), then the merchant's own order (a FAQ lists its
 * general answer first), then BM25: the light path. On the model path the embedding similarity
 * (cosine, at most 1) is added to the word count, so meaning breaks ties, but the model can only
 * improve on the light path's choice: it reorders only the passages that name every word the light
 * path's best names ("PayPal" stays above "pay in installments", which sits near the question in
 * meaning), and not at all when that best is confident, naming a word of the question in the FAQ's
 * own question or a specific word the shopper asked about ("Canada").
 */
function rank(matches: PolicyMatch[], model: boolean, specific: string[] = []): PolicyMatch[] {
  const order = new Map(matches.map((m, i) => [m, i]));
  const named = (m: PolicyMatch) => m.terms.size + m.questionTerms.size + specific.filter((t) => m.terms.has(t)).length;
  const light = [...matches].sort((a, b) => named(b) - named(a) || order.get(a)! - order.get(b)! || b.lexical - a.lexical);
  const best = light[0];
  if (!model || !best || isConfident(best, specific)) return light;
  const namesAllOfBest = (m: PolicyMatch) => [...best.terms].every((t) => m.terms.has(t));
  const words = (m: PolicyMatch) => named(m) + Math.max(0, m.semantic ?? 0);
  const peers = light.filter(namesAllOfBest).sort((a, b) => words(b) - words(a) || order.get(a)! - order.get(b)! || b.lexical - a.lexical);
  return [...peers, ...light.filter((m) => !namesAllOfBest(m))];
}

/** The light path's best match is confident: a question word in the FAQ's own question, or a specific word named. */
function isConfident(m: PolicyMatch, specific: string[]): boolean {
  return m.questionTerms.size > 0 || specific.some((t) => m.terms.has(t));
}

/**
 * One quoted policy: the sentences of its text that name what the question asks beyond the policy's
 * own topic ("Canada" in "do you ship to Canada?", "worn" in "can I return worn shoes?"); the opening
 * sentences when it asks nothing more ("what is your return policy?", "how long does shipping take?").
 */
function evidenceOf(m: PolicyMatch, terms: Set<string>): StoreEvidence {
  return {
    kind: m.entry.kind,
    text: quoteFor(m.entry.text, specificTerms(terms, m.entry.topics)),
    url: m.entry.url,
    question: m.entry.question,
    scope: m.entry.productId ? 'product' : 'shop',
    entryId: m.entry.id,
  };
}

/**
 * Answers a question about the shop's policies from published text only: the product's own policy
 * first ("This item: “1 week warranty”"), then the shop-wide one, each quoted with its source; an
 * honest "not published" when nothing answers; and the contact link for what only people can do.
 * The answer says `model` only where the model decided it: when the light path alone gives the same
 * answer (the same status, passages and verdict), it says `lexical`, model loaded or not.
 */
export async function composeStoreAnswer(input: StoreQuestionInput): Promise<StoreAnswer> {
  const answer = await composeFrom(input);
  if (answer.source !== 'model') return answer;
  const light = await composeFrom({ ...input, useModel: false });
  return sameAnswer(answer, light) ? { ...answer, source: 'lexical' } : answer;
}

/** The same answer for the shopper: status, topic, the passages quoted (in order) and the verdict. */
function sameAnswer(a: StoreAnswer, b: StoreAnswer): boolean {
  const passages = (x: StoreAnswer) => x.evidence.map((e) => e.entryId).join('\n');
  return a.status === b.status && a.topic === b.topic && a.verdict === b.verdict && passages(a) === passages(b);
}

async function composeFrom(input: StoreQuestionInput): Promise<StoreAnswer> {
  const { question, index, product, contact } = input;
  const lang = hasHan(question) ? 'zh' : 'en';
  const say = storeWording(lang);
  const model = (input.useModel ?? true) && index.hasModel;
  const source = model ? 'model' : 'lexical';
  const terms = new Set(policyQueryTerms(question));
  const hits = detectTopics(question);
  const wanted = hits.filter((h) => h.score >= hits[0].score / 2).map((h) => h.topic);
  const own = product ? productPolicyEntries(product) : [];
  const all = (await index.match(question, own, model)).filter((m) => !m.entry.productId || m.entry.productId === product?.id);

  const base = { question, lang, source } as const;
  if (humanHelpSignal(question) || wanted[0] === 'order-help') {
    const faq = rank(all.filter((m) => m.entry.topics.includes('order-help') && m.lexical > 0), model).slice(0, 1);
    const evidence = faq.map((m) => evidenceOf(m, terms));
    const answer = [say.humanHelp(!!contact), ...evidence.map((e) => say.shopSays(e.text))].join(' ');
    const lead = evidence.length ? `${say.humanHelp(!!contact)}${lang === 'zh' ? '' : ' '}${say.lead(undefined, undefined, 'shop')}` : say.humanHelp(!!contact);
    return { ...base, status: 'contact', topic: 'order-help', answer, lead, evidence, contact };
  }

  const yesNo = yesNoQuestion.test(question);
  const words = [...terms].filter((t) => !askingWords.has(t));
  let chosen: PolicyMatch[];
  let unmatched: string[] = [];
  let topic: PolicyTopic | undefined = wanted[0];
  /** The specific words a yes or a no must name (all the question's specific words when no topic was found). */
  let asked: string[] = [];
  /** Whether a yes or a no must come from a sentence naming one of them. */
  let mustName = true;
  if (wanted.length) {
    const topical = all.filter((m) => m.entry.topics.some((t) => wanted.includes(t)));
    const onScreen = namesProduct(product, question);
    const specific = specificTerms(terms, wanted).filter((t) => !onScreen(t));
    asked = specific;
    // Only once a policy on the topic names one of them ("Canada"): a condition no policy names ("if they
    // don't fit", "if I change my mind") leaves the item's own "No return policy" to decide.
    mustName = topical.some((m) => specific.some((t) => names(m.entry.text.toLowerCase(), t)));
    const primary = (m: PolicyMatch) => wanted.indexOf(m.entry.topics[0]) === 0;
    const productSide = rank(topical.filter((m) => m.entry.productId && primary(m)), model, specific).slice(0, 1);
    const shopRanked = rank(topical.filter((m) => !m.entry.productId), model, specific);
    const shopSide = shopRanked.slice(0, 1);
    const second = shopRanked[1];
    if (second && second.lexical > 0 && second.lexical >= shopRanked[0].lexical * 0.6 && !productSide.length) shopSide.push(second);
    // The passage that decides a yes or a no must name the specific thing asked (a country, a payment
    // method): when this item's own row cannot ("Ships in 2 weeks" for "do you ship to Canada?") and the
    // shop's policy can, the shop's policy leads and the item's row follows, as more about this item.
    const decides = (m: PolicyMatch | undefined) => !!m && !!policyVerdict(question, m.entry.text, words, specific, mustName);
    const shopLeads = yesNo && productSide.length > 0 && !decides(productSide[0]) && decides(shopSide[0]);
    chosen = shopLeads ? [shopSide[0], ...productSide] : [...productSide, ...shopSide];
    if (!productSide.length && specific.length && !topical.some((m) => namesAsked(m, specific))) unmatched = specific;
  } else {
    const specific = specificTerms(terms, []);
    asked = specific;
    const covered = (m: PolicyMatch) => (specific.length ? specific.filter((t) => m.terms.has(t)).length / specific.length : 0);
    const ranked = rank(all, model, specific);
    chosen = ranked.filter((m) => covered(m) > minCoverage || (model && (m.semantic ?? 0) >= minSemantic && covered(m) > 0)).slice(0, 1);
    topic = chosen[0]?.entry.topics[0];
  }

  if (!chosen.length) {
    if (topic === 'contact' && contact) {
      return { ...base, status: 'contact', topic, answer: say.reachShop(), evidence: [], contact };
    }
    return { ...base, status: 'not-published', topic, answer: say.notPublished(topic, !!contact), evidence: [], contact };
  }
  const evidence = chosen.map((m) => evidenceOf(m, terms));
  const verdict = unmatched.length ? undefined : policyVerdict(question, chosen[0].entry.text, words, asked, mustName);
  const lead = unmatched.length ? say.notMentioned(topic, unmatched) : say.lead(verdict && say.verdict(verdict, question), topic, evidence[0].scope);
  const sentences = unmatched.length
    ? [say.notMentioned(topic, unmatched), ...evidence.map((e) => say.quote(e.text))]
    : evidence.map((e, i) =>
      e.scope === 'product' ? say.thisItem(e.text) : i > 0 && evidence[0].scope === 'product' ? say.shopWide(e.text) : say.shopPolicy(topic, e.text),
    );
  // A yes/no question is answered first ("Yes." / "No."), then the policy is quoted as the source.
  const opening = verdict ? `${say.verdict(verdict, question)}${lang === 'zh' ? '' : ' '}` : '';
  return {
    ...base, status: 'answered', topic, answer: opening + sentences.join(' '), lead, evidence,
    ...(verdict ? { verdict } : {}),
    ...(unmatched.length ? { unmatched } : {}),
    contact: topic === 'contact' || unmatched.length ? contact : undefined,
  };
}

/** True when lower-case text names a word: at the start of a word ("ship" in "shipping", not "pay" in "Alipay"); anywhere for Chinese. */
function names(text: string, word: string): boolean {
  if (hasHan(word)) return text.includes(word);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1])) return true;
  return false;
}

/** A question that wants a yes or a no: "Do you ship to …?", "Can I pay with …?", "能寄到…吗？". */
const yesNoQuestion = /^\s*(?:do|does|did|can|could|is|are|will|would|may|should)\b|[吗嘛][？?]?\s*$|能不能|可不可以|是否|有没有/i;
const negation = /\b(?:not|no|never|cannot|can't|don't|doesn't|won't|isn't|aren't)\b|不|没有|无法|未/i;

/**
 * Yes or no for a yes/no policy question: the policy sentence that names the most asked words (a
 * country, a payment method, "water damage"; the specific ones count triple) says it, negated or not.
 * Undefined when the question is not a yes/no one, no sentence names an asked word, or (`mustName`)
 * the question asks about something specific that no sentence names ("Ships in 2 weeks" does not say
 * whether it ships to Canada): then the quote speaks for itself.
 */
export function policyVerdict(question: string, policy: string, asked: string[], specific: string[] = [], mustName = true): 'yes' | 'no' | undefined {
  if (!yesNoQuestion.test(question)) return undefined;
  const words = asked.filter((t) => t.length > 1);
  const named = (text: string) => {
    const lower = text.toLowerCase();
    return words.reduce((n, t) => n + (names(lower, t) ? (specific.includes(t) ? 3 : 1) : 0), 0);
  };
  const best = splitSentences(policy)
    .map(({ text: sentence }) => ({ sentence, n: named(sentence) }))
    .sort((a, b) => b.n - a.n)[0];
  if (!best?.n || (mustName && specific.length && !specific.some((t) => names(best.sentence.toLowerCase(), t)))) return undefined;
  // The clause holding the asked thing decides ("We ship to …, Canada" vs "We do not ship to South America").
  const clauses = best.sentence.split(/[;:]|,\s*(?:but|except)\b/i);
  const clause = clauses.sort((a, b) => named(b) - named(a))[0];
  return negation.test(clause) ? 'no' : 'yes';
}
