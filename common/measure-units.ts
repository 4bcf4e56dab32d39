import { attributeLabel } from './attribute-label.ts';

/*
 * Measurable product properties (weight, size, battery, memory, volume): what a stated value of each
 * looks like (a number with its unit: "320 克", "18\" x 10\"", "4000 mAh") and which spec names hold
 * one. A number with no unit ("Weight: 9") cannot be compared or trusted, so both halves say the unit
 * is not stated: the Q&A answer (workers/qa/measure-answer.ts) and the compare table
 * (src/components/aisle-assistant/compare-rows.ts). Only generic units and property names, English and
 * Chinese; no feed's own keys.
 */

/** A stated value of each measurable property (regex sources, case-insensitive), by topic id (workers/qa/topic-synonyms.json). */
export const measureUnits: Readonly<Record<string, string>> = {
  weight: '\\d+(?:[.,]\\d+)?\\s*(?:kg|kilograms?|g|grams?|lbs?|pounds?|oz|ounces?)(?![a-z])|\\d+(?:\\.\\d+)?\\s*(?:克|千克|公斤|斤)',
  dimensions: '\\d+(?:\\.\\d+)?\\s*(?:"|”|\'\'|inch(?:es)?\\b|in\\b|cm\\b|mm\\b|m\\b|厘米|毫米|英寸|米)|\\d+(?:\\.\\d+)?\\s*[x×]\\s*\\d',
  battery: '\\d+\\s*mah\\b|\\d+(?:\\.\\d+)?\\s*(?:hours?|hrs?|h)\\b|\\d+\\s*(?:小时|毫安)',
  storage: '\\d+\\s*(?:gb|tb|mb)\\b',
  volume: '\\d+(?:\\.\\d+)?\\s*(?:ml|l|liters?|litres?|fl\\.?\\s?oz)\\b|\\d+(?:\\.\\d+)?\\s*(?:毫升|升)',
};

/** UN/CEFACT unit codes (schema.org `unitCode`) of the units above, as people write them: "KGM" is "kg". */
const unitCodes: Readonly<Record<string, string>> = {
  KGM: 'kg', GRM: 'g', LBR: 'lb', ONZ: 'oz', CMT: 'cm', MMT: 'mm', MTR: 'm', INH: 'in', LTR: 'l', MLT: 'ml', HUR: 'h',
};

/** A schema.org `unitCode` as a unit people read ("KGM" → "kg"); other codes as they are. */
export function unitCodeName(code: string): string {
  return unitCodes[code.trim().toUpperCase()] ?? code;
}

/** Spec names (read as words, a unit after them taken off) whose value is a measure of the property. */
const measureNames: Readonly<Record<string, RegExp>> = {
  weight: /^(?:(?:item|product|net|gross|package|shipping) )?weight$|^(?:净|毛|商品|产品|包装)?重量$/,
  dimensions: /^(?:(?:item|product|package|overall) )?(?:dimensions?|measurements?|length|width|height|depth|diameter)$|^(?:商品|产品|包装)?(?:尺寸|长度|宽度|高度|直径)$/,
  battery: /^battery (?:life|capacity)$|^(?:电池容量|续航|续航时间)$/,
  storage: /^(?:storage|memory|ram|ssd|storage capacity|internal storage)$|^(?:存储|内存|存储容量|运行内存)$/,
  volume: /^(?:volume|capacity)$|^(?:容量|体积)$/,
};

/** True when a text states a value of the property with its unit ("320 g", "6.1 inches"). */
export function statesUnit(measure: string, text: string): boolean {
  const unit = measureUnits[measure];
  return !!unit && new RegExp(unit, 'i').test(text);
}

/** A spec name read as words and the unit written after it, if any: "weight_kg" and "Weight (kg)" are ("weight", "kg"). */
function nameAndUnit(name: string, measure?: string): { words: string; unit?: string } {
  const words = attributeLabel(name).toLowerCase().trim();
  const tail = /^(.+?)\s*(?:\(([^()]+)\)|\s([^\s()]+))$/.exec(words);
  const unit = tail?.[2] ?? tail?.[3];
  const isUnit = (u: string) => (measure ? [measure] : Object.keys(measureUnits)).some((m) => statesUnit(m, `1 ${u}`));
  return tail && unit && isUnit(unit) ? { words: tail[1]!, unit } : { words };
}

/** The unit a spec name states ("weight_kg", "Weight (lbs)", "重量（克）" read as "重量 (克)"), for a property. */
export function unitInName(name: string, measure: string): string | undefined {
  return nameAndUnit(name.replace(/[（]/g, ' (').replace(/[）]/g, ')'), measure).unit;
}

/** A measured spec value and what it says of its unit. */
export interface MeasuredValue {
  /** The property's topic id ("weight"). */
  measure: string;
  /** The unit the spec's name states, when its value is a bare number ("weight_kg": 9 → "kg"). */
  unit?: string;
  /** True when neither the value nor the name states a unit: "Weight: 9". */
  unitMissing: boolean;
}

/**
 * What a spec row says of a measured value: undefined when its name is not a measurable property
 * (or its value holds no number); else the property and whether a unit is stated.
 */
export function measuredValue(name: string, value: string): MeasuredValue | undefined {
  if (!/\d/.test(value)) return undefined;
  const { words } = nameAndUnit(name.replace(/[（]/g, ' (').replace(/[）]/g, ')'));
  const measure = Object.keys(measureNames).find((m) => measureNames[m]!.test(words));
  if (!measure) return undefined;
  if (statesUnit(measure, value)) return { measure, unitMissing: false };
  const unit = unitInName(name, measure);
  return unit ? { measure, unit, unitMissing: false } : { measure, unitMissing: true };
}
