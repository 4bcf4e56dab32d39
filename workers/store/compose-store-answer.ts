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
import { askedThing } from './asked-thing.ts';
import { names, policyVerdict, yesNoQuestion } from './policy-verdict.ts';
import { rank, type PickPassages } from './rank-policies.ts';
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
 * The answer says `model` only where the model decided it: when every passage it quotes is the one
 * the light path picks too (`rank`), it says `lexical`, model loaded or not.
 */
export async function composeStoreAnswer(input: StoreQuestionInput): Promise<StoreAnswer> {
  const { question, index, product, contact } = input;
  const lang = hasHan(question) ? 'zh' : 'en';
  const say = storeWording(lang);
  const model = (input.useModel ?? true) && index.hasModel;
  let byModel = false;
  /** Ranks and picks passages, noting whether the model decided the pick. */
  const pick = (matches: PolicyMatch[], specific: string[] = [], passages?: PickPassages) => {
    const ranked = rank(matches, model, specific, passages);
    byModel ||= ranked.byModel;
    return ranked.picked;
  };
  const base = () => ({ question, lang, source: byModel ? 'model' : 'lexical' }) as const;
  const terms = new Set(policyQueryTerms(question));
  const hits = detectTopics(question);
  const wanted = hits.filter((h) => h.score >= hits[0].score / 2).map((h) => h.topic);
  const own = product ? productPolicyEntries(product) : [];
  const all = (await index.match(question, own, model)).filter((m) => !m.entry.productId || m.entry.productId === product?.id);

  if (humanHelpSignal(question) || wanted[0] === 'order-help') {
    const faq = pick(all.filter((m) => m.entry.topics.includes('order-help') && m.lexical > 0));
    const evidence = faq.map((m) => evidenceOf(m, terms));
    const answer = [say.humanHelp(!!contact), ...evidence.map((e) => say.shopSays(e.text))].join(' ');
    const lead = evidence.length ? `${say.humanHelp(!!contact)}${lang === 'zh' ? '' : ' '}${say.lead(undefined, undefined, 'shop')}` : say.humanHelp(!!contact);
    return { ...base(), status: 'contact', topic: 'order-help', answer, lead, evidence, contact };
  }

  const yesNo = yesNoQuestion.test(question);
  const words = [...terms].filter((t) => !askingWords.has(t));
  let chosen: PolicyMatch[];
  let unmatched: string[] = [];
  let topic: PolicyTopic | undefined = wanted[0];
  /** The specific words a yes or a no is read from (all the question's specific words when no topic was found)... */
  let asked: string[] = [];
  /** ...and those the sentence that says it must name one of. */
  let must: string[] = [];
  if (wanted.length) {
    const topical = all.filter((m) => m.entry.topics.some((t) => wanted.includes(t)));
    const onScreen = namesProduct(product, question);
    const specific = specificTerms(terms, wanted).filter((t) => !onScreen(t));
    // The place or way to pay a yes/no question asks about ("Peru", "American Express", 秘鲁): only a
    // passage naming it says yes or no, and when none on the topic does, the answer says so.
    const thing = yesNo ? askedThing(question, topic) : undefined;
    const namesThing = (m: PolicyMatch | undefined) => !!m && !!thing && thing.forms.some((f) => names(m.entry.text.toLowerCase(), f));
    asked = thing ? [...new Set([...specific, ...thing.forms])] : specific;
    if (thing) words.push(...thing.forms.filter((f) => !words.includes(f)));
    // Otherwise only once a policy on the topic names a specific word ("Canada"): a condition no policy
    // names ("if they don't fit", "if I change my mind") leaves the item's own "No return policy" to decide.
    must = thing ? thing.forms : topical.some((m) => specific.some((t) => names(m.entry.text.toLowerCase(), t))) ? specific : [];
    const primary = (m: PolicyMatch) => wanted.indexOf(m.entry.topics[0]) === 0;
    // The passage naming the thing asked comes first ("Amex" names no word of "We accept … American Express").
    const namingFirst = (ranked: PolicyMatch[]) => {
      const naming = thing ? ranked.find(namesThing) : undefined;
      return naming ? [naming, ...ranked.filter((m) => m !== naming)] : ranked;
    };
    const productSide = pick(topical.filter((m) => m.entry.productId && primary(m)), specific, (ranked) => namingFirst(ranked).slice(0, 1));
    const shopSide = pick(topical.filter((m) => !m.entry.productId), specific, (ranked) => {
      const [first, second] = namingFirst(ranked);
      return second && second.lexical > 0 && second.lexical >= first.lexical * 0.6 && !productSide.length ? [first, second] : first ? [first] : [];
    });
    // The passage that decides a yes or a no must name the thing asked (a country, a payment method):
    // when this item's own row does not ("Ships in 2 weeks" for "do you ship to Canada?"), the shop's
    // policy leads, naming it or, when none does, as the closest policy; the item's row follows.
    const decides = (m: PolicyMatch | undefined) => !!m && !!policyVerdict(question, m.entry.text, words, asked, must);
    const shopLeads = yesNo && productSide.length > 0 && shopSide.length > 0 && !decides(productSide[0]) &&
      (decides(shopSide[0]) || (!!thing && !namesThing(productSide[0])));
    chosen = shopLeads ? [shopSide[0], ...productSide] : [...productSide, ...shopSide];
    if (thing) unmatched = topical.some(namesThing) ? [] : [thing.label];
    else if (!productSide.length && specific.length && !topical.some((m) => namesAsked(m, specific))) unmatched = specific;
  } else {
    const specific = specificTerms(terms, []);
    asked = must = specific;
    const covered = (m: PolicyMatch) => (specific.length ? specific.filter((t) => m.terms.has(t)).length / specific.length : 0);
    chosen = pick(all, specific, (ranked, modelOrder) =>
      ranked.filter((m) => covered(m) > minCoverage || (modelOrder && (m.semantic ?? 0) >= minSemantic && covered(m) > 0)).slice(0, 1));
    topic = chosen[0]?.entry.topics[0];
  }

  if (!chosen.length) {
    if (topic === 'contact' && contact) {
      return { ...base(), status: 'contact', topic, answer: say.reachShop(), evidence: [], contact };
    }
    return { ...base(), status: 'not-published', topic, answer: say.notPublished(topic, !!contact), evidence: [], contact };
  }
  const evidence = chosen.map((m) => evidenceOf(m, terms));
  const verdict = unmatched.length ? undefined : policyVerdict(question, chosen[0].entry.text, words, asked, must);
  const lead = unmatched.length ? say.notMentioned(topic, unmatched) : say.lead(verdict && say.verdict(verdict, question), topic, evidence[0].scope);
  const sentences = unmatched.length
    ? [say.notMentioned(topic, unmatched), ...evidence.map((e) => say.quote(e.text))]
    : evidence.map((e, i) =>
      e.scope === 'product' ? say.thisItem(e.text) : i > 0 && evidence[0].scope === 'product' ? say.shopWide(e.text) : say.shopPolicy(topic, e.text),
    );
  // A yes/no question is answered first ("Yes." / "No."), then the policy is quoted as the source.
  const opening = verdict ? `${say.verdict(verdict, question)}${lang === 'zh' ? '' : ' '}` : '';
  return {
    ...base(), status: 'answered', topic, answer: opening + sentences.join(' '), lead, evidence,
    ...(verdict ? { verdict } : {}),
    ...(unmatched.length ? { unmatched } : {}),
    contact: topic === 'contact' || unmatched.length ? contact : undefined,
  };
}
