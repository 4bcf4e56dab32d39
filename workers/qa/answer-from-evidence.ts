import type { AnalyzedQuestion, Concept, RankedEvidence } from './qa-types.ts';
import { askedConcepts } from './analyze-question.ts';
import { answerTemplates } from './answer-templates.ts';
import type { CitedEvidence, Evidence } from '../protocol/answer.ts';
import { evidencePolarity } from './evidence-polarity.ts';
import { findMeasure } from './measure-answer.ts';
import type { ProductAnswer } from '../protocol/answer.ts';
import { conceptWeights, questionCoverage } from './question-coverage.ts';
import { countReviewOpinions } from './review-opinions.ts';
import { quoteClause } from './quote-clause.ts';
import { textTerms } from './text-terms.ts';

/** At most this many evidence items are cited under an answer. */
const maxCited = 3;
/**
 * When a candidate supports an answer (else the answer abstains). A review or page-Q&A sentence
 * needs `otherConcepts` asked concepts (or all of a shorter question's) or an idf-weighted
 * `otherCoverage` of the question; a seller's spec row or description sentence needs one asked
 * concept and `sellerCoverage` of the question (0: any one concept). Chosen by cross-validation over
 * the public Q&A files (`npm run eval -- qa … --folds 5`, docs/qa.md).
 */
export interface SupportRule {
  otherConcepts: number;
  otherCoverage: number;
  sellerCoverage: number;
}

/** The production rule (docs/qa.md says how it was chosen). */
export const supportRule: SupportRule = { otherConcepts: 2, otherCoverage: 0.5, sellerCoverage: 0 };

