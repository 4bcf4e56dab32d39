/** Chinese for the time units spec rows use. */
const units: Record<string, string> = { day: '天', week: '周', month: '个月', year: '年' };
const unit = (word: string) => units[word.toLowerCase().replace(/s$/, '')];

/** Whole spec values shops write in set phrases (stock, shipping, returns, warranty), with their Chinese. */
const phrases: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^in stock$/i, () => '有货'],
  [/^low stock$/i, () => '库存紧张'],
  [/^out of stock$/i, () => '缺货'],
  [/^no return policy$/i, () => '不支持退货'],
  [/^(\d+) days? return policy$/i, (m) => `${m[1]}天内可退货`],
  [/^ships overnight$/i, () => '次日发货'],
  [/^ships in (\d+(?:-\d+)?) business days?$/i, (m) => `${m[1]}个工作日内发货`],
  [/^ships in (\d+) (days?|weeks?|months?)$/i, (m) => `${m[1]}${unit(m[2])}内发货`],
  [/^(\d+) (days?|weeks?|months?|years?) warranty$/i, (m) => `保修${m[1]}${unit(m[2])}`],
  [/^lifetime warranty$/i, () => '终身保修'],
  [/^no warranty$/i, () => '不提供保修'],
  [/^yes$/i, () => '是'],
  [/^no$/i, () => '否'],
];

/**
 * The Chinese of a whole English spec value written in one of the set phrases shops use
 * ("30 days return policy" -> "30天内可退货"), or undefined. Numbers are carried over as written.
 */
export function specPhraseZh(value: string): string | undefined {
  const text = value.trim();
  for (const [pattern, write] of phrases) {
    const m = pattern.exec(text);
    if (m) return write(m);
  }
  return undefined;
}
