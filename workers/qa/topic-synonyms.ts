import topicFile from './topic-synonyms.json' with { type: 'json' };
import type { TopicGroup } from './qa-types.ts';
import { measureUnits } from '../../common/measure-units.ts';

/**
 * Question phrases whose words are all stopwords, or mean something else one by one, but which ask
 * about a topic ("how many" -> quantity). With `whole`, the phrase names the topic's property itself
 * ("light up" is backlit): its group's words state it (an exact match) and its own words ("light") are
 * not asked about separately.
 */
export const topicPhrases: readonly { pattern: RegExp; topic: string; whole?: boolean }[] = [
  { pattern: /\b(?:lights?|lit) up\b/i, topic: 'lighting', whole: true },
  { pattern: /\bhow many\b/i, topic: 'quantity' },
  { pattern: /\bhow much (?:does it|do they|will it) weigh\b/i, topic: 'weight' },
  { pattern: /\bhow much (?:is|does it cost|do they cost)\b|\bhow much\s*\?/i, topic: 'price' },
];

/** The topic groups: common shopping properties across electronics, apparel, home and toys. */
export const topicGroups: readonly TopicGroup[] = topicFile.groups.map((group) =>
  // A measurable property's unit pattern has one home, shared with the page's compare table.
  measureUnits[group.id] ? { ...group, measure: measureUnits[group.id] } : group);
