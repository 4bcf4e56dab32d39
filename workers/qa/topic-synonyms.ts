import topicFile from './topic-synonyms.json' with { type: 'json' };

/**
 * Groups of words that ask about the same product property ("weight" ~ "how heavy" ~ "多重").
 * A question word in a group also matches the group's other words, in English and Chinese, so a
 * shopper's phrasing finds the spec row the shop wrote in its own words.
 */
export interface TopicGroup {
  /** Stable id, also the attribute-ish name used in hints ("weight"). */
  id: string;
  /** How the topic is named to a shopper. */
  name: { en: string; zh: string };
  /** English words and short phrases (matched on stems). */
  en: string[];
  /** Chinese words (matched as substrings). */
  zh: string[];
  /**
   * For a measurable property: a regex (source, case-insensitive) matching a stated value of it
   * ("320 克", "29 L", "18\" x 10\""). "How heavy / how big / 多重" questions are answered only by such a value.
   */
  measure?: string;
}

/** Question phrases whose words are all stopwords but which ask about a topic ("how many" -> quantity). */
export const topicPhrases: readonly { pattern: RegExp; topic: string }[] = [
  { pattern: /\bhow many\b/i, topic: 'quantity' },
  { pattern: /\bhow much (?:does it|do they|will it) weigh\b/i, topic: 'weight' },
  { pattern: /\bhow much (?:is|does it cost|do they cost)\b|\bhow much\s*\?/i, topic: 'price' },
];

/** The topic groups: common shopping properties across electronics, apparel, home and toys. */
export const topicGroups: readonly TopicGroup[] = topicFile.groups;