/** A spec value that is only a measure: "2", "172 g", "6.1 inches", "3 个月". */
const measureValue = /^\s*\d[\d.,]*\s*[\p{L}"'%]{0,8}\s*$/u;

/**
 * True when a spec row answers a yes/no question with a measure the question's words are not in:
 * "Weight: 2" for "is it heavy?". "Network: 5G" for "does it support 5G?" names the asked thing, so it is a yes.
 */
function statesOnlyAMeasure(evidence: Evidence, matched: readonly Concept[]): boolean {
  if (evidence.kind !== 'spec') return false;
  const value = evidence.text.slice(evidence.text.indexOf(':') + 1);
  if (!measureValue.test(value)) return false;
  const valueKeys = new Set(textTerms(value));
  return !matched.some((concept) => concept.keys.some((k) => k.exact && valueKeys.has(k.key)));
}

/** "Is it good for running?", "适合跑步吗？": a question about what the product is for. */
const asksUse = /\b(?:good|suitable|suited|ideal|made|designed|meant|ok|okay|right|fit) for\b|\bcan (?:i|you|it) (?:use|wear) it (?:for|to)\b|适合|适用|用来|能用于|可以用于|能不能用/i;
/** A seller's sentence saying what the product is for: "ideal for trails", "适合山路和湿滑路面". */
const statesUse = /\b(?:ideal|perfect|great|good|suitable|designed|made|built|meant) for\b|适合|适用于|专为|用于/i;

/** What the product data should be asked about, in the question's words ("weight", "防水"). */
function topicOf(question: AnalyzedQuestion, asked: Concept[]): string {
  const topic = asked.find((c) => c.topics.length)?.topics[0];
  if (topic) return topic.name[question.language];
  return asked.map((c) => c.word).join(' ');
}

/**
 * Composes the template answer from ranked evidence. Support is lexical. A seller's spec row or
 * description sentence supports the answer when it names an asked concept (its word, a
 * translation, or, weaker, a synonym): it is a statement about this product. A review or page Q&A
 * sentence, often another buyer's situation, must match two asked concepts (or the only one), or
 * cover at least half of the question's information (asked concepts weighted by idf over the
 * candidates); one shared word of a longer question is a passing mention: the answer abstains
 * and shows it as the closest the data comes. A yes/no verdict needs seller evidence that contains
 * at least half of the asked concepts by word or translation; reviews alone never give one (reviews
 * that speak to the asked property answer as buyers' opinion, verdict `opinion`).
 * Nothing matching means the answer abstains and says what to check.
 */
export function answerFromEvidence(
  productId: string,
  question: AnalyzedQuestion,
  candidates: readonly Evidence[],
  ranked: RankedEvidence,
  ignoredInstructions = 0,
  rule: SupportRule = supportRule,
): ProductAnswer {
  const t = answerTemplates(question.language);
  const asked = askedConcepts(question);
  const askedSet = new Set(asked);
  const cite = (index: number): CitedEvidence => {
    const m = ranked.matches[index];
    return { ...candidates[index], index, score: m.score, matched: [...m.exact, ...m.related].map((c) => c.word) };
  };
  /** What the answer quotes of a candidate: a long sentence's clause that holds the matched words. */
  const quote = (index: number) => quoteClause(candidates[index].text, [...ranked.matches[index].exact, ...ranked.matches[index].related]);
  const exactShare = (index: number) => ranked.matches[index].exact.filter((c) => askedSet.has(c)).length / Math.max(asked.length, 1);
  const weights = conceptWeights(asked, ranked.matches);
  const askedMatched = (index: number) => new Set([...ranked.matches[index].exact, ...ranked.matches[index].related].filter((c) => askedSet.has(c))).size;
  const supports = (index: number) => {
    const matched = askedMatched(index);
    if (!matched) return false;
    const coverage = questionCoverage(ranked.matches[index], weights);
    if (candidates[index].kind === 'spec' || candidates[index].kind === 'description') return coverage >= rule.sellerCoverage;
    return matched >= Math.min(rule.otherConcepts, asked.length) || coverage >= rule.otherCoverage;
  };
  const supporting = ranked.order.filter(supports);
  const topic = topicOf(question, asked);
  const base = {
    productId, question: question.text, language: question.language, questionKind: question.kind,
    // Support, abstention and yes/no are decided lexically whatever ordered the evidence: the label says so.
    source: 'lexical' as const, evidenceOrder: ranked.source, ...(ranked.rerankScores ? { reranked: true } : {}),
    phrasing: 'template' as const, ignoredInstructions,
  };

  if (question.kind === 'opinion') {
    const opinion = countReviewOpinions(question, candidates, ranked);
    const quotes = opinion.quotes.slice(0, maxCited).map(cite);
    if (!opinion.count.mentions) {
      // No review speaks to it: say so, then answer from what the seller's data states, if anything.
      const facts = answerFromEvidence(productId, { ...question, kind: 'open' }, candidates, ranked, ignoredInstructions, rule);
      const text = facts.answerable ? `${t.noOpinion(opinion.count.aspect)} ${facts.text}` : t.noOpinion(opinion.count.aspect);
      return { ...facts, questionKind: 'opinion', text, suggestion: facts.answerable ? undefined : t.suggestion(topic) };
    }
    const { aspect, positive, mentions, negative } = opinion.count;
    return { ...base, verdict: 'opinion', answerable: true, text: t.opinion(aspect, positive, mentions, negative), evidence: quotes, opinion: opinion.count };
  }

  if (question.kind === 'open') {
    // "How heavy / how big / 内存多大": only a stated value of the asked property answers it.
    const measure = findMeasure(question.text, asked, candidates, ranked.order);
    if (measure && measure.index === undefined) {
      const name = measure.groups[0].name[question.language];
      return { ...base, verdict: 'not-stated', answerable: false, text: t.notStated(name), evidence: [], suggestion: t.suggestion(name) };
    }
    if (measure?.index !== undefined) {
      const i = measure.index;
      const e = candidates[i];
      const text = `${t.stated(e.kind, e.text.trim())}${measure.unitMissing ? ` ${t.unitNotStated}` : ''}`;
      const cited: CitedEvidence = { ...e, index: i, score: ranked.matches[i]?.score ?? 0, matched: [] };
      return { ...base, verdict: 'stated', answerable: true, text, evidence: [cited] };
    }
  }

  if (!supporting.length) {
    const passing = ranked.order.filter((i) => askedMatched(i) > 0);
    if (passing.length) {
      // Only a passing mention (a review sharing one word of a longer question): abstain, but show it.
      return { ...base, verdict: 'not-stated', answerable: false, text: t.onlyRelated(quote(passing[0])), evidence: passing.slice(0, maxCited).map(cite), suggestion: t.suggestion(topic) };
    }
    // "Good for running?" where the seller names other uses: not stated, and what they say it is for.
    const use = asksUse.test(question.text) ? candidates.findIndex((e) => (e.kind === 'description' || e.kind === 'spec') && statesUse.test(e.text)) : -1;
    if (use >= 0) {
      const cited: CitedEvidence = { ...candidates[use], index: use, score: ranked.matches[use]?.score ?? 0, matched: [] };
      const sep = question.language === 'zh' ? '' : ' ';
      return { ...base, verdict: 'not-stated', answerable: false, text: `${t.notStated(topic)}${sep}${t.statedUse(candidates[use].text.trim())}`, evidence: [cited], suggestion: t.suggestion(topic) };
    }
    return { ...base, verdict: 'not-stated', answerable: false, text: t.notStated(topic), evidence: [], suggestion: t.suggestion(topic) };
  }
  const evidence = supporting.slice(0, maxCited).map(cite);
  const seller = supporting.filter((i) => candidates[i].kind !== 'review');
  // A yes or no needs the asked property itself: every asked concept of a short question (two of
  // three of a longer one), at least one by its own word; "older model" does not answer "a new model?".
  // A lone Chinese character beside longer words ("走" in "适合走山路吗") is a verb of the frame, not the property.
  // A phrase that names the property ("does the display light up?") is what a yes or no needs; the rest names the part.
  const named = asked.filter((c) => c.namesProperty);
  const words = asked.some((c) => !/^\p{Script=Han}$/u.test(c.word)) ? asked.filter((c) => !/^\p{Script=Han}$/u.test(c.word)) : asked;
  const property = named.length ? named : words;
  const propertyMatched = (i: number) => property.filter((c) => ranked.matches[i].exact.includes(c) || ranked.matches[i].related.includes(c)).length;
  const firm = (i: number) => exactShare(i) > 0 && propertyMatched(i) / Math.max(property.length, 1) >= (property.length <= 2 ? 1 : 2 / 3);

  if (question.kind === 'yes-no') {
    const decisive = seller.find(firm);
    if (decisive !== undefined) {
      const e = candidates[decisive];
      if (statesOnlyAMeasure(e, ranked.matches[decisive].exact)) {
        // "Is it heavy?" over "Weight: 2": a measure is not a yes or a no; state it.
        return { ...base, verdict: 'stated', answerable: true, text: t.stated(e.kind, quote(decisive)), evidence: [cite(decisive), ...evidence.filter((c) => c.index !== decisive)].slice(0, maxCited) };
      }
      const polarity = evidencePolarity(e, ranked.matches[decisive].exact);
      // Reviewers who say the opposite of the seller ("definitely not waterproof") are said too, and cited.
      const against = supporting.filter((i) => candidates[i].kind === 'review' && firm(i) && evidencePolarity(candidates[i], ranked.matches[i].exact) !== polarity);
      const dissent = against.length ? `${question.language === 'zh' ? '' : ' '}${t.reviewsDisagree(new Set(against.map((i) => candidates[i].review)).size, quote(against[0]))}` : '';
      const text = (polarity === 'yes' ? t.yes(e.kind, quote(decisive)) : t.no(e.kind, quote(decisive))) + dissent;
      const cited = [cite(decisive), ...(against.length ? [cite(against[0])] : []), ...evidence.filter((c) => c.index !== decisive && c.index !== against[0])];
      return { ...base, verdict: polarity, answerable: true, text, evidence: cited.slice(0, maxCited) };
    }
    const reviews = supporting.filter((i) => candidates[i].kind === 'review' && firm(i));
    if (reviews.length) {
      const count = new Set(reviews.map((i) => candidates[i].review)).size;
      // Reviews that speak to the asked property answer it as what buyers say: an opinion, never a yes or no.
      return { ...base, verdict: 'opinion', answerable: true, text: t.onlyReviews(count, quote(reviews[0])), evidence: reviews.slice(0, maxCited).map(cite), suggestion: t.suggestion(topic) };
    }
    return { ...base, verdict: 'not-stated', answerable: true, text: t.onlyRelated(quote(supporting[0])), evidence, suggestion: t.suggestion(topic) };
  }

  const best = supporting[0];
  return { ...base, verdict: 'stated', answerable: true, text: t.stated(candidates[best].kind, quote(best)), evidence };
}
