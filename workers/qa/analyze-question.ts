import { englishFor, glossaryWords } from '../text/glossary.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';
import { opinionWords, questionStopwords } from './question-words.ts';
import { plainWords, textTerms } from './text-terms.ts';
import { topicGroups, topicPhrases } from './topic-synonyms.ts';
import type { TopicGroup, Concept, AnalyzedQuestion } from './qa-types.ts';
import type { QuestionKind } from '../protocol/answer.ts';

const synonymWeight = 0.6;
const yesNoStart = /^(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|had|may|might|must|isn'?t|aren'?t|doesn'?t|don'?t|can'?t|won'?t)\b/i;
const zhYesNo = /(?:吗|么|嘛)[？?！!。.\s]*$|是否|能否|有没有|能不能|可不可以|会不会|是不是|要不要|需不需要|支不支持/;
const zhOpinion = /怎么样|好不好|如何|值得|值不值|评价|口碑|好用|靠谱|推荐/;
/** Chinese question phrasing with no subject matter, removed before the rest is cut into words. */
const zhQuestionPhrases = /真的|到底|究竟|确实|怎么样|好不好|值不值|能不能|是不是|有没有|可不可以|会不会|要不要|需不需要|支不支持|如何|怎样|什么|多少|请问|是否|能否|[吗么嘛呢吧啊？?！!。，,]/g;

const topicsByKey = new Map<string, TopicGroup[]>();
const topicsByZh = new Map<string, TopicGroup[]>();
for (const group of topicGroups) {
  for (const word of group.en) for (const key of textTerms(word)) topicsByKey.set(key, [...(topicsByKey.get(key) ?? []), group]);
  for (const word of group.zh) topicsByZh.set(word, [...(topicsByZh.get(word) ?? []), group]);
}
/** English word key -> Chinese words (the glossary read backwards), for English questions about Chinese products. */
const chineseByKey = new Map<string, string[]>();
for (const zh of glossaryWords) {
  for (const en of englishFor(zh)) {
    const keys = textTerms(en);
    if (keys.length === 1) chineseByKey.set(keys[0], [...(chineseByKey.get(keys[0]) ?? []), zh]);
  }
}
/** Topics that a question phrase names whole ("light up"): their words name the asked property. */
const wholeTopics = new Set(topicPhrases.filter((p) => p.whole).map((p) => p.topic));
const zhDictionary = [...new Set([...glossaryWords, ...topicsByZh.keys()])].sort((a, b) => b.length - a.length);

function conceptFor(word: string, ownKeys: string[], translations: string[], topics: TopicGroup[]): Concept {
  const keys = new Map<string, { key: string; weight: number; exact: boolean }>();
  const add = (key: string, weight: number, exact: boolean) => {
    const seen = keys.get(key);
    if (!seen || seen.weight < weight) keys.set(key, { key, weight, exact: exact || !!seen?.exact });
  };
  const phrases: string[][] = [];
  for (const key of ownKeys) add(key, 1, true);
  for (const t of translations) {
    // A one-word translation stands for the word; the words of a phrase ("water-resistant") only relate
    // to it one by one, and stand for it together (the ranker's exact match when all of them are there).
    const keysOfT = textTerms(t).filter((key) => !questionStopwords.has(key));
    for (const key of keysOfT) add(key, keysOfT.length === 1 ? 1 : synonymWeight, keysOfT.length === 1);
    if (keysOfT.length > 1) phrases.push(keysOfT);
  }
  for (const group of topics) for (const w of [...group.en, ...group.zh]) for (const key of textTerms(w)) add(key, synonymWeight, false);
  for (const key of ownKeys) for (const zh of chineseByKey.get(key) ?? []) add(zh, 1, true);
  return { word, keys: [...keys.values()], ...(phrases.length ? { phrases } : {}), topics, namesProduct: false };
}

/** Chinese dictionary words found in the question (longest first, not overlapping), and the rest. */
function chineseWords(question: string): { known: string[]; rest: string } {
  let rest = question;
  const known: string[] = [];
  for (const word of zhDictionary) {
    if (questionStopwords.has(word) || !rest.includes(word)) continue;
    known.push(word);
    rest = rest.split(word).join(' ');
  }
  return { known, rest };
}

function classify(question: string, words: string[], language: 'en' | 'zh'): QuestionKind {
  const opinion = words.some((w) => opinionWords.has(w)) || (language === 'zh' && zhOpinion.test(question));
  if (opinion) return 'opinion';
  if (language === 'zh') return zhYesNo.test(question) ? 'yes-no' : 'open';
  return yesNoStart.test(question.trim()) ? 'yes-no' : 'open';
}

/**
 * Takes a shopper's question apart: its language, what kind of answer it wants, and its content
 * concepts with synonyms ("heavy" -> weight, lbs…) and English translations of Chinese words.
 * `productName` (title and category) marks words that only name the product itself.
 */
export function analyzeQuestion(question: string, productName = ''): AnalyzedQuestion {
  const language = hasHan(question) ? 'zh' : 'en';
  const words = tokenize(plainWords(question));
  const concepts: Concept[] = [];
  const productKeys = new Set(textTerms(productName));
  const productWords = tokenize(plainWords(productName));
  const englishPart = language === 'zh' ? chineseWords(question) : { known: [], rest: question };

  for (const zh of englishPart.known) {
    const topics = topicsByZh.get(zh) ?? [];
    const glossed = englishFor(zh);
    const translations = glossed.length ? glossed : topics.map((g) => g.en[0]);
    concepts.push(conceptFor(zh, [zh], translations, topics));
  }
  const rest = language === 'zh' ? englishPart.rest.replace(zhQuestionPhrases, ' ') : englishPart.rest;
  for (const word of tokenize(plainWords(rest))) {
    if (questionStopwords.has(word) || opinionWords.has(word)) continue;
    const own = textTerms(word).filter((k) => !questionStopwords.has(k));
    if (!own.length) continue;
    const topics = hasHan(word) ? [] : (topicsByKey.get(own[0]) ?? []);
    concepts.push(conceptFor(word, own, [], topics));
  }
  for (const { pattern, topic, whole } of topicPhrases) {
    const group = topicGroups.find((g) => g.id === topic);
    const phrase = question.match(pattern)?.[0];
    if (!group || !phrase || concepts.some((c) => c.topics.includes(group))) continue;
    if (!whole) {
      concepts.push(conceptFor(phrase.trim(), [], [], [group]));
      continue;
    }
    // The phrase stands for the property: its words are not asked about one by one.
    const phraseKeys = new Set(tokenize(plainWords(phrase)).flatMap((w) => textTerms(w)));
    for (let i = concepts.length - 1; i >= 0; i--) if (concepts[i].keys.some((k) => k.exact && phraseKeys.has(k.key))) concepts.splice(i, 1);
    concepts.push({ ...conceptFor(phrase.trim(), [], [...group.en, ...group.zh], [group]), namesProperty: true });
  }
  for (const concept of concepts) {
    // A word of a property a phrase names whole ("发光", "backlit" as "light up") names the property too.
    if (concept.topics.some((g) => wholeTopics.has(g.id))) concept.namesProperty = true;
    // "phone" in "does this phone…" names a "Smartphone": a key of the product's name, or the head (end) of a compound in it.
    concept.namesProduct = concept.topics.length === 0 && concept.keys.some((k) => k.exact && (productKeys.has(k.key) || (k.key.length >= 4 && productWords.some((w) => w.endsWith(k.key)))));
  }
  return { text: question, language, kind: classify(question, words, language), concepts: dedupe(concepts) };
}

function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const id = c.keys.filter((k) => k.exact).map((k) => k.key).sort().join(' ');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The concepts that ask about a property (not the product's own name); all of them if none do. */
export function askedConcepts(question: AnalyzedQuestion): Concept[] {
  const asked = question.concepts.filter((c) => !c.namesProduct);
  return asked.length ? asked : question.concepts;
}
